// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the e2e tests: skip (or fail under RA_REQUIRE_E2E=1) when the machine cannot run
// them, a private runtime directory per test process, and the "nothing left mounted" check.

#include "system/disk/dislockerunlocker.h"
#include "system/disk/loopdevice.h"
#include "system/disk/mountpoints.h"
#include "system/disk/ntfsmount.h"
#include "testsupport.h"
#include "testvolumes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QJsonObject>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QMap>

#include <optional>
#include <unistd.h>
#include <signal.h>
#include <fcntl.h>
#include <functional>

// In initTestCase(): skips the whole test class with the reason, or fails it under CI.
#define RA_REQUIRE_E2E_ENVIRONMENT()                                                                    \
    do {                                                                                               \
        const QString why = ra::test::TestVolumes::unavailableReason();                                \
        if (!why.isEmpty()) {                                                                          \
            if (ra::test::requireE2E())                                                                \
                QFAIL(qPrintable(QStringLiteral("RA_REQUIRE_E2E=1, but this e2e test cannot run: ") + why)); \
            QSKIP(qPrintable(why));                                                                    \
        }                                                                                              \
    } while (0)

// In initTestCase(), after RA_REQUIRE_E2E_ENVIRONMENT(): QEMU's qemu-img and qemu-storage-daemon
// (VM disk files); skips without them, or fails under RA_REQUIRE_E2E=1.
#define RA_REQUIRE_QEMU_TOOLS()                                                                          \
    do {                                                                                               \
        for (const char *tool : {"qemu-img", "qemu-storage-daemon"}) {                                 \
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {                 \
                const QString why = QStringLiteral("%1 is not installed (scripts/deps installs it)").arg(QLatin1String(tool)); \
                if (ra::test::requireE2E())                                                            \
                    QFAIL(qPrintable(why));                                                            \
                QSKIP(qPrintable(why));                                                                \
            }                                                                                          \
        }                                                                                              \
    } while (0)

namespace ra::test {

// The SHA-256 of a file, hex; empty when it cannot be read.
// The CLI under test, from the build tree.
inline QString cliProgram()
{
    return qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
}

// The CLI's environment in a test: a private home (data, state, config) and runtime folder.
inline QProcessEnvironment cliEnvironment(const QString &home, const QString &runtime)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

// Starts the CLI as a test runs it: a private home (data, state, config) and runtime folder,
// behind PREFIX (runuser, setpriv, …) when given, with INPUT on its standard input.
inline void startCli(QProcess &p, const QStringList &args, const QByteArray &input, const QString &home,
                     const QString &runtime, const QStringList &prefix = {})
{
    QProcessEnvironment env = cliEnvironment(home, runtime);
    p.setProcessEnvironment(env);
    if (prefix.isEmpty())
        p.start(cliProgram(), args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList{cliProgram()} + args);
    p.write(input);
    p.closeWriteChannel();
}

inline QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

// Mounts and loop devices that still refer to dir (mount points, sources, backing files).
inline QStringList leftovers(const QString &dir)
{
    QStringList found;
    const MountTable table = MountTable::read();
    for (const MountTable::Entry &e : table.entries())
        if (e.mountPoint.startsWith(dir) || e.source.startsWith(dir))
            found << QStringLiteral("mount %1 (%2)").arg(e.mountPoint, e.source);
    for (const QString &loop : QDir(QStringLiteral("/sys/block")).entryList({QStringLiteral("loop*")})) {
        QFile backing(QStringLiteral("/sys/block/%1/loop/backing_file").arg(loop));
        if (backing.open(QIODevice::ReadOnly) && QString::fromLocal8Bit(backing.readAll()).startsWith(dir))
            found << QStringLiteral("loop device %1").arg(loop);
    }
    return found;
}


// A view of a volume that shares nothing with the CLI run: its own process's dislocker and
// ntfs-3g, its own folders, closed by the destructor. Read-only unless writable is set (the
// fault suite plants special files through it).
class IndependentView {
public:
    IndependentView(const QString &image, qint64 offset, qint64 size, const UnlockMaterial &material, const QString &workDir,
                    bool writable = false)
    {
        QString device = image;
        if (offset > 0) {
            auto loop = LoopDevice::attach(image, offset, size, !writable, m_report);
            if (!loop)
                return;
            m_loop = loop.value();
            device = m_loop;
        }
        UnlockRequest request;
        request.device = device;
        request.material = material;
        request.workDir = workDir;
        request.readOnly = !writable;
        auto unlocked = m_unlocker.unlock(request, m_report);
        if (!unlocked)
            return;
        m_unlocked = unlocked.value();
        OpenOptions ro;
        ro.readOnly = !writable;
        auto mounted = NtfsMount::mount(m_unlocked->decryptedPath, workDir + QStringLiteral("/ntfs"), ro, m_report);
        if (mounted)
            m_ntfs = mounted.value();
    }
    ~IndependentView()
    {
        if (m_ntfs)
            NtfsMount::unmount(*m_ntfs, m_report);
        if (m_unlocked)
            m_unlocker.lock(*m_unlocked, m_report);
        if (!m_loop.isEmpty())
            LoopDevice::detach(m_loop, m_report);
    }
    bool isOpen() const { return m_ntfs.has_value(); }
    QString root() const { return m_ntfs ? m_ntfs->mountPoint : QString(); }
    QString reportText() const { return m_report.toText(); }

private:
    Report m_report;
    DislockerUnlocker m_unlocker;
    QString m_loop;
    std::optional<UnlockedVolume> m_unlocked;
    std::optional<NtfsMounted> m_ntfs;
};


// /proc/PID/stat's state letter (R, S, T, Z, …); 0 when the process is gone. /proc files report
// size 0: read with read(2), not QFile.
inline char processState(qint64 pid)
{
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/stat";
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char buffer[512];
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    ::close(fd);
    const QByteArray line(buffer, n > 0 ? qsizetype(n) : 0);
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() ? line.at(close + 2) : 0;
}

// One run of the CLI in the fault suites.
struct CliRun {
    int code = -1;        // -1: still running after the timeout (a hang)
    QString out;
    QString err;
    bool paused = false;  // the run stopped at its RA_FAULT_PAUSE point and the fault was done
    bool hung = false;
    QJsonObject json() const
    {
        // --json prints one object; a stop or failure may add one more line after it.
        const int end = out.lastIndexOf(QStringLiteral("\n}"));
        return QJsonDocument::fromJson(out.left(end + 2).toUtf8()).object();
    }
    // stderr first: QtTest cuts long messages, and stdout may be a long JSON object.
    QString text() const
    {
        const QJsonObject o = json();
        return QStringLiteral("exit %1\nstderr:\n%2\noutcome: %3, message: %4\nstdout:\n%5")
            .arg(code)
            .arg(err, o.value(QStringLiteral("outcome")).toString(), o.value(QStringLiteral("message")).toString(), out.left(1500));
    }
};

// Runs the CLI with its own home and runtime folder. With pausePoint the CLI stops itself there
// (RA_FAULT_PAUSE), fault(pid) runs while it is stopped, and it goes on. 60 s at most (a hang:
// code -1, hung).
inline CliRun runCliWithFault(const QStringList &args, const QByteArray &input, const QString &home,
                              const QString &runtime, const char *pausePoint = nullptr,
                              const std::function<void(qint64)> &fault = {})
{
    QProcess p;
    QProcessEnvironment env = cliEnvironment(home, runtime);
    env.remove(QStringLiteral("RA_LOG_LEVEL"));
    if (pausePoint)
        env.insert(QStringLiteral("RA_FAULT_PAUSE"), QString::fromLatin1(pausePoint));
    p.setProcessEnvironment(env);
    p.start(cliProgram(), args);
    // Without an event loop QProcess stays "Starting" until asked: the pause loop below must not
    // read p.state() (it would leave at once and send no signal). It watches the process itself.
    if (!p.waitForStarted(30000))
        return {-1, {}, QStringLiteral("the CLI did not start")};
    // Written now: the pause loop runs no event loop that would flush it (a --key-stdin run
    // would wait for its key and never reach the point).
    if (!input.isEmpty()) {
        p.write(input);
        p.waitForBytesWritten(30000);
    }
    p.closeWriteChannel();
    const qint64 pid = p.processId();
    bool paused = false;
    if (pausePoint) {
        QElapsedTimer waited;
        waited.start();
        char state = processState(pid);
        // Running or sleeping: wait for the stop at the point. Gone or a zombie: it ended first.
        while (state != 'T' && state != 'Z' && state != 0 && waited.elapsed() < 60000) {
            QThread::msleep(20);
            state = processState(pid);
        }
        if (state == 'T') {
            paused = true;
            if (fault)
                fault(pid);
            ::kill(pid_t(pid), SIGCONT);
        }
    }
    if (!p.waitForFinished(60000)) {
        const char state = processState(pid);
        p.kill();  // a hang: the test fails on code -1
        p.waitForFinished(10000);
        CliRun hung{-1, QString::fromUtf8(p.readAllStandardOutput()),
                    QStringLiteral("[test: no exit within 60 s, process state %1]\n").arg(QLatin1Char(state ? state : '?'))
                        + QString::fromUtf8(p.readAllStandardError()),
                    paused};
        hung.hung = true;
        return hung;
    }
    CliRun run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128 + p.exitCode(),
               QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    if (pausePoint && !paused)
        run.err.prepend(QStringLiteral("[test: the run never paused at %1]\n").arg(QLatin1String(pausePoint)));
    run.paused = paused;
    return run;
}


// A /proc file (they report size 0: read with read(2), not QFile).
inline QByteArray readProc(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray all;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        all.append(buffer, qsizetype(n));
    ::close(fd);
    return all;
}

// Live processes (not zombies) whose program's file name contains program (qemu-storage-daemon,
// dislocker, ntfs-3g) and whose command line mentions dir: "program PID" each.
inline QStringList processesUnder(const QString &program, const QString &dir)
{
    QStringList found;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        const QByteArray cmdline = readProc(QStringLiteral("/proc/%1/cmdline").arg(pid));
        const QList<QByteArray> argv = cmdline.split('\0');
        if (argv.isEmpty() || !argv.first().mid(argv.first().lastIndexOf('/') + 1).contains(program.toLocal8Bit())
            || !cmdline.contains(QFile::encodeName(dir)))
            continue;
        const char state = processState(pid.toLongLong());
        if (state != 0 && state != 'Z')
            found << QStringLiteral("%1 %2").arg(program, pid);
    }
    return found;
}

// qemu-storage-daemon processes of ours (command line mentions dir).
inline QStringList daemonsUnder(const QString &dir)
{
    return processesUnder(QStringLiteral("qemu-storage-daemon"), dir);
}

// qemu-img, run by the test (never by the program under test); empty when it worked.
inline QString qemuImg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), args);
    if (!p.waitForFinished(300000))
        return QStringLiteral("qemu-img did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("qemu-img %1: %2").arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

// A JSON file's object (empty when it cannot be read).
inline QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// The SHA-256 of every file of the standard incident tree, by its path on the volume.
inline QMap<QString, QString> plantedHashes()
{
    QMap<QString, QString> planted;
    for (const auto &f : standardIncidentTree())
        planted.insert(f.relativePath, QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex()));
    return planted;
}

// A disk file in dir/name made from the built test volume `image` (NTFS and the incident tree
// inside): format "raw" is the volume (or whole disk) itself, any other qemu-img output format
// (vhdx, vpc, vmdk, qcow2) a conversion of it. With gpt a whole disk whose GPT partition 1 holds
// the volume (its offset and size through the out parameters). Empty when it could not be made.
inline QString makeDiskFile(const QString &image, const QString &format, const QString &dir, const QString &name, bool gpt,
                            qint64 *offset = nullptr, qint64 *size = nullptr)
{
    qint64 o = 0;
    qint64 s = 0;
    auto raw = gpt ? TestVolumes::gptDiskCopy(image, dir, &o, &s) : TestVolumes::builtVolumeCopy(image, dir);
    if (!raw)
        return {};
    if (offset)
        *offset = o;
    if (size)
        *size = s;
    const QString target = dir + u'/' + name;
    if (format == QLatin1String("raw"))
        return QFile::rename(raw.value(), target) ? target : QString();
    const QString failed = qemuImg({QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-O"), format,
                                    raw.value(), target});
    QFile::remove(raw.value());
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed));
        return {};
    }
    return target;
}

// Checks a fixed disk file independently of the program: a VM disk file is converted back to raw
// by qemu-img, and this process's own dislocker and ntfs-3g open the volume read-only: the faulty
// channel file is gone, every other planted file (the good version among them) is as planted.
inline void verifyFixedDiskFile(const QString &file, bool raw, qint64 offset, qint64 size, const QString &recoveryKey,
                                const QString &workDir)
{
    QString volume = file;
    if (!raw) {
        volume = workDir + u'/' + QFileInfo(file).fileName() + QStringLiteral(".check.raw");
        const QString failed = qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"), file, volume});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    struct RemoveCheckCopy {
        QString path;
        ~RemoveCheckCopy()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } removeCopy{raw ? QString() : volume};
    const QString faulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");
    const QString good = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000033.sys");
    const QMap<QString, QString> planted = plantedHashes();
    QTemporaryDir viewDir(workDir + QStringLiteral("/view-XXXXXX"));
    IndependentView view(volume, offset, size, TestVolumes::recoveryMaterial(recoveryKey), viewDir.path());
    QVERIFY2(view.isOpen(), qPrintable(view.reportText()));
    QVERIFY2(!QFileInfo::exists(view.root() + u'/' + faulty), qPrintable(QStringLiteral("the faulty channel file is still on ") + file));
    QCOMPARE(sha256Of(view.root() + u'/' + good), planted.value(good));
    for (auto it = planted.cbegin(); it != planted.cend(); ++it)
        if (!it.key().contains(QStringLiteral("C-00000291")))
            QCOMPARE(sha256Of(view.root() + u'/' + it.key()), it.value());
}

// The recovery key in both spellings a leak could take (with and without dashes).
inline QList<QByteArray> keySpellings(const QString &key)
{
    QByteArray digits = key.toLatin1();
    digits.replace('-', QByteArray());
    return {key.toLatin1(), digits};
}

// Every file under dir (recursively) that holds one of needles, and which needle ("file: n").
inline QStringList filesHolding(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList found;
    QStringList stack{dir};
    while (!stack.isEmpty()) {
        const QDir d(stack.takeLast());
        for (const QFileInfo &info : d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            if (info.isSymLink())
                continue;
            if (info.isDir()) {
                stack << info.filePath();
                continue;
            }
            if (!info.isFile())
                continue;
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (const QByteArray &needle : needles)
                if (!needle.isEmpty() && content.contains(needle))
                    found << info.filePath() + QStringLiteral(": ") + QString::fromLatin1(needle.left(6)) + QStringLiteral("…");
        }
    }
    return found;
}

// A passphrase file (0600) and an encrypted key bundle packed by `escrow pack` from a
// CrowdStrike-style CSV export that holds the recovery keys of images and some other machines'
// keys. The CSV is removed after packing. Returns the bundle; empty (and why) on failure.
inline QString packTestBundle(const QStringList &images, const QString &dir, const QString &home, const QString &runtime,
                              const QByteArray &passphrase, QString *passphraseFile, QString *why)
{
    *passphraseFile = dir + QStringLiteral("/passphrase.txt");
    QFile pass(*passphraseFile);
    if (!pass.open(QIODevice::WriteOnly) || !pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || pass.write(passphrase + '\n') < 0 || !pass.flush()) {
        *why = QStringLiteral("cannot write ") + *passphraseFile;
        return {};
    }
    pass.close();
    QByteArray csv = "Hostname,KeyID,RecoveryKey,Directory\n";
    int host = 1;
    for (const QString &name : images) {
        const TestImage image = TestVolumes::image(name);
        csv += QStringLiteral("SRV-%1,{%2},%3,AD\n").arg(host++, 3, 10, QLatin1Char('0')).arg(image.recoveryGuid.toUpper(), image.recoveryKey).toLatin1();
    }
    // Other machines' keys (valid by their checksum groups: each group a multiple of 11).
    for (int i = 0; i < 5; ++i) {
        QStringList groups;
        for (int g = 0; g < 8; ++g)
            groups << QStringLiteral("%1").arg(11 * ((i * 977 + g * 131) % 5957), 6, 10, QLatin1Char('0'));
        csv += QStringLiteral("WKS-%1,{%2-1111-4222-8333-4444%3},%4,Entra\n")
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(0x1234abcd + i, 8, 16, QLatin1Char('0'))
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(groups.join(u'-'))
                   .toLatin1();
    }
    const QString exportFile = dir + QStringLiteral("/keys.csv");
    QFile out(exportFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
        *why = QStringLiteral("cannot write ") + exportFile;
        return {};
    }
    out.close();
    const QString bundle = dir + QStringLiteral("/keys.rakeys");
    const CliRun packed = runCliWithFault({QStringLiteral("escrow"), QStringLiteral("pack"), exportFile, QStringLiteral("--out"), bundle,
                                           QStringLiteral("--passphrase-file"), *passphraseFile, QStringLiteral("--json")},
                                          {}, home, runtime);
    QFile::remove(exportFile);
    if (packed.code != 0) {
        *why = QStringLiteral("escrow pack: ") + packed.text();
        return {};
    }
    const int keys = packed.json().value(QStringLiteral("keys")).toInt();
    if (keys != int(images.size()) + 5) {
        *why = QStringLiteral("escrow pack kept %1 keys of %2: ").arg(keys).arg(images.size() + 5) + packed.text();
        return {};
    }
    return bundle;
}

// Everything of ours still mounted, attached or running that refers to one of dirs: mounts,
// loop devices, and qemu-storage-daemon, dislocker and ntfs-3g processes.
inline QStringList everythingLeftUnder(const QStringList &dirs)
{
    QStringList left;
    for (const QString &dir : dirs) {
        left += leftovers(dir);
        for (const QString &program : {QStringLiteral("qemu-storage-daemon"), QStringLiteral("dislocker"), QStringLiteral("ntfs-3g")})
            left += processesUnder(program, dir);
    }
    return left;
}


}  // namespace ra::test
