// SPDX-License-Identifier: GPL-3.0-or-later
// Faults in a batch (issue 14, label faults): one `fix --bundle … --jobs 2` over several real
// BitLocker targets while one target's device goes away mid-run (its dislocker FUSE daemon is
// killed between the quarantine copy and the delete) and another is read-only (hibernated NTFS);
// and SIGINT in the middle of a batch. The run pauses itself at a fault point (RA_FAULT_PAUSE,
// the first thread to reach it stops the whole process), the test does the fault, the run goes
// on. Then every target is checked independently: the others fixed; nothing lost (every file
// that is gone from a volume has a verified quarantine copy); interrupted targets either byte
// for byte untouched or recorded consistently (the case lists exactly what is gone); exit code
// as the README says; nothing left mounted or running.
#include "e2esupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

using namespace ra;
using ra::test::sha256Of;
using ra::test::TestVolumes;
using Run = ra::test::CliRun;

namespace {

const QByteArray kPassphrase = "fault suite passphrase, not a key";

struct Target {
    QString image;
    QString format;
    QString name;
    QString path;
    QString before;
};

using ra::test::plantedHashes;

}  // namespace

class TestBatchFaultsE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deviceGoneAndReadOnlySpoilNoOtherTarget();
    void sigintStopsEveryTargetCleanly();
    void imageDeletedDuringBatchIsNeverFixed_data();
    void imageDeletedDuringBatchIsNeverFixed();

private:
    QStringList everythingLeft() const;
    Target make(const QString &image, const QString &format, const QString &name);
    QStringList batchArgs(const QList<Target> &targets) const;
    // Checks one target of a finished batch against the volume itself (independent view):
    // nothing lost, and the case (if any) says exactly what is gone. Returns the files removed.
    int verifyConsistent(const Target &t, const QJsonObject &item);

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_bundle;
    QString m_passphraseFile;
};

void TestBatchFaultsE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    RA_REQUIRE_QEMU_TOOLS();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/batchfaults-work-XXXXXX"));
    QVERIFY(m_work->isValid());
    QTemporaryDir packHome(m_work->filePath(QStringLiteral("pack-XXXXXX")));
    QString why;
    m_bundle = ra::test::packTestBundle({QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("bitlk-aes-cbc-128"), QStringLiteral("bitlk-aes-xts-256")},
                                        m_work->path(), packHome.path(), m_runtime.path(), kPassphrase, &m_passphraseFile, &why);
    QVERIFY2(!m_bundle.isEmpty(), qPrintable(why));
}

void TestBatchFaultsE2E::init()
{
    m_home = std::make_unique<QTemporaryDir>(m_work->filePath(QStringLiteral("home-XXXXXX")));
}

QStringList TestBatchFaultsE2E::everythingLeft() const
{
    return ra::test::everythingLeftUnder({m_work->path(), m_runtime.path()});
}

void TestBatchFaultsE2E::cleanup()
{
    const QStringList left = everythingLeft();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    for (const QFileInfo &entry : QDir(m_work->path()).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.filePath() == m_bundle || entry.filePath() == m_passphraseFile)
            continue;
        if (entry.isDir())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

Target TestBatchFaultsE2E::make(const QString &image, const QString &format, const QString &name)
{
    Target t{image, format, name, ra::test::makeDiskFile(image, format, m_work->path(), name, false), {}};
    t.before = t.path.isEmpty() ? QString() : sha256Of(t.path);
    return t;
}

QStringList TestBatchFaultsE2E::batchArgs(const QList<Target> &targets) const
{
    QStringList args{QStringLiteral("fix")};
    for (const Target &t : targets)
        args << t.path;
    return args << QStringLiteral("--bundle") << m_bundle << QStringLiteral("--passphrase-file") << m_passphraseFile
                << QStringLiteral("--jobs") << QStringLiteral("2") << QStringLiteral("--json");
}

int TestBatchFaultsE2E::verifyConsistent(const Target &t, const QJsonObject &item)
{
    const QString label = t.name + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
    const QString caseFolder = item.value(QStringLiteral("caseFolder")).toString();
    // No case: never started (byte for byte as before), or stopped after it was opened and before
    // any file was touched (NTFS may have written its own journal; the files are checked below).
    if (caseFolder.isEmpty() && sha256Of(t.path) == t.before)
        return 0;
    const QJsonObject record = ra::test::readJsonFile(caseFolder + QStringLiteral("/case.json"));
    const QMap<QString, QString> planted = plantedHashes();
    QSet<QString> removed;
    bool ok = true;
    auto check = [&](bool condition, const QString &what) {
        if (!condition && ok) {
            ok = false;
            QTest::qFail(qPrintable(label + QStringLiteral(": ") + what), __FILE__, __LINE__);
        }
    };
    check(caseFolder.isEmpty() || QFile::exists(caseFolder + QStringLiteral("/ticket.txt")), QStringLiteral("no ticket"));
    for (const QJsonValue &v : record.value(QStringLiteral("removed")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString path = r.value(QStringLiteral("path")).toString();
        removed.insert(path);
        QString copy = r.value(QStringLiteral("quarantinePath")).toString();
        if (QFileInfo(copy).isRelative())
            copy = caseFolder + QStringLiteral("/quarantine/") + copy;
        check(sha256Of(copy) == planted.value(path) && r.value(QStringLiteral("sha256")).toString() == planted.value(path),
              QStringLiteral("the quarantine copy of %1 does not match").arg(path));
    }
    check(int(removed.size()) == item.value(QStringLiteral("removed")).toInt(), QStringLiteral("the JSON and the case disagree"));
    // The volume itself: exactly what the case lists is gone, everything else as planted; a file
    // that is gone but not listed would be lost.
    QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
    QString volume = t.path;
    if (t.format != QLatin1String("raw")) {
        volume = m_work->filePath(t.name + QStringLiteral(".check.raw"));
        const QString failed = ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"), t.path, volume});
        check(failed.isEmpty(), failed);
    }
    {
        ra::test::IndependentView view(volume, 0, 0, TestVolumes::recoveryMaterial(TestVolumes::image(t.image).recoveryKey), viewDir.path());
        check(view.isOpen(), view.reportText());
        for (auto it = planted.cbegin(); ok && view.isOpen() && it != planted.cend(); ++it) {
            const QString onVolume = view.root() + u'/' + it.key();
            if (removed.contains(it.key()))
                check(!QFileInfo::exists(onVolume), it.key() + QStringLiteral(" is listed as removed but still there"));
            else
                check(sha256Of(onVolume) == it.value(), it.key() + QStringLiteral(" is gone or changed, and no case lists it"));
        }
    }
    if (volume != t.path)
        QFile::remove(volume);
    return int(removed.size());
}

void TestBatchFaultsE2E::deviceGoneAndReadOnlySpoilNoOtherTarget()
{
    // Target 0 loses its device; target 1 is hibernated (read-only NTFS); 2 and 3 are fine. With
    // two jobs, 0 and 1 start together and 1 never deletes, so the first thread to reach
    // "before-delete" (its quarantine copy made, the original not yet deleted) is target 0's.
    QList<Target> targets{make(QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("raw"), QStringLiteral("unplugged.raw")),
                          make(QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("raw"), QStringLiteral("hibernated.raw")),
                          make(QStringLiteral("bitlk-aes-cbc-128"), QStringLiteral("qcow2"), QStringLiteral("fine.qcow2")),
                          make(QStringLiteral("bitlk-aes-xts-256"), QStringLiteral("raw"), QStringLiteral("fine.raw"))};
    for (const Target &t : std::as_const(targets))
        QVERIFY2(!t.path.isEmpty(), qPrintable(t.name));
    {
        // Windows hibernated: hiberfil.sys starting with "HIBR" at the volume root.
        QTemporaryDir dir(m_work->filePath(QStringLiteral("hib-XXXXXX")));
        ra::test::IndependentView writable(targets[1].path, 0, 0,
                                           TestVolumes::recoveryMaterial(TestVolumes::image(targets[1].image).recoveryKey), dir.path(), true);
        QVERIFY2(writable.isOpen(), qPrintable(writable.reportText()));
        QVERIFY(ra::test::plantFiles(writable.root(), {{QStringLiteral("hiberfil.sys"), QByteArray("HIBR") + QByteArray(8188, '\x11'), {}}}));
    }
    targets[1].before = sha256Of(targets[1].path);
    QStringList killed;
    const QString unplugged = targets[0].path;
    const QString runtime = m_runtime.path();
    const Run run = ra::test::runCliWithFault(batchArgs(targets), {}, m_home->path(), runtime, "before-delete", [&](qint64) {
        // The dislocker FUSE daemon that serves target 0 (its command line names the image).
        for (const QString &d : ra::test::processesUnder(QStringLiteral("dislocker"), unplugged)) {
            const qint64 pid = d.section(u' ', 1).toLongLong();
            if (::kill(pid_t(pid), SIGKILL) == 0)
                killed << d;
        }
    });
    QVERIFY2(run.paused, qPrintable(run.text()));
    QVERIFY2(killed.size() == 1, qPrintable(QStringLiteral("dislocker of target 0 at the pause: ") + killed.join(u',') + u'\n' + run.text()));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(QStringLiteral("; "))));
    // README: 10 = some targets fixed, some not.
    QVERIFY2(run.code == 10, qPrintable(run.text()));
    const QJsonArray items = run.json().value(QStringLiteral("targets")).toArray();
    QCOMPARE(items.size(), targets.size());
    auto item = [&](int i) { return items[i].toObject(); };
    // Device gone: exit code 4 for this target, one sentence; its copy was made before the fault.
    QVERIFY2(item(0).value(QStringLiteral("result")).toString() == QLatin1String("not-fixed"), qPrintable(run.text()));
    QCOMPARE(item(0).value(QStringLiteral("exitCode")).toInt(), 4);
    QVERIFY2(item(0).value(QStringLiteral("message")).toString().contains(QStringLiteral("stopped answering")), qPrintable(run.text()));
    // Read-only: exit code 5, the reason named, nothing deleted, the image untouched.
    QVERIFY2(item(1).value(QStringLiteral("result")).toString() == QLatin1String("not-fixed"), qPrintable(run.text()));
    QCOMPARE(item(1).value(QStringLiteral("exitCode")).toInt(), 5);
    QVERIFY2(item(1).value(QStringLiteral("message")).toString().contains(QStringLiteral("hibernat")), qPrintable(run.text()));
    QCOMPARE(item(1).value(QStringLiteral("removed")).toInt(), 0);
    // The others are fixed as if alone.
    for (int i : {2, 3}) {
        QVERIFY2(item(i).value(QStringLiteral("result")).toString() == QLatin1String("fixed"), qPrintable(run.text()));
        QCOMPARE(item(i).value(QStringLiteral("removed")).toInt(), 2);
        QCOMPARE(ra::test::readJsonFile(item(i).value(QStringLiteral("caseFolder")).toString() + QStringLiteral("/case.json")).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("fixed"));
    }
    // Every target against its volume: nothing lost, the cases say what is gone.
    for (int i = 0; i < targets.size(); ++i) {
        verifyConsistent(targets[i], item(i));
        if (QTest::currentTestFailed())
            return;
    }
    for (int i : {2, 3})
        ra::test::verifyFixedDiskFile(targets[i].path, targets[i].format == QLatin1String("raw"), 0, 0,
                                      TestVolumes::image(targets[i].image).recoveryKey, m_work->path());
}

void TestBatchFaultsE2E::sigintStopsEveryTargetCleanly()
{
    // SIGINT when the first target is between its quarantine copy and its delete: the file in
    // hand is finished, every running target stops between files and is closed in order with its
    // case written, the waiting ones are never started. Exit 9.
    QList<Target> targets;
    const QStringList images{QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("bitlk-aes-cbc-128"), QStringLiteral("bitlk-aes-xts-256"),
                             QStringLiteral("bitlk-aes-xts-128")};
    for (int i = 0; i < images.size(); ++i) {
        targets << make(images[i], i == 1 ? QStringLiteral("vhdx") : QStringLiteral("raw"),
                        QStringLiteral("machine-%1.%2").arg(i).arg(i == 1 ? QStringLiteral("vhdx") : QStringLiteral("raw")));
        QVERIFY2(!targets.last().path.isEmpty(), qPrintable(targets.last().name));
    }
    const Run run = ra::test::runCliWithFault(batchArgs(targets), {}, m_home->path(), m_runtime.path(), "before-delete",
                                              [](qint64 pid) { ::kill(pid_t(pid), SIGINT); });
    QVERIFY2(run.paused, qPrintable(run.text()));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(QStringLiteral("; "))));
    QVERIFY2(run.code == 9, qPrintable(run.text()));
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 9);
    const QJsonArray items = o.value(QStringLiteral("targets")).toArray();
    QCOMPARE(items.size(), targets.size());
    int stopped = 0;
    int untouched = 0;
    int interruptedWithRemovals = 0;
    for (int i = 0; i < targets.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const QString result = item.value(QStringLiteral("result")).toString();
        QVERIFY2(result == QLatin1String("stopped") || result == QLatin1String("fixed"), qPrintable(run.text()));
        stopped += result == QLatin1String("stopped");
        const int removed = verifyConsistent(targets[i], item);
        if (QTest::currentTestFailed())
            return;
        const QString caseFolder = item.value(QStringLiteral("caseFolder")).toString();
        untouched += caseFolder.isEmpty();
        interruptedWithRemovals += result == QLatin1String("stopped") && removed > 0;
        // A stopped target that was opened records the stop in its case, with what it removed.
        if (result == QLatin1String("stopped") && !caseFolder.isEmpty())
            QCOMPARE(ra::test::readJsonFile(caseFolder + QStringLiteral("/case.json")).value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
    }
    QCOMPARE(o.value(QStringLiteral("stopped")).toInt(), stopped);
    // In the middle: the target at the pause had made one copy (finished, then stopped) and the
    // last targets were still waiting (never started, byte for byte untouched).
    QVERIFY2(interruptedWithRemovals >= 1, qPrintable(run.text()));
    QVERIFY2(untouched >= 1, qPrintable(run.text()));
    // The last target was still waiting: never started, byte for byte as it was.
    QCOMPARE(items.last().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("stopped"));
    QCOMPARE(sha256Of(targets.last().path), targets.last().before);

    // The same batch again finishes the job: exit 0, every target fixed (or, for one that was
    // fixed before the stop, not affected), each checked on its own volume.
    const Run again = ra::test::runCliWithFault(batchArgs(targets), {}, m_home->path(), m_runtime.path());
    QVERIFY2(again.code == 0, qPrintable(again.text()));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(QStringLiteral("; "))));
    const QJsonArray rerun = again.json().value(QStringLiteral("targets")).toArray();
    QCOMPARE(rerun.size(), targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        const QString result = rerun[i].toObject().value(QStringLiteral("result")).toString();
        QVERIFY2(result == (items[i].toObject().value(QStringLiteral("result")).toString() == QLatin1String("fixed") ? QLatin1String("not-affected")
                                                                                                                 : QLatin1String("fixed")),
                 qPrintable(again.text()));
        ra::test::verifyFixedDiskFile(targets[i].path, targets[i].format == QLatin1String("raw"), 0, 0,
                                      TestVolumes::image(targets[i].image).recoveryKey, m_work->path());
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(stopped >= 2, qPrintable(run.text()));
}


void TestBatchFaultsE2E::imageDeletedDuringBatchIsNeverFixed_data()
{
    QTest::addColumn<QString>("point");
    QTest::addRow("deleted between the plan and the write") << QStringLiteral("opened");
    QTest::addRow("deleted during the repair") << QStringLiteral("before-delete");
}

void TestBatchFaultsE2E::imageDeletedDuringBatchIsNeverFixed()
{
    // Issue 21.4: the same guard as a single `fix` (exit 4, "deleted or replaced"), now in a batch:
    // target 0's image file is deleted while the batch works on it; it is never reported fixed,
    // and target 1 is fixed as if alone. One job, so the first target is the one paused.
    QFETCH(QString, point);
    QList<Target> targets{make(QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("raw"), QStringLiteral("deleted.raw")),
                          make(QStringLiteral("bitlk-aes-cbc-128"), QStringLiteral("raw"), QStringLiteral("fine.raw"))};
    for (const Target &t : std::as_const(targets))
        QVERIFY2(!t.path.isEmpty(), qPrintable(t.name));
    QStringList args = batchArgs(targets);
    args[args.indexOf(QStringLiteral("--jobs")) + 1] = QStringLiteral("1");
    const QString deleted = targets[0].path;
    const Run run = ra::test::runCliWithFault(args, {}, m_home->path(), m_runtime.path(), qPrintable(point),
                                              [&](qint64) { QVERIFY(QFile::remove(deleted)); });
    QVERIFY2(run.paused, qPrintable(run.text()));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(QStringLiteral("; "))));
    QVERIFY2(run.code == 10, qPrintable(run.text()));  // README: some fixed, some not
    const QJsonArray items = run.json().value(QStringLiteral("targets")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject gone = items[0].toObject();
    QCOMPARE(gone.value(QStringLiteral("result")).toString(), QStringLiteral("not-fixed"));
    QCOMPARE(gone.value(QStringLiteral("exitCode")).toInt(), 4);
    QVERIFY2(gone.value(QStringLiteral("message")).toString().contains(QStringLiteral("deleted or replaced")), qPrintable(run.text()));
    const QString caseFolder = gone.value(QStringLiteral("caseFolder")).toString();
    if (!caseFolder.isEmpty())
        QVERIFY(ra::test::readJsonFile(caseFolder + QStringLiteral("/case.json")).value(QStringLiteral("outcome")).toString() != QLatin1String("fixed"));
    QCOMPARE(items[1].toObject().value(QStringLiteral("result")).toString(), QStringLiteral("fixed"));
    ra::test::verifyFixedDiskFile(targets[1].path, true, 0, 0, TestVolumes::image(targets[1].image).recoveryKey, m_work->path());
}

QTEST_GUILESS_MAIN(TestBatchFaultsE2E)
#include "tst_batch_faults_e2e.moc"
