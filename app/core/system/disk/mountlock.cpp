// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/mountlock.h"

#include "system/appdirs.h"
#include "system/disk/diskerrors.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace ra {

MountLock::MountLock(MountLock &&other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

MountLock &MountLock::operator=(MountLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

void MountLock::release()
{
    if (m_fd >= 0) {
        ::close(m_fd);  // closing the only descriptor drops the flock
        m_fd = -1;
    }
}

bool MountLock::tryLockFile(const QString &path, MountLock *lock)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    *lock = MountLock();
    lock->m_fd = fd;
    return true;
}

QString MountLock::systemLockBase()
{
    // /run for root, whose locks every session of the machine shares; the user's runtime
    // folder otherwise (an unprivileged user cannot open a drive anyway).
    return ::geteuid() == 0 ? QStringLiteral("/run/recovery-assistant") : AppDirs::runtimeDir();
}

Result<MountLock> MountLock::acquire(const QString &device, qint64 offset)
{
    // The identity of the device, not its name: two paths to one image or disk share a lock.
    struct stat st {};
    const QByteArray path = QFile::encodeName(QFileInfo(device).canonicalFilePath());
    if (path.isEmpty() || ::stat(path.constData(), &st) != 0)
        return DiskErrors::deviceGone(device);
    QByteArray identity;
    if (S_ISBLK(st.st_mode)) {
        // A partition node (/dev/sdb2) and its disk at the partition's offset (/dev/sdb + start)
        // are the same volume: lock it under the whole disk's number and the absolute offset.
        dev_t disk = st.st_rdev;
        const QString sys = QStringLiteral("/sys/dev/block/%1:%2").arg(major(st.st_rdev)).arg(minor(st.st_rdev));
        QFile start(sys + QStringLiteral("/start"));
        QFile parentDev(sys + QStringLiteral("/../dev"));
        if (QFileInfo::exists(sys + QStringLiteral("/partition")) && start.open(QIODevice::ReadOnly)
            && parentDev.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> mm = parentDev.readAll().trimmed().split(':');
            if (mm.size() == 2) {
                disk = makedev(mm[0].toUInt(), mm[1].toUInt());
                offset += start.readAll().trimmed().toLongLong() * 512;  // sysfs counts 512-byte sectors
            }
        }
        identity = QByteArray("blk:") + QByteArray::number(quint64(disk));
    } else {
        identity = QByteArray("file:") + QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
    }
    // One claim per device or image file for the whole system: not under a user's runtime
    // folder (sudo and a root login have different ones), and not per partition (two volumes
    // of one disk are never written at once by us).
    const QString base = systemLockBase();
    const QString dir = base + QStringLiteral("/locks");
    if (!AppDirs::makePrivateDir(base) || !AppDirs::makePrivateDir(dir))
        return DiskErrors::privateFolder(dir);
    Q_UNUSED(offset);
    const QString name = QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
    MountLock lock;
    // A copy of our own lock descriptor lives on for a moment in a child forked by another thread
    // (the isolated key helper forks without exec): a volume closed after its plan and opened
    // again to write would see its own claim. Such a holder ends within a second or two; another
    // session's claim does not, and is refused after the wait.
    bool locked = tryLockFile(dir + u'/' + name + QStringLiteral(".lock"), &lock);
    for (int wait = 0; !locked && wait < 30; ++wait) {
        ::usleep(100 * 1000);
        locked = tryLockFile(dir + u'/' + name + QStringLiteral(".lock"), &lock);
    }
    if (!locked)
        return makeError(ErrorKind::Busy, tr("This drive is already open in another Recovery Assistant session; close that session first."),
                         QStringLiteral("%1@%2 locked").arg(device).arg(offset));
    return lock;
}

}  // namespace ra
