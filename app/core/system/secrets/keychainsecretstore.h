// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SecretStore over the system keychain (Secret Service / KWallet through QtKeychain).
//
// - One QtKeychain job per request, created on the heap (jobs delete themselves); each call
//   waits for its job in a local QEventLoop (needs a QCoreApplication), at most 30 seconds.
// - Before the first use, a quiet D-Bus check (probeSecretService): without a running Secret
//   Service whose default collection exists and is unlocked, the keychain is never asked (that
//   is what would make gnome-keyring prompt for a new keyring's password).
// - Never setInsecureFallback(true): where no keychain answers, this says so once (log and
//   availabilityMessage()) and keeps keys in memory only, for this run.
// - Which cases have a key, and since when, is kept in a small index file (case ids and UTC
//   times, never a key) so that purgeExpired() can find old entries after a restart.

#include "system/secrets/memorysecretstore.h"

#include <QMap>

namespace ra {

class KeychainSecretStore : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // service: the keychain service name; indexPath: empty = AppDirs::stateDir()/keychain-index.json
    explicit KeychainSecretStore(const QString &service = QStringLiteral("recovery-assistant"),
                                 const QString &indexPath = {}, Clock clock = {});
    ~KeychainSecretStore() override;

    Status storeKey(const QString &caseId, const RecoveryKey &key) override;
    Result<RecoveryKey> loadKey(const QString &caseId) override;
    Status removeKey(const QString &caseId) override;
    Result<int> purgeExpired(std::chrono::seconds maxAge = DefaultMaxAge) override;
    bool isPersistent() const override
    {
        probe();
        return !m_unavailable;
    }
    QString availabilityMessage() const override;

    // Asks the keychain once (a read of an entry that does not exist); false when there is none.
    bool checkAvailability();
    QString indexPath() const { return m_indexPath; }

    struct JobOutcome;  // what a finished QtKeychain job reported (defined in the .cpp)

private:
    JobOutcome write(const QString &caseId, const RecoveryKey &key);
    JobOutcome read(const QString &caseId, RecoveryKey &key);
    JobOutcome remove(const QString &caseId);
    // True (and the fallback to memory switched on, said once) when the outcome means that no
    // keychain is there at all.
    bool noKeychain(const JobOutcome &outcome);
    Error toError(const JobOutcome &outcome, const QString &message) const;

    QMap<QString, QDateTime> loadIndex() const;
    bool saveIndex(const QMap<QString, QDateTime> &index) const;
    QDateTime now() const;
    // Once, before the keychain is first used: is there an unlocked default collection? Else
    // keys stay in memory and the keychain is never touched (no prompt can appear).
    void probe() const;

    QString m_service;
    QString m_indexPath;
    Clock m_clock;
    mutable bool m_unavailable = false;
    mutable bool m_probed = false;
    MemorySecretStore m_memory;
};

}  // namespace ra
