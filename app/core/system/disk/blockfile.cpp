// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/blockfile.h"

#include "system/disk/diskerrors.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {

Result<BlockFile> BlockFile::open(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    BlockFile file;
    file.m_path = path;
    file.m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (file.m_fd < 0)
        return errorFor(errno, path);
    struct stat st {};
    if (::fstat(file.m_fd, &st) != 0)
        return errorFor(errno, path);
    if (S_ISDIR(st.st_mode))
        return errorFor(EISDIR, path);
    if (S_ISBLK(st.st_mode)) {
        quint64 bytes = 0;
        if (::ioctl(file.m_fd, BLKGETSIZE64, &bytes) != 0)
            return errorFor(errno, path);
        file.m_blockDevice = true;
        file.m_rdev = st.st_rdev;
        file.m_size = qint64(bytes);
    } else if (S_ISREG(st.st_mode)) {
        file.m_size = st.st_size;
    } else {
        return makeError(ErrorKind::BadInput, tr("%1 is neither a disk, a partition, a disk image nor a folder.").arg(path),
                         QStringLiteral("st_mode=%1").arg(st.st_mode, 0, 8));
    }
    return file;
}

BlockFile::BlockFile(BlockFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path)), m_size(other.m_size),
      m_blockDevice(other.m_blockDevice), m_rdev(other.m_rdev)
{
}

BlockFile &BlockFile::operator=(BlockFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
        m_size = other.m_size;
        m_blockDevice = other.m_blockDevice;
        m_rdev = other.m_rdev;
    }
    return *this;
}

BlockFile::~BlockFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<QByteArray> BlockFile::readAt(qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > m_size)
        return makeError(ErrorKind::Unsupported, tr("%1 ends before the data it should hold.").arg(m_path),
                         QStringLiteral("read of %1 bytes at %2, size %3").arg(length).arg(offset).arg(m_size));
    length = qMin(length, m_size - offset);
    QByteArray buffer(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_fd, buffer.data() + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errorFor(errno, m_path);
        if (n == 0)
            break;
        done += n;
    }
    buffer.truncate(done);
    return buffer;
}

Error BlockFile::errorFor(int errnum, const QString &path)
{
    const QString details = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errnum)));
    switch (errnum) {
    case ENOENT:
    case ENOTDIR:
        return makeError(ErrorKind::NotFound, tr("%1 does not exist: no disk, partition, image or folder has that name.").arg(path), details);
    case EACCES:
    case EPERM:
        // As root, a refusal comes from a device policy (container, security module), not
        // from missing rights: asking for administrator rights would not help.
        if (::geteuid() == 0)
            return makeError(ErrorKind::Failed, tr("The system does not allow opening %1, even for an administrator.").arg(path), details);
        return DiskErrors::permissionDeniedError(path, details);
    case ENXIO:
    case ENODEV:
    case ENOMEDIUM:
    case EIO:
        return makeError(ErrorKind::DeviceGone, tr("%1 cannot be read any more; the disk may have been disconnected.").arg(path), details);
    case EISDIR:
        return makeError(ErrorKind::BadInput, tr("%1 is a folder, not a disk or a disk image.").arg(path), details);
    default:
        return makeError(ErrorKind::Failed, tr("%1 could not be read.").arg(path), details);
    }
}

}  // namespace ra
