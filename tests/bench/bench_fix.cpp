// SPDX-License-Identifier: GPL-3.0-or-later
// bench_fix: times the whole fix of one channel file on a real BitLocker test volume — unlock,
// mount, copy to quarantine, delete, unmount, lock — through Recovery Assistant against the
// same steps done by hand with the raw tools (dislocker -p, ntfs-3g, cp, rm, umount), and
// prints the ratio. Target: our overhead under 10 %.
//
//   bench_fix [--runs N] [--cli PATH]
//
// "Ours" is measured twice: DiskBackend open + copy + verify + delete + close in this process,
// and, with --cli, the whole `recovery-assistant-cli fix IMAGE --key-stdin --quarantine DIR`
// (probe, unlock, mount, inspect, quarantine, delete, close, ticket). The raw baseline runs the tools with QProcess
// directly, as a technician would type them (the key on dislocker's command line, which our code
// never does; the key is the public one of the test image).

#include "system/disk/diskbackend.h"
#include "system/disk/volumekeyderiver.h"
#include "testsupport.h"
#include "testvolumes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace ra;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-cbc-128");
const QString kFaulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");

bool run(const QString &program, const QStringList &args, const QByteArray &input = {}, const QString &home = {})
{
    QProcess p;
    if (!home.isEmpty()) {
        // The CLI writes its case folder and log under a private home, not the real one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     qPrintable(QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError())));
        return false;
    }
    return true;
}

// umount returns before the FUSE daemon has let go of the layer below: retry while busy.
bool unmountRetrying(const QString &mountPoint)
{
    for (int i = 0; i < 200; ++i) {
        QProcess p;
        p.start(QStringLiteral("umount"), {mountPoint});
        p.waitForFinished();
        if (p.exitCode() == 0)
            return true;
        QThread::msleep(10);
    }
    return false;
}

qint64 g_rawUnlockNs = 0;  // the dislocker -p step of the last raw run

qint64 rawFix(const QString &image, const QString &key, const QString &work)
{
    const QString bl = work + QStringLiteral("/raw-bl");
    const QString nt = work + QStringLiteral("/raw-ntfs");
    const QString quarantine = work + QStringLiteral("/raw-quarantine");
    QDir().mkpath(bl);
    QDir().mkpath(nt);
    QDir().mkpath(quarantine);
    QElapsedTimer t;
    t.start();
    const bool unlocked = run(QStringLiteral("dislocker"), {QStringLiteral("-V"), image, QStringLiteral("-p") + key, QStringLiteral("--"), bl});
    g_rawUnlockNs = t.nsecsElapsed();
    const bool ok = unlocked
                    && run(QStringLiteral("ntfs-3g"), {bl + QStringLiteral("/dislocker-file"), nt})
                    && run(QStringLiteral("cp"), {QStringLiteral("--preserve=timestamps"), nt + u'/' + kFaulty, quarantine})
                    && run(QStringLiteral("sha256sum"), {nt + u'/' + kFaulty, quarantine + QStringLiteral("/C-00000291-00000000-00000032.sys")})
                    && run(QStringLiteral("rm"), {nt + u'/' + kFaulty})
                    && run(QStringLiteral("umount"), {nt}) && unmountRetrying(bl);
    const qint64 elapsed = t.nsecsElapsed();
    return ok ? elapsed : -1;
}

qint64 oursInProcess(const QString &image, const QString &key, const QString &work)
{
    const QString quarantine = work + QStringLiteral("/our-quarantine");
    QDir().mkpath(quarantine);
    QElapsedTimer t;
    t.start();
    DiskBackend backend;
    VolumeInfo volume;
    volume.device = image;
    volume.target = image;
    Report report;
    auto session = backend.open(volume, TestVolumes::recoveryMaterial(key), {}, report);
    if (!session)
        return -1;
    const QString source = (*session)->root() + u'/' + kFaulty;
    const QString copy = quarantine + QStringLiteral("/C-00000291-00000000-00000032.sys");
    QFile::remove(copy);
    auto hash = [](const QString &path) {
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        return f.open(QIODevice::ReadOnly) && h.addData(&f) ? h.result() : QByteArray();
    };
    const bool ok = QFile::copy(source, copy) && hash(source) == hash(copy) && QFile::remove(source)
                    && (*session)->close(report).ok();
    const qint64 elapsed = t.nsecsElapsed();
    return ok ? elapsed : -1;
}

qint64 oursCli(const QString &cli, const QString &image, const QString &key, const QString &work)
{
    QElapsedTimer t;
    t.start();
    const bool ok = run(cli, {QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--quarantine"),
                              work + QStringLiteral("/cli-quarantine")},
                        key.toLatin1() + '\n', work + QStringLiteral("/cli-home"));
    const qint64 elapsed = t.nsecsElapsed();
    return ok ? elapsed : -1;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2] / 1e6;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString cli;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--runs"))
            runs = qMax(1, args[i + 1].toInt());
        else if (args[i] == QStringLiteral("--cli"))
            cli = args[i + 1];
    }
    const QString why = TestVolumes::unavailableReason();
    if (!why.isEmpty()) {
        std::printf("bench_fix skipped: %s\n", qPrintable(why));
        return ra::test::requireE2E() ? 1 : 0;
    }
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QTemporaryDir work(QDir::currentPath() + QStringLiteral("/bench-fix-XXXXXX"));
    const QString key = TestVolumes::image(kImage).recoveryKey;

    QList<qint64> raw;
    QList<qint64> inProcess;
    QList<qint64> viaCli;
    QList<qint64> rawUnlock;
    QList<qint64> derive;
    for (int i = 0; i < runs; ++i) {
        // Fresh copies outside the timing; the order rotates so caches favour no side.
        QStringList copies;
        for (const QString &name : {QStringLiteral("raw"), QStringLiteral("inprocess"), QStringLiteral("cli")}) {
            auto copy = TestVolumes::builtVolumeCopy(kImage, work.path());
            const QString target = work.filePath(name + QStringLiteral(".img"));
            QFile::remove(target);
            if (!copy || !QFile::rename(copy.value(), target)) {
                std::fprintf(stderr, "cannot build the test volume\n");
                return 1;
            }
            copies << target;
        }
        const qint64 r = rawFix(copies[0], key, work.path());
        const qint64 o = oursInProcess(copies[1], key, work.path());
        const qint64 c = cli.isEmpty() ? 0 : oursCli(cli, copies[2], key, work.path());
        if (r < 0 || o < 0 || c < 0) {
            std::fprintf(stderr, "run %d failed (raw %lld, in-process %lld, cli %lld)\n", i + 1, r, o, c);
            return 1;
        }
        raw << r;
        rawUnlock << g_rawUnlockNs;
        inProcess << o;
        {
            // Our key derivation alone (libcryptsetup), on the raw copy.
            Report report;
            const auto material = TestVolumes::recoveryMaterial(key);
            QElapsedTimer d;
            d.start();
            QList<ProtectorId> candidates;
            const auto protectors = VolumeKeyDeriver::protectors(copies[0]);
            for (const KeyProtector &p : protectors ? protectors.value() : QList<KeyProtector>{})
                if (p.type == ProtectorType::RecoveryPassword)
                    candidates << p.id;
            if (VolumeKeyDeriver::derive(copies[0], material.recoveryKey.canonicalBytes(), candidates, report))
                derive << d.nsecsElapsed();
        }
        if (!cli.isEmpty())
            viaCli << c;
    }
    const double rawMs = median(raw);
    std::printf("bench_fix on %s (%d runs, medians)\n", qPrintable(kImage), runs);
    std::printf("  raw tools by hand (dislocker -p, ntfs-3g, cp, sha256sum, rm, umount): %8.1f ms\n", rawMs);
    const double inMs = median(inProcess);
    std::printf("  DiskBackend open + copy + verify + delete + close (in process):       %8.1f ms  ratio %.3f (%+.1f %%)\n",
                inMs, inMs / rawMs, (inMs / rawMs - 1.0) * 100.0);
    std::printf("  of which key stretching: dislocker -p (unlock + mount) %.1f ms, libcryptsetup derive %.1f ms\n",
                median(rawUnlock), median(derive));
    if (!cli.isEmpty()) {
        const double cliMs = median(viaCli);
        std::printf("  recovery-assistant-cli fix (whole workflow, ticket, manifest):       %8.1f ms  ratio %.3f (%+.1f %%)\n",
                    cliMs, cliMs / rawMs, (cliMs / rawMs - 1.0) * 100.0);
    }
    return 0;
}
