// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a session finds keys besides the technician typing them: the keychain (the keys of open
// cases, kept across a reboot of the machine being fixed) and the loaded key exports and
// bundles. It hands out unlock material that names its KeySource; it never logs a key.

#include "domain/protectorid.h"
#include "domain/recoverykey.h"
#include "domain/result.h"
#include "domain/volume.h"
#include "workflow/keyexports.h"

#include <QString>

#include <memory>
#include <optional>

namespace ra {

class SecretStore;

class KeySupply {
public:
    KeySupply();
    ~KeySupply();

    // The keychain (the wizard sets the system one; the CLI none). Expired keys are purged.
    void setSecretStore(std::unique_ptr<SecretStore> store);
    void useSystemKeychain();
    // The one sentence to show when keys can only be kept in memory; else empty.
    QString keychainMessage() const;
    bool canKeep() const;
    // The key kept for one of these Key IDs, as unlock material (source: the keychain).
    std::optional<UnlockMaterial> kept(const QList<ProtectorId> &keyIds) const;
    void keep(const ProtectorId &id, const RecoveryKey &key);
    void forget(const QString &keyId);

    // The loaded exports; several sessions may share one set (the batch).
    Status importExport(const QString &path);
    KeyExports &exports() { return *m_exports; }
    const KeyExports &exports() const { return *m_exports; }
    void shareExports(std::shared_ptr<KeyExports> exports) { m_exports = std::move(exports); }
    std::shared_ptr<KeyExports> sharedExports() const { return m_exports; }

private:
    std::unique_ptr<SecretStore> m_secrets;
    std::shared_ptr<KeyExports> m_exports;
};

}  // namespace ra
