// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/secrets/keychainsecretstore.h"
#include "system/secrets/secretserviceprobe.h"
#include "system/secrets/memorysecretstore.h"
#include "testsupport.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using ra::ErrorKind;
using ra::KeychainSecretStore;
using ra::MemorySecretStore;
using ra::RecoveryKey;

static const QString kKey = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
static const QString kOtherKey = QStringLiteral("404558-436711-420860-678557-638220-018909-039941-695321");

// The real thing: a private D-Bus session bus with gnome-keyring-daemon (Secret Service,
// unlocked with a test password on stdin), used through QtKeychain (libsecret backend).
class TestSecretStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void memoryStoreKeepsAndForgets();
    void memoryStorePurgesOldKeys();
    void withoutKeychainKeepsInMemoryAndSaysSo();
    void keychainStoresReadsDeletes();
    void keychainSurvivesRestartAndPurges();
    void keychainEntryThatIsNoKeyIsAnError();

private:
    bool startKeychain(QString *why);
    static RecoveryKey key(const QString &text) { return RecoveryKey::parse(text).value(); }

    QTemporaryDir m_dir;
    qint64 m_busPid = 0;
    QProcess m_keyring;
    bool m_keychainTried = false;
    QString m_keychainProblem;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No bus yet: the first test proves the fallback. libsecret connects on first use.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_dir.path()) + "/no-bus");
    qunsetenv("XDG_CURRENT_DESKTOP");
}

void TestSecretStore::cleanupTestCase()
{
    if (m_keyring.state() != QProcess::NotRunning) {
        m_keyring.terminate();
        m_keyring.waitForFinished(5000);
    }
    if (m_busPid > 0)
        ::kill(pid_t(m_busPid), SIGTERM);
}

bool TestSecretStore::startKeychain(QString *why)
{
    if (m_keychainTried) {
        *why = m_keychainProblem;
        return m_keychainProblem.isEmpty();
    }
    m_keychainTried = true;
    auto fail = [&](const QString &problem) {
        m_keychainProblem = problem;
        *why = problem;
        return false;
    };
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
        return fail(QStringLiteral("dbus-daemon or gnome-keyring-daemon is not installed (scripts/deps)"));

    QProcess bus;
    bus.start(busDaemon, {QStringLiteral("--session"), QStringLiteral("--fork"), QStringLiteral("--print-address=1"),
                          QStringLiteral("--print-pid=1")});
    if (!bus.waitForFinished(10000) || bus.exitCode() != 0)
        return fail(QStringLiteral("dbus-daemon --session did not start: ") + QString::fromLocal8Bit(bus.readAllStandardError()));
    const QList<QByteArray> lines = bus.readAllStandardOutput().trimmed().split('\n');
    if (lines.size() < 2)
        return fail(QStringLiteral("dbus-daemon printed no address"));
    const QByteArray address = lines[0].trimmed();
    m_busPid = lines[1].trimmed().toLongLong();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    const QString runtime = m_dir.path() + QStringLiteral("/runtime");
    const QString home = m_dir.path() + QStringLiteral("/home");
    if (!QDir().mkpath(runtime) || !QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
        || !QDir().mkpath(home))
        return fail(QStringLiteral("cannot create the keyring's folders"));
    // As on a desktop after the first login: the "login" keyring (created and unlocked by
    // --unlock with the password on stdin) is the default collection. Without a default
    // collection the tool keeps keys in memory only (the Secret Service would prompt).
    QDir().mkpath(home + QStringLiteral("/data/keyrings"));
    QFile defaultAlias(home + QStringLiteral("/data/keyrings/default"));
    if (!defaultAlias.open(QIODevice::WriteOnly) || defaultAlias.write("login") != 5)
        return fail(QStringLiteral("cannot write the keyring's default alias"));
    defaultAlias.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(env);
    // The password on the daemon's standard input as a login session gives it: through a pipe
    // that is closed at once (written from QProcess, the daemon never claimed its bus name).
    m_keyring.setStandardOutputFile(QProcess::nullDevice());
    m_keyring.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo -n test-password | exec \"$0\" --unlock --components=secrets --foreground"), keyringDaemon});
    if (!m_keyring.waitForStarted(10000))
        return fail(QStringLiteral("gnome-keyring-daemon did not start"));


    // Ready when the Secret Service answers: a read of a missing entry says "not found".
    KeychainSecretStore probe(QStringLiteral("ra-test-probe"), m_dir.path() + QStringLiteral("/probe-index.json"));
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (probe.checkAvailability())
            return true;
        probe = KeychainSecretStore(QStringLiteral("ra-test-probe"), m_dir.path() + QStringLiteral("/probe-index.json"));
        QThread::msleep(100);
    }
    return fail(QStringLiteral("the Secret Service of gnome-keyring-daemon is not usable on the private bus (%1): ")
                    .arg(ra::probeSecretService().why + QStringLiteral(", daemon state %1, exit %2").arg(int(m_keyring.state())).arg(m_keyring.exitCode()))
                + QString::fromLocal8Bit(m_keyring.readAllStandardError()));
}

#define REQUIRE_KEYCHAIN()                                                                     \
    do {                                                                                       \
        QString why;                                                                           \
        if (!startKeychain(&why)) {                                                            \
            if (ra::test::requireE2E())                                                        \
                QFAIL(qPrintable(QStringLiteral("RA_REQUIRE_E2E=1 but: ") + why));             \
            QSKIP(qPrintable(why));                                                            \
        }                                                                                      \
    } while (false)

void TestSecretStore::memoryStoreKeepsAndForgets()
{
    MemorySecretStore store;
    QCOMPARE(store.loadKey(QStringLiteral("c1")).error().kind, ErrorKind::NotFound);
    QVERIFY(store.storeKey(QStringLiteral("c1"), key(kKey)).ok());
    QVERIFY(store.storeKey(QStringLiteral("c2"), key(kOtherKey)).ok());
    QCOMPARE(store.loadKey(QStringLiteral("c1"))->revealForInputFields(), kKey);
    QVERIFY(store.storeKey(QStringLiteral("c1"), key(kOtherKey)).ok());  // replaces
    QCOMPARE(store.loadKey(QStringLiteral("c1"))->revealForInputFields(), kOtherKey);
    QVERIFY(store.removeKey(QStringLiteral("c1")).ok());
    QVERIFY(store.removeKey(QStringLiteral("never-stored")).ok());
    QCOMPARE(store.loadKey(QStringLiteral("c1")).error().kind, ErrorKind::NotFound);
    QCOMPARE(store.storeKey(QString(), key(kKey)).error().kind, ErrorKind::BadInput);
    QCOMPARE(store.storeKey(QStringLiteral("c3"), RecoveryKey()).error().kind, ErrorKind::BadInput);
    QVERIFY(!store.isPersistent());
}

void TestSecretStore::memoryStorePurgesOldKeys()
{
    QDateTime now(QDate(2024, 7, 19), QTime(6, 0), Qt::UTC);
    MemorySecretStore store([&] { return now; });
    QVERIFY(store.storeKey(QStringLiteral("old"), key(kKey)).ok());
    now = now.addSecs(20 * 3600);
    QVERIFY(store.storeKey(QStringLiteral("new"), key(kOtherKey)).ok());
    now = now.addSecs(5 * 3600);  // old: 25 h, new: 5 h
    QCOMPARE(*store.purgeExpired(), 1);
    QVERIFY(!store.contains(QStringLiteral("old")));
    QVERIFY(store.contains(QStringLiteral("new")));
}

void TestSecretStore::withoutKeychainKeepsInMemoryAndSaysSo()
{
    // No session bus at all: the store knows before the first key that it keeps keys in memory
    // only, so the key page can say so before the technician types.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ra-test-bus");
    const auto restore = qScopeGuard([&bus] { bus.isEmpty() ? qunsetenv("DBUS_SESSION_BUS_ADDRESS") : qputenv("DBUS_SESSION_BUS_ADDRESS", bus); });
    KeychainSecretStore store(QStringLiteral("ra-test-nobus"), m_dir.path() + QStringLiteral("/nobus-index.json"));
    QVERIFY(store.availabilityMessage().contains(QStringLiteral("memory only")));
    QVERIFY(store.storeKey(QStringLiteral("case-a"), key(kKey)).ok());
    QVERIFY(!store.isPersistent());
    QVERIFY(store.availabilityMessage().contains(QStringLiteral("memory only")));
    QCOMPARE(store.loadKey(QStringLiteral("case-a"))->revealForInputFields(), kKey);
    QVERIFY(store.removeKey(QStringLiteral("case-a")).ok());
    QCOMPARE(store.loadKey(QStringLiteral("case-a")).error().kind, ErrorKind::NotFound);
    QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/nobus-index.json")));  // nothing persisted
}

void TestSecretStore::keychainStoresReadsDeletes()
{
    REQUIRE_KEYCHAIN();
    const QString indexPath = m_dir.path() + QStringLiteral("/index-1.json");
    KeychainSecretStore store(QStringLiteral("ra-test"), indexPath);
    QVERIFY(store.checkAvailability());
    QCOMPARE(store.loadKey(QStringLiteral("case-1")).error().kind, ErrorKind::NotFound);
    const auto stored = store.storeKey(QStringLiteral("case-1"), key(kKey));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().details));
    QVERIFY(store.isPersistent());
    QVERIFY(store.availabilityMessage().isEmpty());

    // Read back through a fresh job (and a fresh store: nothing cached in memory).
    KeychainSecretStore reader(QStringLiteral("ra-test"), indexPath);
    const auto loaded = reader.loadKey(QStringLiteral("case-1"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().details));
    QCOMPARE(loaded->revealForInputFields(), kKey);

    // The index names the case, never the key.
    QFile index(indexPath);
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray indexText = index.readAll();
    QVERIFY(indexText.contains("case-1"));
    QVERIFY(!indexText.contains("235818"));
    QCOMPARE(index.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    QVERIFY(reader.removeKey(QStringLiteral("case-1")).ok());
    QCOMPARE(store.loadKey(QStringLiteral("case-1")).error().kind, ErrorKind::NotFound);
    QVERIFY(store.removeKey(QStringLiteral("case-1")).ok());  // already gone: fine
}

void TestSecretStore::keychainSurvivesRestartAndPurges()
{
    REQUIRE_KEYCHAIN();
    const QString indexPath = m_dir.path() + QStringLiteral("/index-2.json");
    QDateTime now(QDate(2024, 7, 19), QTime(6, 0), Qt::UTC);
    auto clock = [&] { return now; };
    {
        KeychainSecretStore first(QStringLiteral("ra-test"), indexPath, clock);
        QVERIFY(first.storeKey(QStringLiteral("old-case"), key(kKey)).ok());
        now = now.addSecs(23 * 3600);
        QVERIFY(first.storeKey(QStringLiteral("recent-case"), key(kOtherKey)).ok());
    }
    now = now.addSecs(2 * 3600);  // the tool starts again: old-case is 25 h old, recent-case 2 h
    KeychainSecretStore second(QStringLiteral("ra-test"), indexPath, clock);
    const auto purged = second.purgeExpired();
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 1);
    QCOMPARE(second.loadKey(QStringLiteral("old-case")).error().kind, ErrorKind::NotFound);
    QCOMPARE(second.loadKey(QStringLiteral("recent-case"))->revealForInputFields(), kOtherKey);
    QVERIFY(second.removeKey(QStringLiteral("recent-case")).ok());
    QCOMPARE(*second.purgeExpired(), 0);
}

void TestSecretStore::keychainEntryThatIsNoKeyIsAnError()
{
    REQUIRE_KEYCHAIN();
    // Somebody else's value under our entry name: an error, and the keychain stays in use.
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral("ra-test"));
    job->setKey(QStringLiteral("case/foreign"));
    job->setBinaryData("not a recovery key");
    QEventLoop loop;
    connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    KeychainSecretStore store(QStringLiteral("ra-test"), m_dir.path() + QStringLiteral("/index-3.json"));
    const auto loaded = store.loadKey(QStringLiteral("foreign"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Failed);
    QVERIFY(store.isPersistent());
    QVERIFY(store.removeKey(QStringLiteral("foreign")).ok());
    QCOMPARE(store.loadKey(QStringLiteral("foreign")).error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
