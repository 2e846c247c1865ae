// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/diskbackend.h"

#include "system/disk/cryptsetupunlocker.h"
#include "system/disk/deviceholders.h"
#include "system/disk/diskerrors.h"
#include "system/disk/dislockerunlocker.h"
#include "system/disk/loopdevice.h"
#include "system/logging.h"
#include "system/disk/diskmount.h"
#include "system/disk/volumeprobe.h"
#include "system/disk/vmimage.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

namespace ra {

namespace {

std::atomic_bool g_staleMountsCleaned{false};

bool isBlockDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISBLK(st.st_mode);
}

Error deviceGoneError(const QString &details)
{
    return makeError(ErrorKind::DeviceGone,
                     DiskBackend::tr("The drive was disconnected or removed while it was being opened; connect it again and start over."),
                     details);
}

}  // namespace

DiskBackend::DiskBackend() : m_unlockerFactory(&DiskBackend::defaultUnlocker) {}

std::shared_ptr<Unlocker> DiskBackend::defaultUnlocker()
{
    auto dislocker = std::make_shared<DislockerUnlocker>();
    if (!dislocker->availability()) {
        auto cryptsetup = std::make_shared<CryptsetupUnlocker>();
        if (cryptsetup->availability())
            return cryptsetup;
    }
    return dislocker;
}

bool DiskBackend::accepts(const QString &target) const
{
    const QFileInfo info(target);
    return info.exists() && !info.isDir() && (info.isFile() || isBlockDevice(target));
}

Result<QList<VolumeInfo>> DiskBackend::scan(const QStringList &targets)
{
    // First thing at every start: release what a crashed run of ours left mounted, so that
    // detection does not report our own leftovers as "mounted already" (root only: ours are).
    releaseStaleMounts();
    if (targets.isEmpty())
        return VolumeProbe::probe(targets);
    QList<VolumeInfo> all;
    for (const QString &target : targets) {
        auto format = VmImage::detectFormat(target);
        if (!format)
            return format.error();
        auto volumes = format->isEmpty() ? VolumeProbe::probeTarget(target) : probeVmImage(target, *format);
        if (!volumes)
            return volumes.error();
        all += volumes.value();
    }
    return all;
}

Result<QList<VolumeInfo>> DiskBackend::probeVmImage(const QString &image, const QString &format)
{
    // The volumes inside, read through a read-only export that does not take QEMU's lock (a
    // running VM's disk can be listed; opening it is refused in open()).
    if (::geteuid() != 0)
        return makeError(ErrorKind::NeedsAdmin,
                         tr("Reading a virtual machine's disk file needs administrator rights: start the program as an administrator (root), for example with sudo."),
                         QStringLiteral("euid %1").arg(::geteuid()));
    Report report(tr("Detect"));
    auto facts = VmImage::inspect(image, format, true, report);
    if (!facts)
        return facts.error();
    auto created = DiskMount::createForProbe();
    if (!created)
        return created.error();
    std::unique_ptr<DiskMount> session = std::move(created.value());
    auto exported = VmImage::exportRaw(image, format, false, true, session->directory(), report);
    if (!exported)
        return exported.error();
    session->setVmExport(exported.value());
    auto volumes = VolumeProbe::probeTarget(exported->rawFile);
    if (Status closed = session->close(report); !closed)
        log().warn("closing the read-only export of {}: {}", u8(image), u8(closed.error().details));
    if (!volumes)
        return volumes.error();
    for (VolumeInfo &v : volumes.value()) {
        v.target = image;
        v.device = image;
        v.imageFormat = format;
        v.mountPoint.clear();  // the export was ours alone
    }
    return volumes;
}

int DiskBackend::releaseStaleMounts()
{
    if (::geteuid() != 0 || g_staleMountsCleaned.exchange(true))
        return 0;
    Report report;
    const int cleaned = DiskMount::cleanStaleMounts(report);
    if (cleaned > 0)
        log().warn("released {} mount(s) left by an earlier run", cleaned);
    return cleaned;
}

VolumeKind DiskBackend::sniffKind(const QString &device, qint64 offset)
{
    QFile file(device);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return VolumeKind::Unknown;
    const QByteArray sector = file.read(512);
    if (sector.mid(3, 8) == "-FVE-FS-")
        return VolumeKind::BitLocker;
    if (sector.mid(3, 8) == "NTFS    ")
        return VolumeKind::Ntfs;
    return VolumeKind::Unknown;
}

bool DiskBackend::deviceVanished(const VolumeInfo &volume, const QString &loopDevice)
{
    const QFileInfo info(volume.device);
    if (!info.exists())
        return true;
    if (!volume.imageFormat.isEmpty())
        // A VM disk file is smaller than the disk it holds: QEMU reports damage itself.
        return !loopDevice.isEmpty() && LoopDevice::backingFile(loopDevice).isEmpty();
    if (info.isFile() && volume.size > 0 && info.size() < volume.offset + volume.size)
        return true;
    if (info.isFile() && info.size() <= volume.offset)
        return true;
    if (!loopDevice.isEmpty()) {
        bool deleted = false;
        if (LoopDevice::backingFile(loopDevice, &deleted).isEmpty() || deleted)
            return true;
    }
    return false;
}

Result<std::unique_ptr<Mount>> DiskBackend::open(const VolumeInfo &volume, const UnlockMaterial &material,
                                                        const OpenOptions &options, Report &report)
{
    ReportNode &node = report.addChild(tr("Open %1").arg(volume.displayName()));
    auto fail = [&node](Error e) -> Result<std::unique_ptr<Mount>> {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    if (::geteuid() != 0)
        return fail(makeError(ErrorKind::NeedsAdmin,
                              tr("Opening a drive needs administrator rights: start the program as an administrator (root), for example with sudo."),
                              QStringLiteral("euid %1").arg(::geteuid())));
    if (!QFileInfo::exists(volume.device))
        return fail(DiskErrors::deviceGone(volume.device));
    if (!volume.mountPoint.isEmpty())
        // Mounting it a second time read-write would corrupt it.
        return fail(makeError(ErrorKind::Busy,
                              tr("This volume is already mounted at %1: open that folder instead, or unmount it first.")
                                  .arg(volume.mountPoint),
                              volume.device));
    if (!g_staleMountsCleaned.exchange(true))
        DiskMount::cleanStaleMounts(node);

    auto created = DiskMount::create(volume.device, volume.offset);
    if (!created)
        return fail(created.error());
    std::unique_ptr<DiskMount> session = std::move(created.value());
    // From here every failure closes what was opened so far (the session's destructor would
    // too; closing here puts the steps in this report).
    auto abandon = [&](Error e) -> Result<std::unique_ptr<Mount>> {
        const QString loop = session->loopDevice().value_or(QString());
        if (e.kind != ErrorKind::DeviceGone && e.kind != ErrorKind::KeyRejected && deviceVanished(volume, loop))
            e = deviceGoneError(e.details);
        session->close(node);
        return fail(e);
    };

    // Our claim is taken; now anyone else: a dislocker or ntfs-3g mount made by hand, a loop
    // device over the same image, another tool with the disk open.
    QString source = volume.device;
    // What the layers below are asked for: read-only also when the VM disk file cannot be written.
    OpenOptions layers = options;
    if (!volume.imageFormat.isEmpty()) {
        // A VM disk file: refused while a VM holds it or other disk files depend on it; else
        // QEMU's block layer presents the disk as a raw file, and everything below works on that.
        // A file that cannot be written (read-only mount, chattr +i) is opened read-only, as a raw
        // image there is: ntfs-3g then mounts read-only and a fix ends in ReadOnly (exit 5).
        auto canWrite = options.readOnly ? Result<bool>(false) : VmImage::writable(volume.device, volume.imageFormat);
        if (!canWrite)
            return abandon(canWrite.error());
        const bool writable = !options.readOnly && *canWrite;
        layers.readOnly = !writable;
        layers.removeHiberfile = layers.removeHiberfile && writable;
        if (Status usable = VmImage::checkUsable(volume.device, volume.imageFormat, writable, node); !usable)
            return abandon(usable.error());
        auto exported = VmImage::exportRaw(volume.device, volume.imageFormat, writable, false, session->directory(), node);
        if (!exported)
            return abandon(exported.error());
        session->setVmExport(exported.value());
        source = exported->rawFile;
        if (m_stepHook)
            m_stepHook(QStringLiteral("vm-export"));
    } else if (Status free = DeviceHolders::checkFree(volume.device); !free) {
        return abandon(free.error());
    }

    if (volume.offset > 0) {
        auto loop = LoopDevice::attach(source, volume.offset, volume.size, layers.readOnly, node);
        if (!loop)
            return abandon(loop.error());
        session->setLoopDevice(loop.value());
        source = loop.value();
        if (m_stepHook)
            m_stepHook(QStringLiteral("loop"));
    }

    VolumeKind kind = volume.kind;
    if (kind != VolumeKind::BitLocker && kind != VolumeKind::Ntfs)
        kind = sniffKind(source, 0);
    QString ntfsSource = source;
    if (kind == VolumeKind::BitLocker) {
        std::shared_ptr<Unlocker> unlocker = m_unlockerFactory();
        UnlockRequest request;
        request.device = source;
        request.material = material;
        request.workDir = session->directory();
        request.readOnly = layers.readOnly;
        request.info = volume.bitlocker;
        auto unlocked = unlocker->unlock(request, node);
        if (!unlocked)
            return abandon(unlocked.error());
        session->setUnlocked(unlocker, unlocked.value());
        ntfsSource = unlocked->decryptedPath;
        if (m_stepHook)
            m_stepHook(QStringLiteral("unlocked"));
    } else if (kind != VolumeKind::Ntfs) {
        if (deviceVanished(volume))
            return abandon(deviceGoneError(volume.device));
        return abandon(makeError(ErrorKind::Unsupported,
                                 tr("This volume is neither BitLocker nor NTFS, so it cannot hold a Windows installation to repair."),
                                 volume.device));
    }

    auto mounted = NtfsMount::mount(ntfsSource, session->directory() + QStringLiteral("/ntfs"), layers, node);
    if (!mounted)
        return abandon(mounted.error());
    if (layers.readOnly && !options.readOnly)
        mounted->readOnlyReason = QStringLiteral("read-only");  // the file, not the caller, said so
    session->setNtfs(mounted.value());
    if (m_stepHook)
        m_stepHook(QStringLiteral("mounted"));
    node.finish(mounted->readOnly && !options.readOnly ? ReportNode::State::Warning : ReportNode::State::Ok,
                session->root());
    return std::unique_ptr<Mount>(std::move(session));
}

}  // namespace ra
