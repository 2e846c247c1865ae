// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/diskerrors.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ra {

Error DiskErrors::deviceGone(const QString &details)
{
    return makeError(ErrorKind::DeviceGone, tr("The drive is no longer there: it was disconnected or removed."), details);
}

Error DiskErrors::permissionDeniedError(const QString &path, const QString &details)
{
    return makeError(ErrorKind::NeedsAdmin, tr("Cannot read %1: permission denied; run it as administrator.").arg(path), details);
}

std::optional<Error> DiskErrors::permissionDenied(const QString &path)
{
    if (::geteuid() == 0)
        return std::nullopt;  // root is not refused for lack of rights
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    errno = 0;
    const bool denied = ::stat(name.constData(), &st) != 0 ? errno == EACCES : (::access(name.constData(), R_OK) != 0 && errno == EACCES);
    if (!denied)
        return std::nullopt;
    return permissionDeniedError(path, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(EACCES))));
}

Error DiskErrors::privateFolder(const QString &dir)
{
    return makeError(ErrorKind::Failed, tr("The program's private folder for the drive could not be created."), dir);
}

}  // namespace ra
