// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which key opens a volume: ONE rule for every route (the bench wizard, fix, the batch, the stick,
// the conveyor). In order: the key kept in the keychain for one of the volume's Key IDs (the same
// machine again after a reboot); the keys the loaded exports file under the volume's own Key IDs
// (newest first); the keys they file for the computer the volume's BitLocker description names
// (their claimed Key IDs are another drive's or an older key, so they are only offered to try).
// A key given outright (typed, --key-file, a .BEK file) is used as it is and never looked up.

#include "domain/protectorid.h"
#include "domain/result.h"
#include "domain/volume.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ra {

class KeyExports;

struct KeyOffer {
    enum class Basis { None, Keychain, KeyId, ComputerName };
    Basis basis = Basis::None;
    QList<UnlockMaterial> keys;  // best first
    QString host;                // with ComputerName: the computer they are filed for
    bool empty() const { return keys.isEmpty(); }
};

class KeyRule {
    Q_DECLARE_TR_FUNCTIONS(KeyRule)

public:
    // The offer for a volume with these recovery Key IDs and this computer name.
    static KeyOffer offer(const std::optional<UnlockMaterial> &kept, const KeyExports &exports,
                          const QList<ProtectorId> &keyIds, const QString &computerName);
    // The one key an unattended route tries: the offer's first, or ErrorKind::NotFound with the
    // sentence "No loaded key has the recovery key for Key ID …" (UI language).
    static Result<UnlockMaterial> pick(const KeyOffer &offer, const QList<ProtectorId> &keyIds);
};

}  // namespace ra
