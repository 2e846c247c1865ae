// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mounts an NTFS volume (a decrypted BitLocker view, a device or a loop device) with ntfs-3g,
// read-write, and verifies the result in /proc/self/mountinfo: ntfs-3g mounts a hibernated or
// Fast-Startup volume read-only and still exits 0, so the exit code alone proves nothing.

#include "domain/report.h"
#include "domain/result.h"
#include "domain/volume.h"

#include <QCoreApplication>

namespace ra {

struct NtfsMounted {
    QString mountPoint;
    qint64 daemonPid = 0;
    bool readOnly = false;
    QString readOnlyReason;     // "hibernated", "fast-startup", "requested", "read-only"
    bool journalReset = false;  // the volume was not shut down cleanly; ntfs-3g reset its journal
};

class NtfsMount {
    Q_DECLARE_TR_FUNCTIONS(NtfsMount)

public:
    static Result<NtfsMounted> mount(const QString &source, const QString &mountPoint, const OpenOptions &options,
                                     ReportNode &report);
    static Status unmount(const NtfsMounted &mounted, ReportNode &report);
    // The one sentence (ErrorKind::ReadOnly) explaining a read-only mount and what removing
    // the hibernation file would cost.
    static Error readOnlyError(const QString &reason);
};

}  // namespace ra
