// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which backend takes a target (the practice volume, a folder, a disk or image file) and the
// volumes it finds there. No target: every backend lists what it sees (attached disks).

#include "domain/result.h"
#include "domain/volume.h"
#include "system/volumebackend.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace ra {

class VolumeDetection {
    Q_DECLARE_TR_FUNCTIONS(VolumeDetection)

public:
    using Backends = std::vector<std::unique_ptr<VolumeBackend>>;
    // The practice volume, folders, then block devices and image files.
    static Backends defaultBackends();
    // The volumes of these targets; a target no backend takes: one sentence (permission
    // denied when a non-root user cannot read it).
    static Result<QList<VolumeInfo>> detect(const Backends &backends, const QStringList &targets);
    static VolumeBackend *backendFor(const Backends &backends, const VolumeInfo &volume);
};

}  // namespace ra
