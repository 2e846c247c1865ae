// SPDX-License-Identifier: GPL-3.0-or-later
// bench_batch (issue 14): N BitLocker test volumes fixed by ONE `recovery-assistant-cli fix
// T1..TN --bundle … --jobs J` run against N single `fix T --bundle …` runs one after another,
// keys from the same encrypted bundle (Argon2id, about a second per unlock). Reports wall time,
// throughput (targets per minute), the ratio single/batch, CPU seconds and the peak memory of
// each run (ru_maxrss from wait4: the CLI or the largest of the helpers it waited for). Several
// --jobs values, so the default can be chosen from measurement. Fresh copies before every timed
// run (not timed). Prints numbers; fails only when a run does not fix its targets.
//
//   bench_batch [--targets N] [--jobs 1,2,3,4] [--runs R]

#include "testsupport.h"
#include "testvolumes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace ra;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");

struct Measured {
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0;  // user + system of the CLI and the helpers it waited for
    long peakKiB = 0;
    int code = -1;
};

// Runs the CLI with its own home; waits with wait4 for its resource usage.
Measured runCli(const QString &cli, const QStringList &args, const QString &home, const QString &logFile)
{
    QDir().mkpath(home + QStringLiteral("/run"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    std::vector<QByteArray> envStorage, argStorage;
    for (const QString &e : env.toStringList())
        envStorage.push_back(e.toLocal8Bit());
    argStorage.push_back(QFile::encodeName(cli));
    for (const QString &a : args)
        argStorage.push_back(a.toLocal8Bit());
    std::vector<char *> envp, argv;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const QByteArray log = QFile::encodeName(logFile);
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    Measured m;
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return m;
    int status = 0;
    struct rusage usage {};
    if (::wait4(pid, &status, 0, &usage) != pid)
        return m;
    m.seconds = t.nsecsElapsed() / 1e9;
    m.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    m.peakKiB = usage.ru_maxrss;
    m.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m.ok = m.code == 0;
    if (!m.ok) {
        // The targets that were not fixed, with their sentences (or the end of the output).
        QFile f(logFile);
        f.open(QIODevice::ReadOnly);
        const QByteArray output = f.readAll();
        QByteArray why;
        const QJsonObject result = QJsonDocument::fromJson(output.left(output.lastIndexOf("\n}") + 2)).object();
        for (const QJsonValue &v : result.value(QStringLiteral("targets")).toArray())
            if (v.toObject().value(QStringLiteral("result")).toString() != QLatin1String("fixed"))
                why += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + '\n';
        std::fprintf(stderr, "%s %s: exit %d\n%s\n", qPrintable(cli), qPrintable(args.join(u' ')), m.code,
                     (why.isEmpty() ? output.right(2000) : why).constData());
    }
    return m;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each row as it is measured
    int targets = 6;
    int runs = 1;
    QList<int> jobsList{1, 2, 3};
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--targets")); i >= 0 && i + 1 < args.size())
        targets = qMax(2, args[i + 1].toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = qMax(1, args[i + 1].toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--jobs")); i >= 0 && i + 1 < args.size()) {
        jobsList.clear();
        for (const QString &j : args[i + 1].split(u','))
            if (j.toInt() > 0)
                jobsList << j.toInt();
    }
    if (const QString why = TestVolumes::unavailableReason(); !why.isEmpty()) {
        std::printf("bench_batch skipped: %s\n", qPrintable(why));
        return 0;
    }
    const QString cli = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    QTemporaryDir work(QDir::currentPath() + QStringLiteral("/bench-batch-XXXXXX"));
    // The keys: a CSV export packed into a bundle once (not timed).
    const QString passFile = work.filePath(QStringLiteral("pass.txt"));
    const QString csvFile = work.filePath(QStringLiteral("keys.csv"));
    const QString bundle = work.filePath(QStringLiteral("keys.rakeys"));
    {
        QFile pass(passFile);
        QFile csv(csvFile);
        if (!pass.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly))
            return 1;
        pass.write("bench passphrase\n");
        const ra::test::TestImage image = TestVolumes::image(kImage);
        csv.write(QStringLiteral("Hostname,KeyID,RecoveryKey,Directory\nSRV-001,{%1},%2,AD\n").arg(image.recoveryGuid, image.recoveryKey).toLatin1());
    }
    if (!runCli(cli, {QStringLiteral("escrow"), QStringLiteral("pack"), csvFile, QStringLiteral("--out"), bundle, QStringLiteral("--passphrase-file"), passFile},
                work.filePath(QStringLiteral("home-pack")), work.filePath(QStringLiteral("pack.log")))
             .ok)
        return 1;
    int home = 0;
    auto copies = [&]() -> QStringList {
        QStringList made;
        for (int i = 0; i < targets; ++i) {
            auto copy = TestVolumes::builtVolumeCopy(kImage, work.path());
            if (!copy) {
                std::fprintf(stderr, "no test volume: %s\n", qPrintable(copy.error().details));
                return {};
            }
            // builtVolumeCopy always writes NAME.img: each target gets its own file.
            const QString target = work.filePath(QStringLiteral("target-%1.img").arg(i));
            if (!QFile::rename(copy.value(), target)) {
                std::fprintf(stderr, "cannot rename %s\n", qPrintable(copy.value()));
                return {};
            }
            made << target;
        }
        return made;
    };
    auto clear = [&](const QStringList &files) {
        for (const QString &f : files)
            QFile::remove(f);
    };

    std::printf("bench_batch: %d × %s (raw volume image), %d core(s), %d run(s) each, median; peak = largest ru_maxrss of a run\n",
                targets, qPrintable(kImage), QThread::idealThreadCount(), runs);
    // With the bundle, as a helpdesk runs it: a single run pays the Argon2id unlock every time,
    // the batch once. With the plain CSV export: what running targets in parallel alone gives.
    const QList<std::pair<QString, QStringList>> sources{
        {QStringLiteral("keys from the encrypted bundle"),
         {QStringLiteral("--bundle"), bundle, QStringLiteral("--passphrase-file"), passFile}},
        {QStringLiteral("keys from the plain CSV export (parallelism alone)"), {QStringLiteral("--escrow"), csvFile}}};
    for (const auto &[sourceLabel, keyArgs] : sources) {
        std::printf("\n%s\n", qPrintable(sourceLabel));
        std::printf("%-28s %9s %12s %9s %9s %10s\n", "mode", "wall s", "targets/min", "speed-up", "CPU s", "peak MiB");
        // N single runs one after another.
        QList<double> singleWall, singleCpu;
        long singlePeak = 0;
        for (int r = 0; r < runs; ++r) {
            const QStringList files = copies();
            if (files.isEmpty())
                return 1;
            double wall = 0, cpu = 0;
            for (const QString &f : files) {
                const Measured m = runCli(cli, QStringList{QStringLiteral("fix"), f, QStringLiteral("--json")} + keyArgs,
                                          work.filePath(QStringLiteral("home-%1").arg(home++)), work.filePath(QStringLiteral("single.log")));
                if (!m.ok)
                    return 1;
                QFile log(work.filePath(QStringLiteral("single.log")));
                log.open(QIODevice::ReadOnly);
                if (!log.readAll().contains("\"outcome\": \"fixed\"")) {
                    std::fprintf(stderr, "a single run did not fix %s\n", qPrintable(f));
                    return 1;
                }
                wall += m.seconds;
                cpu += m.cpuSeconds;
                singlePeak = std::max(singlePeak, m.peakKiB);
            }
            clear(files);
            singleWall << wall;
            singleCpu << cpu;
        }
        const double single = median(singleWall);
        std::printf("%-28s %9.2f %12.1f %9s %9.2f %10.0f\n", qPrintable(QStringLiteral("%1 single runs").arg(targets)), single,
                    targets * 60.0 / single, "1.00×", median(singleCpu), singlePeak / 1024.0);
        double best = 0;
        int bestJobs = 0;
        for (int jobs : std::as_const(jobsList)) {
            QList<double> wall, cpu;
            long peak = 0;
            for (int r = 0; r < runs; ++r) {
                const QStringList files = copies();
                if (files.isEmpty())
                    return 1;
                const QString runHome = work.filePath(QStringLiteral("home-%1").arg(home++));
                const Measured m = runCli(cli,
                                          QStringList{QStringLiteral("fix")} + files + keyArgs
                                              + QStringList{QStringLiteral("--jobs"), QString::number(jobs), QStringLiteral("--json")},
                                          runHome, work.filePath(QStringLiteral("batch.log")));
                clear(files);
                if (!m.ok)
                    return 1;
                // Exit 0 is "fixed or not affected": count the fixed ones.
                QFile log(work.filePath(QStringLiteral("batch.log")));
                log.open(QIODevice::ReadOnly);
                const int fixed = int(log.readAll().count("\"result\": \"fixed\""));
                if (fixed != targets) {
                    std::fprintf(stderr, "the batch fixed %d of %d targets\n", fixed, targets);
                    return 1;
                }
                wall << m.seconds;
                cpu << m.cpuSeconds;
                peak = std::max(peak, m.peakKiB);
            }
            const double w = median(wall);
            std::printf("%-28s %9.2f %12.1f %8.2f× %9.2f %10.0f\n", qPrintable(QStringLiteral("one batch run, --jobs %1").arg(jobs)), w,
                        targets * 60.0 / w, single / w, median(cpu), peak / 1024.0);
            if (single / w > best) {
                best = single / w;
                bestJobs = jobs;
            }
        }
        std::printf("best: --jobs %d, %.2f× the throughput of single runs (goal: 1.8×)\n", bestJobs, best);
    }
    return 0;
}
