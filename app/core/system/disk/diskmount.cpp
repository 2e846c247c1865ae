// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/diskmount.h"

#include "system/appdirs.h"
#include "system/disk/diskerrors.h"
#include "system/logging.h"
#include "system/disk/mountpoints.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace ra {

namespace {
const QString kLockFile = QStringLiteral(".session.lock");
const QString kLoopFile = QStringLiteral("loop-device");
}  // namespace

QString DiskMount::sessionsDir()
{
    return AppDirs::runtimeDir() + QStringLiteral("/sessions");
}

Result<std::unique_ptr<DiskMount>> DiskMount::create(const QString &device, qint64 offset)
{
    auto deviceLock = MountLock::acquire(device, offset);
    if (!deviceLock)
        return deviceLock.error();
    std::unique_ptr<DiskMount> session(new DiskMount);
    session->m_deviceLock = std::move(deviceLock.value());
    if (Status made = session->makeOwnFolder(); !made)
        return made.error();
    return session;
}

Status DiskMount::makeOwnFolder()
{
    // A private folder of its own under the runtime folder, locked while this mount lives (the
    // stale-mount cleanup of a later run knows it is in use).
    m_dir = sessionsDir() + u'/' + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!AppDirs::makePrivateDir(AppDirs::runtimeDir()) || !AppDirs::makePrivateDir(sessionsDir())
        || !AppDirs::makePrivateDir(m_dir) || !MountLock::tryLockFile(m_dir + u'/' + kLockFile, &m_sessionLock))
        return DiskErrors::privateFolder(m_dir);
    return {};
}

Result<std::unique_ptr<DiskMount>> DiskMount::createForProbe()
{
    std::unique_ptr<DiskMount> session(new DiskMount);
    if (Status made = session->makeOwnFolder(); !made)
        return made.error();
    return session;
}

DiskMount::~DiskMount()
{
    if (isOpen()) {
        Report report(tr("Close the drive"));
        if (Status s = close(report); !s)
            log().error("closing {} on destruction failed: {}", u8(m_dir), u8(s.error().details));
    } else if (!m_dir.isEmpty()) {
        removeSessionDirectory(m_dir);
    }
}

void DiskMount::setLoopDevice(const QString &device)
{
    m_loop = device;
    // Recorded so that cleanStaleMounts() can release it after a crash.
    QFile file(m_dir + u'/' + kLoopFile);
    if (file.open(QIODevice::WriteOnly))
        file.write(QFile::encodeName(device + u'\n' + LoopDevice::backingFile(device)));
}

void DiskMount::setUnlocked(std::shared_ptr<Unlocker> unlocker, const UnlockedVolume &volume)
{
    m_unlocker = std::move(unlocker);
    m_unlocked = volume;
}

void DiskMount::setNtfs(const NtfsMounted &ntfs)
{
    m_ntfs = ntfs;
}

QString DiskMount::root() const
{
    return m_ntfs ? m_ntfs->mountPoint : QString();
}

bool DiskMount::isReadOnly() const
{
    return m_ntfs && m_ntfs->readOnly;
}

QString DiskMount::readOnlyReason() const
{
    return m_ntfs ? m_ntfs->readOnlyReason : QString();
}

ProtectorId DiskMount::usedProtector() const
{
    return m_unlocked ? m_unlocked->usedProtector : ProtectorId();
}

Status DiskMount::close(Report &report)
{
    ReportNode &node = report.addChild(tr("Close the drive"));
    // Order matters: NTFS sits on the BitLocker layer, which sits on the loop device, which sits
    // on QEMU's export of a VM disk file. A layer that cannot be undone keeps the ones below it
    // in place (and the session open).
    if (m_ntfs) {
        if (Status s = NtfsMount::unmount(*m_ntfs, node); !s) {
            node.finish(ReportNode::State::Failed, s.error().details);
            return s;
        }
        m_ntfs.reset();
    }
    if (m_unlocked) {
        if (Status s = m_unlocker->lock(*m_unlocked, node); !s) {
            node.finish(ReportNode::State::Failed, s.error().details);
            return s;
        }
        m_unlocked.reset();
    }
    if (m_loop) {
        if (Status s = LoopDevice::detach(*m_loop, node); !s) {
            node.finish(ReportNode::State::Failed, s.error().details);
            return s;
        }
        m_loop.reset();
    }
    if (m_vmExport) {
        if (Status s = VmImage::release(*m_vmExport, node); !s) {
            node.finish(ReportNode::State::Failed, s.error().details);
            return s;
        }
        m_vmExport.reset();
    }
    m_sessionLock.release();
    removeSessionDirectory(m_dir);
    m_deviceLock.release();
    node.finish(ReportNode::State::Ok);
    return {};
}

Status DiskMount::removeSessionDirectory(const QString &dir)
{
    // Only empty mount-point folders and our own bookkeeping files: never recurse into a mount.
    if (!MountPoints::mountedBelow(dir).isEmpty())
        return makeError(ErrorKind::Busy, tr("The drive is still open."), dir);
    QDir d(dir);
    for (const QString &name : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        d.rmdir(name);
    d.remove(kLoopFile);
    d.remove(VmImage::exportFileName());
    d.remove(VmImage::pidFileName());
    d.remove(kLockFile);
    QDir().rmdir(dir);
    return {};
}

int DiskMount::cleanStaleMounts(ReportNode &report)
{
    int cleaned = 0;
    const QDir sessions(sessionsDir());
    for (const QString &name : sessions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = sessions.filePath(name);
        MountLock held;
        if (!MountLock::tryLockFile(dir + u'/' + kLockFile, &held))
            continue;  // a live session (this process or another run) owns it
        ReportNode &node = report.addChild(tr("Clean up after an earlier run that did not finish"));
        // Undo in reverse mount order: NTFS was mounted after the BitLocker layer below it. The
        // export of a VM disk file goes last, after the loop device over it.
        const QString vmExport = QDir::cleanPath(dir + u'/' + VmImage::exportFileName());
        QStringList mounts = MountPoints::mountedBelow(dir);
        mounts.removeAll(vmExport);
        bool ok = true;
        for (auto it = mounts.crbegin(); it != mounts.crend(); ++it) {
            const QString tool = it->endsWith(QStringLiteral("/ntfs")) ? QStringLiteral("ntfs-3g") : QStringLiteral("dislocker");
            ok = MountPoints::unmount(*it, MountPoints::fuseDaemonPid(tool, *it), node).ok() && ok;
        }
        QFile loopFile(dir + u'/' + kLoopFile);
        if (ok && loopFile.open(QIODevice::ReadOnly)) {
            const QStringList lines = QFile::decodeName(loopFile.readAll()).split(u'\n');
            loopFile.close();
            // Only the loop device we made: same node, same backing file as recorded.
            if (lines.size() >= 2 && !lines[1].isEmpty() && LoopDevice::backingFile(lines[0]) == lines[1])
                ok = LoopDevice::detach(lines[0], node).ok();
        }
        if (ok)
            ok = VmImage::releaseStale(dir, node);
        held.release();
        if (ok)
            ok = removeSessionDirectory(dir).ok();
        node.finish(ok ? ReportNode::State::Ok : ReportNode::State::Failed, dir);
        log().info("stale session {} {}", u8(dir), ok ? "cleaned" : "could not be cleaned");
        if (ok)
            ++cleaned;
    }
    return cleaned;
}

}  // namespace ra
