// SPDX-License-Identifier: GPL-3.0-or-later
// Escrow import at scale: generates a CrowdStrike-format export with valid keys (default
// 1,000,000 rows), then prints
//   - the time `grep -c` needs to read the file (fastest of a few patterns, best of 5 runs),
//   - the time of `recovery-assistant-cli escrow check FILE` (whole process, best of 5) and
//     the ratio of the two (the goal is at most 5),
//   - in-process import rows/s, peak memory (getrusage) of this process and of the CLI,
//   - lookup latency by short Key ID, full GUID and host name.
// Usage: bench_escrow [ROWS] [--keep DIR]. Numbers only, no asserts (tests/bench rule).

#include "system/escrow/escrowindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Generated {
    std::vector<QString> shortIds;
    std::vector<QString> fullIds;
    std::vector<QString> hosts;
    qint64 bytes = 0;
};

// Writes rows "HOST,{GUID},KEY,DIRECTORY"; every 1000th row's ids are kept for lookups.
Generated generate(const QString &path, int rows)
{
    Generated g;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator rng(20240719);
    QByteArray chunk;
    chunk.reserve(1 << 22);
    chunk += "Hostname,KeyID,RecoveryKey,Directory\r\n";
    char row[256];
    for (int i = 0; i < rows; ++i) {
        const quint32 a = rng.generate();
        const quint32 b = rng.generate(), c = rng.generate(), d = rng.generate();
        int n = std::snprintf(row, sizeof row, "WKS-%07d,%08X-%04X-%04X-%04X-%04X%08X,", i, a, b >> 16, b & 0xFFFF,
                              c >> 16, c & 0xFFFF, d);
        for (int group = 0; group < 8; ++group)
            n += std::snprintf(row + n, sizeof row - std::size_t(n), group ? "-%06u" : "%06u",
                               unsigned(rng.bounded(65536u) * 11u));
        n += std::snprintf(row + n, sizeof row - std::size_t(n), ",%s\r\n", (i % 3) ? "AD" : "Entra");
        chunk.append(row, n);
        if (i % 1000 == 0) {
            const QString full = QString::fromLatin1(row + 12, 36);
            g.fullIds.push_back(full);
            g.shortIds.push_back(full.left(8).toLower());
            g.hosts.push_back(QString::fromLatin1(row, 11).toLower());
        }
        if (chunk.size() > (1 << 22) - 256) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    g.bytes = file.size();
    return g;
}

// Wall time of one process run in ms, or -1. Output discarded.
double timeProcess(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    // Output goes to a pipe and is read: GNU grep stops at the first match when its output
    // is /dev/null, which would not be reading the file.
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(600000))
        return -1;
    p.readAllStandardOutput();
    p.readAllStandardError();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (exitCode)
        *exitCode = p.exitCode();
    return ms;
}

double bestOf(int runs, const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        const double ms = timeProcess(program, args, exitCode);
        if (ms >= 0 && (best < 0 || ms < best))
            best = ms;
    }
    return best;
}

QString cliPath()
{
    const QString buildDir = qEnvironmentVariable("RA_BUILD_DIR");
    if (!buildDir.isEmpty())
        return buildDir + QStringLiteral("/app/cli/recovery-assistant-cli");
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../app/cli/recovery-assistant-cli"));
}

template <typename F>
void timeLookups(const char *label, const std::vector<QString> &queries, F lookup)
{
    QElapsedTimer t;
    std::vector<qint64> ns;
    int found = 0;
    for (const QString &q : queries) {
        t.start();
        found += lookup(q).isEmpty() ? 0 : 1;
        ns.push_back(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    qint64 total = 0;
    for (qint64 v : ns)
        total += v;
    std::printf("lookup %-9s %zu queries, %d found: mean %.1f us, median %.1f us, p99 %.1f us, max %.1f us\n", label,
                queries.size(), found, double(total) / double(ns.size()) / 1000.0, double(ns[ns.size() / 2]) / 1000.0,
                double(ns[ns.size() * 99 / 100]) / 1000.0, double(ns.back()) / 1000.0);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keepDir;
    if (const qsizetype k = args.indexOf(QStringLiteral("--keep")); k >= 0 && k + 1 < args.size()) {
        keepDir = args[k + 1];
        args.remove(k, 2);
    }
    const int rows = args.isEmpty() ? 1000000 : args.first().toInt();

    QTemporaryDir tmp;
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/crowdstrike-export.csv");
    QElapsedTimer t;
    t.start();
    const Generated g = generate(path, rows);
    std::printf("generated %d rows, %.1f MB in %.0f ms: %s\n", rows, double(g.bytes) / 1e6, double(t.elapsed()),
                qPrintable(path));

    // Warm the page cache, then time grep -c: the fastest pattern is the baseline.
    timeProcess(QStringLiteral("cat"), {path});
    double grepMs = -1;
    for (const QString &pattern : {QString(), QStringLiteral(","), QStringLiteral("AD")}) {
        const double ms = bestOf(5, QStringLiteral("grep"), {QStringLiteral("-c"), pattern, path});
        std::printf("grep -c '%s': %.1f ms\n", qPrintable(pattern), ms);
        if (ms >= 0 && (grepMs < 0 || ms < grepMs))
            grepMs = ms;
    }

    const QString cli = cliPath();
    if (QFileInfo(cli).isExecutable()) {
        int exitCode = -1;
        const double cliMs = bestOf(5, cli, {QStringLiteral("escrow"), QStringLiteral("check"), path}, &exitCode);
        rusage children{};
        getrusage(RUSAGE_CHILDREN, &children);
        std::printf("escrow check (whole process): %.1f ms, exit %d, peak RSS of a child %.1f MB\n", cliMs, exitCode,
                    double(children.ru_maxrss) / 1024.0);
        std::printf("ratio escrow check / grep -c: %.2f (goal <= 5)\n", cliMs / grepMs);
    } else {
        std::printf("escrow check: %s not built, skipped\n", qPrintable(cli));
    }

    ra::EscrowIndex index;
    t.start();
    const auto summary = index.importFile(path);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (!summary) {
        std::printf("import failed: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    std::printf("in-process import: %d rows, %d keys, %d bad, %d duplicates in %.1f ms = %.0f rows/s\n",
                summary->rows, summary->keys, summary->badRows, summary->duplicates, importMs,
                double(summary->rows) / (importMs / 1000.0));
    std::printf("peak RSS of this process: %.1f MB\n", double(self.ru_maxrss) / 1024.0);

    index.lookupHost(g.hosts.front());  // builds the host table once
    timeLookups("short id", g.shortIds, [&](const QString &q) { return index.lookup(q); });
    timeLookups("full guid", g.fullIds, [&](const QString &q) { return index.lookup(q); });
    timeLookups("host", g.hosts, [&](const QString &q) { return index.lookup(q); });
    return 0;
}
