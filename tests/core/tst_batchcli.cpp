// SPDX-License-Identifier: GPL-3.0-or-later
// The built CLI: escrow pack with --passphrase-file, escrow lookup --bundle, and one unattended
// fix over several targets with keys from the bundle (folder and practice targets; no prompt).

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

}  // namespace

class TestBatchCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void packAndLookup();
    void wrongPassphraseIsOneSentence();
    void batchFixWithBundle();
    void batchWithNothingFixedExitsEleven();
    void aFileAndItsLinkAreOneTarget();
    void summaryTableWhenNotATerminal();
    void liveLinesOnATerminal();

private:
    Run run(const QStringList &args, const QByteArray &input = {});
    QString m_cli;
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_pass;
};

void TestBatchCli::initTestCase()
{
    m_cli = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    m_pass = m_dir.filePath(QStringLiteral("pass.txt"));
    QFile p(m_pass);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("a long passphrase for the helpdesk\n");
    p.close();
    m_bundle = m_dir.filePath(QStringLiteral("keys.rakeys"));
}

Run TestBatchCli::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(m_cli, args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestBatchCli::packAndLookup()
{
    const QString graph = QStringLiteral(RA_SOURCE_DIR "/tests/core/data/escrow/graph.csv");
    const Run packed = run({QStringLiteral("escrow"), QStringLiteral("pack"), graph, QStringLiteral("--out"), m_bundle,
                            QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--json")});
    QCOMPARE(packed.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(packed.out).object();
    QVERIFY(o.value(QStringLiteral("keys")).toInt() > 0);
    QCOMPARE(o.value(QStringLiteral("argon2idMemoryMiB")).toInt(), 256);
    // From stdin too, and the lookup finds the same key as in the plain export.
    const Run viaStdin = run({QStringLiteral("escrow"), QStringLiteral("lookup"), QStringLiteral("--bundle"), m_bundle,
                              QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("2565364c"), QStringLiteral("--json")},
                             "a long passphrase for the helpdesk\n");
    QCOMPARE(viaStdin.exitCode, 0);
    const Run plain = run({QStringLiteral("escrow"), QStringLiteral("lookup"), graph, QStringLiteral("2565364c"), QStringLiteral("--json")});
    const QJsonArray a = QJsonDocument::fromJson(viaStdin.out).object().value(QStringLiteral("matches")).toArray();
    const QJsonArray b = QJsonDocument::fromJson(plain.out).object().value(QStringLiteral("matches")).toArray();
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.first().toObject().value(QStringLiteral("key")), b.first().toObject().value(QStringLiteral("key")));
    QCOMPARE(a.first().toObject().value(QStringLiteral("host")), b.first().toObject().value(QStringLiteral("host")));
}

void TestBatchCli::wrongPassphraseIsOneSentence()
{
    if (!QFile::exists(m_bundle))
        packAndLookup();
    const Run r = run({QStringLiteral("escrow"), QStringLiteral("lookup"), QStringLiteral("--bundle"), m_bundle,
                       QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("2565364c")},
                      "not the passphrase\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("the passphrase is wrong or the file was modified"));
    QCOMPARE(r.out, QByteArray());
}

void TestBatchCli::batchFixWithBundle()
{
    if (!QFile::exists(m_bundle))
        packAndLookup();
    QTemporaryDir a, b;
    QVERIFY(ra::test::plantFiles(a.path(), ra::test::standardIncidentTree()));
    QVERIFY(ra::test::plantFiles(b.path(), ra::test::standardIncidentTree()));
    // The practice volume's key is not in the bundle: skipped and reported, the folders fixed.
    const Run r = run({QStringLiteral("fix"), a.path(), QStringLiteral("practice:"), b.path(), QStringLiteral("--jobs"), QStringLiteral("2"),
                       QStringLiteral("--bundle"), m_bundle, QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 10);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets[0].toObject().value(QStringLiteral("result")).toString(), QStringLiteral("fixed"));
    QCOMPARE(targets[1].toObject().value(QStringLiteral("result")).toString(), QStringLiteral("no-key"));
    QCOMPARE(targets[2].toObject().value(QStringLiteral("result")).toString(), QStringLiteral("fixed"));
    QCOMPARE(o.value(QStringLiteral("fixed")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("noKey")).toInt(), 1);
    for (int i : {0, 2})
        QVERIFY(QFile::exists(targets[i].toObject().value(QStringLiteral("caseFolder")).toString() + QStringLiteral("/ticket.txt")));
    // Plain lines when not a terminal, then the summary; exit 0 when all are fixed or not affected.
    QTemporaryDir c;
    QVERIFY(ra::test::plantFiles(c.path(), ra::test::standardIncidentTree()));
    const Run plain = run({QStringLiteral("fix"), c.path(), a.path(), QStringLiteral("--bundle"), m_bundle,
                           QStringLiteral("--passphrase-file"), m_pass});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("[1/2] "));
    QVERIFY(plain.out.contains("Summary:"));
    QVERIFY(!plain.out.contains("\x1b["));
}

// Exit 11 (README): several targets, none fixed (one without its key in the bundle, one
// folder that holds no Windows), each reported, nothing guessed.
void TestBatchCli::batchWithNothingFixedExitsEleven()
{
    if (!QFile::exists(m_bundle))
        packAndLookup();
    QTemporaryDir empty;
    const Run r = run({QStringLiteral("fix"), QStringLiteral("practice:"), empty.path(), QStringLiteral("--bundle"), m_bundle,
                       QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 11);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("targets")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("fixed")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("targets")).toArray().at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("no-key"));
}

// Issue 21: a target and a symlink to it were two items; the second found the first's lock and
// was reported "already open in another session", a failed case for a disk that was fixed.
void TestBatchCli::aFileAndItsLinkAreOneTarget()
{
    if (!QFile::exists(m_bundle))
        packAndLookup();
    QTemporaryDir work;
    const QString folder = work.filePath(QStringLiteral("machine"));
    QVERIFY(ra::test::plantFiles(folder, ra::test::standardIncidentTree()));
    const QString link = work.filePath(QStringLiteral("link-to-machine"));
    QVERIFY(QFile::link(folder, link));
    const Run r = run({QStringLiteral("fix"), folder, link, QStringLiteral("--bundle"), m_bundle,
                       QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray targets = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("fixed"));
}

// Not a terminal: one plain line per change ("[i/n] target  state"), no escape sequences, then
// the summary table (a header, one row per target in order, the sentence of a target that was
// not fixed under its row) and the counts.
void TestBatchCli::summaryTableWhenNotATerminal()
{
    if (!QFile::exists(m_bundle))
        packAndLookup();
    QTemporaryDir a, empty;
    QVERIFY(ra::test::plantFiles(a.path(), ra::test::standardIncidentTree()));
    const Run r = run({QStringLiteral("fix"), a.path(), empty.path(), QStringLiteral("--bundle"), m_bundle, QStringLiteral("--passphrase-file"), m_pass});
    QCOMPARE(r.exitCode, 10);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(!out.contains(QLatin1Char('\x1b')));
    QVERIFY2(out.contains(QStringLiteral("[1/2] ") + a.path() + QStringLiteral("  fixed")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("[2/2] ") + empty.path() + QStringLiteral("  not fixed")), qPrintable(out));
    const QStringList lines = out.mid(out.indexOf(QStringLiteral("Summary:"))).split(u'\n');
    QVERIFY2(lines.size() >= 6, qPrintable(out));
    QVERIFY2(lines[1].contains(QStringLiteral("Target")) && lines[1].contains(QStringLiteral("Result")) && lines[1].contains(QStringLiteral("Case")),
             qPrintable(out));
    // Rows in the order given, the columns aligned under the header.
    const qsizetype resultColumn = lines[1].indexOf(QStringLiteral("Result"));
    QVERIFY2(lines[2].contains(a.path()) && lines[2].mid(resultColumn).startsWith(QStringLiteral("fixed")), qPrintable(out));
    QVERIFY2(lines[2].contains(QStringLiteral("2/2")) && lines[2].contains(QStringLiteral("RA-")), qPrintable(out));
    QVERIFY2(lines[3].contains(empty.path()) && lines[3].mid(resultColumn).startsWith(QStringLiteral("not fixed")), qPrintable(out));
    QVERIFY2(lines[4].contains(QStringLiteral("No Windows installation")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Fixed: 1 · not affected: 0 · no key: 0 · not fixed: 1 · stopped: 0")), qPrintable(out));
}

// On a terminal (a pseudo-terminal from script(1)): the targets' lines are drawn once, then
// redrawn in place (cursor up one line per target, each line cleared); the last drawing shows
// every target's outcome, one line each.
void TestBatchCli::liveLinesOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script (util-linux) is not installed");
    QTemporaryDir a, b;
    QVERIFY(ra::test::plantFiles(a.path(), ra::test::standardIncidentTree()));
    QVERIFY(ra::test::plantFiles(b.path(), ra::test::standardIncidentTree()));
    auto quoted = [](QString text) { return QStringLiteral("'") + text.replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QStringLiteral("'"); };
    QProcess p;
    p.start(script, {QStringLiteral("-qec"),
                     QStringLiteral("stty cols 200 rows 40; %1 fix %2 %3 --jobs 2").arg(quoted(m_cli), quoted(a.path()), quoted(b.path())),
                     QStringLiteral("/dev/null")});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("\x1b[2A")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("[1/2] ")), qPrintable(out));
    const QString lastDrawing = out.mid(out.lastIndexOf(QStringLiteral("\x1b[2A")) + 4);
    QStringList lines = lastDrawing.split(QStringLiteral("\r\n"));
    QVERIFY2(lines.size() >= 2, qPrintable(out));
    for (QString &line : lines)
        line.remove(QStringLiteral("\x1b[2K\r"));
    QVERIFY2(lines[0].startsWith(a.path() + QStringLiteral("  fixed  2 of 2 file")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(b.path() + QStringLiteral("  fixed  2 of 2 file")), qPrintable(lines[1]));
    QVERIFY2(out.contains(QStringLiteral("Summary:")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batchcli.moc"
