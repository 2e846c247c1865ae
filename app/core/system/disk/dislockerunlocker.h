// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BitLocker through dislocker's FUSE layer, read-write. The key never reaches dislocker's
// command line: libcryptsetup derives the volume key from the recovery password or .BEK file
// (trying every protector, so a second recovery protector opens too), and dislocker reads it
// with -k from an anonymous memory file (memfd) of this process, wiped and closed as soon as
// dislocker has mounted. A clear-key (suspended) volume needs no key: dislocker -c.

#include "system/disk/unlocker.h"

#include <QCoreApplication>

namespace ra {

class DislockerUnlocker : public Unlocker {
    Q_DECLARE_TR_FUNCTIONS(DislockerUnlocker)

public:
    QString name() const override { return QStringLiteral("dislocker"); }
    Status availability() const override;
    Result<UnlockedVolume> unlock(const UnlockRequest &request, ReportNode &report) override;
    Status lock(const UnlockedVolume &volume, ReportNode &report) override;

    // The one sentence for a key that no protector of this drive accepted.
    static Error keyRejected(const UnlockRequest &request, const QList<KeyProtector> &protectors,
                             const ProtectorId &startupKeyId, const QString &details);
    // Reads a .BEK startup-key file (bounded); its protector GUID through startupKeyId.
    static Result<SecureBytes> readStartupKey(const QString &path, ProtectorId *startupKeyId);
};

}  // namespace ra
