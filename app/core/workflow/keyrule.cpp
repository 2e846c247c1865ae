// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/keyrule.h"

#include "domain/keysource.h"
#include "domain/language.h"
#include "workflow/keyexports.h"

namespace ra {

KeyOffer KeyRule::offer(const std::optional<UnlockMaterial> &kept, const KeyExports &exports,
                        const QList<ProtectorId> &keyIds, const QString &computerName)
{
    KeyOffer offer;
    if (kept) {
        offer.basis = KeyOffer::Basis::Keychain;
        offer.keys = {*kept};
        return offer;
    }
    offer.keys = exports.keysFor(keyIds);
    if (!offer.keys.isEmpty()) {
        offer.basis = KeyOffer::Basis::KeyId;
        return offer;
    }
    if (!computerName.isEmpty()) {
        offer.keys = exports.keysForHost(computerName);
        if (!offer.keys.isEmpty()) {
            offer.basis = KeyOffer::Basis::ComputerName;
            offer.host = offer.keys.first().source.host;
        }
    }
    return offer;
}

Result<UnlockMaterial> KeyRule::pick(const KeyOffer &offer, const QList<ProtectorId> &keyIds)
{
    if (!offer.keys.isEmpty())
        return offer.keys.first();
    return makeError(ErrorKind::NotFound, tr("No loaded key has the recovery key for Key ID %1: skipped, nothing was changed.")
                                              .arg(shortKeyIds(keyIds, uiLanguage())));
}

}  // namespace ra
