// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli escrow check / lookup, run as the technician runs it (the built binary).

#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include "system/escrow/escrowindex.h"
#include "system/escrow/keybundle.h"

#include <csignal>
#include <cstring>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString fixturePath(const char *name)
{
    return QStringLiteral(RA_SOURCE_DIR "/tests/core/data/escrow/") + QString::fromLatin1(name);
}

}  // namespace

class TestEscrowCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void checkListsBadRowsWithLines();
    void checkJson();
    void lookupMasksUnlessAsked();
    void lookupJsonListsNewestFirst();
    void bundleOpenEndsOnSigint();

private:
    Run run(const QStringList &args);
    QString m_cli;
};

void TestEscrowCli::initTestCase()
{
    m_cli = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
}

Run TestEscrowCli::run(const QStringList &args)
{
    QProcess p;
    p.start(m_cli, QStringList{QStringLiteral("escrow")} + args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestEscrowCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("check clean") << QStringList{QStringLiteral("check"), fixturePath("ad-computers.tsv")} << 0;
    QTest::newRow("check bad rows") << QStringList{QStringLiteral("check"), fixturePath("crowdstrike.csv")} << 1;
    QTest::newRow("check missing file") << QStringList{QStringLiteral("check"), fixturePath("missing.csv")} << 2;
    QTest::newRow("check no export") << QStringList{QStringLiteral("check"), fixturePath("not-an-export.csv")} << 2;
    QTest::newRow("lookup found") << QStringList{QStringLiteral("lookup"), fixturePath("graph.csv"), QStringLiteral("2565364c")} << 0;
    QTest::newRow("lookup not found") << QStringList{QStringLiteral("lookup"), fixturePath("graph.csv"), QStringLiteral("DEADBEEF")} << 12;
    QTest::newRow("no subcommand") << QStringList{} << 2;
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("check without file") << QStringList{QStringLiteral("check")} << 2;
    QTest::newRow("lookup without query") << QStringList{QStringLiteral("lookup"), fixturePath("graph.csv")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--bogus"), fixturePath("graph.csv")} << 2;
}

void TestEscrowCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
}

void TestEscrowCli::checkListsBadRowsWithLines()
{
    const Run r = run({QStringLiteral("check"), fixturePath("crowdstrike.csv")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("line 4:"));
    QVERIFY(r.out.contains("line 5:"));
    QVERIFY(r.out.contains("CrowdStrike CSV"));
    QVERIFY(!r.out.contains("404558"));  // the bad row's key never appears
}

void TestEscrowCli::checkJson()
{
    const Run r = run({QStringLiteral("check"), fixturePath("graph.json"), fixturePath("mbam.csv"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("keys")).toInt(), 3);
    const QJsonObject byFormat = doc.value(QStringLiteral("keysByFormat")).toObject();
    QCOMPARE(byFormat.value(QStringLiteral("graph-json")).toInt(), 1);
    QCOMPARE(byFormat.value(QStringLiteral("mbam")).toInt(), 2);
    const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonArray problems = files.at(0).toObject().value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 11);
}

void TestEscrowCli::lookupMasksUnlessAsked()
{
    const QByteArray full = "235818-357951-253979-013365-241120-245575-342914-591910";
    const Run masked = run({QStringLiteral("lookup"), fixturePath("crowdstrike.csv"), QStringLiteral("{64311dea-4587-4029-924a-ba299647998e}")});
    QCOMPARE(masked.exitCode, 0);
    QVERIFY(!masked.out.contains(full));
    QVERIFY(masked.out.contains("591910"));
    QVERIFY(masked.out.contains("WKS-001"));
    const Run shown = run({QStringLiteral("lookup"), fixturePath("crowdstrike.csv"), QStringLiteral("WKS-001"),
                           QStringLiteral("--show-key")});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(full));
}

void TestEscrowCli::lookupJsonListsNewestFirst()
{
    const Run r = run({QStringLiteral("lookup"), fixturePath("graph.csv"), QStringLiteral("laptop-7"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray matches = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("keyId")).toString(), QStringLiteral("2565364C"));
    QCOMPARE(matches.at(1).toObject().value(QStringLiteral("keyId")).toString(), QStringLiteral("83ABDB8F"));
    QVERIFY(matches.at(0).toObject().value(QStringLiteral("keyMasked")).toBool());
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-07-19T05:30:00Z"));
}

namespace {

// The memory the process pid and its children hold (kB), and whether it has a child.
qint64 residentWithChildren(qint64 pid, bool *hasChild)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> pids{pid};
    if (children.open(QIODevice::ReadOnly))
        for (const QByteArray &c : children.readAll().split(' '))
            if (!c.trimmed().isEmpty())
                pids.append(c.trimmed().toLongLong());
    *hasChild = pids.size() > 1;
    qint64 total = 0;
    for (const qint64 p : pids) {
        QFile status(QStringLiteral("/proc/%1/status").arg(p));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                total += line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return total;
}

}  // namespace

// Issue 21, item 6: a SIGINT while a bundle's key is being stretched (with parameters inside the
// caps, but slow: 6 passes over 512 MiB) ends the CLI promptly with exit 9 ("stopped"). The bundle
// is written fast and its header then patched: the stretch runs with what the header asks (the
// AEAD would refuse it only afterwards). Asserted: the exit code and that it ended; no timing.
void TestEscrowCli::bundleOpenEndsOnSigint()
{
    QTemporaryDir dir;
    ra::EscrowIndex index;
    auto imported = index.importFile(fixturePath("crowdstrike.csv"));
    QVERIFY(imported.ok());
    const char secret[] = "correct horse battery";
    ra::LockedBuffer passphrase(sizeof secret - 1);
    passphrase.append(secret, sizeof secret - 1);
    const QString bundle = dir.filePath(QStringLiteral("slow.rakeys"));
    QVERIFY(ra::KeyBundle::write(bundle, index, {*imported}, passphrase, ra::KeyBundleParams::fastest()).ok());
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray fields(16, '\0');
    qToLittleEndian<quint64>(6, fields.data());
    qToLittleEndian<quint64>(quint64(512) * 1024 * 1024, fields.data() + 8);
    QVERIFY(f.seek(8));
    QCOMPARE(f.write(fields), qint64(16));
    f.close();
    const QString passFile = dir.filePath(QStringLiteral("pass.txt"));
    QFile pass(passFile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(secret);
    pass.close();

    QProcess p;
    p.start(m_cli, {QStringLiteral("escrow"), QStringLiteral("lookup"), QStringLiteral("--bundle"), bundle,
                    QStringLiteral("--passphrase-file"), passFile, QStringLiteral("WKS-0001")});
    QVERIFY(p.waitForStarted());
    // Wait until the stretch is under way: a helper process, or the memory it takes.
    bool stretching = false;
    for (int i = 0; i < 400 && !stretching && p.state() == QProcess::Running; ++i) {
        bool hasChild = false;
        stretching = residentWithChildren(p.processId(), &hasChild) > 64 * 1024 || hasChild;
        if (!stretching)
            QThread::msleep(25);
    }
    QVERIFY2(stretching, "the key stretching never started");
    QThread::msleep(200);
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY2(p.waitForFinished(60000), "the CLI did not end after SIGINT");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 9, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()))));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(!err.contains(QLatin1String(secret)), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestEscrowCli)
#include "tst_escrowcli.moc"
