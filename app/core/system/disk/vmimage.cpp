// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/vmimage.h"

#include "system/disk/deviceholders.h"
#include "system/disk/mountpoints.h"
#include "system/externalcommand.h"
#include "system/logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace ra {

namespace {

constexpr int InfoTimeoutMs = 30000;
constexpr int DaemonStartTimeoutMs = 60000;
constexpr int DaemonStopTimeoutMs = 60000;
constexpr int MaxCandidateFiles = 512;
constexpr int MaxCandidateDirs = 64;
constexpr qint64 ParentNameSearchBytes = 4 * 1024 * 1024;

const QString kQemuImg = QStringLiteral("qemu-img");
const QString kDaemon = QStringLiteral("qemu-storage-daemon");

// The driver a file name suggests, or empty.
QString formatByName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vhdx") || suffix == QLatin1String("avhdx"))
        return QStringLiteral("vhdx");
    if (suffix == QLatin1String("vhd") || suffix == QLatin1String("avhd"))
        return QStringLiteral("vpc");
    if (suffix == QLatin1String("vmdk"))
        return QStringLiteral("vmdk");
    if (suffix == QLatin1String("qcow2") || suffix == QLatin1String("qcow"))
        return QStringLiteral("qcow2");
    return {};
}

// The driver the file's own bytes name, or empty.
QString formatByMagic(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    const QByteArray head = file.read(64);
    if (head.startsWith(QByteArray("QFI\xfb", 4)))
        return QStringLiteral("qcow2");
    if (head.startsWith("vhdxfile"))
        return QStringLiteral("vhdx");
    if (head.startsWith("conectix"))
        return QStringLiteral("vpc");  // dynamic or differencing VHD: the footer's copy at the start
    if (head.startsWith("KDMV") || head.startsWith("COWD") || head.startsWith("# Disk DescriptorFile"))
        return QStringLiteral("vmdk");
    // A fixed VHD is raw data with the 512-byte footer at the end only.
    if (file.size() >= 1024 && file.seek(file.size() - 512) && file.read(8) == "conectix")
        return QStringLiteral("vpc");
    return {};
}

bool isQemuLockError(const QString &output)
{
    return output.contains(QStringLiteral("Failed to get")) && output.contains(QStringLiteral("lock"));
}

Error vmRunningError(const QString &image, const QString &details)
{
    return makeError(ErrorKind::Unsupported,
                     VmImage::tr("The virtual disk file %1 is in use by a running virtual machine: power the VM off first.")
                         .arg(QFileInfo(image).fileName()),
                     details);
}

Error damagedError(const QString &image, const QString &format, const QString &details)
{
    return makeError(ErrorKind::Unsupported,
                     VmImage::tr("The virtual disk file %1 cannot be opened as %2: it is damaged, incomplete or of a kind QEMU does not support.")
                         .arg(QFileInfo(image).fileName(), VmImage::formatName(format)),
                     details);
}

// QEMU's -blockdev/--export values as JSON: no escaping of commas in paths.
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(65536) : QByteArray();
}

bool processAlive(qint64 pid)
{
    const QByteArray line = readSmall(QStringLiteral("/proc/%1/stat").arg(pid));
    const int close = line.lastIndexOf(')');
    return pid > 0 && close > 0 && line.size() > close + 2 && line[close + 2] != 'Z';
}

// pid is a qemu-storage-daemon serving rawFile (never signal a process that merely reused the pid).
bool isOurDaemon(qint64 pid, const QString &rawFile)
{
    if (pid <= 0)
        return false;
    const QList<QByteArray> argv = readSmall(QStringLiteral("/proc/%1/cmdline").arg(pid)).split('\0');
    if (argv.isEmpty() || QFileInfo(QFile::decodeName(argv.first())).fileName() != kDaemon)
        return false;
    const QByteArray wanted = QFile::encodeName(rawFile);
    for (const QByteArray &arg : argv)
        if (arg.contains(wanted))
            return true;
    return false;
}

qint64 readPidFile(const QString &path)
{
    return readSmall(path).trimmed().toLongLong();
}

// Stops the daemon (SIGTERM: QEMU flushes and closes the image), then removes the export.
Status stopDaemon(qint64 pid, const QString &rawFile, ReportNode &node)
{
    if (isOurDaemon(pid, rawFile)) {
        ::kill(pid_t(pid), SIGTERM);
        QDeadlineTimer deadline(DaemonStopTimeoutMs);
        while (processAlive(pid) && !deadline.hasExpired())
            QThread::msleep(5);
        if (processAlive(pid)) {
            node.addChild(VmImage::tr("Stop QEMU's storage daemon"))
                .finish(ReportNode::State::Warning, QStringLiteral("pid %1 did not stop on SIGTERM; killed").arg(pid));
            ::kill(pid_t(pid), SIGKILL);
            QDeadlineTimer killed(5000);
            while (processAlive(pid) && !killed.hasExpired())
                QThread::msleep(5);
        }
    }
    // QEMU leaves its FUSE mount behind when it stops; it answers nothing any more and unmounts at once.
    if (Status s = MountPoints::unmount(rawFile, 0, node); !s)
        return s;
    QFile::remove(rawFile);
    return {};
}

// The parent a VHD/VHDX differencing disk names (QEMU cannot open those): true when its first
// megabytes hold the base's file name in UTF-16 (the parent locator).
bool namesParent(const QString &candidate, const QString &baseName)
{
    QFile f(candidate);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(ParentNameSearchBytes);
    QByteArray le, be;
    for (const QChar c : baseName) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return head.contains(le) || head.contains(be);
}

QStringList candidateFiles(const QString &image)
{
    static const QStringList patterns{QStringLiteral("*.qcow2"), QStringLiteral("*.qcow"), QStringLiteral("*.vmdk"),
                                      QStringLiteral("*.vhdx"), QStringLiteral("*.avhdx"), QStringLiteral("*.vhd"),
                                      QStringLiteral("*.avhd"), QStringLiteral("*.img")};
    // Its folder, the folders in it (snapshot folders) and the folders beside it (Proxmox keeps
    // a linked clone's disk in images/<other vm id>/).
    const QDir own = QFileInfo(image).absoluteDir();
    QStringList dirs{own.absolutePath()};
    for (const QString &sub : own.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (dirs.size() >= MaxCandidateDirs / 2)
            break;
        dirs << own.filePath(sub);
    }
    QDir parent = own;
    if (parent.cdUp()) {
        for (const QString &sub : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (dirs.size() >= MaxCandidateDirs)
                break;
            const QString path = parent.filePath(sub);
            if (QFileInfo(path).canonicalFilePath() != own.canonicalPath())
                dirs << path;
        }
    }
    QStringList files;
    for (const QString &dir : dirs) {
        for (const QString &name : QDir(dir).entryList(patterns, QDir::Files)) {  // any case: .VHDX too
            if (files.size() >= MaxCandidateFiles)
                return files;
            files << QDir(dir).filePath(name);
        }
    }
    return files;
}

}  // namespace

QString VmImage::formatName(const QString &format)
{
    if (format == QLatin1String("vhdx"))
        return QStringLiteral("VHDX");
    if (format == QLatin1String("vpc"))
        return QStringLiteral("VHD");
    if (format == QLatin1String("vmdk"))
        return QStringLiteral("VMDK");
    return format;
}

Result<QString> VmImage::detectFormat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QString();
    const QString magic = formatByMagic(path);
    const QString named = formatByName(path);
    if (magic.isEmpty() && !named.isEmpty())
        return damagedError(path, named, QStringLiteral("%1: no %2 signature").arg(path, named));
    return magic;
}

Result<VmImageFacts> VmImage::inspect(const QString &image, const QString &format, bool forceShare, ReportNode &report)
{
    QStringList args{QStringLiteral("info"), QStringLiteral("--output=json"), QStringLiteral("-f"), format};
    if (forceShare)
        args << QStringLiteral("-U");
    args << QFileInfo(image).absoluteFilePath();  // absolute: never read as a protocol ("nbd:…")
    ExternalCommand info(kQemuImg, args);
    info.setTimeout(InfoTimeoutMs);
    auto ran = info.run(report);
    if (!ran)
        return ran.error();
    if (ran->exitCode != 0) {
        const QString output = ran->text();
        return isQemuLockError(output) ? vmRunningError(image, output) : damagedError(image, format, output);
    }
    const QJsonObject o = QJsonDocument::fromJson(ran->standardOutput).object();
    VmImageFacts facts;
    facts.format = format;
    facts.virtualSize = qint64(o.value(QStringLiteral("virtual-size")).toDouble());
    QString backing = o.value(QStringLiteral("full-backing-filename")).toString();
    if (backing.isEmpty())
        backing = o.value(QStringLiteral("backing-filename")).toString();
    if (!backing.isEmpty())
        facts.backingFile = QFileInfo(QFileInfo(image).absoluteDir(), backing).absoluteFilePath();
    for (const QJsonValue &s : o.value(QStringLiteral("snapshots")).toArray())
        facts.snapshots << s.toObject().value(QStringLiteral("name")).toString();
    if (facts.virtualSize <= 0)
        return damagedError(image, format, QString::fromUtf8(ran->standardOutput));
    return facts;
}

QStringList VmImage::dependentImages(const QString &image)
{
    const QString base = QFileInfo(image).canonicalFilePath();
    const QStringList files = candidateFiles(image);
    // Every candidate's parent, once.
    QHash<QString, QString> parentOf;
    for (const QString &file : files) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (canonical.isEmpty() || canonical == base || parentOf.contains(canonical))
            continue;
        auto format = detectFormat(file);
        if (!format || format->isEmpty())
            continue;
        Report quiet;
        auto facts = inspect(file, *format, true, quiet);
        QString parent = facts ? QFileInfo(facts->backingFile).canonicalFilePath() : QString();
        if (parent.isEmpty() && (*format == QLatin1String("vhdx") || *format == QLatin1String("vpc")))
            parent = namesParent(file, QFileInfo(image).fileName()) ? base : QString();
        parentOf.insert(canonical, parent);
    }
    // Down the chains to their tops: the disks the VMs use.
    QStringList tops;
    QSet<QString> seen{base};
    QStringList frontier{base};
    for (int depth = 0; depth < 64 && !frontier.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &parent : frontier) {
            for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
                if (it.value() != parent || seen.contains(it.key()))
                    continue;
                seen.insert(it.key());
                next << it.key();
            }
        }
        for (const QString &child : next) {
            const bool hasChildren = std::any_of(parentOf.cbegin(), parentOf.cend(), [&](const QString &p) { return p == child; });
            if (!hasChildren)
                tops << child;
        }
        frontier = next;
    }
    tops.sort();
    return tops;
}

Status VmImage::checkUsable(const QString &image, const QString &format, bool writable, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Check the virtual disk file %1").arg(QFileInfo(image).fileName()));
    auto fail = [&node](Error e) -> Status {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    // VMware keeps "<disk>.lck" (a folder, or a file on NFS) next to a disk while a VM runs.
    const QString vmwareLock = QFileInfo(image).absoluteFilePath() + QStringLiteral(".lck");
    if (QFileInfo::exists(vmwareLock))
        return fail(vmRunningError(image, QStringLiteral("VMware lock %1 exists").arg(vmwareLock)));
    // QEMU's own lock: qemu-img without -U refuses a file a running VM writes.
    auto facts = inspect(image, format, false, node);
    if (!facts)
        return fail(facts.error());
    // Anything else with the file open: a hypervisor without QEMU's locks, a backup tool.
    const QStringList holders = DeviceHolders::holders(image);
    for (const QString &holder : holders) {
        const QString h = holder.toLower();
        if (h.contains(QLatin1String("qemu")) || h.contains(QLatin1String("vmware")) || h.contains(QLatin1String("vmx"))
            || h.contains(QLatin1String("vbox")))
            return fail(vmRunningError(image, holders.join(QStringLiteral(", "))));
    }
    if (Status free = DeviceHolders::checkFree(image); !free)
        return fail(free.error());
    if (writable) {
        // Writing into a base that overlays, snapshots or linked clones read through would
        // silently change what they see: the disk to fix is the top of the chain.
        const QStringList tops = dependentImages(image);
        if (!tops.isEmpty())
            return fail(makeError(ErrorKind::Unsupported,
                                  tr("Other disk files are based on %1, so writing into it would damage them; fix %2 instead (the disk the VM starts from).")
                                      .arg(QFileInfo(image).fileName(), tops.join(QStringLiteral(", "))),
                                  tops.join(u'\n')));
    }
    if (!facts->snapshots.isEmpty()) {
        // The current state is what the VM starts from and what is fixed; the snapshots keep theirs.
        node.finish(ReportNode::State::Warning,
                    tr("The virtual disk file has %n internal snapshot(s); they keep the faulty file, so reverting to one brings it back.",
                       nullptr, int(facts->snapshots.size()))
                        + u'\n' + facts->snapshots.join(u'\n'));
    } else {
        node.finish(ReportNode::State::Ok, QStringLiteral("%1, %2 bytes%3")
                                                .arg(formatName(format))
                                                .arg(facts->virtualSize)
                                                .arg(facts->backingFile.isEmpty() ? QString() : QStringLiteral(", overlay of ") + facts->backingFile));
    }
    return {};
}

Result<VmExport> VmImage::exportRaw(const QString &image, const QString &format, bool writable, bool forceShare,
                                    const QString &dir, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Open the virtual disk file %1 with QEMU").arg(QFileInfo(image).fileName()));
    auto fail = [&node](Error e) -> Result<VmExport> {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    VmExport exported;
    exported.image = QFileInfo(image).absoluteFilePath();
    exported.format = format;
    exported.writable = writable;
    exported.rawFile = dir + u'/' + exportFileName();
    const QString pidFile = dir + u'/' + pidFileName();
    {
        // The FUSE export mounts over a regular file; ours, private, in the session folder.
        QFile raw(exported.rawFile);
        if (!raw.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(makeError(ErrorKind::Failed, tr("The program's private folder for the drive could not be used."),
                                  exported.rawFile + u' ' + raw.errorString()));
    }
    const bool readOnly = !writable;
    QJsonObject file{{QStringLiteral("driver"), QStringLiteral("file")},
                     {QStringLiteral("node-name"), QStringLiteral("file")},
                     {QStringLiteral("filename"), exported.image},
                     {QStringLiteral("read-only"), readOnly}};
    QJsonObject disk{{QStringLiteral("driver"), format},
                     {QStringLiteral("node-name"), QStringLiteral("disk")},
                     {QStringLiteral("file"), QStringLiteral("file")},
                     {QStringLiteral("read-only"), readOnly}};
    if (forceShare && readOnly) {
        file.insert(QStringLiteral("force-share"), true);
        disk.insert(QStringLiteral("force-share"), true);
    }
    const QJsonObject fuse{{QStringLiteral("type"), QStringLiteral("fuse")},
                           {QStringLiteral("id"), QStringLiteral("disk")},
                           {QStringLiteral("node-name"), QStringLiteral("disk")},
                           {QStringLiteral("mountpoint"), exported.rawFile},
                           {QStringLiteral("writable"), writable},
                           {QStringLiteral("allow-other"), QStringLiteral("off")}};
    ExternalCommand daemon(kDaemon, {QStringLiteral("--blockdev"), json(file), QStringLiteral("--blockdev"), json(disk),
                                     QStringLiteral("--export"), json(fuse), QStringLiteral("--daemonize"),
                                     QStringLiteral("--pidfile"), pidFile});
    daemon.setTimeout(DaemonStartTimeoutMs);
    auto ran = daemon.run(node);
    if (!ran) {
        QFile::remove(exported.rawFile);
        return fail(ran.error());
    }
    exported.daemonPid = readPidFile(pidFile);
    if (ran->exitCode != 0 || !MountPoints::isMounted(exported.rawFile)) {
        const QString output = ran->text();
        stopDaemon(exported.daemonPid, exported.rawFile, node);
        if (isQemuLockError(output))
            return fail(vmRunningError(image, output));
        if (output.contains(QStringLiteral("/dev/fuse")) || output.contains(QStringLiteral("fuse: device not found")))
            return fail(makeError(ErrorKind::Unsupported,
                                  tr("This computer cannot open virtual disk files because FUSE (/dev/fuse) is not available."), output));
        return fail(damagedError(image, format, output));
    }
    node.finish(ReportNode::State::Ok, QStringLiteral("%1 (%2, %3) as %4, pid %5")
                                           .arg(exported.image, formatName(format), writable ? QStringLiteral("read-write") : QStringLiteral("read-only"),
                                                exported.rawFile)
                                           .arg(exported.daemonPid));
    log().info("VM disk {} ({}) exported at {} by qemu-storage-daemon pid {}", u8(exported.image), u8(format),
               u8(exported.rawFile), exported.daemonPid);
    return exported;
}

Status VmImage::release(const VmExport &exported, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Close the virtual disk file %1").arg(QFileInfo(exported.image).fileName()));
    if (exported.writable) {
        // Everything above has been closed; ask QEMU to put it all into the image file now.
        const int fd = ::open(QFile::encodeName(exported.rawFile).constData(), O_RDWR | O_CLOEXEC);
        if (fd >= 0) {
            if (::fsync(fd) != 0)
                node.addChild(tr("Write the changes into the virtual disk file"))
                    .finish(ReportNode::State::Warning, QStringLiteral("fsync failed: %1").arg(errno));
            ::close(fd);
        }
    }
    Status s = stopDaemon(exported.daemonPid, exported.rawFile, node);
    node.finish(s ? ReportNode::State::Ok : ReportNode::State::Failed, s ? exported.image : s.error().details);
    return s;
}

bool VmImage::releaseStale(const QString &sessionDir, ReportNode &report)
{
    const QString raw = sessionDir + u'/' + exportFileName();
    const QString pidFile = sessionDir + u'/' + pidFileName();
    if (!QFileInfo::exists(raw) && !QFileInfo::exists(pidFile) && !MountPoints::isMounted(raw))
        return true;
    const bool ok = stopDaemon(readPidFile(pidFile), raw, report).ok();
    QFile::remove(pidFile);
    return ok && !MountPoints::isMounted(raw);
}

}  // namespace ra
