// SPDX-License-Identifier: GPL-3.0-or-later
// bench_vmdisk: `recovery-assistant-cli fix` of the same BitLocker test volume as a raw image
// and as a VM disk file (qcow2, VHDX; also a whole-disk qcow2 with GPT against the same raw
// whole disk), each run on a fresh copy: what opening through qemu-storage-daemon's FUSE export
// costs on top of the raw file. Also `scan` (read-only export). Prints medians; never asserts.
//
//   bench_vmdisk [--runs N]
//
// Copies are made before each timed run and are not timed.

#include "testsupport.h"
#include "testvolumes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ra;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");

bool run(const QString &program, const QStringList &args, const QByteArray &input, const QString &home, int *code = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    QDir().mkpath(home + QStringLiteral("/run"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "%s did not finish\n", qPrintable(program));
        return false;
    }
    if (code)
        *code = p.exitCode();
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s: exit %d %s\n", qPrintable(program), qPrintable(args.join(u' ')), p.exitCode(),
                     qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        return false;
    }
    return true;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Variant {
    QString label;
    QString format;  // "raw" or a qemu-img output format
    bool gpt;
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = qMax(1, args[i + 1].toInt());
    if (const QString why = TestVolumes::unavailableReason(); !why.isEmpty()) {
        std::printf("bench_vmdisk skipped: %s\n", qPrintable(why));
        return 0;
    }
    const QString cli = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    QTemporaryDir work(QDir::currentPath() + QStringLiteral("/bench-vmdisk-XXXXXX"));
    const QByteArray key = TestVolumes::image(kImage).recoveryKey.toLatin1() + '\n';
    const QList<Variant> variants{{QStringLiteral("raw volume"), QStringLiteral("raw"), false},
                                  {QStringLiteral("qcow2 volume"), QStringLiteral("qcow2"), false},
                                  {QStringLiteral("VHDX volume"), QStringLiteral("vhdx"), false},
                                  {QStringLiteral("raw whole disk (GPT)"), QStringLiteral("raw"), true},
                                  {QStringLiteral("qcow2 whole disk (GPT)"), QStringLiteral("qcow2"), true}};
    std::printf("bench_vmdisk: %s, %d runs each, median ms (fix = probe, unlock, mount, quarantine, delete, close, ticket)\n",
                qPrintable(kImage), runs);
    std::printf("%-24s %10s %10s\n", "target", "fix", "scan");
    QMap<QString, double> fixMs;
    for (const Variant &variant : variants) {
        QList<double> fixes, scans;
        for (int r = 0; r < runs; ++r) {
            qint64 offset = 0, size = 0;
            auto raw = variant.gpt ? TestVolumes::gptDiskCopy(kImage, work.path(), &offset, &size)
                                   : TestVolumes::builtVolumeCopy(kImage, work.path());
            if (!raw) {
                std::fprintf(stderr, "no test volume: %s\n", qPrintable(raw.error().details));
                return 1;
            }
            QString target = raw.value();
            if (variant.format != QLatin1String("raw")) {
                target = raw.value() + u'.' + variant.format;
                QProcess convert;
                convert.start(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                                                           QStringLiteral("-O"), variant.format, raw.value(), target});
                if (!convert.waitForFinished(300000) || convert.exitCode() != 0) {
                    std::fprintf(stderr, "qemu-img convert failed\n");
                    return 1;
                }
                QFile::remove(raw.value());
            }
            const QString home = work.filePath(QStringLiteral("home-%1-%2").arg(variant.format).arg(r));
            QElapsedTimer t;
            t.start();
            if (!run(cli, {QStringLiteral("scan"), target}, {}, home))
                return 1;
            scans << t.nsecsElapsed() / 1e6;
            t.restart();
            if (!run(cli, {QStringLiteral("fix"), target, QStringLiteral("--key-stdin")}, key, home))
                return 1;
            fixes << t.nsecsElapsed() / 1e6;
            QFile::remove(target);
            QDir(home).removeRecursively();
        }
        fixMs.insert(variant.label, median(fixes));
        std::printf("%-24s %10.0f %10.0f\n", qPrintable(variant.label), median(fixes), median(scans));
    }
    std::printf("qcow2 / raw (volume): %.2f×, VHDX / raw: %.2f×, qcow2 / raw (whole disk): %.2f×\n",
                fixMs.value(QStringLiteral("qcow2 volume")) / fixMs.value(QStringLiteral("raw volume")),
                fixMs.value(QStringLiteral("VHDX volume")) / fixMs.value(QStringLiteral("raw volume")),
                fixMs.value(QStringLiteral("qcow2 whole disk (GPT)")) / fixMs.value(QStringLiteral("raw whole disk (GPT)")));
    return 0;
}
