// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A target that is already a mounted Windows volume (a folder): nothing to unlock or mount.

#include "system/volumebackend.h"

#include <QCoreApplication>

namespace ra {

class FolderBackend : public VolumeBackend {
    Q_DECLARE_TR_FUNCTIONS(FolderBackend)

public:
    bool accepts(const QString &target) const override;
    Result<QList<VolumeInfo>> scan(const QStringList &targets) override;
    Result<std::unique_ptr<Mount>> open(const VolumeInfo &volume, const UnlockMaterial &material,
                                              const OpenOptions &options, Report &report) override;
    // Whether a folder lies on a read-only file system or cannot be written by us.
    static bool isReadOnlyFolder(const QString &path, QString *reason = nullptr);
};

}  // namespace ra
