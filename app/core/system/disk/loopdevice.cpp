// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/loopdevice.h"

#include "system/disk/diskerrors.h"
#include "system/externalcommand.h"

#include <QFile>
#include <QFileInfo>

namespace ra {

Result<QString> LoopDevice::attach(const QString &backing, qint64 offset, qint64 size, bool readOnly, ReportNode &report)
{
    QStringList args{QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--offset"), QString::number(offset)};
    if (size > 0)
        args << QStringLiteral("--sizelimit") << QString::number(size);
    if (readOnly)
        args << QStringLiteral("--read-only");
    args << backing;
    ExternalCommand losetup(QStringLiteral("losetup"), args);
    auto ran = losetup.run(report);
    if (!ran)
        return ran.error();
    const QString device = QString::fromLocal8Bit(ran->standardOutput).trimmed();
    if (ran->exitCode != 0 || !device.startsWith(QStringLiteral("/dev/loop"))) {
        if (!QFileInfo::exists(backing))
            return DiskErrors::deviceGone(ran->text());
        return makeError(ErrorKind::Failed, tr("The partition could not be prepared for opening (no free loop device)."), ran->text());
    }
    return device;
}

Status LoopDevice::detach(const QString &device, ReportNode &report)
{
    ExternalCommand losetup(QStringLiteral("losetup"), {QStringLiteral("--detach"), device});
    auto ran = losetup.run(report);
    if (!ran)
        return ran.error();
    if (ran->exitCode != 0 && !backingFile(device).isEmpty())
        return makeError(ErrorKind::Busy, tr("The partition's loop device could not be released."), ran->text());
    return {};
}

QString LoopDevice::backingFile(const QString &device, bool *deleted)
{
    QFile file(QStringLiteral("/sys/block/%1/loop/backing_file").arg(QFileInfo(device).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString path = QFile::decodeName(file.readAll()).trimmed();
    const QString suffix = QStringLiteral(" (deleted)");
    if (deleted)
        *deleted = path.endsWith(suffix);
    if (path.endsWith(suffix))
        path.chop(suffix.size());
    return path;
}

}  // namespace ra
