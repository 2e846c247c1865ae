// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who else has a drive open: a process with a descriptor on the same image file (by inode) or
// block device (the disk or any of its partitions) — a dislocker FUSE daemon, ntfs-3g, a
// backup tool — and loop devices backed by the same inode. Our own process is not counted;
// our own stale mounts are released before this is asked (DiskMount::cleanStaleMounts).

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

class DeviceHolders {
    Q_DECLARE_TR_FUNCTIONS(DeviceHolders)

public:
    // Busy with one sentence that names the holder ("dislocker (process 1234)", "loop device
    // /dev/loop3") when the device or image is in use elsewhere; ok when it is not.
    static Status checkFree(const QString &device);
    // The Busy error checkFree() gives for these holders of device.
    static Error busyError(const QString &device, const QStringList &held);
    // The holders as short texts, for tests and the report.
    static QStringList holders(const QString &device);
};

}  // namespace ra
