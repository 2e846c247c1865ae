// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/volumedetection.h"

#include "system/disk/diskbackend.h"
#include "system/disk/diskerrors.h"
#include "system/logging.h"
#include "system/volumes/folderbackend.h"
#include "system/volumes/practicebackend.h"

namespace ra {

VolumeDetection::Backends VolumeDetection::defaultBackends()
{
    Backends backends;
    backends.push_back(std::make_unique<PracticeBackend>());
    backends.push_back(std::make_unique<FolderBackend>());
    backends.push_back(std::make_unique<DiskBackend>());  // block devices and image files
    return backends;
}

Result<QList<VolumeInfo>> VolumeDetection::detect(const Backends &backends, const QStringList &targets)
{
    QList<VolumeInfo> found;
    if (targets.isEmpty()) {
        for (const auto &backend : backends) {
            auto volumes = backend->scan({});
            if (volumes)
                found += volumes.value();
            else
                log().warn("scan: {}", u8(volumes.error().details));
        }
        return found;
    }
    for (const QString &target : targets) {
        VolumeBackend *chosen = nullptr;
        for (const auto &backend : backends) {
            if (backend->accepts(target)) {
                chosen = backend.get();
                break;
            }
        }
        if (!chosen && DiskErrors::permissionDenied(target))
            return *DiskErrors::permissionDenied(target);
        if (!chosen)
            return makeError(ErrorKind::NotFound, tr("%1 is not a disk, a disk image or a folder that can be opened.").arg(target));
        auto volumes = chosen->scan({target});
        if (!volumes)
            return volumes.error();
        found += volumes.value();
    }
    return found;
}

VolumeBackend *VolumeDetection::backendFor(const Backends &backends, const VolumeInfo &volume)
{
    for (const auto &backend : backends)
        if (backend->accepts(volume.target) || (!volume.device.isEmpty() && !volume.practice && backend->accepts(volume.device)))
            return backend.get();
    return nullptr;
}

}  // namespace ra
