// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/inputfile.h"

#include <QFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace ra {

namespace {

QString kindName(InputFile::Kind kind)
{
    switch (kind) {
    case InputFile::Kind::RecoveryKey: return InputFile::tr("The key file %1");
    case InputFile::Kind::Passphrase: return InputFile::tr("The passphrase file %1");
    case InputFile::Kind::StartupKey: return InputFile::tr("The startup key file %1");
    case InputFile::Kind::KeyExport: return InputFile::tr("The key export %1");
    case InputFile::Kind::KeyBundle: return InputFile::tr("The key bundle %1");
    case InputFile::Kind::CaseRecord: return InputFile::tr("The case record %1");
    case InputFile::Kind::Output: return InputFile::tr("The output file %1");
    }
    return QStringLiteral("%1");
}

QString what(const struct stat &st)
{
    if (S_ISFIFO(st.st_mode))
        return InputFile::tr("a FIFO (named pipe)");
    if (S_ISSOCK(st.st_mode))
        return InputFile::tr("a socket");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return InputFile::tr("a device");
    return InputFile::tr("a special file");
}

Error notRegular(InputFile::Kind kind, const QString &path, const struct stat &st)
{
    const QString named = kindName(kind).arg(path);
    if (S_ISDIR(st.st_mode))
        return makeError(ErrorKind::BadInput, InputFile::tr("%1 is a folder, not a regular file: name the file itself.").arg(named));
    //: %1 is "The key file <path>" and the like, %2 "a FIFO (named pipe)", "a device", "a socket"…
    return makeError(ErrorKind::BadInput, InputFile::tr("%1 is %2, not a regular file: name a regular file.").arg(named, what(st)));
}

QString megabytes(qint64 bytes)
{
    return bytes >= qint64(1) << 30 ? QStringLiteral("%1 GiB").arg(bytes >> 30)
           : bytes >= qint64(1) << 20 ? QStringLiteral("%1 MiB").arg(bytes >> 20)
                                       : QStringLiteral("%1 KiB").arg(bytes >> 10);
}

}  // namespace

qint64 InputFile::maxBytes(Kind kind)
{
    switch (kind) {
    case Kind::RecoveryKey:
    case Kind::Passphrase:
    case Kind::StartupKey: return 64 * 1024;
    case Kind::KeyExport:
    case Kind::KeyBundle: return qint64(4) << 30;
    case Kind::CaseRecord: return 4 * 1024 * 1024;
    case Kind::Output: return 0;
    }
    return 0;
}

InputFile::~InputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

InputFile::InputFile(InputFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_size(other.m_size), m_path(std::move(other.m_path))
{
}

InputFile &InputFile::operator=(InputFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_size = other.m_size;
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<InputFile> InputFile::open(const QString &path, Kind kind)
{
    const QByteArray native = QFile::encodeName(path);
    if (path.isEmpty() || native.contains('\0'))
        return makeError(ErrorKind::BadInput, tr("%1 does not exist.").arg(kindName(kind).arg(path)));
    // Links are resolved once, here (a stick's files may well be links); the resolved path is
    // opened without following a link again.
    char resolved[PATH_MAX];
    if (!::realpath(native.constData(), resolved)) {
        const int error = errno;
        if (error == EACCES)
            return makeError(ErrorKind::NeedsAdmin, tr("%1 cannot be read: permission denied.").arg(kindName(kind).arg(path)));
        return makeError(ErrorKind::NotFound, tr("%1 does not exist.").arg(kindName(kind).arg(path)),
                         QString::fromLocal8Bit(std::strerror(error)));
    }
    InputFile file;
    file.m_path = path;
    file.m_fd = ::open(resolved, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (file.m_fd < 0) {
        const int error = errno;
        struct stat st {};
        if (::stat(resolved, &st) == 0 && !S_ISREG(st.st_mode))
            return notRegular(kind, path, st);  // a socket (ENXIO), a device that cannot be opened
        if (error == EACCES || error == EPERM)
            return makeError(ErrorKind::NeedsAdmin, tr("%1 cannot be read: permission denied.").arg(kindName(kind).arg(path)));
        return makeError(ErrorKind::BadInput, tr("%1 cannot be opened.").arg(kindName(kind).arg(path)),
                         QString::fromLocal8Bit(std::strerror(error)));
    }
    struct stat st {};
    if (::fstat(file.m_fd, &st) != 0)
        return makeError(ErrorKind::BadInput, tr("%1 cannot be opened.").arg(kindName(kind).arg(path)),
                         QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return notRegular(kind, path, st);
    if (st.st_size > maxBytes(kind))
        return makeError(ErrorKind::BadInput, tr("%1 is larger than %2 and was not read.").arg(kindName(kind).arg(path), megabytes(maxBytes(kind))),
                         QStringLiteral("%1 bytes").arg(qint64(st.st_size)));
    // Reads block from here on (a regular file never blocks for long).
    const int flags = ::fcntl(file.m_fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(file.m_fd, F_SETFL, flags & ~O_NONBLOCK);
    file.m_size = qint64(st.st_size);
    return file;
}

Result<qint64> InputFile::read(char *data, qint64 max)
{
    qint64 total = 0;
    const qint64 wanted = qMin(max, m_size);
    while (total < wanted) {
        const ssize_t n = ::pread(m_fd, data + total, std::size_t(wanted - total), off_t(total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorKind::Failed, tr("%1 cannot be read.").arg(m_path), QString::fromLocal8Bit(std::strerror(errno)));
        if (n == 0)
            break;  // shorter than it was: what is there
        total += n;
    }
    return total;
}

Result<QByteArray> InputFile::readAll(const QString &path, Kind kind)
{
    auto file = open(path, kind);
    if (!file)
        return file.error();
    QByteArray data(qsizetype(file->size()), Qt::Uninitialized);
    auto n = file->read(data.data(), data.size());
    if (!n)
        return n.error();
    data.truncate(qsizetype(*n));
    return data;
}

int InputFile::release()
{
    return std::exchange(m_fd, -1);
}

Status InputFile::checkOutput(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};  // a new file
    if (!S_ISREG(st.st_mode))
        return notRegular(Kind::Output, path, st);
    return {};
}

}  // namespace ra
