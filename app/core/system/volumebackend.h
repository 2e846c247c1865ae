// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the workflow opens a target. The workflow drives only these interfaces; backends:
// FolderBackend (an already mounted Windows folder), PracticeBackend (a training target shown as
// a locked BitLocker volume), DiskBackend (libblkid, dislocker, ntfs-3g: real devices and images).

#include "domain/volume.h"

#include <memory>

namespace ra {

// An opened volume: the root folder of its NTFS, until close(). Closing undoes every layer in
// order (NTFS first, then BitLocker); the destructor closes too, so nothing stays mounted.
class Mount {
public:
    virtual ~Mount() = default;
    virtual QString root() const = 0;
    virtual bool isReadOnly() const = 0;
    // Why it is read-only ("hibernated", "fast-startup", "mounted read-only", …); empty if not.
    virtual QString readOnlyReason() const { return {}; }
    // The Key ID of the protector that opened it (null if none was needed).
    virtual ProtectorId usedProtector() const { return {}; }
    virtual Status close(Report &report) = 0;
};

class VolumeBackend {
public:
    virtual ~VolumeBackend() = default;
    // Whether this backend handles the target (a folder, a device, an image file, "practice:").
    virtual bool accepts(const QString &target) const = 0;
    // The volumes of a target; with an empty list, every candidate this backend can see.
    virtual Result<QList<VolumeInfo>> scan(const QStringList &targets) = 0;
    virtual Result<std::unique_ptr<Mount>> open(const VolumeInfo &volume, const UnlockMaterial &material,
                                                      const OpenOptions &options, Report &report) = 0;
};

}  // namespace ra
