// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/keysupply.h"

#include "system/logging.h"
#include "system/secrets/secretstore.h"

#include <QFileInfo>

namespace ra {

KeySupply::KeySupply() : m_exports(std::make_shared<KeyExports>()) {}

KeySupply::~KeySupply() = default;

void KeySupply::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
    if (m_secrets) {
        const auto purged = m_secrets->purgeExpired();
        if (purged && purged.value() > 0)
            log().info("keychain: {} expired case key(s) purged", purged.value());
    }
}

void KeySupply::useSystemKeychain()
{
    setSecretStore(SecretStore::createDefault());
}

QString KeySupply::keychainMessage() const
{
    return m_secrets ? m_secrets->availabilityMessage() : QString();
}

bool KeySupply::canKeep() const
{
    return m_secrets && m_secrets->isPersistent();
}

std::optional<UnlockMaterial> KeySupply::kept(const QList<ProtectorId> &keyIds) const
{
    if (!m_secrets)
        return std::nullopt;
    for (const ProtectorId &id : keyIds) {
        auto key = m_secrets->loadKey(id.toString());
        if (key)
            return UnlockMaterial::recoveryPassword(std::move(key.value()), KeySource::keychain());
    }
    return std::nullopt;
}

void KeySupply::keep(const ProtectorId &id, const RecoveryKey &key)
{
    if (!m_secrets || id.isNull())
        return;
    if (Status kept = m_secrets->storeKey(id.toString(), key); !kept)
        log().warn("keychain: the key could not be kept: {}", u8(kept.error().details));
}

void KeySupply::forget(const QString &keyId)
{
    if (m_secrets && !keyId.isEmpty())
        m_secrets->removeKey(keyId);
}

Status KeySupply::importExport(const QString &path)
{
    auto imported = m_exports->importFile(path);
    if (!imported)
        return imported.error();
    log().info("escrow: {} key(s) loaded from {} ({} in memory)", imported->keys, u8(QFileInfo(path).fileName()),
               m_exports->keyCount());
    return {};
}

}  // namespace ra
