// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Detects what a target holds, with libblkid (never lsblk: recovery systems often have no udev
// database). A target is a block device, a partition, a disk or partition image file, or a
// folder. Whole disks and disk images are split into their partitions (GPT/MBR) with offsets.

#include "domain/volume.h"

#include <QCoreApplication>

namespace ra {

class VolumeProbe {
    Q_DECLARE_TR_FUNCTIONS(VolumeProbe)

public:
    // The volumes of the given targets; with none, of every block device in /sys/class/block.
    // BitLocker volumes come with their metadata (BitLockerMetadata::read).
    static Result<QList<VolumeInfo>> probe(const QStringList &targets);
    // One target only (a device, partition, image or folder). A whole disk or disk image gives
    // one volume per partition: a partition the kernel knows by its own node (offset 0), else
    // the disk or image with the partition's byte offset. A folder gives one Folder volume
    // whose mountPoint is the folder. Errors: NotFound, NeedsAdmin, DeviceGone, BadInput.
    // A BitLocker volume whose metadata cannot be read is still listed, with `problem` set.
    static Result<QList<VolumeInfo>> probeTarget(const QString &target);
    // The device nodes probe() scans without targets: whole disks in sysClassBlock
    // (/sys/class/block), without RAM disks, unbacked loop devices and empty drives.
    static QStringList blockDevices(const QString &sysClassBlock = {});
};

}  // namespace ra
