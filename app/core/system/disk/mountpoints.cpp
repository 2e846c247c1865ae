// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/mountpoints.h"

#include "system/externalcommand.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>

namespace ra {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line[close + 2] != 'Z';
}

}  // namespace

std::optional<MountTable::Entry> MountPoints::find(const QString &mountPoint)
{
    const QString clean = QDir::cleanPath(mountPoint);
    const MountTable table = MountTable::read();
    const QList<MountTable::Entry> &entries = table.entries();
    // The last entry wins: a later mount on the same point hides the earlier one.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->mountPoint == clean)
            return *it;
    return std::nullopt;
}

QStringList MountPoints::mountedBelow(const QString &dir)
{
    const QString clean = QDir::cleanPath(dir);
    QStringList points;
    const MountTable table = MountTable::read();
    for (const MountTable::Entry &e : table.entries())
        if (e.mountPoint == clean || e.mountPoint.startsWith(clean + u'/'))
            points.append(e.mountPoint);
    return points;
}

qint64 MountPoints::fuseDaemonPid(const QString &tool, const QString &mountPoint)
{
    const QString clean = QDir::cleanPath(mountPoint);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : pids) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdline.readAll().split('\0');
        if (argv.isEmpty() || !QFileInfo(QFile::decodeName(argv.first())).fileName().startsWith(tool))
            continue;
        for (const QByteArray &arg : argv)
            if (QDir::cleanPath(QFile::decodeName(arg)) == clean)
                return pid;
    }
    return 0;
}

Status MountPoints::unmount(const QString &mountPoint, qint64 daemonPid, ReportNode &report, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QString lastOutput;
    while (isMounted(mountPoint)) {
        ExternalCommand umount(QStringLiteral("umount"), {mountPoint});
        auto r = umount.run(report);
        if (!r)
            return r.error();
        if (r->exitCode == 0)
            break;
        lastOutput = r->text();
        if (deadline.hasExpired())
            return makeError(ErrorKind::Busy,
                             tr("The drive could not be closed because something is still using it; close every window and program that shows its files, then try again."),
                             lastOutput);
        QThread::msleep(20);  // a FUSE daemon above may still be flushing into this layer
    }
    // umount returns before a FUSE daemon has finished: wait until it is gone.
    while (processAlive(daemonPid)) {
        if (deadline.hasExpired()) {
            report.addChild(tr("Waiting for the file system process to finish"))
                .finish(ReportNode::State::Warning, QStringLiteral("pid %1 still running").arg(daemonPid));
            break;
        }
        QThread::msleep(2);
    }
    return {};
}

}  // namespace ra
