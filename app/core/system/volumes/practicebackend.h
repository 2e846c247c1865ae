// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training target: a Windows folder tree with a faulty channel file, shown as a locked
// BitLocker volume with a practice Key ID; its practice recovery key is printed on the practice
// sheet. No root, no disk: a newcomer walks the whole flow, key page included.

#include "system/volumebackend.h"

#include <QCoreApplication>

namespace ra {

class PracticeBackend : public VolumeBackend {
    Q_DECLARE_TR_FUNCTIONS(PracticeBackend)

public:
    static QString target();          // "practice:"
    static QString keyText();         // the practice recovery key (valid checksums)
    static ProtectorId keyId();       // the practice Key ID
    // Where the practice tree lives (recreated fresh at every scan). Default under the data dir.
    explicit PracticeBackend(QString folder = {});

    bool accepts(const QString &target) const override;
    Result<QList<VolumeInfo>> scan(const QStringList &targets) override;
    Result<std::unique_ptr<Mount>> open(const VolumeInfo &volume, const UnlockMaterial &material,
                                              const OpenOptions &options, Report &report) override;

private:
    Status plantTree() const;
    QString m_folder;
};

}  // namespace ra
