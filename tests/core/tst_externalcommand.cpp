// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/externalcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace ra;

class TestExternalCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void runsAnAllowedTool();
    void refusesAToolNotOnTheAllowlist();
    void missingToolIsToolMissing();
    void refusesSecretsInArguments_data();
    void refusesSecretsInArguments();
    void passesStandardInputWithoutRecordingIt();
    void timeoutStopsTheTool();
    void timeoutStopsEverythingTheToolStarted();
    void nonZeroExitIsReturnedNotAnError();
};

void TestExternalCommand::initTestCase()
{
    ExternalCommand::allowToolForTests(QStringLiteral("wc"), QStringLiteral("coreutils"));
    ExternalCommand::allowToolForTests(QStringLiteral("sleep"), QStringLiteral("coreutils"));
    ExternalCommand::allowToolForTests(QStringLiteral("false"), QStringLiteral("coreutils"));
    ExternalCommand::allowToolForTests(QStringLiteral("sh"), QStringLiteral("dash"));
    ExternalCommand::allowToolForTests(QStringLiteral("ra-no-such-tool"), QStringLiteral("ra-no-such-package"));
}

void TestExternalCommand::runsAnAllowedTool()
{
    Report report;
    ExternalCommand cmd(QStringLiteral("losetup"), {QStringLiteral("--version")});
    auto out = cmd.run(report);
    QVERIFY(out.ok());
    QCOMPARE(out->exitCode, 0);
    QVERIFY(out->text().contains(QStringLiteral("losetup")));
    QVERIFY(out->pid > 0);
    // The report records the command line and the output.
    QCOMPARE(report.children().size(), 1);
    QCOMPARE(report.children().first()->title(), QStringLiteral("losetup --version"));
    QVERIFY(report.children().first()->details().contains(QStringLiteral("losetup")));
}

void TestExternalCommand::refusesAToolNotOnTheAllowlist()
{
    Report report;
    auto out = ExternalCommand(QStringLiteral("rm"), {QStringLiteral("-rf"), QStringLiteral("/nonexistent")}).run(report);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ErrorKind::BadInput);
    QVERIFY(!ExternalCommand::isAllowed(QStringLiteral("rm")));
    QVERIFY(ExternalCommand::findTool(QStringLiteral("rm")).isEmpty());
}

void TestExternalCommand::missingToolIsToolMissing()
{
    Report report;
    auto out = ExternalCommand(QStringLiteral("ra-no-such-tool"), {}).run(report);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ErrorKind::ToolMissing);
    QVERIFY(out.error().message.contains(QStringLiteral("ra-no-such-tool")));
    QVERIFY(out.error().message.contains(QStringLiteral("ra-no-such-package")));
    QCOMPARE(report.overallState(), ReportNode::State::Failed);
}

void TestExternalCommand::refusesSecretsInArguments_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("leaks");
    const QString key = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
    QTest::newRow("dislocker -p<key>") << "dislocker" << QStringList{QStringLiteral("-V"), QStringLiteral("x"), QStringLiteral("-p") + key} << true;
    QTest::newRow("dislocker -p alone") << "dislocker" << QStringList{QStringLiteral("-p")} << true;
    QTest::newRow("dislocker -rp cluster") << "dislocker" << QStringList{QStringLiteral("-rp123")} << true;
    QTest::newRow("dislocker -u") << "dislocker-fuse" << QStringList{QStringLiteral("-upassword")} << true;
    QTest::newRow("dislocker long option") << "dislocker" << QStringList{QStringLiteral("--recovery-password=") + key} << true;
    QTest::newRow("key without dashes, any tool") << "cryptsetup" << QStringList{QString(key).remove(u'-')} << true;
    QTest::newRow("key with spaces") << "ntfs-3g" << QStringList{QString(key).replace(u'-', u' ')} << true;
    QTest::newRow("dislocker -k file") << "dislocker"
                                       << QStringList{QStringLiteral("-V"), QStringLiteral("/dev/sdb2"), QStringLiteral("-k"),
                                                      QStringLiteral("/proc/1/fd/9"), QStringLiteral("-r"), QStringLiteral("--"),
                                                      QStringLiteral("/run/x/bitlocker")}
                                       << false;
    QTest::newRow("dislocker clear key") << "dislocker" << QStringList{QStringLiteral("-c"), QStringLiteral("-O"), QStringLiteral("1048576")} << false;
    QTest::newRow("ntfs-3g options") << "ntfs-3g" << QStringList{QStringLiteral("-o"), QStringLiteral("remove_hiberfile")} << false;
}

void TestExternalCommand::refusesSecretsInArguments()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, args);
    QFETCH(bool, leaks);
    QCOMPARE(ExternalCommand::argumentsLeakSecret(tool, args), leaks);
    if (leaks) {
        Report report;
        auto out = ExternalCommand(tool, args).run(report);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, ErrorKind::BadInput);
        QVERIFY(!report.toText().contains(QStringLiteral("591910")));
        QVERIFY(!report.toText().contains(QStringLiteral("-rp123")));
    }
}

void TestExternalCommand::passesStandardInputWithoutRecordingIt()
{
    const QByteArray secret("not-on-any-command-line");
    Report report;
    ExternalCommand cmd(QStringLiteral("wc"), {QStringLiteral("-c")});
    cmd.setStandardInput(SecureBytes(secret.constData(), std::size_t(secret.size())));
    auto out = cmd.run(report);
    QVERIFY(out.ok());
    QCOMPARE(out->standardOutput.trimmed().toInt(), secret.size());
    QVERIFY(!report.toText().contains(QString::fromLatin1(secret)));
}

void TestExternalCommand::timeoutStopsTheTool()
{
    Report report;
    ExternalCommand cmd(QStringLiteral("sleep"), {QStringLiteral("10")});
    cmd.setTimeout(300);
    QElapsedTimer timer;
    timer.start();
    auto out = cmd.run(report);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ErrorKind::Failed);
    QVERIFY(timer.elapsed() < 5000);
}

void TestExternalCommand::timeoutStopsEverythingTheToolStarted()
{
    // Issue 21: a tool that hangs and started others (QEMU's daemon while it starts), all deaf to
    // SIGTERM: after the timeout nothing of it is left (its process group gets SIGKILL after the
    // grace period), not an orphan owned by PID 1.
    const QString marker = QStringLiteral("%1.291").arg(QCoreApplication::applicationPid());
    Report report;
    ExternalCommand cmd(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("trap '' TERM; sleep %1 & sleep %1; wait").arg(marker)});
    cmd.setTimeout(500);
    auto out = cmd.run(report);
    QVERIFY(!out.ok());
    auto left = [&marker] {
        QStringList found;
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray cmdline = f.readAll();
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            const bool zombie = stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
            if (cmdline.contains(marker.toLatin1()) && !zombie)
                found << pid;
        }
        return found;
    };
    QElapsedTimer waited;
    waited.start();
    while (!left().isEmpty() && waited.elapsed() < 2000)
        QThread::msleep(20);
    const QStringList survivors = left();
    for (const QString &pid : survivors)
        ::kill(pid.toInt(), SIGKILL);
    QVERIFY2(survivors.isEmpty(), qPrintable(survivors.join(u' ')));
}

void TestExternalCommand::nonZeroExitIsReturnedNotAnError()
{
    Report report;
    auto out = ExternalCommand(QStringLiteral("false"), {}).run(report);
    QVERIFY(out.ok());
    QCOMPARE(out->exitCode, 1);
    QCOMPARE(report.children().first()->state(), ReportNode::State::Failed);
}

QTEST_GUILESS_MAIN(TestExternalCommand)
#include "tst_externalcommand.moc"
