// SPDX-License-Identifier: GPL-3.0-or-later
// The case store: the same suite against SQLite and a throwaway PostgreSQL cluster; the offline
// queue (server stopped and started again); hostile records; report, rotation list, duplicates.

#include "casefixtures.h"
#include "pgcluster.h"
#include "testsupport.h"

#include "system/store/casereport.h"
#include "system/store/casestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;
using ra::test::CaseSpec;

namespace {

ra::test::PgCluster &cluster()
{
    static ra::test::PgCluster pg;
    return pg;
}

CaseRecord record(const CaseSpec &spec)
{
    auto r = CaseRecord::fromCaseJson(ra::test::caseJson(spec));
    if (!r)
        qFatal("fixture refused: %s", qPrintable(r.error().message));
    return *r;
}

// put() that fails the test with the store's sentence and details instead of a bad_variant_access.
CaseStore::Put putOrFail(CaseStore &store, const CaseRecord &r)
{
    const auto put = store.put(r);
    if (!put)
        qFatal("put %s: %s (%s)", qPrintable(r.caseId), qPrintable(put.error().message), qPrintable(put.error().details));
    return *put;
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

}  // namespace

class CaseStoreSuite : public QObject {
    Q_OBJECT
public:
    explicit CaseStoreSuite(bool postgres) : m_postgres(postgres) {}

private slots:
    void initTestCase();
    void init();
    void migrationsAreVersioned();
    void putIsIdempotentByCaseId();
    void collidingCaseIdIsRefused();
    void hostileRecordsAreRefused_data();
    void hostileRecordsAreRefused();
    void listFilters();
    void duplicateMachineWarning();
    void reportFigures();
    void reportHtmlIsSelfContainedAndEscaped();
    void rotationList();
    void reportChartOfALongIncident();

private:
    std::unique_ptr<CaseStore> openStore();
    qint64 scalar(const QString &sql);
    bool m_postgres;
    QTemporaryDir m_dir;
    StoreConfig m_config;
};

void CaseStoreSuite::initTestCase()
{
    if (m_postgres)
        QVERIFY2(cluster().start(), qPrintable(cluster().error()));
}

void CaseStoreSuite::init()
{
    if (m_postgres) {
        m_config.location = cluster().url();
        cluster().psql(QStringLiteral("DROP TABLE IF EXISTS cases, rotations, outbox, schema_migrations"));
    } else {
        // One file per test function and data row: each starts from an empty store.
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        m_config.location = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()), tag));
    }
}

std::unique_ptr<CaseStore> CaseStoreSuite::openStore()
{
    auto store = CaseStore::open(m_config);
    if (!store)
        qWarning("%s %s", qPrintable(store.error().message), qPrintable(store.error().details));
    return store ? std::move(store.value()) : nullptr;
}

qint64 CaseStoreSuite::scalar(const QString &sql)
{
    if (m_postgres)
        return cluster().psql(sql).toLongLong();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_config.location);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

void CaseStoreSuite::migrationsAreVersioned()
{
    QVERIFY(openStore());
    QVERIFY(openStore());  // a second open finds the schema current and changes nothing
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")), 2);
}

void CaseStoreSuite::putIsIdempotentByCaseId()
{
    auto store = openStore();
    QVERIFY(store);
    const CaseRecord r = record({QStringLiteral("RA-20240719-101500-4F2A"), QStringLiteral("PC-1"), ra::test::keyIdFor(1)});
    QCOMPARE(putOrFail(*store, r), CaseStore::Put::Added);
    QCOMPARE(putOrFail(*store, r), CaseStore::Put::AlreadyThere);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
}

void CaseStoreSuite::collidingCaseIdIsRefused()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->put(record({QStringLiteral("RA-1"), QStringLiteral("PC-1"), {}})).ok());
    const auto other = store->put(record({QStringLiteral("RA-1"), QStringLiteral("PC-2"), {}}));
    QVERIFY(!other);
    QCOMPARE(other.error().kind, ErrorKind::BadInput);
    QVERIFY2(other.error().message.contains(QStringLiteral("RA-1")) && other.error().message.endsWith(u'.'),
             qPrintable(other.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE computer_name = 'PC-1'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
}

void CaseStoreSuite::hostileRecordsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    auto with = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = QJsonDocument::fromJson(ra::test::caseJson({QStringLiteral("RA-9"), QStringLiteral("PC-9"), {}})).object();
        change(o);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("not json") << QByteArray("{\"caseId\": ") << QStringLiteral("JSON");
    QTest::newRow("oversized record") << with([](QJsonObject &o) { o.insert(QStringLiteral("target"), QString(4300000, u'x')); })
                                      << QStringLiteral("4 MiB");
    QTest::newRow("oversized message") << with([](QJsonObject &o) { o.insert(QStringLiteral("outcomeMessage"), QString(3000, u'x')); })
                                       << QStringLiteral("2000");
    QTest::newRow("oversized name") << with([](QJsonObject &o) { o.insert(QStringLiteral("technician"), QString(300, u'x')); })
                                    << QStringLiteral("256");
    QTest::newRow("escape sequence") << with([](QJsonObject &o) { o.insert(QStringLiteral("technician"), QStringLiteral("Sato\x1b[2J")); })
                                     << QStringLiteral("control characters");
    QTest::newRow("bidi override") << with([](QJsonObject &o) { o.insert(QStringLiteral("site"), QStringLiteral("Osaka\u202Egnp.exe")); })
                                   << QStringLiteral("control characters");
    QTest::newRow("path as case id") << with([](QJsonObject &o) { o.insert(QStringLiteral("caseId"), QStringLiteral("../../etc/passwd")); })
                                     << QStringLiteral("case id");
    QTest::newRow("sql as case id") << with([](QJsonObject &o) { o.insert(QStringLiteral("caseId"), QStringLiteral("x'; DROP TABLE cases; --")); })
                                    << QStringLiteral("case id");
    QTest::newRow("recovery key inside") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("ticketReference"), QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910"));
    }) << QStringLiteral("recovery key");
    QTest::newRow("recovery key without dashes") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("outcomeMessage"), QStringLiteral("key 235818357951253979013365241120245575342914591910 typed"));
    }) << QStringLiteral("recovery key");
    QTest::newRow("recovery key with spaces") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("technician"), QStringLiteral("235818 357951 253979 013365 241120 245575 342914 591910"));
    }) << QStringLiteral("recovery key");
    QTest::newRow("unknown outcome") << with([](QJsonObject &o) { o.insert(QStringLiteral("outcome"), QStringLiteral("pwned")); })
                                     << QStringLiteral("outcome");
    QTest::newRow("bad key id") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("bitlocker"), QJsonObject{{QStringLiteral("keyId"), QStringLiteral("not-a-guid")}});
    }) << QStringLiteral("GUID");
    QTest::newRow("closed before opened") << with([](QJsonObject &o) { o.insert(QStringLiteral("closed"), QStringLiteral("2001-01-01T00:00:00Z")); })
                                          << QStringLiteral("closing time");
}

void CaseStoreSuite::hostileRecordsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->put(record({QStringLiteral("RA-1"), QStringLiteral("PC-1"), {}})).ok());
    const auto r = CaseRecord::fromCaseJson(json);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.contains(says) && r.error().message.endsWith(u'.') && !r.error().message.contains(u'\n'),
             qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QStringLiteral("235818")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
    // SQL in a name is a name: stored as written, nothing else touched.
    const QString bobby = QStringLiteral("Robert'); DROP TABLE cases;--");
    CaseSpec spec{QStringLiteral("RA-2"), QStringLiteral("PC-2"), {}};
    spec.technician = bobby;
    QVERIFY(store->put(record(spec)).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 2);
}

void CaseStoreSuite::listFilters()
{
    auto store = openStore();
    QVERIFY(store);
    CaseSpec a{QStringLiteral("RA-A"), QStringLiteral("PC-A"), {}};
    a.closed = utc(QStringLiteral("2024-07-19T08:00:00Z"));
    CaseSpec b{QStringLiteral("RA-B"), QStringLiteral("PC-B"), {}};
    b.closed = utc(QStringLiteral("2024-07-20T09:00:00Z"));
    b.outcome = Outcome::Failed;
    b.message = QStringLiteral("The key was rejected.");
    CaseSpec c{QStringLiteral("RA-C"), QStringLiteral("PC-C"), {}};
    c.closed = utc(QStringLiteral("2024-07-21T10:00:00Z"));
    for (const CaseSpec &s : {c, a, b})
        QVERIFY(store->put(record(s)).ok());
    auto ids = [&](const CaseFilter &f) {
        QStringList found;
        const Status s = store->list(f, [&](const CaseSummary &x) { found << x.caseId; });
        return s ? found : QStringList{QStringLiteral("error")};
    };
    QCOMPARE(ids({}), (QStringList{QStringLiteral("RA-A"), QStringLiteral("RA-B"), QStringLiteral("RA-C")}));
    QCOMPARE(ids({{}, QStringLiteral("failed")}), QStringList{QStringLiteral("RA-B")});
    QCOMPARE(ids({utc(QStringLiteral("2024-07-20T00:00:00Z")), {}}), (QStringList{QStringLiteral("RA-B"), QStringLiteral("RA-C")}));
}

void CaseStoreSuite::duplicateMachineWarning()
{
    auto store = openStore();
    QVERIFY(store);
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(14, 32));
    CaseSpec spec{QStringLiteral("RA-Y"), QStringLiteral("PC-OSAKA-0007"), ra::test::keyIdFor(7)};
    spec.closed = yesterday.toUTC();
    QVERIFY(store->put(record(spec)).ok());
    const auto byName = store->previousCases(QStringLiteral("pc-osaka-0007"), {});
    QVERIFY(byName);
    QCOMPARE(byName->size(), 1);
    QCOMPARE(CaseStore::describePrevious(byName->first(), Language::English),
             QStringLiteral("fixed yesterday at 14:32 by Sato on bench 3 (case RA-Y)"));
    const auto byKey = store->previousCases({}, {ra::test::keyIdFor(7).toLower()});
    QVERIFY(byKey && byKey->size() == 1);
    QVERIFY(store->previousCases(QStringLiteral("PC-OTHER"), {ra::test::keyIdFor(8)})->isEmpty());
    QVERIFY(store->previousCases(QStringLiteral("PC-OSAKA-0007"), {}, QStringLiteral("RA-Y"))->isEmpty());
}

void CaseStoreSuite::reportFigures()
{
    auto store = openStore();
    QVERIFY(store);
    const QDateTime h1 = utc(QStringLiteral("2024-07-19T08:00:00Z"));
    int n = 0;
    auto add = [&](const QString &machine, Outcome outcome, const QDateTime &closed, int minutes, const QString &tech, const QString &site) {
        CaseSpec s{QStringLiteral("RA-%1").arg(++n), machine, {}};
        s.outcome = outcome;
        s.closed = closed;
        s.opened = closed.addSecs(-60 * minutes);
        s.technician = tech;
        s.site = site;
        s.message = outcome == Outcome::Failed ? QStringLiteral("Error %1.").arg(n) : QString();
        QVERIFY(store->put(record(s)).ok());
    };
    add(QStringLiteral("M1"), Outcome::Fixed, h1.addSecs(600), 5, QStringLiteral("Sato"), QStringLiteral("Osaka"));
    add(QStringLiteral("M2"), Outcome::Fixed, h1.addSecs(1200), 10, QStringLiteral("Sato"), QStringLiteral("Osaka"));
    add(QStringLiteral("M3"), Outcome::Fixed, h1.addSecs(1800), 20, QStringLiteral("Tanaka"), QStringLiteral("Kobe"));
    add(QStringLiteral("M4"), Outcome::Fixed, h1.addSecs(3 * 3600), 30, QStringLiteral("Tanaka"), QStringLiteral("Kobe"));
    add(QStringLiteral("M5"), Outcome::Failed, h1.addSecs(3600), 3, QStringLiteral("Sato"), QStringLiteral("Osaka"));
    add(QStringLiteral("M5"), Outcome::Fixed, h1.addSecs(3 * 3600 + 60), 40, QStringLiteral("Tanaka"), QStringLiteral("Kobe"));
    add(QStringLiteral("M6"), Outcome::Fixed, h1.addSecs(3600 + 60), 50, QStringLiteral("Sato"), QStringLiteral("Osaka"));
    add(QStringLiteral("M6"), Outcome::Failed, h1.addSecs(2 * 3600), 4, QStringLiteral("Sato"), QStringLiteral("Osaka"));
    add(QStringLiteral("M7"), Outcome::NotAffected, h1.addSecs(2 * 3600), 2, QStringLiteral("Ito"), QString());
    const auto r = store->report();
    QVERIFY(r);
    QCOMPARE(r->cases, 9);
    QCOMPARE(r->machines, 7);
    QCOMPARE(r->outcomes.first(), qMakePair(QStringLiteral("fixed"), 6));
    QCOMPARE(r->fixedPerHour.size(), 3);
    QCOMPARE(r->fixedPerHour[0], qMakePair(h1, 3));
    QCOMPARE(r->fixedPerHour[1], qMakePair(h1.addSecs(3600), 1));
    QCOMPARE(r->fixedPerHour[2], qMakePair(h1.addSecs(3 * 3600), 2));
    QCOMPARE(r->stillFailingCount, 1);
    QCOMPARE(r->stillFailing.first().machine, QStringLiteral("M6"));
    QCOMPARE(r->stillFailing.first().outcomeMessage, QStringLiteral("Error 8."));
    QCOMPARE(r->medianSeconds, 30 * 60);  // fixed: 5 10 20 30 40 50 → the upper middle
    QCOMPARE(r->byTechnician.first().name, QStringLiteral("Sato"));
    QCOMPARE(r->byTechnician.first().total, 5);
    QCOMPARE(r->byTechnician.first().fixed, 3);
    QCOMPARE(r->bySite.size(), 3);
}

void CaseStoreSuite::reportHtmlIsSelfContainedAndEscaped()
{
    auto store = openStore();
    QVERIFY(store);
    CaseSpec s{QStringLiteral("RA-X"), QStringLiteral("PC-X"), {}};
    s.technician = QStringLiteral("<script>alert(1)</script>");
    s.outcome = Outcome::Failed;
    s.message = QStringLiteral("Disk <b>gone</b>.");
    QVERIFY(store->put(record(s)).ok());
    QVERIFY(store->put(record({QStringLiteral("RA-Z"), QStringLiteral("PC-Z"), {}})).ok());
    const auto data = store->report();
    QVERIFY(data);
    const QString html = CaseReport::html(*data, Language::English, store->description());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<svg")) && html.contains(QStringLiteral("class=\"bar\"")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("Disk &lt;b&gt;gone&lt;/b&gt;.")));
    QVERIFY(!html.contains(QStringLiteral("src=")) && !html.contains(QStringLiteral("href=")));  // nothing external
    QVERIFY(html.contains(QStringLiteral("@media print")));
}

void CaseStoreSuite::rotationList()
{
    auto store = openStore();
    QVERIFY(store);
    const QString k1 = ra::test::keyIdFor(1), k2 = ra::test::keyIdFor(2), k3 = ra::test::keyIdFor(3);
    const QDateTime t = utc(QStringLiteral("2024-07-19T08:00:00Z"));
    CaseSpec a{QStringLiteral("RA-1"), QStringLiteral("PC-1"), k1};
    a.closed = t;
    CaseSpec a2{QStringLiteral("RA-2"), QStringLiteral("PC-1"), k1};
    a2.closed = t.addSecs(3600);
    a2.technician = QStringLiteral("Tanaka");
    CaseSpec b{QStringLiteral("RA-3"), QStringLiteral("PC-2"), k2};
    b.closed = t.addSecs(60);
    CaseSpec c{QStringLiteral("RA-4"), QStringLiteral("PC-3"), k3};
    c.recoveryKeyUsed = false;  // opened with a startup key: nothing disclosed
    for (const CaseSpec &s : {a, a2, b, c})
        QVERIFY(store->put(record(s)).ok());
    auto rotation = [&] {
        QStringList rows;
        store->rotation([&](const RotationEntry &e) { rows << e.keyId + u' ' + e.computerName + u' ' + e.technician; });
        return rows;
    };
    QCOMPARE(rotation(), (QStringList{k2 + QStringLiteral(" PC-2 Sato"), k1 + QStringLiteral(" PC-1 Tanaka")}));
    QVERIFY(store->markRotated({k1.toLower()}, QStringLiteral("lead")).ok());
    QCOMPARE(rotation(), QStringList{k2 + QStringLiteral(" PC-2 Sato")});
    // Disclosed again after the rotation: back on the list.
    CaseSpec again{QStringLiteral("RA-5"), QStringLiteral("PC-1"), k1};
    again.closed = QDateTime::currentDateTimeUtc().addSecs(120);
    QVERIFY(store->put(record(again)).ok());
    QCOMPARE(rotation().size(), 2);
    const Status unknown = store->markRotated({ra::test::keyIdFor(99)}, QStringLiteral("lead"));
    QVERIFY(!unknown && unknown.error().kind == ErrorKind::NotFound);
    const Status malformed = store->markRotated({QStringLiteral("1234")}, QStringLiteral("lead"));
    QVERIFY(!malformed && malformed.error().kind == ErrorKind::BadInput);
}

void CaseStoreSuite::reportChartOfALongIncident()
{
    // Cases imported over two years: one bar per week, the last case's week included (an hourly
    // chart would be 17,000 hairlines, or cut off).
    auto store = openStore();
    QVERIFY(store);
    CaseSpec first{QStringLiteral("RA-OLD"), QStringLiteral("PC-1"), {}};
    first.closed = utc(QStringLiteral("2024-07-19T08:00:00Z"));
    CaseSpec last{QStringLiteral("RA-NEW"), QStringLiteral("PC-2"), {}};
    last.closed = utc(QStringLiteral("2026-07-16T08:00:00Z"));  // a Thursday
    QVERIFY(store->put(record(first)).ok());
    QVERIFY(store->put(record(last)).ok());
    const auto data = store->report();
    QVERIFY(data);
    const QString svg = CaseReport::fixedPerHourSvg(*data, Language::English);
    QVERIFY(svg.contains(QStringLiteral("Machines fixed per week")));
    const int bars = int(svg.count(QStringLiteral("class=\"bar\"")));
    QVERIFY2(bars > 100 && bars < 110, qPrintable(QString::number(bars)));
    QVERIFY(svg.contains(QStringLiteral("<title>2026-07-13 — 1</title>")));  // the Monday of the last case's week
    QVERIFY(CaseReport::html(*data, Language::Japanese, store->description()).contains(QStringLiteral("1 週間ごとの修復台数")));
}

// PostgreSQL only: the server goes away and comes back.
class CaseStoreQueue : public QObject {
    Q_OBJECT
private slots:
    void serverStoppedAndRestarted();
};

void CaseStoreQueue::serverStoppedAndRestarted()
{
    cluster().psql(QStringLiteral("DROP TABLE IF EXISTS cases, rotations, outbox, schema_migrations"));
    StoreConfig config;
    config.location = cluster().url();
    auto opened = CaseStore::open(config, true);
    QVERIFY(opened);
    auto &store = *opened;
    QCOMPARE(putOrFail(*store, record({QStringLiteral("RA-Q1"), QStringLiteral("PC-1"), {}})), CaseStore::Put::Added);
    QVERIFY(cluster().stop());
    QCOMPARE(putOrFail(*store, record({QStringLiteral("RA-Q2"), QStringLiteral("PC-2"), {}})), CaseStore::Put::Queued);
    QCOMPARE(putOrFail(*store, record({QStringLiteral("RA-Q3"), QStringLiteral("PC-3"), {}})), CaseStore::Put::Queued);
    QCOMPARE(putOrFail(*store, record({QStringLiteral("RA-Q3"), QStringLiteral("PC-3"), {}})), CaseStore::Put::Queued);
    QVERIFY(store->isOffline());
    QCOMPARE(store->queuedCount(), 2);
    // A reading command needs the server, and says so in one sentence.
    const auto reader = CaseStore::open(config, false);
    QVERIFY(!reader);
    QVERIFY2(reader.error().message.contains(QStringLiteral("cannot be reached")) && !reader.error().message.contains(u'\n'),
             qPrintable(reader.error().message));
    QVERIFY(cluster().restart());
    QCOMPARE(putOrFail(*store, record({QStringLiteral("RA-Q4"), QStringLiteral("PC-4"), {}})), CaseStore::Put::Added);
    QCOMPARE(store->queuedCount(), 0);
    QCOMPARE(cluster().psql(QStringLiteral("SELECT string_agg(case_id, ',' ORDER BY case_id) FROM cases")),
             QStringLiteral("RA-Q1,RA-Q2,RA-Q3,RA-Q4"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The local file a PostgreSQL store keeps its queue in (AppDirs::dataDir()): fresh per run,
    // so a second run does not find the first run's queued records.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    int failures = 0;
    CaseStoreSuite sqlite(false);
    failures += QTest::qExec(&sqlite, argc, argv);
    CaseStoreSuite postgres(true);
    failures += QTest::qExec(&postgres, argc, argv);
    CaseStoreQueue queue;
    failures += QTest::qExec(&queue, argc, argv);
    cluster().stop();
    return failures;
}

#include "tst_casestore.moc"
