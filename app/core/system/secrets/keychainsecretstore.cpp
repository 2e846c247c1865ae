// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/secrets/keychainsecretstore.h"

#include "system/appdirs.h"
#include "system/logging.h"
#include "system/secrets/secretserviceprobe.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace ra {

namespace {

constexpr int JobTimeoutMs = 30000;

QString entryName(const QString &caseId)
{
    return QStringLiteral("case/") + caseId;
}

// Wipes the bytes of a QByteArray in place, including a buffer it shares with a finished job.
void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        secureWipe(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
}

}  // namespace

struct KeychainSecretStore::JobOutcome {
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    bool timedOut = false;
    bool notAKey = false;  // the entry exists but holds no recovery key
    bool ok() const { return !timedOut && !notAKey && error == QKeychain::NoError; }
};

namespace {

// Starts the job and waits for it. The job deletes itself after finished(); a job that does
// not finish in time is left to do so on its own (the connection dies with the loop).
template <typename Job, typename OnFinished>
void runJob(Job *job, KeychainSecretStore::JobOutcome &outcome, OnFinished onFinished)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        outcome.timedOut = true;
        loop.quit();
    });
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finished) {
        outcome.error = finished->error();
        outcome.errorString = finished->errorString();
        onFinished(static_cast<Job *>(finished));
        loop.quit();
    });
    job->setAutoDelete(true);
    job->start();
    timeout.start(JobTimeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, const QString &indexPath, Clock clock)
    : m_service(service),
      m_indexPath(indexPath.isEmpty() ? AppDirs::stateDir() + QStringLiteral("/keychain-index.json") : indexPath),
      m_clock(clock),
      m_memory(clock)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QDateTime KeychainSecretStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void KeychainSecretStore::probe() const
{
    if (m_probed)
        return;
    m_probed = true;
    const SecretServiceState state = probeSecretService();
    if (!state.usable() && !m_unavailable) {
        m_unavailable = true;
        log().info("secrets: no unlocked keychain ({}); recovery keys are kept in memory only", u8(state.why));
    }
}

QString KeychainSecretStore::availabilityMessage() const
{
    probe();
    if (!m_unavailable)
        return {};
    return tr("This PC has no unlocked credential store: the recovery key is kept in memory only and must be "
              "entered again after the assistant is restarted.");
}

KeychainSecretStore::JobOutcome KeychainSecretStore::write(const QString &caseId, const RecoveryKey &key)
{
    JobOutcome outcome;
    const SecureBytes canonical = key.canonicalBytes();
    const QByteArray secret(canonical.data(), qsizetype(canonical.size()));
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryName(caseId));
    job->setBinaryData(secret);
    runJob(job, outcome, [](QKeychain::WritePasswordJob *) {});
    wipeShared(secret);
    return outcome;
}

KeychainSecretStore::JobOutcome KeychainSecretStore::read(const QString &caseId, RecoveryKey &key)
{
    JobOutcome outcome;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entryName(caseId));
    runJob(job, outcome, [&](QKeychain::ReadPasswordJob *finished) {
        if (finished->error() != QKeychain::NoError)
            return;
        const QByteArray data = finished->binaryData();
        outcome.notAKey = !RecoveryKey::parseCanonical(QByteArrayView(data), key);
        wipeShared(data);
    });
    return outcome;
}

KeychainSecretStore::JobOutcome KeychainSecretStore::remove(const QString &caseId)
{
    JobOutcome outcome;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryName(caseId));
    runJob(job, outcome, [](QKeychain::DeletePasswordJob *) {});
    return outcome;
}

bool KeychainSecretStore::noKeychain(const JobOutcome &outcome)
{
    // NoBackendAvailable: no Secret Service or KWallet at all. OtherError without a backend is
    // what libsecret reports when there is no session bus. A timeout: nothing answers.
    const bool missing = outcome.timedOut || outcome.error == QKeychain::NoBackendAvailable
                         || outcome.error == QKeychain::NotImplemented || outcome.error == QKeychain::OtherError;
    if (missing && !m_unavailable) {
        m_unavailable = true;
        log().warn("secrets: no system keychain ({}); recovery keys are kept in memory only",
                   u8(outcome.timedOut ? QStringLiteral("timeout") : outcome.errorString));
    }
    return missing;
}

Error KeychainSecretStore::toError(const JobOutcome &outcome, const QString &message) const
{
    ErrorKind kind = ErrorKind::Failed;
    if (outcome.error == QKeychain::EntryNotFound)
        kind = ErrorKind::NotFound;
    else if (outcome.error == QKeychain::AccessDenied || outcome.error == QKeychain::AccessDeniedByUser)
        kind = ErrorKind::NeedsAdmin;
    const QString details = outcome.notAKey ? QStringLiteral("the keychain entry holds no recovery key")
                            : outcome.timedOut ? QStringLiteral("the keychain did not answer within %1 s").arg(JobTimeoutMs / 1000)
                                               : QStringLiteral("QtKeychain error %1: %2").arg(int(outcome.error)).arg(outcome.errorString);
    return makeError(kind, message, details);
}

bool KeychainSecretStore::checkAvailability()
{
    probe();
    if (m_unavailable)
        return false;
    RecoveryKey unused;
    const JobOutcome outcome = read(QStringLiteral("availability-check"), unused);
    return outcome.error == QKeychain::EntryNotFound || outcome.ok() || !noKeychain(outcome);
}

Status KeychainSecretStore::storeKey(const QString &caseId, const RecoveryKey &key)
{
    if (caseId.isEmpty() || key.isEmpty())
        return makeError(ErrorKind::BadInput, tr("There is no recovery key or case to keep it for."));
    probe();
    if (!m_unavailable) {
        const JobOutcome outcome = write(caseId, key);
        if (outcome.ok()) {
            QMap<QString, QDateTime> index = loadIndex();
            index.insert(caseId, now());
            if (!saveIndex(index))
                log().warn("secrets: the keychain index {} cannot be written", u8(m_indexPath));
            log().info("secrets: recovery key of case {} kept in the system keychain", u8(caseId));
            return {};
        }
        if (!noKeychain(outcome))
            return toError(outcome, tr("The system keychain refused to keep the recovery key."));
    }
    return m_memory.storeKey(caseId, key);
}

Result<RecoveryKey> KeychainSecretStore::loadKey(const QString &caseId)
{
    probe();
    if (m_memory.contains(caseId) || m_unavailable)
        return m_memory.loadKey(caseId);
    RecoveryKey key;
    const JobOutcome outcome = read(caseId, key);
    if (outcome.ok())
        return key;
    if (outcome.error == QKeychain::EntryNotFound)
        return toError(outcome, tr("No recovery key is kept for this case."));
    if (!outcome.notAKey && noKeychain(outcome))
        return m_memory.loadKey(caseId);
    return toError(outcome, tr("The recovery key cannot be read from the system keychain."));
}

Status KeychainSecretStore::removeKey(const QString &caseId)
{
    m_memory.removeKey(caseId);
    probe();
    if (m_unavailable)
        return {};
    const JobOutcome outcome = remove(caseId);
    QMap<QString, QDateTime> index = loadIndex();
    if (index.remove(caseId) > 0)
        saveIndex(index);
    if (outcome.ok() || outcome.error == QKeychain::EntryNotFound || noKeychain(outcome))
        return {};
    return toError(outcome, tr("The recovery key cannot be removed from the system keychain."));
}

Result<int> KeychainSecretStore::purgeExpired(std::chrono::seconds maxAge)
{
    const Result<int> fromMemory = m_memory.purgeExpired(maxAge);
    int removed = fromMemory ? *fromMemory : 0;
    QMap<QString, QDateTime> index = loadIndex();
    if (index.isEmpty())
        return removed;
    probe();
    if (m_unavailable)
        return removed;
    const QDateTime limit = now().addSecs(-qint64(maxAge.count()));
    QStringList failed;
    for (auto it = index.begin(); it != index.end();) {
        if (it.value().isValid() && it.value() >= limit) {
            ++it;
            continue;
        }
        const JobOutcome outcome = remove(it.key());
        if (outcome.ok() || outcome.error == QKeychain::EntryNotFound) {
            removed += outcome.ok() ? 1 : 0;
            it = index.erase(it);
        } else {
            if (noKeychain(outcome))
                break;
            failed.append(it.key());
            ++it;
        }
    }
    saveIndex(index);
    log().info("secrets: purged {} recovery key(s) older than {} h", removed, maxAge.count() / 3600);
    if (!failed.isEmpty())
        return makeError(ErrorKind::Failed, tr("Old recovery keys could not be removed from the system keychain."),
                         QStringLiteral("cases: %1").arg(failed.join(QStringLiteral(", "))));
    return removed;
}

QMap<QString, QDateTime> KeychainSecretStore::loadIndex() const
{
    QMap<QString, QDateTime> index;
    QFile file(m_indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return index;
    const QJsonObject cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toObject();
    for (auto it = cases.begin(); it != cases.end(); ++it)
        index.insert(it.key(), QDateTime::fromString(it.value().toString(), Qt::ISODate));
    return index;
}

bool KeychainSecretStore::saveIndex(const QMap<QString, QDateTime> &index) const
{
    if (!AppDirs::makePrivateDir(QFileInfo(m_indexPath).absolutePath()))
        return false;
    QJsonObject cases;
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        cases.insert(it.key(), it.value().toUTC().toString(Qt::ISODate));
    QSaveFile file(m_indexPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("cases"), cases}}).toJson());
    return file.commit();
}

}  // namespace ra
