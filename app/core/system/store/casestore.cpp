// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/store/casestore_p.h"

#include "domain/fieldtext.h"
#include "domain/keyshape.h"
#include "system/appdirs.h"
#include "system/logging.h"

#include <qt6keychain/keychain.h>

#include <QAtomicInteger>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace ra {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("recovery-assistant"), QStringLiteral("recovery-assistant"));
}

// One schema for SQLite and PostgreSQL: text timestamps "yyyy-MM-ddTHH:mm:ssZ" (they sort),
// '' for absent values. A migration is never edited once released; a change is a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        {   // 1: the cases
            QStringLiteral("CREATE TABLE cases (case_id TEXT PRIMARY KEY, machine TEXT NOT NULL, computer_name TEXT NOT NULL,"
                           " key_id TEXT NOT NULL, technician TEXT NOT NULL, bench TEXT NOT NULL, site TEXT NOT NULL,"
                           " outcome TEXT NOT NULL, outcome_message TEXT NOT NULL, recovery_key_used INTEGER NOT NULL,"
                           " opened TEXT NOT NULL, closed TEXT NOT NULL, duration_s BIGINT,"
                           " fingerprint TEXT NOT NULL, record TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cases_closed ON cases (closed)"),
            QStringLiteral("CREATE INDEX cases_machine ON cases (machine, closed)"),
            QStringLiteral("CREATE INDEX cases_key ON cases (key_id, closed)"),
        },
        {   // 2: rotated keys, and the queue of records waiting for the server
            QStringLiteral("CREATE TABLE rotations (key_id TEXT PRIMARY KEY, rotated_at TEXT NOT NULL, rotated_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox (case_id TEXT PRIMARY KEY, queued_at TEXT NOT NULL)"),
        },
    };
    return all;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ra-case-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error dbError(const QString &sentence, const QSqlError &e)
{
    return makeError(ErrorKind::Failed, sentence, scrubbed(e.text()));
}

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return dbError(CaseStore::tr("The case store refused a schema change."), q.lastError());
    return {};
}

// Brings the schema to the latest version, one transaction per migration; concurrent benches
// wait for each other (an advisory lock on PostgreSQL, an immediate transaction on SQLite).
Status migrate(QSqlDatabase db)
{
    const bool sqlite = isSqlite(db);
    if (!sqlite) {
        // libpq prints a server's NOTICE on stderr ("relation … already exists, skipping"):
        // stderr carries one sentence, so only warnings and errors come back.
        if (Status s = exec(db, QStringLiteral("SET client_min_messages TO warning")); !s)
            return s;
        if (Status s = exec(db, QStringLiteral("SELECT pg_advisory_lock(72615390)")); !s)
            return s;
    }
    auto unlock = qScopeGuard([&] {
        if (!sqlite)
            exec(db, QStringLiteral("SELECT pg_advisory_unlock(72615390)"));
    });
    for (int version = 1; version <= migrations().size(); ++version) {
        if (Status s = exec(db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")); !s)
            return s;
        Status step = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
        QSqlQuery q(db);
        bool done = false;
        if (step) {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"));
            q.addBindValue(version);
            step = execQuery(q, QStringLiteral("schema"));
            done = step && q.next() && q.value(0).toInt() > 0;
        }
        for (const QString &sql : migrations()[version - 1]) {
            if (!step || done)
                break;
            step = exec(db, sql);
        }
        if (step && !done) {
            QSqlQuery mark(db);
            mark.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            mark.addBindValue(version);
            mark.addBindValue(CaseRecord::isoUtc(QDateTime::currentDateTimeUtc()));
            step = execQuery(mark, QStringLiteral("schema"));
        }
        q.finish();
        exec(db, step ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        if (!step)
            return step;
    }
    return {};
}

Result<QString> openSqlite(const QString &path)
{
    if (!AppDirs::makePrivateDir(QFileInfo(path).absolutePath()))
        return makeError(ErrorKind::Failed, CaseStore::tr("The folder of the case store %1 cannot be created.").arg(path));
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        const QSqlError e = db.lastError();
        db = {};
        QSqlDatabase::removeDatabase(name);
        return dbError(CaseStore::tr("The case store %1 cannot be opened.").arg(path), e);
    }
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (Status m = migrate(db); !m)
        return m.error();
    return name;
}

// The keychain entry for user@host, when ~/.pgpass does not answer and a session bus is there.
QString keychainPassword(const QString &account)
{
    const QString pgpass = qEnvironmentVariable("PGPASSFILE", QDir::homePath() + QStringLiteral("/.pgpass"));
    if (QFileInfo::exists(pgpass) || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return {};
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("recovery-assistant case store"));
    job->setKey(account);
    job->setAutoDelete(true);
    QString password;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            password = job->textData();
        loop.quit();
    });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return password;
}

}  // namespace

QString scrubbed(const QString &serverText, const QString &password)
{
    if (KeyShape::containsRecoveryKey(serverText))
        return QStringLiteral("(the server's message is withheld: it held something shaped like a recovery key)");
    QString text = FieldText::escaped(serverText);
    if (password.size() >= 1)
        text.replace(password, QStringLiteral("********"));
    return text;
}

QString CaseStore::passwordInAddress(const QString &location)
{
    const StoreConfig probe{location, {}, {}};
    if (!probe.isPostgres())
        return {};
    // user[:password]@host, looked at before QUrl decodes anything: "ra%3Asecret" is a user name
    // with a colon to QUrl, and a password to whoever typed it.
    const QString rest = location.section(QStringLiteral("://"), 1);
    const QString authority = rest.section(u'/', 0, 0).section(u'?', 0, 0);
    const int at = int(authority.lastIndexOf(u'@'));
    const QString userInfo = at < 0 ? QString() : authority.left(at);
    const QString decodedUser = QUrl::fromPercentEncoding(userInfo.toUtf8());
    const QUrlQuery query(rest.section(u'?', 1));
    if (decodedUser.contains(u':') || query.hasQueryItem(QStringLiteral("password")))
        return tr("The case store address must not contain a password: put it in ~/.pgpass or the keychain.");
    return {};
}

const char *const SummaryColumns = "case_id, machine, computer_name, key_id, technician, bench, site, outcome,"
                                   " outcome_message, recovery_key_used, opened, closed";

Status execQuery(QSqlQuery &q, const QString &what)
{
    if (q.exec())
        return {};
    return dbError(CaseStore::tr("The case store could not answer (%1).").arg(what), q.lastError());
}

CaseSummary summaryFrom(const QSqlQuery &q)
{
    CaseSummary c;
    QString *text[] = {&c.caseId, &c.machine, &c.computerName, &c.keyId, &c.technician, &c.bench, &c.site, &c.outcome, &c.outcomeMessage};
    for (int i = 0; i < 9; ++i)
        *text[i] = q.value(i).toString();
    c.recoveryKeyUsed = q.value(9).toInt() != 0;
    c.opened = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    c.closed = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return c;
}

StoreConfig StoreConfig::load(const QString &locationOverride)
{
    const QSettings s = settings();
    StoreConfig c;
    c.location = !locationOverride.isEmpty()                 ? locationOverride
                 : !qEnvironmentVariableIsEmpty("RA_CASE_STORE") ? qEnvironmentVariable("RA_CASE_STORE")
                                                             : s.value(QStringLiteral("caseStore/location")).toString();
    c.bench = qEnvironmentVariable("RA_BENCH", s.value(QStringLiteral("caseStore/bench")).toString());
    c.site = qEnvironmentVariable("RA_SITE", s.value(QStringLiteral("caseStore/site")).toString());
    if (c.bench.isEmpty())
        c.bench = QSysInfo::machineHostName();
    return c;
}

void StoreConfig::save() const
{
    QSettings s = settings();
    s.setValue(QStringLiteral("caseStore/location"), location);
    s.setValue(QStringLiteral("caseStore/bench"), bench);
    s.setValue(QStringLiteral("caseStore/site"), site);
}

QString StoreConfig::defaultSqlitePath()
{
    return AppDirs::dataDir() + QStringLiteral("/cases.sqlite");
}

bool StoreConfig::isPostgres() const
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

CaseStore::~CaseStore()
{
    for (const QString &name : {d->localName, d->remoteName}) {
        if (name.isEmpty())
            continue;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const StoreConfig &config, bool tolerateOffline)
{
    std::unique_ptr<CaseStore> store(new CaseStore);
    store->d = std::make_unique<Impl>();
    store->m_config = config;
    const bool postgres = config.isPostgres();
    const QString sqlitePath = postgres || config.location.isEmpty() ? StoreConfig::defaultSqlitePath() : config.location;
    auto local = openSqlite(sqlitePath);
    if (!local)
        return local.error();
    store->d->localName = local.value();
    if (!postgres)
        return store;

    if (const QString refused = passwordInAddress(config.location); !refused.isEmpty())
        return makeError(ErrorKind::BadInput, refused);
    const QUrl url(config.location);
    if (!url.isValid() || url.path().size() < 2)
        return makeError(ErrorKind::BadInput, tr("The case store address %1 is not postgresql://user@host/database.").arg(url.toDisplayString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return makeError(ErrorKind::BadInput, tr("The case store address must not contain a password: put it in ~/.pgpass or the keychain."));
    const QUrlQuery query(url);
    const QString host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded) : url.host();
    store->d->remoteName = nextConnectionName();
    store->d->remoteDescription = tr("PostgreSQL database %1 on %2").arg(url.path().mid(1), host.isEmpty() ? QStringLiteral("localhost") : host);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->d->remoteName);
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setHostName(host);
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : url.port(-1);
    if (port > 0)
        db.setPort(port);
    QStringList options{QStringLiteral("connect_timeout=3"), QStringLiteral("application_name=recovery-assistant")};
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        options << QStringLiteral("sslmode=") + query.queryItemValue(QStringLiteral("sslmode"));
    db.setConnectOptions(options.join(u';'));
    const QString password = keychainPassword(url.userName() + u'@' + (host.isEmpty() ? QStringLiteral("localhost") : host));
    if (!password.isEmpty())
        db.setPassword(password);
    store->d->password = password;
    if (!db.open() || !migrate(db)) {
        const QSqlError e = db.lastError();
        const QString said = scrubbed(e.text(), password);
        log().warn("case store {} unreachable: {}", u8(store->d->remoteDescription), u8(said));
        if (!tolerateOffline)
            return makeError(ErrorKind::Failed, tr("The case store (%1) cannot be reached.").arg(store->d->remoteDescription), said);
        db.close();
        store->d->offline = true;
        return store;
    }
    store->flushQueue();
    return store;
}

QString CaseStore::description() const
{
    return d->remoteName.isEmpty() ? d->local().databaseName() : d->remoteDescription;
}

bool CaseStore::isOffline() const
{
    return d->offline;
}

namespace {

// INSERT … ON CONFLICT DO NOTHING, then the fingerprint decides: same record, or a collision.
Result<CaseStore::Put> insertRecord(QSqlDatabase db, const CaseRecord &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO cases (case_id, machine, computer_name, key_id, technician, bench, site, outcome,"
                             " outcome_message, recovery_key_used, opened, closed, duration_s, fingerprint, record)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING"));
    for (const QVariant &v : {sqlText(r.caseId), sqlText(r.machine), sqlText(r.computerName), sqlText(r.keyId), sqlText(r.technician),
                              sqlText(r.bench), sqlText(r.site), sqlText(r.outcome), sqlText(r.outcomeMessage),
                              QVariant(r.recoveryKeyUsed ? 1 : 0), sqlText(CaseRecord::isoUtc(r.opened)),
                              sqlText(CaseRecord::isoUtc(r.closed)),
                              r.closed.isValid() ? QVariant(r.durationSeconds()) : QVariant(QMetaType::fromType<qint64>()),
                              sqlText(r.fingerprint), sqlText(QString::fromUtf8(r.json))})
        q.addBindValue(v);
    if (Status s = execQuery(q, CaseStore::tr("writing case %1").arg(r.caseId)); !s)
        return s.error();
    if (q.numRowsAffected() == 1)
        return CaseStore::Put::Added;
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT fingerprint FROM cases WHERE case_id = ?"));
    existing.addBindValue(r.caseId);
    if (Status s = execQuery(existing, CaseStore::tr("writing case %1").arg(r.caseId)); !s)
        return s.error();
    if (existing.next() && existing.value(0).toString() == r.fingerprint)
        return CaseStore::Put::AlreadyThere;
    return makeError(ErrorKind::BadInput,
                     CaseStore::tr("A different case with the id %1 is already in the store; nothing was changed.").arg(r.caseId));
}

bool reachable(QSqlDatabase db)
{
    QSqlQuery probe(db);
    return db.isOpen() && probe.exec(QStringLiteral("SELECT 1"));
}

}  // namespace

Result<CaseStore::Put> CaseStore::put(const CaseRecord &record)
{
    if (d->remoteName.isEmpty())
        return insertRecord(d->local(), record);
    if (d->offline) {
        QSqlDatabase db = d->remote();
        d->offline = !(db.open() && migrate(db));
        if (!d->offline)
            flushQueue();
    }
    if (!d->offline) {
        auto sent = insertRecord(d->remote(), record);
        if (sent || reachable(d->remote()))
            return sent;
        log().warn("case store {} lost; case {} queued", u8(d->remoteDescription), u8(record.caseId));
        d->remote().close();
        d->offline = true;
    }
    // The server is away: keep the record here and queue it.
    auto kept = insertRecord(d->local(), record);
    if (!kept)
        return kept.error();
    QSqlQuery q(d->local());
    q.prepare(QStringLiteral("INSERT INTO outbox (case_id, queued_at) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING"));
    q.addBindValue(record.caseId);
    q.addBindValue(CaseRecord::isoUtc(QDateTime::currentDateTimeUtc()));
    if (Status s = execQuery(q, tr("queueing case %1").arg(record.caseId)); !s)
        return s.error();
    return Put::Queued;
}

int CaseStore::flushQueue()
{
    if (d->remoteName.isEmpty() || d->offline)
        return 0;
    QSqlQuery q(d->local());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.record FROM outbox o JOIN cases c ON c.case_id = o.case_id ORDER BY o.queued_at"));
    if (!execQuery(q, tr("reading the queue")))
        return 0;
    QList<QByteArray> waiting;
    while (q.next())
        waiting << q.value(0).toString().toUtf8();
    q.finish();
    int sent = 0;
    for (const QByteArray &json : waiting) {
        const auto record = CaseRecord::fromCaseJson(json);
        if (!record)
            continue;
        const auto put = insertRecord(d->remote(), *record);
        if (!put && reachable(d->remote())) {
            log().error("queued case {} refused by the server: {} ({})", u8(record->caseId), u8(put.error().message),
                        u8(scrubbed(put.error().details, d->password)));
        } else if (!put) {
            d->remote().close();
            d->offline = true;
            break;
        } else {
            ++sent;
            ++d->sent;
        }
        QSqlQuery done(d->local());
        done.prepare(QStringLiteral("DELETE FROM outbox WHERE case_id = ?"));
        done.addBindValue(record->caseId);
        execQuery(done, tr("emptying the queue"));
    }
    return sent;
}

int CaseStore::sentCount() const
{
    return d->sent;
}

int CaseStore::queuedCount() const
{
    QSqlQuery q(d->local());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace ra
