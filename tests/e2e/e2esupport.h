// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the e2e tests: skip (or fail under RA_REQUIRE_E2E=1) when the machine cannot run
// them, a private runtime directory per test process, and the "nothing left mounted" check.

#include "system/disk/dislockerunlocker.h"
#include "system/disk/loopdevice.h"
#include "system/disk/mountpoints.h"
#include "system/disk/ntfsmount.h"
#include "testsupport.h"
#include "testvolumes.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <optional>

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


// A view of a volume that shares nothing with the CLI run: its own process's dislocker and
// ntfs-3g, its own folders, closed by the destructor. Read-only unless writable is set (the
// fault suite plants special files through it).
class IndependentView {
public:
    IndependentView(const QString &image, qint64 offset, qint64 size, const UnlockMaterial &material, const QString &workDir,
                    bool writable = false)
    {
        QString device = image;
        if (offset > 0) {
            auto loop = LoopDevice::attach(image, offset, size, !writable, m_report);
            if (!loop)
                return;
            m_loop = loop.value();
            device = m_loop;
        }
        UnlockRequest request;
        request.device = device;
        request.material = material;
        request.workDir = workDir;
        request.readOnly = !writable;
        auto unlocked = m_unlocker.unlock(request, m_report);
        if (!unlocked)
            return;
        m_unlocked = unlocked.value();
        OpenOptions ro;
        ro.readOnly = !writable;
        auto mounted = NtfsMount::mount(m_unlocked->decryptedPath, workDir + QStringLiteral("/ntfs"), ro, m_report);
        if (mounted)
            m_ntfs = mounted.value();
    }
    ~IndependentView()
    {
        if (m_ntfs)
            NtfsMount::unmount(*m_ntfs, m_report);
        if (m_unlocked)
            m_unlocker.lock(*m_unlocked, m_report);
        if (!m_loop.isEmpty())
            LoopDevice::detach(m_loop, m_report);
    }
    bool isOpen() const { return m_ntfs.has_value(); }
    QString root() const { return m_ntfs ? m_ntfs->mountPoint : QString(); }
    QString reportText() const { return m_report.toText(); }

private:
    Report m_report;
    DislockerUnlocker m_unlocker;
    QString m_loop;
    std::optional<UnlockedVolume> m_unlocked;
    std::optional<NtfsMounted> m_ntfs;
};

}  // namespace ra::test
