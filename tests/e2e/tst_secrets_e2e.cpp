// SPDX-License-Identifier: GPL-3.0-or-later
// The key never appears on a command line: while volumes are unlocked, every process's
// /proc/<pid>/cmdline is read continuously (and every child of ours right after it started),
// and none may hold the recovery key, in any spelling, or a dislocker password option.
#include "e2esupport.h"

#include "system/appdirs.h"
#include "system/disk/diskbackend.h"
#include "system/externalcommand.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace ra;
using ra::test::TestVolumes;

namespace {

QByteArray readCmdline(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Reads the command line of every process, over and over, until stopped.
class CmdlineWatcher : public QThread {
public:
    void run() override
    {
        while (!m_stop.load()) {
            for (const QString &name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                bool ok = false;
                const qint64 pid = name.toLongLong(&ok);
                if (!ok)
                    continue;
                const QByteArray line = readCmdline(pid);
                if (!line.isEmpty())
                    record(line);
            }
            ++m_sweeps;
        }
    }
    void record(const QByteArray &line)
    {
        QMutexLocker lock(&m_mutex);
        m_seen.insert(line);
    }
    QSet<QByteArray> seen()
    {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }
    std::atomic_bool m_stop{false};
    std::atomic_int m_sweeps{0};

private:
    QMutex m_mutex;
    QSet<QByteArray> m_seen;
};

}  // namespace

class TestSecretsE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void watcherSeesALeak();
    void keyNeverOnACommandLine_data();
    void keyNeverOnACommandLine();
    void cliFixKeepsTheKeyOffCommandLines();

private:
    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestSecretsE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/secrets-work-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestSecretsE2E::cleanup()
{
    ExternalCommand::setStartObserver({});
    const QStringList left = ra::test::leftovers(m_work->path()) + ra::test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
}

// The control: a process that does put a key in its argv for a moment is caught by the watcher.
void TestSecretsE2E::watcherSeesALeak()
{
    const QByteArray key = TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey.toLatin1();
    CmdlineWatcher watcher;
    watcher.start();
    QProcess leaky;
    leaky.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 0.3"), QStringLiteral("sh"),
                                            QString::fromLatin1(key)});
    QVERIFY(leaky.waitForFinished(5000));
    watcher.m_stop = true;
    watcher.wait();
    bool caught = false;
    for (const QByteArray &line : watcher.seen())
        caught = caught || line.contains(key);
    QVERIFY(caught);
}

void TestSecretsE2E::keyNeverOnACommandLine_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("opens");
    const auto img = [](const char *n) { return TestVolumes::image(QString::fromLatin1(n)); };
    QTest::newRow("recovery key") << "bitlk-aes-xts-128" << img("bitlk-aes-xts-128").recoveryKey << true;
    QTest::newRow("second recovery key") << "bitlk-aes-xts-128-two-recovery" << img("bitlk-aes-xts-128-two-recovery").recoveryKey2
                                         << true;
    QTest::newRow("wrong key") << "bitlk-aes-xts-128" << img("bitlk-aes-xts-256").recoveryKey << false;
    QTest::newRow("startup key") << "bitlk-aes-xts-128-startup-key" << QStringLiteral("bek") << true;
}

void TestSecretsE2E::keyNeverOnACommandLine()
{
    QFETCH(QString, image);
    QFETCH(QString, key);
    QFETCH(bool, opens);
    auto copy = TestVolumes::builtVolumeCopy(image, m_work->path());
    QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error().details));

    UnlockMaterial material = TestVolumes::recoveryMaterial(key);
    QList<QByteArray> secrets;
    if (key == QStringLiteral("bek")) {
        auto bek = TestVolumes::startupKeyFile();
        QVERIFY(bek.ok());
        material.kind = UnlockMaterial::Kind::StartupKeyFile;
        material.startupKeyFile = bek.value();
        QFile f(bek.value());
        QVERIFY(f.open(QIODevice::ReadOnly));
        secrets << f.readAll().mid(0x70);  // the key data of the startup key
    } else {
        secrets << key.toLatin1() << key.toLatin1().replace('-', "");
        for (const QByteArray &group : key.toLatin1().split('-'))
            secrets << group + '-';  // no group of the key followed by a separator
    }

    CmdlineWatcher watcher;
    QSet<QByteArray> children;
    QMutex childrenMutex;
    ExternalCommand::setStartObserver([&](qint64 pid) {
        const QByteArray line = readCmdline(pid);
        QMutexLocker lock(&childrenMutex);
        children.insert(line);
    });
    watcher.start();
    while (watcher.m_sweeps.load() < 1)
        QThread::msleep(1);

    DiskBackend backend;
    Report report;
    VolumeInfo volume;
    volume.device = copy.value();
    volume.target = copy.value();
    auto session = backend.open(volume, material, {}, report);
    QCOMPARE(session.ok(), opens);
    // The FUSE daemons keep running while the session is open: their command lines too.
    const int sweepsNow = watcher.m_sweeps.load();
    while (watcher.m_sweeps.load() < sweepsNow + 2)
        QThread::msleep(1);
    QStringList runtimeFiles;
    for (QDirIterator it(AppDirs::runtimeDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        if (!file.contains(QStringLiteral("/ntfs/")) && !file.contains(QStringLiteral("/bitlocker/")))
            runtimeFiles << file;
    }
    if (session.ok()) {
        // dislocker keeps its descriptor of the key's memory file open for as long as it runs:
        // the file must be empty by now (we overwrite and truncate it once dislocker has it).
        const QString bitlockerMount = QFileInfo((*session)->root()).path() + QStringLiteral("/bitlocker");
        const qint64 daemon = MountPoints::fuseDaemonPid(QStringLiteral("dislocker"), bitlockerMount);
        QVERIFY(daemon > 0);
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(daemon);
        for (const QString &fd : QDir(fdDir).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            const QFileInfo info(fdDir + u'/' + fd);
            if (info.symLinkTarget().contains(QStringLiteral("ra-key")))
                QCOMPARE(info.size(), qint64(0));
        }
        QVERIFY((*session)->close(report).ok());
    }
    watcher.m_stop = true;
    watcher.wait();
    ExternalCommand::setStartObserver({});

    QSet<QByteArray> all = watcher.seen();
    all.unite(children);
    bool sawDislocker = false;
    for (const QByteArray &line : std::as_const(all)) {
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!line.contains(secret), "a key appeared on a command line");
        const QList<QByteArray> argv = line.split('\0');
        if (!argv.isEmpty() && QFileInfo(QString::fromLocal8Bit(argv.first())).fileName().startsWith(QStringLiteral("dislocker"))
            && line.contains(QFile::encodeName(m_work->path()))) {
            sawDislocker = true;
            for (const QByteArray &arg : argv)
                QVERIFY2(!arg.startsWith("-p") && !arg.startsWith("-u") && !arg.startsWith("--recovery-password"),
                         arg.constData());
        }
    }
    if (opens)
        QVERIFY2(sawDislocker, "the watcher never saw dislocker's command line, so it proves nothing");
    // No key file is left behind in the private runtime folder, and none holds the key.
    for (const QString &file : std::as_const(runtimeFiles)) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray content = f.readAll();
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret), qPrintable(file));
        }
    }
    // The key's memory file is closed once dislocker has it: no descriptor of ours points to one.
    for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files))
        QVERIFY(!fd.symLinkTarget().contains(QStringLiteral("ra-key")));
    // The report holds no secret either.
    const QString text = report.toText();
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY(!text.toLatin1().contains(secret));
}

// The whole CLI run (probe, unlock, mount, remediate, close) with the key on stdin.
void TestSecretsE2E::cliFixKeepsTheKeyOffCommandLines()
{
    const QString image = QStringLiteral("bitlk-aes-xts-128-two-recovery");
    auto copy = TestVolumes::builtVolumeCopy(image, m_work->path());
    QVERIFY(copy.ok());
    const QByteArray key = TestVolumes::image(image).recoveryKey2.toLatin1();
    QTemporaryDir home(m_work->filePath(QStringLiteral("home-XXXXXX")));

    CmdlineWatcher watcher;
    watcher.start();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.path() + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli"),
              {QStringLiteral("fix"), copy.value(), QStringLiteral("--key-stdin"), QStringLiteral("--quarantine"),
               home.filePath(QStringLiteral("quarantine"))});
    cli.write(key + '\n');
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(120000));
    watcher.m_stop = true;
    watcher.wait();
    QCOMPARE(cli.exitCode(), 0);

    bool sawDislocker = false;
    for (const QByteArray &line : watcher.seen()) {
        QVERIFY2(!line.contains(key) && !line.contains(QByteArray(key).replace('-', "")), "a key appeared on a command line");
        const QByteArray argv0 = line.left(line.indexOf('\0'));
        sawDislocker = sawDislocker || (argv0.endsWith("dislocker") && line.contains(QFile::encodeName(m_runtime.path())));
    }
    QVERIFY2(sawDislocker, "the watcher never saw dislocker's command line, so it proves nothing");
    // Nor in anything the CLI wrote: log, case folder, ticket, manifest.
    for (QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(key) && !content.contains(QByteArray(key).replace('-', "")), qPrintable(f.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSecretsE2E)
#include "tst_secrets_e2e.moc"
