// SPDX-License-Identifier: GPL-3.0-or-later
// Escrow import at scale: generates a CrowdStrike-format export with valid keys (default
// 1,000,000 rows), then prints
//   - `grep -c ''` against `recovery-assistant-cli escrow check FILE`, whole processes, 7 paired
//     runs (one of each, in turn), both writing their output to a file (GNU grep stops at the
//     first match when its output is /dev/null): the medians and their ratio (the goal is at
//     most 1.5, issue 21), and the peak RSS of escrow check against the file's size (the goal:
//     below it),
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

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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

struct Measured {
    double ms = -1;
    double peakMiB = 0;
    int exitCode = -1;
};

// One process run, its standard output into outFile: wall time and its own peak RSS (wait4).
Measured measure(const QString &program, const QStringList &args, const QString &outFile)
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(outFile);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Measured m;
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return m;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return m;
    m.ms = double(t.nsecsElapsed()) / 1e6;
    m.peakMiB = double(usage.ru_maxrss) / 1024.0;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
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

    // Warm the page cache, then 7 paired runs: grep -c '' and escrow check in turn, both writing
    // to a file.
    timeProcess(QStringLiteral("cat"), {path});
    const QString cli = cliPath();
    const QString grepOut = dir + QStringLiteral("/grep.out");
    const QString checkOut = dir + QStringLiteral("/check.out");
    if (QFileInfo(cli).isExecutable()) {
        std::vector<double> grepMs, checkMs;
        double peakMiB = 0;
        int exitCode = -1;
        measure(cli, {QStringLiteral("escrow"), QStringLiteral("check"), path}, checkOut);  // warm-up
        for (int i = 0; i < 7; ++i) {
            const Measured g = measure(QStringLiteral("grep"), {QStringLiteral("-c"), QString(), path}, grepOut);
            const Measured c = measure(cli, {QStringLiteral("escrow"), QStringLiteral("check"), path}, checkOut);
            grepMs.push_back(g.ms);
            checkMs.push_back(c.ms);
            peakMiB = std::max(peakMiB, c.peakMiB);
            exitCode = c.exitCode;
        }
        const double fileMiB = double(g.bytes) / 1024.0 / 1024.0;
        std::printf("grep -c '' (output to a file): median %.1f ms of 7\n", median(grepMs));
        std::printf("escrow check (whole process, output to a file): median %.1f ms of 7, exit %d\n", median(checkMs), exitCode);
        std::printf("ratio escrow check / grep -c: %.2f (goal <= 1.5)\n", median(checkMs) / median(grepMs));
        std::printf("peak RSS of escrow check: %.1f MiB for a file of %.1f MiB (%.2f of its size; goal < 1)\n", peakMiB,
                    fileMiB, peakMiB / fileMiB);
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
