// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keys in this process's memory only: the fake for tests, and KeychainSecretStore's fallback
// where no keychain is available. Keys are wiped when removed or when the store goes away.

#include "system/secrets/secretstore.h"

#include <QMap>

namespace ra {

class MemorySecretStore : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(MemorySecretStore)

public:
    explicit MemorySecretStore(Clock clock = {});

    Status storeKey(const QString &caseId, const RecoveryKey &key) override;
    Result<RecoveryKey> loadKey(const QString &caseId) override;
    Status removeKey(const QString &caseId) override;
    Result<int> purgeExpired(std::chrono::seconds maxAge = DefaultMaxAge) override;
    bool isPersistent() const override { return false; }
    QString availabilityMessage() const override { return {}; }

    bool contains(const QString &caseId) const { return m_entries.contains(caseId); }
    int size() const { return int(m_entries.size()); }

private:
    struct Entry {
        RecoveryKey key;
        QDateTime storedUtc;
    };
    QDateTime now() const;

    Clock m_clock;
    QMap<QString, Entry> m_entries;
};

}  // namespace ra
