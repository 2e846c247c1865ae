// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/channelfilescanner.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real recovery-assistant-cli binary on fixture trees made in temp dirs.
class TestCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void checkKey_data();
    void checkKey();
    void scanJson();
    void scanReadsTheKeyOnceForEveryTarget();
    void dryRunChangesNothing();
    void fixRemovesAndWritesTicket();
    void exitCodes_data();
    void exitCodes();
    void readOnlyVolumeExitsFive();
    void keyNeverLeaks();
    void escrowPicksKeyByKeyId();
    void keyStdinReadOnceForEveryTarget();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {}) const;
    QTemporaryDir m_home;
};

void TestCli::init()
{
    QVERIFY(m_home.isValid());
}

TestCli::Run TestCli::cli(const QStringList &args, const QByteArray &input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private home per test run: logs, cases and settings land here and are inspected.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.path() + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

static const QString kKey = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
static const QString kDir = QStringLiteral("Windows/System32/drivers/CrowdStrike/");

void TestCli::checkKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("valid") << kKey << QStringList{} << 0 << QStringLiteral("valid");
    QTest::newRow("full-width") << QStringLiteral("２３５８１８３５７９５１２５３９７９０１３３６５２４１１２０２４５５７５３４２９１４５９１９１０") << QStringList{} << 0 << QStringLiteral("valid");
    QTest::newRow("group 3 wrong") << QStringLiteral("235818-357951-253970-013365-241120-245575-342914-591910") << QStringList{} << 1 << QStringLiteral("3");
    QTest::newRow("japanese message") << QStringLiteral("235818-357951-253970-013365-241120-245575-342914-591910")
                                      << QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} << 1 << QStringLiteral("グループ 3");
}

void TestCli::checkKey()
{
    QFETCH(QString, input);
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, says);
    const Run r = cli(QStringList{QStringLiteral("check-key")} + extra, input.toUtf8());
    QCOMPARE(r.code, code);
    QVERIFY2((r.out + r.err).contains(says), qPrintable(r.out + r.err));
}

void TestCli::scanJson()
{
    QTemporaryDir volume;
    QVERIFY(ra::test::plantFiles(volume.path(), ra::test::standardIncidentTree()));
    const Run r = cli({QStringLiteral("scan"), volume.path(), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray volumes = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("volumes")).toArray();
    QCOMPARE(volumes.size(), 1);
    const QJsonObject v = volumes[0].toObject();
    QCOMPARE(v.value(QStringLiteral("kind")).toString(), QStringLiteral("folder"));
    // The registry facts of an opened volume, at the volume level (every field null here: the
    // fixture has no hives, and the reason says so).
    const QJsonObject windows = v.value(QStringLiteral("windows")).toObject();
    QVERIFY(windows.contains(QStringLiteral("computerName")));
    QVERIFY(windows.value(QStringLiteral("computerName")).isNull());
    QVERIFY(!windows.value(QStringLiteral("unknownReasons")).toArray().isEmpty());
    const QJsonObject inspection = v.value(QStringLiteral("inspection")).toObject();
    QCOMPARE(inspection.value(QStringLiteral("windowsRoot")).toString(), QStringLiteral("Windows"));
    QVERIFY(inspection.contains(QStringLiteral("windows")));
    const QJsonArray findings = inspection.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 3);
    QStringList verdicts;
    for (const auto &f : findings)
        verdicts << f.toObject().value(QStringLiteral("verdict")).toString();
    verdicts.sort();
    QCOMPARE(verdicts, (QStringList{QStringLiteral("faulty"), QStringLiteral("good"), QStringLiteral("unknown")}));
    // scan changes nothing
    for (const auto &f : ra::test::standardIncidentTree())
        QVERIFY(QFile::exists(volume.path() + u'/' + f.relativePath));
}

// `echo KEY | scan --key-stdin A B`: the key is read once and every target is reported
// (it used to read standard input again for the second target and exit 2).
void TestCli::scanReadsTheKeyOnceForEveryTarget()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(ra::test::plantFiles(first.path(), ra::test::standardIncidentTree()));
    QVERIFY(ra::test::plantFiles(second.path(), ra::test::standardIncidentTree()));
    const Run r = cli({QStringLiteral("scan"), first.path(), second.path(), QStringLiteral("--key-stdin"), QStringLiteral("--json")},
                      kKey.toLatin1() + "\n");
    QCOMPARE(r.code, 0);
    const QJsonArray volumes = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("volumes")).toArray();
    QCOMPARE(volumes.size(), 2);
    for (const auto &v : volumes)
        QCOMPARE(v.toObject().value(QStringLiteral("inspection")).toObject().value(QStringLiteral("findings")).toArray().size(), 3);
}

void TestCli::dryRunChangesNothing()
{
    QTemporaryDir volume;
    QVERIFY(ra::test::plantFiles(volume.path(), ra::test::standardIncidentTree()));
    const Run r = cli({QStringLiteral("fix"), volume.path(), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("dryRun")).toBool());
    QVERIFY(o.value(QStringLiteral("plan")).toArray().size() > 2);
    for (const auto &f : ra::test::standardIncidentTree())
        QVERIFY(QFile::exists(volume.path() + u'/' + f.relativePath));
    QVERIFY(!QDir(m_home.path() + QStringLiteral("/data/recovery-assistant/cases")).exists()
            || QDir(m_home.path() + QStringLiteral("/data/recovery-assistant/cases")).isEmpty());
}

void TestCli::fixRemovesAndWritesTicket()
{
    QTemporaryDir volume, out;
    QVERIFY(ra::test::plantFiles(volume.path(), ra::test::standardIncidentTree()));
    const QString ticketPath = out.path() + QStringLiteral("/ticket.md");
    const Run r = cli({QStringLiteral("fix"), volume.path(), QStringLiteral("--json"), QStringLiteral("--ticket"), ticketPath,
                       QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--lang"), QStringLiteral("ja"),
                       QStringLiteral("--technician"), QStringLiteral("山田"), QStringLiteral("--ticket-ref"), QStringLiteral("INC-7"),
                       QStringLiteral("--quarantine"), out.path() + QStringLiteral("/q")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    QVERIFY(o.value(QStringLiteral("quarantine")).toString().startsWith(out.path() + QStringLiteral("/q/RA-")));
    QVERIFY(!QFile::exists(volume.path() + u'/' + kDir + QStringLiteral("C-00000291-00000000-00000032.sys")));
    QVERIFY(!QFile::exists(volume.path() + u'/' + kDir + QStringLiteral("C-00000291-00000000-00000031.sys")));
    QVERIFY(QFile::exists(volume.path() + u'/' + kDir + QStringLiteral("C-00000291-00000000-00000033.sys")));
    const QJsonArray removed = o.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("removed")).toArray();
    QCOMPARE(removed.size(), 2);
    for (const auto &v : removed) {
        const QJsonObject f = v.toObject();
        QCOMPARE(ra::ChannelFileScanner::sha256(f.value(QStringLiteral("quarantinePath")).toString()),
                 f.value(QStringLiteral("sha256")).toString());
    }
    QFile ticket(ticketPath);
    QVERIFY(ticket.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ticket.readAll());
    QVERIFY(text.contains(QStringLiteral("修復済み")));
    QVERIFY(text.contains(QStringLiteral("山田")));
    QVERIFY(text.contains(QStringLiteral("INC-7")));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::newRow("no command") << QStringList{} << QByteArray() << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray() << 2;
    QTest::newRow("fix without target") << QStringList{QStringLiteral("fix")} << QByteArray() << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("fix"), QStringLiteral("/tmp"), QStringLiteral("--format"), QStringLiteral("pdf")} << QByteArray() << 2;
    QTest::newRow("missing target") << QStringList{QStringLiteral("fix"), QStringLiteral("/nonexistent/x")} << QByteArray() << 2;
    QTest::newRow("locked without key") << QStringList{QStringLiteral("fix"), QStringLiteral("practice:")} << QByteArray() << 2;
    QTest::newRow("malformed key") << QStringList{QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--key-stdin")}
                                   << QByteArray("12345-678") << 2;
    QTest::newRow("wrong key") << QStringList{QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--key-stdin")}
                               << kKey.toUtf8() << 3;
    QTest::newRow("practice key") << QStringList{QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--key-stdin")}
                                  << QByteArray("121121-242242-363363-484484-605605-010010-131131-252252") << 0;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    const Run r = cli(args, input);
    QCOMPARE(r.code, code);
    if (code != 0 && !args.isEmpty() && args.first() != QLatin1String("frobnicate"))
        QVERIFY2(!r.err.trimmed().isEmpty(), "a failure says why on stderr");
}

void TestCli::readOnlyVolumeExitsFive()
{
    if (!ra::test::TmpfsMount::canMount()) {
        if (ra::test::requireE2E())
            QFAIL("a read-only tmpfs needs root, and RA_REQUIRE_E2E=1");
        QSKIP("needs root to mount a read-only tmpfs");
    }
    QTemporaryDir volume;
    ra::test::TmpfsMount mount;
    QVERIFY(mount.mount(volume.path(), QStringLiteral("size=4m")));
    QVERIFY(ra::test::plantFiles(volume.path(), ra::test::standardIncidentTree()));
    QVERIFY(mount.remountReadOnly());
    const Run r = cli({QStringLiteral("fix"), volume.path()});
    QCOMPARE(r.code, 5);
    QVERIFY(r.err.contains(QStringLiteral("read")));
    QVERIFY(QFile::exists(volume.path() + u'/' + kDir + QStringLiteral("C-00000291-00000000-00000032.sys")));
}

void TestCli::keyNeverLeaks()
{
    // The practice volume needs its key; give it on stdin with the most verbose logging and
    // every ticket format, then search every file the tool wrote for the key in any form.
    const QByteArray key = "121121-242242-363363-484484-605605-010010-131131-252252";
    QTemporaryDir out;
    for (const char *format : {"text", "markdown", "json"}) {
        const Run r = cli({QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--key-stdin"),
                           QStringLiteral("--log-level"), QStringLiteral("trace"), QStringLiteral("--format"), QLatin1String(format),
                           QStringLiteral("--ticket"), out.path() + QStringLiteral("/ticket.") + QLatin1String(format)},
                          key);
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.toUtf8().contains(key) && !r.err.toUtf8().contains(key));
    }
    // A wrong key's error path too.
    const Run wrong = cli({QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--key-stdin"),
                           QStringLiteral("--log-level"), QStringLiteral("trace")}, kKey.toUtf8());
    QCOMPARE(wrong.code, 3);
    QVERIFY(!wrong.err.contains(kKey) && !wrong.out.contains(kKey));

    QByteArray digitsOnly = key;
    digitsOnly.replace('-', "");
    QList<QByteArray> forms{key, digitsOnly, "121121 242242", "605605-010010", kKey.toUtf8(), "235818-357951"};
    int filesRead = 0;
    for (const QString &dir : {m_home.path(), out.path()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++filesRead;
            for (const QByteArray &form : forms)
                QVERIFY2(!content.contains(form), qPrintable(f.fileName() + QStringLiteral(" contains the key")));
        }
    }
    // The log, 3 case folders (case.json, 3 tickets, manifest) and 3 saved tickets were read.
    QVERIFY2(filesRead >= 1 + 3 * 5 + 3, qPrintable(QString::number(filesRead)));
    QVERIFY(QDir(m_home.path() + QStringLiteral("/state/recovery-assistant/logs")).entryList(QDir::Files).size() >= 1);
}

void TestCli::escrowPicksKeyByKeyId()
{
    // A CrowdStrike-style export: another machine's key first, the practice volume's key by its
    // Key ID (short form, as the export script writes it), then an older key of the same host.
    QTemporaryDir dir;
    const QString csv = dir.path() + QStringLiteral("/keys.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,KeyID,RecoveryKey,Directory\r\n"
            "PC-OTHER,64311DEA,235818-357951-253979-013365-241120-245575-342914-591910,AD\r\n"
            "PC-PRACTICE,ACE0FBA5,121121-242242-363363-484484-605605-010010-131131-252252,AD\r\n");
    f.close();
    const Run r = cli({QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--escrow"), csv, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject ticket = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ticket")).toObject();
    const QJsonObject bitlocker = ticket.value(QStringLiteral("bitlocker")).toObject();
    QCOMPARE(bitlocker.value(QStringLiteral("shortKeyId")).toString(), QStringLiteral("ACE0FBA5"));
    QVERIFY(bitlocker.value(QStringLiteral("keySource")).toString().contains(QStringLiteral("PC-PRACTICE")));
    QVERIFY(!r.out.contains(QStringLiteral("121121-242242")));

    // An export without this volume's Key ID: one sentence, usage exit code, nothing opened.
    QFile other(dir.path() + QStringLiteral("/other.csv"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("Hostname,KeyID,RecoveryKey,Directory\n"
                "PC-OTHER,64311DEA,235818-357951-253979-013365-241120-245575-342914-591910,AD\n");
    other.close();
    const Run none = cli({QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--escrow"), other.fileName()});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains(QStringLiteral("ACE0FBA5")));

    // The escrow command itself is reachable through the same dispatcher, with --lang.
    const Run lookup = cli({QStringLiteral("escrow"), QStringLiteral("lookup"), csv, QStringLiteral("ace0fba5"), QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(lookup.code, 0);
    QVERIFY(lookup.out.contains(QStringLiteral("PC-PRACTICE")));
    QVERIFY(!lookup.out.contains(QStringLiteral("121121-242242")));
}

void TestCli::keyStdinReadOnceForEveryTarget()
{
    // The key is read once, before the targets: every target gets the same key, none asks again.
    QTemporaryDir one;
    QTemporaryDir two;
    QVERIFY(ra::test::plantFiles(one.path(), ra::test::standardIncidentTree()));
    QVERIFY(ra::test::plantFiles(two.path(), ra::test::standardIncidentTree()));
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--key-stdin"), one.path(), two.path()}, kKey.toUtf8() + '\n');
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(one.path()) && r.out.contains(two.path()), qPrintable(r.out + r.err));
    QVERIFY(!r.out.contains(kKey.left(13)) && !r.err.contains(kKey.left(13)));

    // The practice volume and a folder in one scan, the key from stdin: the volume opens.
    const Run mixed = cli({QStringLiteral("scan"), QStringLiteral("--key-stdin"), QStringLiteral("--json"), one.path(),
                           QStringLiteral("practice:")},
                          QByteArrayLiteral("121121-242242-363363-484484-605605-010010-131131-252252\n"));
    QCOMPARE(mixed.code, 0);
    const QJsonArray volumes = QJsonDocument::fromJson(mixed.out.toUtf8()).object().value(QStringLiteral("volumes")).toArray();
    QCOMPARE(volumes.size(), 2);
    for (const auto &v : volumes) {
        QVERIFY(!v.toObject().value(QStringLiteral("locked")).toBool());
        QVERIFY(v.toObject().contains(QStringLiteral("inspection")));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
