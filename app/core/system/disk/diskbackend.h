// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real block devices and image files: scan() with VolumeProbe, open() unlocks BitLocker (when
// it is BitLocker) and mounts the NTFS inside, returning a DiskMount that undoes it all.
// Volumes at an offset (partitions inside a whole-disk image) go through a loop device. A VM
// disk file (VHDX, VHD, VMDK, qcow2) is read and written through QEMU's block layer (VmImage):
// its raw export stands where an image file would, below the loop device.

#include "system/disk/unlocker.h"
#include "system/volumebackend.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace ra {

class DiskBackend : public VolumeBackend {
    Q_DECLARE_TR_FUNCTIONS(DiskBackend)

public:
    using UnlockerFactory = std::function<std::shared_ptr<Unlocker>()>;
    // Called after each layer is up: "loop", "unlocked", "mounted" (tests use it to pull a
    // device away halfway).
    using StepHook = std::function<void(const QString &step)>;

    DiskBackend();

    bool accepts(const QString &target) const override;
    Result<QList<VolumeInfo>> scan(const QStringList &targets) override;
    Result<std::unique_ptr<Mount>> open(const VolumeInfo &volume, const UnlockMaterial &material,
                                              const OpenOptions &options, Report &report) override;

    // dislocker by default; cryptsetup where device-mapper exists and dislocker is missing.
    static std::shared_ptr<Unlocker> defaultUnlocker();
    // Releases what a run of ours that was killed left mounted. Called at every start of the
    // wizard and the CLI, whatever the command (root only: only root can have mounted ours).
    static int releaseStaleMounts();
    void setUnlockerFactory(UnlockerFactory factory) { m_unlockerFactory = std::move(factory); }
    void setStepHook(StepHook hook) { m_stepHook = std::move(hook); }

    // Reads the first sector: BitLocker ("-FVE-FS-"), NTFS ("NTFS    ") or Unknown.
    static VolumeKind sniffKind(const QString &device, qint64 offset);
    // True when the device or image is gone or shrank below the volume's end.
    static bool deviceVanished(const VolumeInfo &volume, const QString &loopDevice = {});

private:
    static Result<QList<VolumeInfo>> probeVmImage(const QString &image, const QString &format);

    UnlockerFactory m_unlockerFactory;
    StepHook m_stepHook;
};

}  // namespace ra
