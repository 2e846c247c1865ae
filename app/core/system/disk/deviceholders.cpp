// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/deviceholders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace ra {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4096).trimmed() : QByteArray();
}

// The whole disk a block device number belongs to (itself when it is a disk).
dev_t wholeDisk(dev_t device)
{
    const QString sys = QStringLiteral("/sys/dev/block/%1:%2").arg(major(device)).arg(minor(device));
    if (!QFileInfo::exists(sys + QStringLiteral("/partition")))
        return device;
    const QList<QByteArray> mm = readSmall(sys + QStringLiteral("/../dev")).split(':');
    return mm.size() == 2 ? makedev(mm[0].toUInt(), mm[1].toUInt()) : device;
}

struct Identity {
    bool isBlock = false;
    dev_t disk = 0;      // block: the whole disk
    dev_t fileDev = 0;   // file: st_dev
    ino_t fileIno = 0;   // file: st_ino

    bool matches(const struct stat &st) const
    {
        if (isBlock)
            return S_ISBLK(st.st_mode) && wholeDisk(st.st_rdev) == disk;
        return S_ISREG(st.st_mode) && st.st_dev == fileDev && st.st_ino == fileIno;
    }
};

bool identify(const QString &device, Identity *id)
{
    struct stat st {};
    if (::stat(QFile::encodeName(device).constData(), &st) != 0)
        return false;
    id->isBlock = S_ISBLK(st.st_mode);
    if (id->isBlock)
        id->disk = wholeDisk(st.st_rdev);
    id->fileDev = st.st_dev;
    id->fileIno = st.st_ino;
    return true;
}

QString processName(const QString &pid)
{
    return QString::fromLocal8Bit(readSmall(QStringLiteral("/proc/%1/comm").arg(pid)));
}

// The parent process id from /proc/PID/stat ("pid (comm) state ppid …"; comm may hold spaces
// and parentheses, so the fields after the last ')' are read).
qint64 parentOf(const QString &pid)
{
    const QByteArray stat = readSmall(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    const QList<QByteArray> fields = close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

}  // namespace

QStringList DeviceHolders::holders(const QString &device)
{
    QStringList found;
    Identity id;
    if (!identify(device, &id))
        return found;
    const QString self = QString::number(::getpid());

    // Loop devices over the same inode (or over the same disk), whatever path they were set up with.
    const QDir block(QStringLiteral("/sys/block"));
    for (const QString &name : block.entryList({QStringLiteral("loop*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (readSmall(block.filePath(name) + QStringLiteral("/loop/backing_file")).isEmpty())
            continue;
        const int fd = ::open(QFile::encodeName(QStringLiteral("/dev/") + name).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        loop_info64 info {};
        const bool ok = ::ioctl(fd, LOOP_GET_STATUS64, &info) == 0;
        ::close(fd);
        if (!ok)
            continue;
        bool same = false;
        if (id.isBlock) {
            struct stat backing {};
            const QByteArray path = readSmall(block.filePath(name) + QStringLiteral("/loop/backing_file"));
            same = ::stat(path.constData(), &backing) == 0 && id.matches(backing);
        } else {
            same = dev_t(info.lo_device) == id.fileDev && ino_t(info.lo_inode) == id.fileIno;
        }
        if (same)
            found << tr("loop device /dev/%1").arg(name);
    }

    // Processes with a descriptor on it.
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid == self || pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        // Our own children are us: in a batch another target's helper (qemu-img, dislocker,
        // ntfs-3g) is forked by another thread and holds copies of this process's descriptors
        // until it has started; the same volume twice is refused by MountLock instead.
        if (parentOf(pid) == ::getpid())
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            struct stat st {};
            if (::stat(QFile::encodeName(fds.filePath(fd)).constData(), &st) != 0 || !id.matches(st))
                continue;
            found << tr("%1 (process %2)").arg(processName(pid), pid);
            break;
        }
    }
    return found;
}

Status DeviceHolders::checkFree(const QString &device)
{
    const QStringList held = holders(device);
    if (held.isEmpty())
        return {};
    return busyError(device, held);
}

Error DeviceHolders::busyError(const QString &device, const QStringList &held)
{
    return makeError(ErrorKind::Busy,
                     tr("This drive is already in use by %1: close or unmount it there first, so that it is not written twice at once.")
                         .arg(held.join(QStringLiteral(", "))),
                     device);
}

}  // namespace ra
