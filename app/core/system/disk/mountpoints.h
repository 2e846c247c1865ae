// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mount points by path (over MountTable, /proc/self/mountinfo), and unmounting that waits until
// a FUSE daemon (dislocker, ntfs-3g) has really let go of what it had open.

#include "domain/report.h"
#include "domain/result.h"
#include "system/disk/mounttable.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ra {

class MountPoints {
    Q_DECLARE_TR_FUNCTIONS(MountPoints)

public:
    // The mount at exactly mountPoint (the last one, if several are stacked there).
    static std::optional<MountTable::Entry> find(const QString &mountPoint);
    static bool isMounted(const QString &mountPoint) { return find(mountPoint).has_value(); }
    // Every mount point at or below dir.
    static QStringList mountedBelow(const QString &dir);

    // The pid of the FUSE daemon (tool name as argv[0] basename) serving mountPoint, or 0.
    static qint64 fuseDaemonPid(const QString &tool, const QString &mountPoint);
    // Unmounts, retrying while busy, then waits for daemonPid (if any) to exit so every write
    // has reached the layer below. Ok when mountPoint is not mounted at all.
    static Status unmount(const QString &mountPoint, qint64 daemonPid, ReportNode &report, int timeoutMs = 20000);
};

}  // namespace ra
