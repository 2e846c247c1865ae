// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the e2e tests: skip (or fail under RA_REQUIRE_E2E=1) when the machine cannot run
// them, a private runtime directory per test process, and the "nothing left mounted" check.

#include "system/disk/mountpoints.h"
#include "testsupport.h"
#include "testvolumes.h"

#include <QDir>
#include <QFile>
#include <QTest>

// In initTestCase(): skips the whole test class with the reason, or fails it under CI.
#define RA_REQUIRE_E2E_ENVIRONMENT()                                                                    \
    do {                                                                                               \
        const QString why = ra::test::TestVolumes::unavailableReason();                                \
        if (!why.isEmpty()) {                                                                          \
            if (ra::test::requireE2E())                                                                \
                QFAIL(qPrintable(QStringLiteral("RA_REQUIRE_E2E=1, but this e2e test cannot run: ") + why)); \
            QSKIP(qPrintable(why));                                                                    \
        }                                                                                              \
    } while (0)

namespace ra::test {

// Mounts and loop devices that still refer to dir (mount points, sources, backing files).
inline QStringList leftovers(const QString &dir)
{
    QStringList found;
    const MountTable table = MountTable::read();
    for (const MountTable::Entry &e : table.entries())
        if (e.mountPoint.startsWith(dir) || e.source.startsWith(dir))
            found << QStringLiteral("mount %1 (%2)").arg(e.mountPoint, e.source);
    for (const QString &loop : QDir(QStringLiteral("/sys/block")).entryList({QStringLiteral("loop*")})) {
        QFile backing(QStringLiteral("/sys/block/%1/loop/backing_file").arg(loop));
        if (backing.open(QIODevice::ReadOnly) && QString::fromLocal8Bit(backing.readAll()).startsWith(dir))
            found << QStringLiteral("loop device %1").arg(loop);
    }
    return found;
}

}  // namespace ra::test
