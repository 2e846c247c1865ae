// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/secrets/memorysecretstore.h"

namespace ra {

MemorySecretStore::MemorySecretStore(Clock clock) : m_clock(std::move(clock)) {}

QDateTime MemorySecretStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Status MemorySecretStore::storeKey(const QString &caseId, const RecoveryKey &key)
{
    if (caseId.isEmpty() || key.isEmpty())
        return makeError(ErrorKind::BadInput, tr("There is no recovery key or case to keep it for."));
    m_entries.insert(caseId, Entry{key, now()});
    return {};
}

Result<RecoveryKey> MemorySecretStore::loadKey(const QString &caseId)
{
    const auto it = m_entries.constFind(caseId);
    if (it == m_entries.constEnd())
        return makeError(ErrorKind::NotFound, tr("No recovery key is kept for this case."));
    return it->key;
}

Status MemorySecretStore::removeKey(const QString &caseId)
{
    m_entries.remove(caseId);  // the entry's RecoveryKey wipes itself
    return {};
}

Result<int> MemorySecretStore::purgeExpired(std::chrono::seconds maxAge)
{
    const QDateTime limit = now().addSecs(-qint64(maxAge.count()));
    int removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->storedUtc < limit) {
            it = m_entries.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

}  // namespace ra
