// SPDX-License-Identifier: GPL-3.0-or-later
// The case store at incident scale: 100,000 cases (default) in a throwaway PostgreSQL cluster
// and in a SQLite file, then
//   - recovery-assistant-cli cases list --json, cases report --html and cases rotation, each the
//     whole process, best of 3, against the same queries run by psql (PostgreSQL);
//   - the peak memory (max RSS) of each CLI run: rows are streamed, so it must not grow with
//     the number of cases.
// The records are made by CaseRecord::fromCaseJson from real case.json documents and loaded
// with COPY (PostgreSQL) and one transaction (SQLite); loading is not what is measured.
// Usage: bench_cases [CASES]. Numbers only, no asserts (tests/bench rule).

#include "casefixtures.h"
#include "pgcluster.h"

#include "system/store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

using namespace ra;

namespace {

QList<CaseRecord> makeRecords(int n)
{
    QList<CaseRecord> records;
    const QDateTime start = QDateTime(QDate(2024, 7, 19), QTime(6, 0), Qt::UTC);
    const Outcome outcomes[] = {Outcome::Fixed, Outcome::Fixed, Outcome::Fixed, Outcome::Fixed, Outcome::Fixed,
                                Outcome::Fixed, Outcome::Failed, Outcome::NotAffected, Outcome::AlreadyRemediated, Outcome::Cancelled};
    for (int i = 0; i < n; ++i) {
        test::CaseSpec s{QStringLiteral("RA-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("PC-%1").arg(i % (n * 9 / 10 + 1), 6, 10, QLatin1Char('0')),
                         test::keyIdFor(i)};
        s.technician = QStringLiteral("Tech %1").arg(i % 40);
        s.bench = QStringLiteral("bench %1").arg(i % 20);
        s.site = QStringLiteral("Site %1").arg(i % 5);
        s.outcome = outcomes[i % 10];
        s.message = s.outcome == Outcome::Failed ? QStringLiteral("The key was rejected.") : QString();
        s.recoveryKeyUsed = i % 3 != 0;
        s.closed = start.addSecs(qint64(i) * 3 * 24 * 3600 / n);
        s.opened = s.closed.addSecs(-(300 + i % 1500));
        records << *CaseRecord::fromCaseJson(test::caseJson(s));
    }
    return records;
}

QStringList columns(const CaseRecord &r)
{
    return {r.caseId, r.machine, r.computerName, r.keyId, r.technician, r.bench, r.site, r.outcome, r.outcomeMessage,
            QString::number(r.recoveryKeyUsed ? 1 : 0), CaseRecord::isoUtc(r.opened), CaseRecord::isoUtc(r.closed),
            QString::number(r.durationSeconds()), r.fingerprint, QString::fromUtf8(r.json)};
}

QString csvField(QString s)
{
    return u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

struct Timing {
    double seconds = 1e9;
    long maxRssKb = 0;
};

// bench_cases --measure RESULT PROGRAM ARGS...: runs PROGRAM (stdout to /dev/null) and writes
// "seconds maxrss-KiB exit-code" to RESULT. The timed program is forked from this small, freshly
// started process: a child spawned straight from the benchmark (which holds 100,000 records)
// would report the benchmark's own peak as its ru_maxrss (Linux keeps the high-water mark of the
// memory a process shared before exec).
int measure(char **argv)
{
    timespec start{}, end{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::execv(argv[3], argv + 3);
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    ::clock_gettime(CLOCK_MONOTONIC, &end);
    FILE *result = std::fopen(argv[2], "w");
    if (!result)
        return 1;
    std::fprintf(result, "%.6f %ld %d\n", double(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9,
                 usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128);
    std::fclose(result);
    return 0;
}

// Best of runs, each through "--measure" (above).
Timing timeProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, int runs = 3)
{
    Timing best;
    QTemporaryDir resultDir;
    const QByteArray resultFile = QFile::encodeName(resultDir.filePath(QStringLiteral("result")));
    QList<QByteArray> argStore{QFile::encodeName(QCoreApplication::applicationFilePath()), "--measure", resultFile,
                               QFile::encodeName(program)},
        envStore;
    for (const QString &a : args)
        argStore << a.toUtf8();
    for (const QString &e : env.toStringList())
        envStore << e.toUtf8();
    std::vector<char *> argv, envp;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    for (int i = 0; i < runs; ++i) {
        pid_t pid = 0;
        if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0)
            return best;
        int status = 0;
        ::waitpid(pid, &status, 0);
        QFile f(QString::fromLocal8Bit(resultFile));
        double seconds = 0;
        long rss = 0;
        int code = -1;
        if (!f.open(QIODevice::ReadOnly) || std::sscanf(f.readAll().constData(), "%lf %ld %d", &seconds, &rss, &code) != 3)
            return best;
        best.seconds = std::min(best.seconds, seconds);
        best.maxRssKb = std::max(best.maxRssKb, rss);
        if (code != 0)
            std::fprintf(stderr, "%s %s exited %d\n", qPrintable(program), qPrintable(args.join(u' ')), code);
    }
    return best;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc > 3 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argv);
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QString cli = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    test::PgCluster pg;
    if (!pg.start()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const QList<CaseRecord> records = makeRecords(n);
    std::printf("cases: %d (records made in %.1f s, %.0f bytes of case.json each)\n", n, t.nsecsElapsed() / 1e9,
                double(records.first().json.size()));

    // The schema through the store itself, then the rows.
    const QString sqlite = dir.filePath(QStringLiteral("cases.sqlite"));
    for (const QString &location : {pg.url(), sqlite}) {
        StoreConfig c;
        c.location = location;
        if (!CaseStore::open(c))
            return 1;
    }
    t.restart();
    {
        QFile csv(dir.filePath(QStringLiteral("cases.csv")));
        csv.open(QIODevice::WriteOnly);
        for (const CaseRecord &r : records) {
            QStringList fields;
            for (const QString &f : columns(r))
                fields << csvField(f);
            csv.write(fields.join(u',').toUtf8() + '\n');
        }
    }
    pg.psql(QStringLiteral("\\copy cases FROM '%1' CSV").arg(dir.filePath(QStringLiteral("cases.csv"))));
    pg.psql(QStringLiteral("ANALYZE cases"));
    std::printf("loaded into PostgreSQL in %.1f s: %s rows\n", t.nsecsElapsed() / 1e9,
                qPrintable(pg.psql(QStringLiteral("SELECT COUNT(*) FROM cases"))));
    t.restart();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("load"));
        db.setDatabaseName(sqlite);
        db.open();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int failed = 0;
        for (const CaseRecord &r : records) {
            for (const QString &f : columns(r))
                q.addBindValue(f.isNull() ? QString(QLatin1String("")) : f);  // '' for absent, as the store writes
            failed += !q.exec();
        }
        db.commit();
        QSqlQuery(QStringLiteral("ANALYZE"), db);
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM cases"), db);
        count.next();
        std::printf("loaded into SQLite in %.1f s: %lld rows (%d inserts failed)\n\n", t.nsecsElapsed() / 1e9,
                    count.value(0).toLongLong(), failed);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("load"));

    const QString psql = test::PgCluster::binDir() + QStringLiteral("/psql");
    const QString reportQueries = QStringLiteral(
        "SELECT outcome, COUNT(*) FROM cases GROUP BY outcome;"
        "SELECT COUNT(DISTINCT machine), MIN(opened), MAX(closed) FROM cases;"
        "SELECT substr(closed, 1, 13), COUNT(*) FROM cases WHERE outcome = 'fixed' GROUP BY 1 ORDER BY 1;"
        "SELECT technician, COUNT(*) FROM cases GROUP BY 1;SELECT site, COUNT(*) FROM cases GROUP BY 1;"
        "SELECT c.machine, c.outcome_message FROM cases c JOIN (SELECT machine, MAX(closed) AS last FROM cases GROUP BY machine) m"
        " ON m.machine = c.machine AND m.last = c.closed WHERE c.outcome IN ('failed', 'cancelled') ORDER BY c.closed LIMIT 1000;"
        "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY duration_s) FROM cases WHERE outcome = 'fixed';");
    const QString rotationQuery = QStringLiteral(
        "SELECT c.key_id, c.computer_name, c.closed, c.technician FROM cases c JOIN (SELECT key_id, MAX(closed) AS last FROM cases"
        " WHERE recovery_key_used = 1 AND key_id <> '' GROUP BY key_id) k ON k.key_id = c.key_id AND k.last = c.closed"
        " LEFT JOIN rotations r ON r.key_id = c.key_id WHERE r.key_id IS NULL OR r.rotated_at < c.closed ORDER BY c.closed");
    const QString listQuery = QStringLiteral("SELECT row_to_json(c) FROM (SELECT case_id, machine, computer_name, key_id, technician, bench, site,"
                                             " outcome, outcome_message, recovery_key_used, opened, closed FROM cases ORDER BY closed, case_id) c");
    struct Row {
        const char *name;
        QStringList args;
        QString sql;
    };
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QList<Row> rows = {
        {"cases list --json", {QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")}, listQuery},
        {"cases report --html", {QStringLiteral("cases"), QStringLiteral("report"), QStringLiteral("--html"), html}, reportQueries},
        {"cases rotation", {QStringLiteral("cases"), QStringLiteral("rotation")}, rotationQuery},
    };
    std::printf("%-22s %12s %12s %8s %12s %14s %14s\n", "", "PostgreSQL", "psql", "ratio", "SQLite", "RSS PG (MiB)", "RSS SQLite");
    for (const Row &row : rows) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RA_CASE_STORE"), pg.url());
        const Timing onPg = timeProcess(cli, row.args, env);
        env.insert(QStringLiteral("RA_CASE_STORE"), sqlite);
        const Timing onSqlite = timeProcess(cli, row.args, env);
        const Timing byPsql = timeProcess(psql, pg.psqlArguments() + QStringList{QStringLiteral("-c"), row.sql}, QProcessEnvironment::systemEnvironment());
        std::printf("%-22s %10.3f s %10.3f s %8.2f %10.3f s %14.1f %14.1f\n", row.name, onPg.seconds, byPsql.seconds,
                    onPg.seconds / byPsql.seconds, onSqlite.seconds, onPg.maxRssKb / 1024.0, onSqlite.maxRssKb / 1024.0);
    }
    std::printf("\nreport.html: %lld bytes\n", QFile(html).size());
    return 0;
}
