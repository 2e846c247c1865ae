// SPDX-License-Identifier: GPL-3.0-or-later
// The fault suite (ctest label "faults"): special files, huge sparse files and names that are not
// UTF-8 on a real BitLocker image and on a folder; each of SIGTERM/INT/HUP/QUIT at several points
// of `fix`; the disk going away three ways; output paths that cannot be written; usage errors.
// A run pauses itself at a named point (RA_FAULT_PAUSE, SIGSTOP), the test does the fault, then
// continues it. After every run: nothing of ours mounted, and the manifest lists every copy.
#include "e2esupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace ra;
using ra::test::IndependentView;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");
const QString kFolder = QStringLiteral("Windows/System32/drivers/CrowdStrike");
const QString kFaulty = kFolder + QStringLiteral("/C-00000291-00000000-00000032.sys");
const QByteArray kOddName = QByteArrayLiteral("C-00000291-odd-\xff\x01.sys");  // not UTF-8, a control character
const QString kOddShown = QStringLiteral("C-00000291-odd-\\xff\\x01.sys");
// ntfs-3g refuses names that are not UTF-8 (EILSEQ: NTFS names are UTF-16), so on an image the
// odd name is a control character after a non-ASCII letter.
const QByteArray kOddNtfsName = QByteArrayLiteral("C-00000291-odd-\xc3\xa9\x01.sys");
const QString kOddNtfsShown = QStringLiteral("C-00000291-odd-\u00e9\\x01.sys");

using Run = ra::test::CliRun;

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

using ra::test::processState;

// Every copy in the quarantine folder has its manifest entry.
QString manifestGaps(const QString &quarantine)
{
    const QJsonObject manifest = readJson(quarantine + QStringLiteral("/manifest.json"));
    QSet<QString> listed;
    for (const QJsonValue &v : manifest.value(QStringLiteral("files")).toArray())
        listed.insert(v.toObject().value(QStringLiteral("quarantinePath")).toString());
    QStringList gaps;
    const QDir dir(quarantine);
    QStringList stack{QString()};
    while (!stack.isEmpty()) {
        const QString rel = stack.takeLast();
        const QDir d(dir.filePath(rel));
        for (const QFileInfo &info : d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            const QString r = rel.isEmpty() ? info.fileName() : rel + u'/' + info.fileName();
            if (info.isDir())
                stack << r;
            else if (r != QLatin1String("manifest.json") && !listed.contains(r))
                gaps << r;
        }
    }
    return gaps.join(QStringLiteral(", "));
}

// Kills (SIGKILL) the dislocker processes whose command line names dir; returns how many.
int killDislockerUnder(const QString &dir)
{
    int killed = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const int id = pid.toInt(&numeric);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!numeric || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdline.readAll().split('\0');
        if (argv.isEmpty() || !argv.first().contains("dislocker"))
            continue;
        for (const QByteArray &arg : argv)
            if (arg.contains(QFile::encodeName(dir))) {
                killed += ::kill(id, SIGKILL) == 0;
                break;
            }
    }
    return killed;
}

}  // namespace

class TestFaultsE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void specialFilesOnAFolder();
    void specialFilesOnAnImage();
    void signalsOnAFolder_data();
    void signalsOnAFolder();
    void signalsOnAnImage_data();
    void signalsOnAnImage();
    void killedRunIsNamedByTheRerun();
    void deviceGone_data();
    void deviceGone();
    void ticketPathCheckedBeforeAnyChange();
    void ticketFailingAfterTheChangeExitsEight();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void wrongKeyIsOneSentence();
    void whatEachRemovedFileWas();

private:
    // Runs the CLI; with pausePoint, stops at it, calls fault(pid), then continues the run.
    Run cli(const QStringList &args, const QByteArray &input = {}, const char *pausePoint = nullptr,
            const std::function<void(qint64)> &fault = {}) const;
    QString makeFolderTarget() const;
    QByteArray keyInput() const { return TestVolumes::image(kImage).recoveryKey.toLatin1() + '\n'; }
    QString imageCopy() const;

    QTemporaryDir m_runtime;
    mutable int m_runs = 0;    // CLI runs
    mutable int m_faults = 0;  // runs paused at a point and given a fault (signal, pull, rm)
    mutable int m_hangs = 0;   // runs that did not end in time
    QElapsedTimer m_clock;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestFaultsE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    m_clock.start();
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/faults-work-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestFaultsE2E::init()
{
    m_home = std::make_unique<QTemporaryDir>(m_work->filePath(QStringLiteral("home-XXXXXX")));
}

void TestFaultsE2E::cleanupTestCase()
{
    qInfo("fault suite: %d CLI runs, %d with an injected fault, %d hangs; %lld ms", m_runs, m_faults, m_hangs, m_clock.elapsed());
}

void TestFaultsE2E::cleanup()
{
    const QStringList left = ra::test::leftovers(m_work->path()) + ra::test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    for (const QString &file : QDir(m_work->path()).entryList(QDir::Files | QDir::System))
        QFile::remove(m_work->filePath(file));
}

Run TestFaultsE2E::cli(const QStringList &args, const QByteArray &input, const char *pausePoint,
                       const std::function<void(qint64)> &fault) const
{
    Run run = ra::test::runCliWithFault(args, input, m_home->path(), m_runtime.path(), pausePoint, fault);
    ++m_runs;
    m_faults += run.paused ? 1 : 0;
    m_hangs += run.hung ? 1 : 0;
    return run;
}

QString TestFaultsE2E::makeFolderTarget() const
{
    QTemporaryDir dir(m_work->filePath(QStringLiteral("folder-XXXXXX")));
    dir.setAutoRemove(false);
    if (!ra::test::plantFiles(dir.path(), ra::test::standardIncidentTree()))
        return {};
    return dir.path();
}

QString TestFaultsE2E::imageCopy() const
{
    auto path = TestVolumes::builtVolumeCopy(kImage, m_work->path());
    return path ? path.value() : QString();
}

// Plants a FIFO, a character device, a 50 GB sparse file and a name that is not UTF-8 (holding
// the faulty content) in the CrowdStrike folder under root.
// Empty when planted; else the step that failed and why.
static QString plantSpecialFiles(const QString &root, const QByteArray &oddName)
{
    const QByteArray folder = QFile::encodeName(root + u'/' + kFolder);
    const auto failed = [](const char *what) { return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(strerror(errno))); };
    QFile faulty(root + u'/' + kFaulty);
    if (!faulty.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + faulty.fileName();
    const QByteArray content = faulty.readAll();
    const QDateTime written = faulty.fileTime(QFileDevice::FileModificationTime);
    faulty.close();
    if (::mkfifo(QByteArray(folder + "/C-00000291-fifo.sys").constData(), 0600) != 0)
        return failed("mkfifo");
    if (::mknod(QByteArray(folder + "/C-00000291-chardev.sys").constData(), S_IFCHR | 0600, makedev(1, 5)) != 0)  // like /dev/zero
        return failed("mknod");
    const int huge = ::open(QByteArray(folder + "/C-00000291-huge.sys").constData(), O_WRONLY | O_CREAT, 0600);
    if (huge < 0 || ::ftruncate(huge, 50LL << 30) != 0)
        return failed("sparse 50 GB file");
    ::close(huge);
    const QByteArray oddPath = folder + '/' + oddName;
    const int fd = ::open(oddPath.constData(), O_WRONLY | O_CREAT, 0600);
    if (fd < 0 || ::write(fd, content.constData(), size_t(content.size())) != content.size())
        return failed("a name that is not UTF-8");
    ::close(fd);
    const struct timespec times[2] = {{written.toSecsSinceEpoch(), 0}, {written.toSecsSinceEpoch(), 0}};
    return ::utimensat(AT_FDCWD, oddPath.constData(), times, 0) == 0 ? QString() : failed("utimensat");
}

static void verifySpecialFilesResult(const Run &run, const QString &root, const QString &oddShown)
{
    QVERIFY2(run.code == 0, qPrintable(run.text()));
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : run.json().value(QStringLiteral("findings")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("path")).toString().section(u'/', -1), v.toObject());
    for (const char *name : {"C-00000291-fifo.sys", "C-00000291-chardev.sys", "C-00000291-huge.sys"}) {
        const QJsonObject f = byName.value(QString::fromLatin1(name));
        QVERIFY2(!f.isEmpty(), name);
        QVERIFY2(!f.value(QStringLiteral("selected")).toBool(), name);
        QVERIFY2(QFileInfo::exists(root + u'/' + kFolder + u'/' + QLatin1String(name)) || root.isEmpty(), name);
    }
    // Found, shown escaped, handled like any other faulty file.
    QVERIFY2(byName.contains(oddShown), qPrintable(QStringList(byName.keys()).join(u' ')));
    QVERIFY(byName.value(oddShown).value(QStringLiteral("selected")).toBool());
    QCOMPARE(byName.value(oddShown).value(QStringLiteral("verdict")).toString(), QStringLiteral("faulty"));
    // The ticket lists it among the removed files, escaped, and holds no control character.
    const QJsonObject ticket = run.json().value(QStringLiteral("ticket")).toObject();
    QStringList removed;
    for (const QJsonValue &v : ticket.value(QStringLiteral("removed")).toArray())
        removed << v.toObject().value(QStringLiteral("path")).toString().section(u'/', -1);
    QVERIFY2(removed.contains(oddShown), qPrintable(removed.join(u' ')));
    QVERIFY(!QJsonDocument(ticket).toJson().contains('\x01'));
    QVERIFY(!run.out.contains(QChar(1)));
}

void TestFaultsE2E::specialFilesOnAFolder()
{
    const QString root = makeFolderTarget();
    const QString planted = plantSpecialFiles(root, kOddName);
    QVERIFY2(planted.isEmpty(), qPrintable(planted));
    const Run run = cli({QStringLiteral("fix"), root, QStringLiteral("--json")});
    verifySpecialFilesResult(run, root, kOddShown);
    QVERIFY(!QFileInfo::exists(root + u'/' + kFaulty));
    struct stat st {};
    QVERIFY(::lstat(QByteArray(QFile::encodeName(root + u'/' + kFolder) + '/' + kOddName).constData(), &st) != 0);  // removed
    // The terminal shows the special files with their reason, on a second run that changes nothing.
    const Run text = cli({QStringLiteral("fix"), root, QStringLiteral("--dry-run")});
    QVERIFY2(text.code == 0, qPrintable(text.text()));
    QVERIFY2(text.out.contains(QStringLiteral("Not a regular file; left alone.")), qPrintable(text.text()));
    QVERIFY2(text.out.contains(QStringLiteral("Far larger than a channel file")), qPrintable(text.text()));
    QVERIFY(!text.out.contains(QChar(1)));
}

void TestFaultsE2E::specialFilesOnAnImage()
{
    const QString image = imageCopy();
    QVERIFY(!image.isEmpty());
    {
        QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
        IndependentView view(image, 0, 0, TestVolumes::recoveryMaterial(TestVolumes::image(kImage).recoveryKey),
                             viewDir.path(), true);
        QVERIFY2(view.isOpen(), qPrintable(view.reportText()));
        const QString planted = plantSpecialFiles(view.root(), kOddNtfsName);
        QVERIFY2(planted.isEmpty(), qPrintable(planted));
    }
    const Run run = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyInput());
    verifySpecialFilesResult(run, QString(), kOddNtfsShown);
    // Not a hang, and the reasons on the terminal (a dry run after the fix).
    const Run text = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--dry-run")}, keyInput());
    QVERIFY2(text.code == 0, qPrintable(text.text()));
    QVERIFY2(text.out.contains(QStringLiteral("Not a regular file; left alone.")), qPrintable(text.text()));
    QVERIFY2(text.out.contains(QStringLiteral("Far larger than a channel file")), qPrintable(text.text()));
}

void TestFaultsE2E::signalsOnAFolder_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("removedBefore");  // files removed before the stop took effect
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGQUIT}) {
        QTest::addRow("%s at opened", strsignal(s)) << s << "opened" << 0;
        QTest::addRow("%s at before-delete", strsignal(s)) << s << "before-delete" << 1;
        QTest::addRow("%s at remediated", strsignal(s)) << s << "remediated" << 2;
    }
}

// Verifies a run stopped by a signal: exit 9 (or 0 when the work was done before the stop), the
// case written with its outcome, the ticket listing what was removed, the manifest complete.
static void verifyStopped(const Run &run, int removedBefore, const QString &quarantine)
{
    const bool finished = removedBefore == 2;
    QVERIFY2(run.paused, qPrintable(run.text()));  // the signal really arrived at the point
    QVERIFY2(run.code == (finished ? 0 : 9), qPrintable(run.text()));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);  // one sentence
    const QJsonObject result = run.json();
    const QString caseFolder = result.value(QStringLiteral("caseFolder")).toString();
    QVERIFY2(!caseFolder.isEmpty(), qPrintable(run.text()));
    const QJsonObject record = readJson(caseFolder + QStringLiteral("/case.json"));
    QCOMPARE(record.value(QStringLiteral("outcome")).toString(), finished ? QStringLiteral("fixed") : QStringLiteral("cancelled"));
    QCOMPARE(record.value(QStringLiteral("removed")).toArray().size(), removedBefore);
    QFile ticket(caseFolder + QStringLiteral("/ticket.txt"));
    QVERIFY(ticket.open(QIODevice::ReadOnly));
    const QString ticketText = QString::fromUtf8(ticket.readAll());
    for (const QJsonValue &v : record.value(QStringLiteral("removed")).toArray())
        QVERIFY2(ticketText.contains(v.toObject().value(QStringLiteral("path")).toString().section(u'/', -1)), qPrintable(ticketText));
    const QString caseQuarantine = result.value(QStringLiteral("quarantine")).toString();
    QVERIFY(caseQuarantine.startsWith(quarantine));
    QCOMPARE(manifestGaps(caseQuarantine), QString());
}

// A rerun on the same target after a stop that had removed files names them (case, file,
// quarantine copy) on the terminal and in its JSON, and fixes the rest.
static void verifyRerunNamesTheStoppedRun(const Run &stopped, const Run &rerun)
{
    QVERIFY2(rerun.code == 0, qPrintable(rerun.text()));
    const QString stoppedCase = stopped.json().value(QStringLiteral("caseId")).toString();
    const QJsonObject record = readJson(stopped.json().value(QStringLiteral("caseFolder")).toString() + QStringLiteral("/case.json"));
    const QJsonArray removed = record.value(QStringLiteral("removed")).toArray();
    QVERIFY(!removed.isEmpty());
    // Once per stopped case (issue 21: a killed batch made every later fix print 609 lines),
    // naming the case, how many files it removed and where their copies are.
    const QJsonArray named = rerun.json().value(QStringLiteral("interruptedRuns")).toArray();
    QCOMPARE(named.size(), 1);
    const QString line = named.first().toString();
    QVERIFY2(line.contains(stoppedCase), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("%1 file").arg(removed.size())), qPrintable(line));
    QCOMPARE(rerun.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
}

void TestFaultsE2E::signalsOnAFolder()
{
    QFETCH(int, signal);
    QFETCH(QString, point);
    QFETCH(int, removedBefore);
    const QString root = makeFolderTarget();
    const QString quarantine = m_work->filePath(QStringLiteral("quarantine"));
    const Run run = cli({QStringLiteral("fix"), root, QStringLiteral("--json"), QStringLiteral("--quarantine"), quarantine}, {},
                        qPrintable(point), [signal](qint64 pid) { ::kill(pid_t(pid), signal); });
    verifyStopped(run, removedBefore, quarantine);
    if (QTest::currentTestFailed())
        return;
    // Exactly the files the case lists as removed are gone; every other selected file is still
    // there, untouched (the stop came between files).
    const QJsonObject record = readJson(run.json().value(QStringLiteral("caseFolder")).toString() + QStringLiteral("/case.json"));
    QSet<QString> removed;
    for (const QJsonValue &v : record.value(QStringLiteral("removed")).toArray())
        removed.insert(v.toObject().value(QStringLiteral("path")).toString());
    int selected = 0;
    for (const QJsonValue &v : run.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (!f.value(QStringLiteral("selected")).toBool())
            continue;
        ++selected;
        const QString path = f.value(QStringLiteral("path")).toString();
        QVERIFY2(QFileInfo::exists(root + u'/' + path) != removed.contains(path), qPrintable(path));
    }
    QCOMPARE(selected, 2);
    QCOMPARE(removed.size(), removedBefore);
    if (removedBefore == 1)
        verifyRerunNamesTheStoppedRun(run, cli({QStringLiteral("fix"), root, QStringLiteral("--json"), QStringLiteral("--quarantine"), quarantine}));
}

void TestFaultsE2E::signalsOnAnImage_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("removedBefore");
    QTest::addRow("SIGTERM at opened") << SIGTERM << "opened" << 0;
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGQUIT})
        QTest::addRow("%s at before-delete", strsignal(s)) << s << "before-delete" << 1;
    QTest::addRow("SIGINT at remediated") << SIGINT << "remediated" << 2;
}

void TestFaultsE2E::signalsOnAnImage()
{
    QFETCH(int, signal);
    QFETCH(QString, point);
    QFETCH(int, removedBefore);
    const QString image = imageCopy();
    QVERIFY(!image.isEmpty());
    const QString quarantine = m_work->filePath(QStringLiteral("quarantine"));
    const Run run = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json"),
                         QStringLiteral("--quarantine"), quarantine},
                        keyInput(), qPrintable(point), [signal](qint64 pid) { ::kill(pid_t(pid), signal); });
    verifyStopped(run, removedBefore, quarantine);
    if (removedBefore == 1 && !QTest::currentTestFailed())
        verifyRerunNamesTheStoppedRun(run, cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json"),
                                                QStringLiteral("--quarantine"), quarantine},
                                               keyInput()));
    // cleanup() checks that nothing is mounted.
}

void TestFaultsE2E::killedRunIsNamedByTheRerun()
{
    const QString root = makeFolderTarget();
    const Run killed = cli({QStringLiteral("fix"), root}, {}, "before-delete", [](qint64 pid) { ::kill(pid_t(pid), SIGKILL); });
    QVERIFY2(killed.paused, qPrintable(killed.text()));
    QCOMPARE(killed.code, 128 + SIGKILL);
    const Run rerun = cli({QStringLiteral("fix"), root});
    QVERIFY2(rerun.code == 0, qPrintable(rerun.text()));
    QVERIFY2(rerun.out.contains(QStringLiteral("An earlier run that was interrupted")), qPrintable(rerun.text()));
    QVERIFY2(rerun.out.contains(QStringLiteral("C-00000291-00000000-00000032.sys")), qPrintable(rerun.text()));
}

void TestFaultsE2E::deviceGone_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("point");
    QTest::addRow("image truncated") << "truncate" << "before-delete";
    QTest::addRow("FUSE daemon killed") << "kill-dislocker" << "before-delete";
    QTest::addRow("image deleted after opening") << "rm" << "opened";
    QTest::addRow("image deleted during the repair") << "rm" << "before-delete";
}

void TestFaultsE2E::deviceGone()
{
    QFETCH(QString, how);
    QFETCH(QString, point);
    const QString image = imageCopy();
    QVERIFY(!image.isEmpty());
    const QString quarantine = m_work->filePath(QStringLiteral("quarantine"));
    const QString runtime = m_runtime.path();
    const Run run = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json"),
                         QStringLiteral("--quarantine"), quarantine},
                        keyInput(), qPrintable(point), [&](qint64) {
                            if (how == QLatin1String("truncate")) {
                                QVERIFY(::truncate(QFile::encodeName(image).constData(), 1 << 20) == 0);
                            } else if (how == QLatin1String("rm")) {
                                QVERIFY(QFile::remove(image));
                            } else {
                                // The dislocker FUSE daemon of this run's session, by its process id.
                                QVERIFY(killDislockerUnder(runtime) > 0);
                            }
                        });
    QVERIFY2(run.paused, qPrintable(run.text()));
    QVERIFY2(run.code == 4, qPrintable(run.text()));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY2(run.err.contains(how == QLatin1String("rm") ? QStringLiteral("deleted or replaced") : QStringLiteral("stopped answering")),
             qPrintable(run.text()));
    // A copy was made before the fault at before-delete: the manifest lists it (append-only,
    // written and flushed before the original is touched) and every other copy there is.
    const QString caseQuarantine = run.json().value(QStringLiteral("quarantine")).toString();
    if (point == QLatin1String("before-delete")) {
        QVERIFY2(!caseQuarantine.isEmpty(), qPrintable(run.text()));
        QVERIFY(readJson(caseQuarantine + QStringLiteral("/manifest.json")).value(QStringLiteral("files")).toArray().size() >= 1);
    }
    if (!caseQuarantine.isEmpty())
        QCOMPARE(manifestGaps(caseQuarantine), QString());
}

void TestFaultsE2E::ticketPathCheckedBeforeAnyChange()
{
    const QString root = makeFolderTarget();
    // A read-only file system: root's access() says yes, only opening says no.
    const QString readOnly = m_work->filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                         QStringLiteral("ro,size=1m"), QStringLiteral("ra-faults-ro"), readOnly}),
             0);
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {readOnly}); });
    for (const QString &ticket : {QStringLiteral("/nonexistent/x.txt"), m_work->path(), readOnly + QStringLiteral("/t.txt"),
                                  QStringLiteral("/proc/ra-ticket.txt")}) {
        const Run run = cli({QStringLiteral("fix"), root, QStringLiteral("--ticket"), ticket});
        QVERIFY2(run.code == 2, qPrintable(ticket + u'\n' + run.text()));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.text()));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY(QFileInfo::exists(root + u'/' + kFaulty));
        QVERIFY(!QFileInfo::exists(ticket) || QFileInfo(ticket).isDir());
    }
    // An existing ticket file is checked without being changed.
    const QString existing = m_work->filePath(QStringLiteral("existing-ticket.txt"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("old") == 3);
    f.close();
    const Run dry = cli({QStringLiteral("fix"), root, QStringLiteral("--dry-run"), QStringLiteral("--ticket"), existing});
    QVERIFY2(dry.code == 0, qPrintable(dry.text()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
}

void TestFaultsE2E::ticketFailingAfterTheChangeExitsEight()
{
    const QString root = makeFolderTarget();
    const QString ticketDir = m_work->filePath(QStringLiteral("tickets"));
    QVERIFY(QDir().mkpath(ticketDir));
    const QString ticket = ticketDir + QStringLiteral("/t.txt");
    // The folder disappears after the check and before the ticket is written.
    const Run run = cli({QStringLiteral("fix"), root, QStringLiteral("--ticket"), ticket}, {}, "remediated",
                        [&](qint64) { QVERIFY(QDir(ticketDir).removeRecursively()); });
    QVERIFY2(run.paused, qPrintable(run.text()));
    QVERIFY2(run.code == 8, qPrintable(run.text()));
    QVERIFY2(run.err.contains(QStringLiteral("could not be written to ") + ticket), qPrintable(run.text()));
    QVERIFY(!QFileInfo::exists(root + u'/' + kFaulty));
    const QString caseFolder = run.out.section(QStringLiteral("Case folder: "), 1).section(u'\n', 0, 0).trimmed();
    QVERIFY2(QFileInfo::exists(caseFolder + QStringLiteral("/ticket.txt")), qPrintable(run.text()));
    QCOMPARE(readJson(caseFolder + QStringLiteral("/case.json")).value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
}

void TestFaultsE2E::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("sentence");
    const QString folder = QDir::tempPath();
    QTest::newRow("fix --bogus") << QStringList{QStringLiteral("fix"), QStringLiteral("--bogus")} << "bogus";
    QTest::newRow("--key-file without value") << QStringList{QStringLiteral("fix"), QStringLiteral("x"), QStringLiteral("--key-file")} << "key-file";
    QTest::newRow("scan --bogus") << QStringList{QStringLiteral("scan"), QStringLiteral("--bogus")} << "bogus";
    QTest::newRow("--key-file a folder") << QStringList{QStringLiteral("fix"), folder, QStringLiteral("--key-file"), folder} << "is a folder";
    QTest::newRow("escrow check /dev/zero") << QStringList{QStringLiteral("escrow"), QStringLiteral("check"), QStringLiteral("/dev/zero")}
                                            << "not a regular file";
}

void TestFaultsE2E::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, sentence);
    const Run run = cli(args);
    QVERIFY2(run.code == 2, qPrintable(run.text()));
    QVERIFY2(run.err.contains(sentence), qPrintable(run.text()));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
}

void TestFaultsE2E::wrongKeyIsOneSentence()
{
    const QString image = imageCopy();
    const QByteArray wrong = "111111-111111-111111-111111-111111-111111-111111-111111\n";
    const Run run = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin")}, wrong);
    QVERIFY2(run.code == 3, qPrintable(run.text()));  // a well-formed key this volume rejects
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY2(!run.err.contains(QStringLiteral("[warning]")), qPrintable(run.text()));
    // The FIFO export: one sentence, not "does not exist", and no hang.
    const QByteArray fifo = QFile::encodeName(m_work->filePath(QStringLiteral("export.csv")));
    QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
    const Run escrow = cli({QStringLiteral("escrow"), QStringLiteral("check"), QFile::decodeName(fifo)});
    QVERIFY2(escrow.code == 2 && escrow.err.contains(QStringLiteral("not a regular file")), qPrintable(escrow.text()));
}

void TestFaultsE2E::whatEachRemovedFileWas()
{
    const QString root = makeFolderTarget();
    const Run run = cli({QStringLiteral("fix"), root});
    QVERIFY2(run.code == 0, qPrintable(run.text()));
    // One faulty and one of unknown version were removed: the sentence says so.
    QVERIFY2(run.err.contains(QStringLiteral("1 faulty version")) && run.err.contains(QStringLiteral("1 of unknown version")),
             qPrintable(run.text()));
    QVERIFY(!run.err.contains(QStringLiteral("2 faulty")));
    // The ticket in the case folder says the same.
    const QString caseFolder = run.out.section(QStringLiteral("Case folder: "), 1).section(u'\n', 0, 0).trimmed();
    QFile ticket(caseFolder + QStringLiteral("/ticket.txt"));
    QVERIFY2(ticket.open(QIODevice::ReadOnly), qPrintable(run.text()));
    const QString ticketText = QString::fromUtf8(ticket.readAll());
    QVERIFY2(ticketText.contains(QStringLiteral("Fixed: 2 files removed (1 faulty version, 1 of unknown version)")), qPrintable(ticketText));
    // And in Japanese.
    const QString again = makeFolderTarget();
    const Run ja = cli({QStringLiteral("fix"), again, QStringLiteral("--lang"), QStringLiteral("ja")});
    QVERIFY2(ja.code == 0, qPrintable(ja.text()));
    QVERIFY2(ja.err.contains(QStringLiteral("不具合のあるバージョン 1 個、バージョン不明 1 個")), qPrintable(ja.text()));
    QVERIFY2(ja.out.contains(QStringLiteral("修復済み: ファイルを 2 個削除しました (不具合のあるバージョン 1 個、バージョン不明 1 個)")), qPrintable(ja.text()));
}

QTEST_GUILESS_MAIN(TestFaultsE2E)
#include "tst_faults_e2e.moc"
