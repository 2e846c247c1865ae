// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/vmimage.h"

#include "system/disk/deviceholders.h"
#include "system/disk/mountpoints.h"
#include "system/disk/vmchain.h"
#include "system/disk/vmdaemon.h"
#include "system/externalcommand.h"
#include "system/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace ra {

namespace {

constexpr int InfoTimeoutMs = 30000;
constexpr int DaemonStartTimeoutMs = 60000;

const QString kQemuImg = QStringLiteral("qemu-img");

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

}  // namespace

Error VmImage::damagedError(const QString &image, const QString &format, const QString &details)
{
    return makeError(ErrorKind::Unsupported,
                     VmImage::tr("The virtual disk file %1 cannot be opened as %2: it is damaged, incomplete or of a kind QEMU does not support.")
                         .arg(QFileInfo(image).fileName(), VmImage::formatName(format)),
                     details);
}

namespace {

// Whether a file the export would write can be opened for writing: false on a read-only mount
// (EROFS), an immutable file (EPERM) or one without write permission (EACCES).
bool canWrite(const QString &path, int *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    *error = errno;
    return !(errno == EROFS || errno == EPERM || errno == EACCES || errno == ETXTBSY);
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
    // The files are known and checked before qemu-img opens any of them, and it is told which.
    auto chain = VmChain::resolve(image, format);
    if (!chain)
        return chain.error();
    QStringList args{QStringLiteral("info"), QStringLiteral("--output=json")};
    if (forceShare)
        args << QStringLiteral("-U");
    args << VmDaemon::pinnedTop(*chain);
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
    if (chain->links().size() > 1)
        facts.backingFile = chain->links().at(1).path;
    for (const QJsonValue &s : o.value(QStringLiteral("snapshots")).toArray())
        facts.snapshots << s.toObject().value(QStringLiteral("name")).toString();
    if (facts.virtualSize <= 0)
        return damagedError(image, format, QString::fromUtf8(ran->standardOutput));
    return facts;
}

QStringList VmImage::dependentImages(const QString &image)
{
    return VmChain::dependents(image);
}

Result<bool> VmImage::writable(const QString &image, const QString &format)
{
    auto chain = VmChain::resolve(image, format);
    if (!chain)
        return chain.error();
    for (const QString &file : chain->writtenFiles()) {
        int error = 0;
        if (!canWrite(file, &error)) {
            log().info("VM disk file {} cannot be written ({}): opened read-only", u8(file), error);
            return false;
        }
    }
    return true;
}

Status VmImage::checkUsable(const QString &image, const QString &format, bool writable, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Check the virtual disk file %1").arg(QFileInfo(image).fileName()));
    auto fail = [&node](Error e) -> Status {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    auto chain = VmChain::resolve(image, format);
    if (!chain)
        return fail(chain.error());
    for (const QString &file : chain->files()) {
        // VMware keeps "<disk>.lck" (a folder, or a file on NFS) next to a disk while a VM runs.
        const QString vmwareLock = file + QStringLiteral(".lck");
        if (QFileInfo::exists(vmwareLock))
            return fail(vmRunningError(image, QStringLiteral("VMware lock %1 exists").arg(vmwareLock)));
    }
    // QEMU's own lock: qemu-img without -U refuses a file a running VM writes (the data file too).
    auto facts = inspect(image, format, false, node);
    if (!facts)
        return fail(facts.error());
    // Anything else with one of its files open: a hypervisor without QEMU's locks, a backup tool,
    // a loop device (mounted or not) over a data file or an extent. The files of the backing
    // chain are only read: other VMs reading the same base (linked clones) are fine, QEMU's
    // locks refuse the daemon's open if one writes it; anything else there is refused.
    const QStringList written = chain->writtenFiles();
    for (const QString &file : chain->files()) {
        const QStringList holders = DeviceHolders::holders(file);
        QStringList others;
        for (const QString &holder : holders) {
            const QString h = holder.toLower();
            const bool vm = h.contains(QLatin1String("qemu")) || h.contains(QLatin1String("vmware")) || h.contains(QLatin1String("vmx"))
                            || h.contains(QLatin1String("vbox"));
            if (vm && written.contains(file))
                return fail(vmRunningError(image, file + QStringLiteral(": ") + holders.join(QStringLiteral(", "))));
            if (!vm)
                others << holder;
        }
        if (!others.isEmpty())
            return fail(DeviceHolders::busyError(file, others));
    }
    if (writable) {
        // Writing into a base that overlays, snapshots or linked clones read through would
        // silently change what they see: the disk to fix is the top of the chain.
        const QStringList tops = dependentImages(chain->top().path);
        if (!tops.isEmpty())
            return fail(makeError(ErrorKind::Unsupported,
                                  tr("Other disk files are based on %1, so writing into it would damage them; fix %2 instead (the disk the VM starts from).")
                                      .arg(QFileInfo(image).fileName(), tops.join(QStringLiteral(", "))),
                                  tops.join(u'\n')));
    }
    const QString files = chain->files().join(QStringLiteral(", "));
    if (!facts->snapshots.isEmpty()) {
        // The current state is what the VM starts from and what is fixed; the snapshots keep theirs.
        node.finish(ReportNode::State::Warning,
                    tr("The virtual disk file has %n internal snapshot(s); they keep the faulty file, so reverting to one brings it back.",
                       nullptr, int(facts->snapshots.size()))
                        + u'\n' + facts->snapshots.join(u'\n') + u'\n' + files);
    } else {
        node.finish(ReportNode::State::Ok, QStringLiteral("%1, %2 bytes; files: %3").arg(formatName(format)).arg(facts->virtualSize).arg(files));
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
    // Checked again here, right before QEMU opens them: the files it is told are these.
    auto chain = VmChain::resolve(image, format);
    if (!chain)
        return fail(chain.error());
    VmExport exported;
    exported.image = chain->top().path;
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
    const QJsonObject fuse{{QStringLiteral("type"), QStringLiteral("fuse")},
                           {QStringLiteral("id"), QStringLiteral("disk")},
                           {QStringLiteral("node-name"), QStringLiteral("disk")},
                           {QStringLiteral("mountpoint"), exported.rawFile},
                           {QStringLiteral("writable"), writable},
                           {QStringLiteral("allow-other"), QStringLiteral("off")}};
    // QEMU opens exactly the checked chain; a daemon that fails or hangs at start is stopped
    // (see VmDaemon for why a serving one outlives a killed run).
    ExternalCommand daemon(VmDaemon::program(), VmDaemon::blockdevArguments(*chain, writable, forceShare)
                                        + QStringList{QStringLiteral("--export"), VmDaemon::json(fuse), QStringLiteral("--daemonize"),
                                                      QStringLiteral("--pidfile"), pidFile});
    daemon.setTimeout(DaemonStartTimeoutMs);
    auto ran = daemon.run(node);
    if (!ran) {
        VmDaemon::stop(0, exported.rawFile, node, VmDaemon::StartGraceMs);
        QFile::remove(exported.rawFile);
        return fail(ran.error());
    }
    exported.daemonPid = VmDaemon::readPidFile(pidFile);
    if (ran->exitCode != 0 || !MountPoints::isMounted(exported.rawFile)) {
        const QString output = ran->text();
        VmDaemon::stop(exported.daemonPid, exported.rawFile, node, VmDaemon::StartGraceMs);
        if (isQemuLockError(output))
            return fail(vmRunningError(image, output));
        if (output.contains(QStringLiteral("/dev/fuse")) || output.contains(QStringLiteral("fuse: device not found")))
            return fail(makeError(ErrorKind::Unsupported,
                                  tr("This computer cannot open virtual disk files because FUSE (/dev/fuse) is not available."), output));
        return fail(damagedError(image, format, output));
    }
    node.finish(ReportNode::State::Ok, QStringLiteral("%1 (%2, %3) as %4, pid %5; files: %6")
                                           .arg(exported.image, formatName(format), writable ? QStringLiteral("read-write") : QStringLiteral("read-only"),
                                                exported.rawFile)
                                           .arg(exported.daemonPid)
                                           .arg(chain->files().join(QStringLiteral(", "))));
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
    Status s = VmDaemon::stop(exported.daemonPid, exported.rawFile, node);
    node.finish(s ? ReportNode::State::Ok : ReportNode::State::Failed, s ? exported.image : s.error().details);
    return s;
}

bool VmImage::releaseStale(const QString &sessionDir, ReportNode &report)
{
    const QString raw = sessionDir + u'/' + exportFileName();
    const QString pidFile = sessionDir + u'/' + pidFileName();
    if (!QFileInfo::exists(raw) && !QFileInfo::exists(pidFile) && !MountPoints::isMounted(raw))
        return true;
    // No pid file: the daemon never came up (it hung while it started); it has nothing to flush.
    const bool started = QFileInfo::exists(pidFile);
    const bool ok = VmDaemon::stop(VmDaemon::readPidFile(pidFile), raw, report,
                                   started ? VmDaemon::StopTimeoutMs : VmDaemon::StartGraceMs).ok();
    QFile::remove(pidFile);
    return ok && !MountPoints::isMounted(raw);
}

}  // namespace ra
