// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli cases …: import (idempotent, hostile files refused), list, report,
// rotation, mark-rotated, the duplicate-machine warning (also from fix), and eight bench
// processes writing to one PostgreSQL at once while the server is stopped and started again.

#include "casefixtures.h"
#include "hivebuilder.h"
#include "pgcluster.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtTest>

using namespace ra;
using ra::test::CaseSpec;

class TestCasesCli : public QObject {
    Q_OBJECT
private slots:
    void importIsIdempotentAndRefusesHostileFiles();
    void listFilters();
    void reportHtml();
    void reportRendersInABrowser();
    void rotationAndMarkRotated();
    void duplicateMachineWarning();
    void fixWarnsAboutAnEarlierCase();
    void passwordInAddressRefused();
    void eightBenchesAtOnce();
    void serverStoppedWhileBenchesWrite();
    void recoveryKeyNeverInTheStore();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QString &home = {}, const QMap<QString, QString> &env = {},
            const QByteArray &input = {}) const;
    QProcess *start(const QStringList &args, const QString &home, const QMap<QString, QString> &env,
                    const QByteArray &input = {}) const;
    QString seedStore();
    QTemporaryDir m_home;
};

QProcess *TestCasesCli::start(const QStringList &args, const QString &home, const QMap<QString, QString> &extra,
                              const QByteArray &input) const
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString h = home.isEmpty() ? m_home.path() : home;
    env.insert(QStringLiteral("HOME"), h);
    env.insert(QStringLiteral("XDG_DATA_HOME"), h + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), h + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), h + QStringLiteral("/config"));
    env.remove(QStringLiteral("RA_CASE_STORE"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    p->setProcessEnvironment(env);
    p->start(qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli"), args);
    if (!input.isEmpty() && p->waitForStarted())
        p->write(input);
    p->closeWriteChannel();
    return p;
}

TestCasesCli::Run TestCasesCli::cli(const QStringList &args, const QString &home, const QMap<QString, QString> &env,
                                    const QByteArray &input) const
{
    std::unique_ptr<QProcess> p(start(args, home, env, input));
    if (!p->waitForFinished(120000))
        return {};
    return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2, QString::fromUtf8(p->readAllStandardOutput()),
            QString::fromUtf8(p->readAllStandardError())};
}

static const QDateTime kYesterday1432(QDate::currentDate().addDays(-1), QTime(14, 32));

// A stick's RA-DATA with three cases; returns its root.
QString TestCasesCli::seedStore()
{
    const QString stick = m_home.path() + QStringLiteral("/stick-") + QString::fromLatin1(QTest::currentTestFunction());
    const QString cases = stick + QStringLiteral("/RA-DATA/recovery-assistant/cases");
    CaseSpec fixed{QStringLiteral("RA-20240719-101500-0001"), QStringLiteral("PC-OSAKA-0007"), ra::test::keyIdFor(7)};
    fixed.closed = kYesterday1432.toUTC();
    CaseSpec failed{QStringLiteral("RA-20240719-111500-0002"), QStringLiteral("PC-KOBE-0001"), ra::test::keyIdFor(1)};
    failed.outcome = Outcome::Failed;
    failed.message = QStringLiteral("The key was rejected.");
    failed.closed = QDateTime(QDate(2024, 7, 19), QTime(11, 15), Qt::UTC);
    CaseSpec startupKey{QStringLiteral("RA-20240720-090000-0003"), QStringLiteral("PC-KOBE-0002"), ra::test::keyIdFor(2)};
    startupKey.recoveryKeyUsed = false;
    startupKey.technician = QStringLiteral("Tanaka");
    startupKey.closed = QDateTime(QDate(2024, 7, 20), QTime(9, 0), Qt::UTC);
    for (const CaseSpec &s : {fixed, failed, startupKey})
        if (!ra::test::writeCaseFolder(cases, s))
            return {};
    return stick;
}

void TestCasesCli::importIsIdempotentAndRefusesHostileFiles()
{
    const QString stick = seedStore();
    QVERIFY(!stick.isEmpty());
    const QString bad = stick + QStringLiteral("/RA-DATA/recovery-assistant/cases/RA-bad");
    QVERIFY(QDir().mkpath(bad));
    QVERIFY(ra::test::writeFile(bad + QStringLiteral("/case.json"), QByteArray("{\"caseId\": \"RA-bad\", \"technician\": \"x\\u001b[2J\"}")));
    const Run first = cli({QStringLiteral("cases"), QStringLiteral("import"), stick});
    QCOMPARE(first.code, 2);
    QVERIFY2(first.out.contains(QStringLiteral("3 added, 0 already in the store, 0 queued for the server, 1 refused")), qPrintable(first.out));
    QVERIFY2(first.err.contains(bad + QStringLiteral("/case.json: The case record contains control characters and was refused.")), qPrintable(first.err));
    QVERIFY(QFile::remove(bad + QStringLiteral("/case.json")));
    const Run again = cli({QStringLiteral("cases"), QStringLiteral("import"), stick, QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("alreadyThere")).toInt(), 3);
    QVERIFY(QFile::exists(m_home.path() + QStringLiteral("/data/recovery-assistant/cases.sqlite")));
    const Run notFolder = cli({QStringLiteral("cases"), QStringLiteral("import"), m_home.path() + QStringLiteral("/nope")});
    QCOMPARE(notFolder.code, 2);
    QVERIFY(notFolder.err.contains(QStringLiteral("is not a folder.")));
}

void TestCasesCli::listFilters()
{
    QTemporaryDir home;
    const QString stick = seedStore();
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("import"), stick}, home.path()).code, 0);
    const Run all = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")}, home.path());
    QCOMPARE(all.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("caseId")).toString(), QStringLiteral("RA-20240719-111500-0002"));
    const Run failed = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--outcome"), QStringLiteral("failed")}, home.path());
    QCOMPARE(failed.code, 0);
    QCOMPARE(failed.out.count(u'\n'), 1);
    QVERIFY(failed.out.contains(QStringLiteral("PC-KOBE-0001")));
    const Run since = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("2024-07-20"), QStringLiteral("--json")}, home.path());
    QCOMPARE(QJsonDocument::fromJson(since.out.toUtf8()).array().size(), 2);
    const Run bad = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("yesterday")}, home.path());
    QCOMPARE(bad.code, 2);
    QCOMPARE(bad.err.trimmed(), QStringLiteral("yesterday is not a date: use 2024-07-19 or 2024-07-19T08:00."));
}

void TestCasesCli::reportHtml()
{
    QTemporaryDir home, out;
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("import"), seedStore()}, home.path()).code, 0);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const QString file = out.filePath(QStringLiteral("report-%1.html").arg(lang));
        const Run r = cli({QStringLiteral("cases"), QStringLiteral("report"), QStringLiteral("--html"), file, QStringLiteral("--lang"), lang}, home.path());
        QCOMPARE(r.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("PC-KOBE-0001")) && html.contains(QStringLiteral("The key was rejected.")));
        QVERIFY(html.contains(lang == QLatin1String("ja") ? QStringLiteral("インシデント レポート") : QStringLiteral("Incident report")));
    }
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("report")}, home.path()).code, 2);
}

void TestCasesCli::reportRendersInABrowser()
{
    // The report as a browser shows it: headless Chromium takes a screenshot of each language,
    // and the chart's bars (#2b6cb0) and the text are on it. The PNGs stay in the build folder to
    // be looked at (build/tests/core/report-*.png).
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        if (ra::test::requireE2E())
            QFAIL("chromium is missing (scripts/deps installs it), and RA_REQUIRE_E2E=1");
        QSKIP("chromium is not installed");
    }
    QTemporaryDir home, out;
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("import"), seedStore()}, home.path()).code, 0);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const QString html = out.filePath(QStringLiteral("report-%1.html").arg(lang));
        QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("report"), QStringLiteral("--html"), html, QStringLiteral("--lang"), lang}, home.path()).code, 0);
        const QString png = QDir::currentPath() + QStringLiteral("/report-%1.png").arg(lang);
        QFile::remove(png);
        QProcess browser;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        browser.setProcessEnvironment(env);
        browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--hide-scrollbars"), QStringLiteral("--window-size=1000,1200"),
                                 QStringLiteral("--screenshot=") + png, QUrl::fromLocalFile(html).toString()});
        QVERIFY(browser.waitForFinished(120000));
        QImage shot(png);
        QVERIFY2(!shot.isNull(), qPrintable(QString::fromLocal8Bit(browser.readAllStandardError())));
        QCOMPARE(shot.width(), 1000);
        int bar = 0, dark = 0;
        for (int y = 0; y < shot.height(); y += 2) {
            for (int x = 0; x < shot.width(); x += 2) {
                const QRgb p = shot.pixel(x, y);
                bar += qAbs(qRed(p) - 0x2b) < 12 && qAbs(qGreen(p) - 0x6c) < 12 && qAbs(qBlue(p) - 0xb0) < 12;
                dark += qGray(p) < 80;
            }
        }
        QVERIFY2(bar > 50, qPrintable(QStringLiteral("%1: %2 bar pixels").arg(lang).arg(bar)));    // the chart is drawn
        QVERIFY2(dark > 2000, qPrintable(QStringLiteral("%1: %2 text pixels").arg(lang).arg(dark))); // and the text
    }
}

void TestCasesCli::rotationAndMarkRotated()
{
    QTemporaryDir home;
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("import"), seedStore()}, home.path()).code, 0);
    const Run csv = cli({QStringLiteral("cases"), QStringLiteral("rotation")}, home.path());
    QCOMPARE(csv.code, 0);
    const QStringList lines = csv.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);  // header + two disclosed keys; the startup-key case disclosed nothing
    QCOMPARE(lines[0], QStringLiteral("ComputerName,KeyId,Disclosed,Technician,Bench,Site,CaseId"));
    QVERIFY(lines[1].startsWith(QStringLiteral("PC-KOBE-0001,") + ra::test::keyIdFor(1) + QStringLiteral(",2024-07-19T11:15:00Z,Sato,bench 3,Osaka,")));
    QVERIFY(lines[2].startsWith(QStringLiteral("PC-OSAKA-0007,") + ra::test::keyIdFor(7)));
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("mark-rotated"), ra::test::keyIdFor(1)}, home.path()).code, 0);
    const Run json = cli({QStringLiteral("cases"), QStringLiteral("rotation"), QStringLiteral("--format"), QStringLiteral("json")}, home.path());
    const QJsonArray left = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].toObject().value(QStringLiteral("keyId")).toString(), ra::test::keyIdFor(7));
    const Run unknown = cli({QStringLiteral("cases"), QStringLiteral("mark-rotated"), ra::test::keyIdFor(99)}, home.path());
    QCOMPARE(unknown.code, 12);
    QVERIFY(unknown.err.contains(QStringLiteral("nothing was marked.")));
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("mark-rotated"), QStringLiteral("12AB")}, home.path()).code, 2);
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("rotation"), QStringLiteral("--format"), QStringLiteral("xml")}, home.path()).code, 2);
}

void TestCasesCli::duplicateMachineWarning()
{
    QTemporaryDir home;
    QCOMPARE(cli({QStringLiteral("cases"), QStringLiteral("import"), seedStore()}, home.path()).code, 0);
    const Run en = cli({QStringLiteral("cases"), QStringLiteral("check"), QStringLiteral("--computer"), QStringLiteral("pc-osaka-0007")}, home.path());
    QCOMPARE(en.code, 0);
    QCOMPARE(en.out.trimmed(), QStringLiteral("This machine already has a case: fixed yesterday at 14:32 by Sato on bench 3 (case RA-20240719-101500-0001)."));
    const Run ja = cli({QStringLiteral("cases"), QStringLiteral("check"), QStringLiteral("--key-id"), ra::test::keyIdFor(7), QStringLiteral("--lang"), QStringLiteral("ja")}, home.path());
    QCOMPARE(ja.code, 0);
    QVERIFY2(ja.out.contains(QStringLiteral("昨日 14:32")) && ja.out.contains(QStringLiteral("Sato")), qPrintable(ja.out));
    const Run none = cli({QStringLiteral("cases"), QStringLiteral("check"), QStringLiteral("--computer"), QStringLiteral("PC-NEW")}, home.path());
    QCOMPARE(none.code, 12);
}

void TestCasesCli::fixWarnsAboutAnEarlierCase()
{
    if (ra::test::HiveBuilder::minimalHivePath().isEmpty())
        QFAIL("registry/minimal is missing from the shared test data");
    QTemporaryDir home, volume;
    QVERIFY(ra::test::plantFiles(volume.path(), ra::test::standardIncidentTree()));
    const QString config = volume.path() + QStringLiteral("/Windows/System32/config/");
    QVERIFY(QDir().mkpath(config));
    ra::test::HiveBuilder system;
    system.set(QStringLiteral("Select"), {ra::test::HiveBuilder::Value::dword(QStringLiteral("Current"), 1)});
    system.set(QStringLiteral("ControlSet001\\Control\\ComputerName\\ComputerName"),
               {ra::test::HiveBuilder::Value::sz(QStringLiteral("ComputerName"), QStringLiteral("PC-NAGOYA-0042"))});
    QVERIFY(system.commit(config + QStringLiteral("SYSTEM")));
    const QMap<QString, QString> bench{{QStringLiteral("RA_BENCH"), QStringLiteral("bench 5")}, {QStringLiteral("RA_SITE"), QStringLiteral("Nagoya")}};
    const Run first = cli({QStringLiteral("fix"), volume.path(), QStringLiteral("--technician"), QStringLiteral("Ito")}, home.path(), bench);
    QCOMPARE(first.code, 0);
    QVERIFY(!first.out.contains(QStringLiteral("already has a case")) && !first.err.contains(QStringLiteral("already has a case")));
    const Run second = cli({QStringLiteral("fix"), volume.path(), QStringLiteral("--dry-run")}, home.path(), bench);
    QCOMPARE(second.code, 0);
    QVERIFY2(second.out.contains(QStringLiteral("This machine already has a case: fixed today at")) && second.out.contains(QStringLiteral("by Ito on bench 5")),
             qPrintable(second.out));
    QVERIFY2(second.err.count(u'\n') <= 1, qPrintable(second.err));  // stderr keeps its one sentence
    const Run json = cli({QStringLiteral("fix"), volume.path(), QStringLiteral("--dry-run"), QStringLiteral("--json")}, home.path(), bench);
    QCOMPARE(json.code, 0);
    const QJsonArray earlier = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("earlierCases")).toArray();
    QCOMPARE(earlier.size(), 1);
    QVERIFY(earlier.first().toString().startsWith(QStringLiteral("This machine already has a case: fixed today at")));
    const Run list = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")}, home.path());
    const QJsonObject c = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    QCOMPARE(c.value(QStringLiteral("site")).toString(), QStringLiteral("Nagoya"));
    QCOMPARE(c.value(QStringLiteral("computerName")).toString(), QStringLiteral("PC-NAGOYA-0042"));
}

void TestCasesCli::passwordInAddressRefused()
{
    const Run r = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--case-store"), QStringLiteral("postgresql://ra:hunter2@db.example/cases")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("~/.pgpass")));
    QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
}

void TestCasesCli::eightBenchesAtOnce()
{
    ra::test::PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.error()));
    QTemporaryDir root;
    constexpr int Benches = 8;
    QSet<QString> expected;
    auto folder = [&](const QString &name, int bench, int count) {
        const QString dir = root.filePath(name + QString::number(bench));
        for (int i = 0; i < count; ++i) {
            CaseSpec s{QStringLiteral("RA-%1-%2-%3").arg(name).arg(bench).arg(i), QStringLiteral("PC-%1-%2-%3").arg(name).arg(bench).arg(i),
                       ra::test::keyIdFor(bench * 1000 + i)};
            s.bench = QStringLiteral("bench %1").arg(bench);
            ra::test::writeCaseFolder(dir, s);
            expected.insert(s.id);
        }
        return dir;
    };
    const QString shared = folder(QStringLiteral("S"), 0, 20);  // every bench imports these: still once each
    // Runs one import per bench at once; returns the sum of a JSON counter.
    auto phase = [&](const QString &name, int count, const char *counter) {
        QList<QProcess *> running;
        for (int b = 1; b <= Benches; ++b) {
            QStringList args{QStringLiteral("cases"), QStringLiteral("import"), folder(name, b, count), QStringLiteral("--json")};
            if (name == QLatin1String("A"))
                args << shared;
            running << start(args, root.filePath(QStringLiteral("home%1").arg(b)), {{QStringLiteral("RA_CASE_STORE"), pg.url()}});
        }
        int sum = 0;
        for (QProcess *p : running) {
            p->waitForFinished(180000);
            const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            if (p->exitCode() != 0)
                qWarning() << p->readAllStandardError();
            sum += o.value(QLatin1String(counter)).toInt();
            delete p;
        }
        return sum;
    };
    QCOMPARE(phase(QStringLiteral("A"), 40, "added"), Benches * 40 + 20);
    QVERIFY(pg.stop());
    QCOMPARE(phase(QStringLiteral("B"), 10, "queued"), Benches * 10);  // the server is away: kept and queued
    QVERIFY(pg.restart());
    QCOMPARE(phase(QStringLiteral("C"), 10, "added"), Benches * 10);  // opening sends the queue first
    for (int b = 1; b <= Benches; ++b) {
        const Run flush = cli({QStringLiteral("cases"), QStringLiteral("flush")}, root.filePath(QStringLiteral("home%1").arg(b)),
                              {{QStringLiteral("RA_CASE_STORE"), pg.url()}});
        QCOMPARE(flush.code, 0);
    }
    QCOMPARE(pg.psql(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), expected.size());
    const QStringList ids = pg.psql(QStringLiteral("SELECT case_id FROM cases")).split(u'\n');
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), expected);
}

void TestCasesCli::serverStoppedWhileBenchesWrite()
{
    // The server goes away while eight benches are writing, and comes back: every case arrives
    // exactly once (sent, or kept and queued, then sent by the next command; a case the server
    // took but whose answer was lost is sent again and recognised by its fingerprint).
    ra::test::PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.error()));
    QTemporaryDir root;
    constexpr int Benches = 8;
    constexpr int PerBench = 150;
    QSet<QString> expected;
    QList<QProcess *> running;
    const QMap<QString, QString> env{{QStringLiteral("RA_CASE_STORE"), pg.url()}};
    for (int b = 1; b <= Benches; ++b) {
        const QString dir = root.filePath(QStringLiteral("cases%1").arg(b));
        for (int i = 0; i < PerBench; ++i) {
            CaseSpec s{QStringLiteral("RA-M-%1-%2").arg(b).arg(i), QStringLiteral("PC-M-%1-%2").arg(b).arg(i), ra::test::keyIdFor(b * 1000 + i)};
            s.bench = QStringLiteral("bench %1").arg(b);
            QVERIFY(ra::test::writeCaseFolder(dir, s));
            expected.insert(s.id);
        }
        running << start({QStringLiteral("cases"), QStringLiteral("import"), dir, QStringLiteral("--json")},
                         root.filePath(QStringLiteral("home%1").arg(b)), env);
    }
    // Stop the server once the first cases have arrived, while the imports are still running.
    QElapsedTimer waited;
    waited.start();
    while (pg.psql(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt() < 50 && waited.elapsed() < 60000)
        QThread::msleep(20);
    QVERIFY(pg.stop());
    int added = 0, queued = 0, already = 0;
    for (QProcess *p : running) {
        QVERIFY(p->waitForFinished(180000));
        const QByteArray stderrText = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0, stderrText.constData());
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        added += o.value(QStringLiteral("added")).toInt();
        queued += o.value(QStringLiteral("queued")).toInt();
        already += o.value(QStringLiteral("alreadyThere")).toInt();
        delete p;
    }
    QCOMPARE(added + queued + already, Benches * PerBench);
    QVERIFY2(queued > 0, "the server was stopped before the imports ended");
    QVERIFY(pg.restart());
    for (int b = 1; b <= Benches; ++b) {
        const Run flush = cli({QStringLiteral("cases"), QStringLiteral("flush")}, root.filePath(QStringLiteral("home%1").arg(b)), env);
        QVERIFY2(flush.code == 0, qPrintable(flush.err));
    }
    QCOMPARE(pg.psql(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), expected.size());
    const QStringList ids = pg.psql(QStringLiteral("SELECT case_id FROM cases")).split(u'\n');
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), expected);
    // A second flush finds nothing waiting.
    const Run again = cli({QStringLiteral("cases"), QStringLiteral("flush"), QStringLiteral("--json")}, root.filePath(QStringLiteral("home1")), env);
    QCOMPARE(again.code, 0);
}

void TestCasesCli::recoveryKeyNeverInTheStore()
{
    // Real fixes through the CLI with the practice key on stdin, into PostgreSQL, into the local
    // queue while the server is away, and into a SQLite store; then every byte the stores hold
    // (the SQLite files with their WAL, a pg_dump, the cluster's own data and WAL files) is
    // searched for the key in any form. The Key ID must be there: the search is not vacuous.
    const QByteArray key = "121121-242242-363363-484484-605605-010010-131131-252252";
    const QByteArray wrongKey = "235818-357951-253979-013365-241120-245575-342914-591910";
    ra::test::PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.error()));
    QTemporaryDir home, sqliteHome;
    const QMap<QString, QString> toPg{{QStringLiteral("RA_CASE_STORE"), pg.url()}};
    const QStringList fix{QStringLiteral("fix"), QStringLiteral("practice:"), QStringLiteral("--key-stdin"), QStringLiteral("--log-level"),
                          QStringLiteral("trace")};
    Run r = cli(fix, home.path(), toPg, key + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(fix, home.path(), toPg, wrongKey + '\n');
    QCOMPARE(r.code, 3);
    QVERIFY(pg.stop());
    r = cli(fix, home.path(), toPg, key + '\n');  // kept in the local file and queued
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(pg.restart());
    r = cli({QStringLiteral("cases"), QStringLiteral("flush")}, home.path(), toPg);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(fix, sqliteHome.path(), {}, key + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    pg.psql(QStringLiteral("CHECKPOINT"));

    const Run listed = cli({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")}, home.path(), toPg);
    QVERIFY2(!listed.err.contains(QStringLiteral("NOTICE")), qPrintable(listed.err));  // the server's notices stay quiet
    const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QVERIFY2(cases.size() >= 2, qPrintable(listed.out + listed.err));
    const QByteArray keyId = cases.first().toObject().value(QStringLiteral("keyId")).toString().toUtf8();
    QVERIFY(!keyId.isEmpty());
    QVERIFY(cases.first().toObject().value(QStringLiteral("recoveryKeyUsed")).toBool());

    QByteArray digitsOnly = key;
    digitsOnly.replace('-', "");
    const QList<QByteArray> forms{key, digitsOnly, "121121-242242", "605605-010010", "131131-252252", wrongKey, "235818-357951",
                                  QByteArray(wrongKey).replace('-', "")};
    auto clean = [&](const QByteArray &bytes, const QString &where) {
        for (const QByteArray &form : forms)
            if (bytes.contains(form))
                return QStringLiteral("%1 holds %2").arg(where, QString::fromLatin1(form));
        return QString();
    };
    const QByteArray dump = pg.dump();
    QVERIFY(dump.contains(keyId));
    QCOMPARE(clean(dump, QStringLiteral("pg_dump")), QString());
    int storeFiles = 0;
    for (const QString &dir : {home.path(), sqliteHome.path(), pg.dataDir()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            QCOMPARE(clean(bytes, path), QString());
            if (path.contains(QStringLiteral("cases.sqlite"))) {
                ++storeFiles;
            }
        }
    }
    QVERIFY(storeFiles >= 2);  // both homes' SQLite stores were searched
    // The SQLite store of the plain bench holds the case, with its Key ID.
    QFile sqlite(sqliteHome.path() + QStringLiteral("/data/recovery-assistant/cases.sqlite"));
    QVERIFY(sqlite.open(QIODevice::ReadOnly));
    QByteArray sqliteBytes = sqlite.readAll();
    QFile wal(sqlite.fileName() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        sqliteBytes += wal.readAll();
    QVERIFY(sqliteBytes.contains(keyId));
}

QTEST_GUILESS_MAIN(TestCasesCli)
#include "tst_casescli.moc"
