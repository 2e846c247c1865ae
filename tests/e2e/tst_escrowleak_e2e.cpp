// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, item 7 (ctest label "faults"): an export whose rows hide other machines' recovery
// keys in fields other than the key column — a quoted, multi-line Directory field holding
// another host's key, a quoted, multi-line Hostname field holding a whole other row — and
// texts with line breaks and control characters. `escrow check`, `escrow lookup` (masked, by
// Key ID and by host) and `fix --escrow` on a real BitLocker image (text, Markdown and JSON
// tickets, trace logging) are run; then EVERY file they wrote (case folder, tickets, logs under
// the XDG state folder, the runtime folder), and their stdout and stderr, are swept for EVERY key
// of the export in any grouping: with dashes, spaces or nothing between the groups.
#include "e2esupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace ra;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString text() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(code).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// A valid recovery key nobody has: every group a multiple of 11 below 720896.
QString randomKey()
{
    QStringList groups;
    for (int g = 0; g < 8; ++g)
        groups << QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(65536) * 11, 6, 10, QLatin1Char('0'));
    return groups.join(u'-');
}

QString randomGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

// Only the digits of data, in order: any grouping of a key (dashes, spaces, line breaks, JSON
// escapes, none) becomes its 48 digits in a row.
QByteArray digitsOnly(const QByteArray &data)
{
    QByteArray digits;
    digits.reserve(data.size());
    for (char c : data)
        if (c >= '0' && c <= '9')
            digits.append(c);
    return digits;
}

}  // namespace

class TestEscrowLeakE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void checkCountsHostileRowsAsBad();
    void lookupNeverPrintsAnotherRowsKey_data();
    void lookupNeverPrintsAnotherRowsKey();
    void fixWithTheExport();
    void fixWhenTheVolumesOwnRowIsHostile();
    void sweepFindsNoKeyAnywhere();

private:
    Run cli(const QStringList &args);
    QString writeExport(const QString &name, const QByteArray &content);
    // Where a key of the export appears in data (its name for the failure message).
    QStringList leaks(const QByteArray &data, const QString &where) const;

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_home;
    QString m_exports;    // outside the swept folders: the exports hold the keys
    QString m_tickets;
    QString m_export;     // the volume's own row clean (but multi-line texts), hostile rows around it
    QString m_hostileOwn; // the volume's own row is the one with another key in its Hostname
    QStringList m_keys;   // every key in the exports
    QString m_ownKey, m_ownGuid, m_ownHost;
    QString m_directoryVictimGuid, m_hostVictimGuid;
    QList<QPair<QString, QByteArray>> m_streams;  // stdout and stderr of every run
    int m_runs = 0;
    QElapsedTimer m_clock;
};

void TestEscrowLeakE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    m_clock.start();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/escrowleak-work-XXXXXX"));
    QVERIFY(m_work->isValid());
    m_home = m_work->filePath(QStringLiteral("home"));
    m_exports = m_work->filePath(QStringLiteral("exports"));
    m_tickets = m_work->filePath(QStringLiteral("tickets"));
    QVERIFY(QDir().mkpath(m_home) && QDir().mkpath(m_exports) && QDir().mkpath(m_tickets));

    const auto image = TestVolumes::image(kImage);
    m_ownKey = image.recoveryKey;
    m_ownGuid = image.recoveryGuid.toUpper();
    m_ownHost = QStringLiteral("PC-TOKYO-0042");
    const QString directoryVictimKey = randomKey(), hostVictimKey = randomKey(), plainOtherKey = randomKey();
    const QString hiddenInDirectory = randomKey(), hiddenInHost = randomKey(), hiddenInNotes = randomKey();
    const QString notesRowKey = randomKey();
    m_directoryVictimGuid = randomGuid();
    m_hostVictimGuid = randomGuid();
    m_keys = {m_ownKey, directoryVictimKey, hostVictimKey, plainOtherKey, hiddenInDirectory, hiddenInHost, hiddenInNotes, notesRowKey};

    // Lines 2-4: the volume's own row, its texts multi-line and with control characters (no key).
    // Lines 5-6: shape 1 of the issue, a quoted multi-line Directory holding another host's key.
    // Lines 7-8: shape 2, a quoted multi-line Hostname holding a whole other row.
    // Line 9: a plain other row (a key of the export that must not show either).
    // Line 10: an unknown column with a key without separators.
    QByteArray csv = "Hostname,KeyID,RecoveryKey,Directory,Notes\n";
    csv += "\"" + m_ownHost.toLatin1() + "\r\n\x1b]0;owned\x07\",{" + m_ownGuid.toLatin1() + "}," + m_ownKey.toLatin1()
           + ",\"AD\nOU=Tokyo\",\n";
    csv += "PC-OSAKA-0007," + m_directoryVictimGuid.toLatin1() + "," + directoryVictimKey.toLatin1() + ",\"AD\nPC-KOBE-0001 "
           + hiddenInDirectory.toLatin1() + "\",\n";
    csv += "\"PC-NAGOYA-0003\nPC-SAPPORO-0009," + randomGuid().toLatin1() + "," + hiddenInHost.toLatin1() + ",AD\","
           + m_hostVictimGuid.toLatin1() + "," + hostVictimKey.toLatin1() + ",Entra,\n";
    csv += "PC-FUKUOKA-0100," + randomGuid().toLatin1() + "," + plainOtherKey.toLatin1() + ",AD,\n";
    csv += "PC-SENDAI-0200," + randomGuid().toLatin1() + "," + notesRowKey.toLatin1() + ",AD,\"old " + QByteArray(hiddenInNotes.toLatin1()).replace('-', "") + "\"\n";
    m_export = writeExport(QStringLiteral("keys.csv"), csv);

    // The volume's own row with a whole other row in its Hostname (the ticket leak).
    const QString sneaked = randomKey();
    m_keys << sneaked;
    QByteArray hostile = "Hostname,KeyID,RecoveryKey,Directory\n";
    hostile += "\"" + m_ownHost.toLatin1() + "\nPC-002," + randomGuid().toLatin1() + "," + sneaked.toLatin1() + ",AD\",{"
               + m_ownGuid.toLatin1() + "}," + m_ownKey.toLatin1() + ",AD\n";
    hostile += "PC-FUKUOKA-0100," + randomGuid().toLatin1() + "," + plainOtherKey.toLatin1() + ",AD\n";
    m_hostileOwn = writeExport(QStringLiteral("hostile-own-row.csv"), hostile);
}

void TestEscrowLeakE2E::cleanup()
{
    const QStringList left = ra::test::leftovers(m_work->path()) + ra::test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
}

QString TestEscrowLeakE2E::writeExport(const QString &name, const QByteArray &content)
{
    const QString path = m_exports + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

Run TestEscrowLeakE2E::cli(const QStringList &args)
{
    QProcess p;
    ra::test::startCli(p, args, {}, m_home, m_runtime.path());
    Run r;
    if (p.waitForFinished(300000))
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128 + p.exitCode();
    else
        p.kill(), p.waitForFinished(10000);
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    ++m_runs;
    const QString name = args.mid(0, 2).join(u' ') + QStringLiteral(" #%1").arg(m_runs);
    m_streams.append({name + QStringLiteral(" stdout"), r.out});
    m_streams.append({name + QStringLiteral(" stderr"), r.err});
    return r;
}

QStringList TestEscrowLeakE2E::leaks(const QByteArray &data, const QString &where) const
{
    QStringList found;
    const QByteArray digits = digitsOnly(data);
    for (const QString &key : m_keys) {
        const QByteArray bare = digitsOnly(key.toLatin1());
        if (data.contains(key.toLatin1()) || digits.contains(bare))
            found << QStringLiteral("%1: key …%2").arg(where, key.right(6));
    }
    return found;
}

void TestEscrowLeakE2E::checkCountsHostileRowsAsBad()
{
    const Run run = cli({QStringLiteral("escrow"), QStringLiteral("check"), m_export, QStringLiteral("--json")});
    QVERIFY2(run.code == 1, qPrintable(run.text()));  // bad rows: exit 1
    const QJsonObject file = run.json().value(QStringLiteral("files")).toArray().first().toObject();
    QCOMPARE(file.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(file.value(QStringLiteral("badRows")).toInt(), 3);
    QCOMPARE(file.value(QStringLiteral("keys")).toInt(), 2);
    QList<int> lines;
    for (const QJsonValue &p : file.value(QStringLiteral("problems")).toArray())
        lines << p.toObject().value(QStringLiteral("line")).toInt();
    QCOMPARE(lines, (QList<int>{5, 7, 10}));
    // The text form names the lines, one line each, and nothing of the rows.
    const Run text = cli({QStringLiteral("escrow"), QStringLiteral("check"), m_export});
    QVERIFY2(text.code == 1, qPrintable(text.text()));
    for (int line : {5, 7, 10})
        QVERIFY2(text.out.contains(QStringLiteral("line %1: A field other than the recovery key column holds a recovery key").arg(line).toUtf8()),
                 qPrintable(text.text()));
    for (const char *name : {"PC-KOBE", "PC-SAPPORO", "PC-OSAKA", "PC-NAGOYA", "owned"})
        QVERIFY2(!text.out.contains(name), name);
    // The hostile-own-row export: 2 rows, 1 bad (its first), not "1 row, 0 bad rows".
    const Run own = cli({QStringLiteral("escrow"), QStringLiteral("check"), m_hostileOwn, QStringLiteral("--json")});
    const QJsonObject ownFile = own.json().value(QStringLiteral("files")).toArray().first().toObject();
    QVERIFY2(own.code == 1 && ownFile.value(QStringLiteral("rows")).toInt() == 2 && ownFile.value(QStringLiteral("badRows")).toInt() == 1,
             qPrintable(own.text()));
    QCOMPARE(ownFile.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 2);
}

void TestEscrowLeakE2E::lookupNeverPrintsAnotherRowsKey_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("hostile");
    const auto image = TestVolumes::image(kImage);
    QTest::newRow("own Key ID") << image.recoveryGuid.left(8) << false << 0 << false;
    QTest::newRow("own Key ID, JSON") << image.recoveryGuid.left(8) << true << 0 << false;
    QTest::newRow("another clean row's host") << QStringLiteral("PC-FUKUOKA-0100") << false << 0 << false;
    QTest::newRow("Directory row's Key ID") << QStringLiteral("directory-victim") << false << 12 << false;
    QTest::newRow("Hostname row's Key ID, JSON") << QStringLiteral("host-victim") << true << 12 << false;
    QTest::newRow("the hidden row's host") << QStringLiteral("PC-SAPPORO-0009") << false << 12 << false;
    QTest::newRow("hostile own row, own Key ID") << image.recoveryGuid.left(8) << false << 12 << true;
    QTest::newRow("hostile own row, hidden host, JSON") << QStringLiteral("PC-002") << true << 12 << true;
}

void TestEscrowLeakE2E::lookupNeverPrintsAnotherRowsKey()
{
    QFETCH(QString, query);
    QFETCH(bool, json);
    QFETCH(int, exitCode);
    QFETCH(bool, hostile);
    if (query == QLatin1String("directory-victim"))
        query = m_directoryVictimGuid.left(8);
    else if (query == QLatin1String("host-victim"))
        query = m_hostVictimGuid;
    QStringList args{QStringLiteral("escrow"), QStringLiteral("lookup"), hostile ? m_hostileOwn : m_export, query};
    if (json)
        args << QStringLiteral("--json");
    const Run run = cli(args);
    QVERIFY2(run.code == exitCode, qPrintable(run.text()));
    QVERIFY2(run.err.contains("could not be read"), qPrintable(run.text()));  // the bad rows are counted
    if (exitCode == 0 && !query.startsWith(QLatin1String("PC-"))) {
        // Masked: the last group only; the host one line, without the escape sequence.
        QVERIFY2(run.out.contains(m_ownKey.right(6).toLatin1()) && run.out.contains("••••••-"), qPrintable(run.text()));
        QVERIFY2(run.out.contains("PC-TOKYO-0042 ]0;owned"), qPrintable(run.text()));
        QVERIFY(!run.out.contains('\x1b') && !run.out.contains('\x07'));
    }
    const QStringList found = leaks(run.out + run.err, QStringLiteral("escrow lookup"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestEscrowLeakE2E::fixWithTheExport()
{
    auto image = TestVolumes::builtVolumeCopy(kImage, m_work->path());
    QVERIFY(image.ok());
    for (const char *format : {"text", "markdown", "json"}) {
        const QString ticket = m_tickets + QStringLiteral("/ticket-%1").arg(QLatin1String(format));
        QStringList args{QStringLiteral("fix"), image.value(), QStringLiteral("--escrow"), m_export, QStringLiteral("--ticket"), ticket,
                         QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--log-level"), QStringLiteral("trace")};
        if (qstrcmp(format, "json") == 0)
            args << QStringLiteral("--json");
        const Run run = cli(args);
        // The first run fixes; the later ones find nothing left to fix.
        QVERIFY2(run.code == 0, qPrintable(run.text()));
        QFile written(ticket);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        QVERIFY2(content.contains("PC-TOKYO-0042 ]0;owned"), content.constData());  // the key source, one line
        QVERIFY(!content.contains("PC-TOKYO-0042\r") && !content.contains('\x1b'));
        if (qstrcmp(format, "json") == 0) {
            const QJsonObject bitlocker = run.json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("bitlocker")).toObject();
            QCOMPARE(bitlocker.value(QStringLiteral("keyId")).toString().toUpper(), m_ownGuid);
            QVERIFY(!bitlocker.value(QStringLiteral("keySource")).toString().contains(u'\n'));
        }
    }
}

void TestEscrowLeakE2E::fixWhenTheVolumesOwnRowIsHostile()
{
    // The only row with the volume's Key ID is bad: no key is taken from it; the run says so.
    auto image = TestVolumes::builtVolumeCopy(kImage, m_work->path());
    QVERIFY(image.ok());
    const Run run = cli({QStringLiteral("fix"), image.value(), QStringLiteral("--escrow"), m_hostileOwn, QStringLiteral("--ticket"),
                         m_tickets + QStringLiteral("/hostile.txt"), QStringLiteral("--log-level"), QStringLiteral("debug")});
    QVERIFY2(run.code == 2, qPrintable(run.text()));
    QVERIFY2(!QFileInfo::exists(m_tickets + QStringLiteral("/hostile.txt")), qPrintable(run.text()));
}

void TestEscrowLeakE2E::sweepFindsNoKeyAnywhere()
{
    QVERIFY(m_runs >= 12);
    QStringList found;
    int files = 0;
    qint64 bytes = 0;
    for (const QString &root : {m_home, m_tickets, m_runtime.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            ++files;
            bytes += data.size();
            found += leaks(data, QDir(m_work->path()).relativeFilePath(path));
        }
    }
    for (const auto &[name, data] : std::as_const(m_streams))
        found += leaks(data, name);
    // The sweep must have seen what it claims to sweep: the case records, three tickets, the log.
    QDirIterator cases(m_home, {QStringLiteral("case.json")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(cases.hasNext());
    QVERIFY(QFileInfo::exists(m_home + QStringLiteral("/state/recovery-assistant/logs/recovery-assistant.log")));
    // And the sweep itself finds a key where there is one.
    QVERIFY(!leaks(m_ownKey.toLatin1().replace('-', ' '), QStringLiteral("self-test")).isEmpty());
    QVERIFY(!leaks(QByteArray("x") + digitsOnly(m_keys.last().toLatin1()) + "y", QStringLiteral("self-test")).isEmpty());
    qInfo("leak sweep: %d keys, %d runs, %d files (%lld bytes) and %d output streams; keys found: %d; %lld ms", int(m_keys.size()),
          m_runs, files, bytes, int(m_streams.size()), int(found.size()), m_clock.elapsed());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestEscrowLeakE2E)
#include "tst_escrowleak_e2e.moc"
