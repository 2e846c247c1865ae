#pragma once
// Detects what a target holds, with libblkid (never lsblk: recovery systems often have no udev
// database). A target is a block device, a partition, a disk or partition image file, or a
// folder. Whole disks and disk images are split into their partitions (GPT/MBR) with offsets.

#include "volume.h"

#include <QCoreApplication>

namespace ra {

class VolumeProbe {
    Q_DECLARE_TR_FUNCTIONS(VolumeProbe)

public:
    // The volumes of the given targets; with none, of every block device in /sys/class/block.
    // BitLocker volumes come with their metadata (BitLockerMetadata::read).
    static Result<QList<VolumeInfo>> probe(const QStringList &targets);
    // One target only (a device, partition, image or folder).
    static Result<QList<VolumeInfo>> probeTarget(const QString &target);
};

}  // namespace ra
