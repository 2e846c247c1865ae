// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the recovery key of an open case is kept between restarts of the tool, so that the
// technician can reopen the same machine after a reboot without dictating the key again
// (cloud VMs may need many reboots; BitLocker may ask again each time).
//
// Keys are stored by case id. A case closed as fixed removes its key; at start, keys older
// than 24 hours are purged. Implementations: KeychainSecretStore (the system keychain through
// QtKeychain, falling back to memory where there is none) and MemorySecretStore (tests, and
// that fallback). All calls are synchronous; the keychain one runs a local event loop.

#include "domain/recoverykey.h"
#include "domain/result.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace ra {

class SecretStore {
public:
    using Clock = std::function<QDateTime()>;  // UTC now; injectable for tests
    static constexpr std::chrono::hours DefaultMaxAge{24};

    virtual ~SecretStore();

    // Keeps the key of an open case, replacing an earlier one.
    virtual Status storeKey(const QString &caseId, const RecoveryKey &key) = 0;
    // The key kept for the case; ErrorKind::NotFound when there is none.
    virtual Result<RecoveryKey> loadKey(const QString &caseId) = 0;
    // Forgets the key of a case (closed as fixed). Ok when there was none.
    virtual Status removeKey(const QString &caseId) = 0;
    // Removes every key stored longer ago than maxAge; returns how many were removed.
    virtual Result<int> purgeExpired(std::chrono::seconds maxAge = DefaultMaxAge) = 0;
    // False while keys live in memory only (no keychain): they are lost when the tool exits.
    virtual bool isPersistent() const = 0;
    // One sentence for the user when no keychain is available; empty otherwise.
    virtual QString availabilityMessage() const = 0;

    // The system keychain store with its index in the XDG state directory.
    static std::unique_ptr<SecretStore> createDefault();
};

}  // namespace ra
