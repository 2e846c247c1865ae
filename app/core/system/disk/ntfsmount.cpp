// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/ntfsmount.h"

#include "system/disk/diskerrors.h"
#include "system/externalcommand.h"
#include "system/disk/mountpoints.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ra {

namespace {

// ntfs-3g exit codes (ntfs-3g's volume.h).
constexpr int NtfsVolumeNotNtfs = 12;
constexpr int NtfsVolumeCorrupt = 13;
constexpr int NtfsVolumeHibernated = 14;
constexpr int NtfsVolumeUncleanUnmount = 15;
constexpr int NtfsVolumeNoPrivilege = 19;
constexpr int NtfsVolumeFuseError = 21;
constexpr int MountTimeoutMs = 300000;

QString readOnlyReasonFrom(const QString &output)
{
    if (output.contains(QStringLiteral("hibernated"), Qt::CaseInsensitive))
        return QStringLiteral("hibernated");
    if (output.contains(QStringLiteral("Windows cache")) || output.contains(QStringLiteral("fast restart"))
        || output.contains(QStringLiteral("unsafe state")))
        return QStringLiteral("fast-startup");
    return QStringLiteral("read-only");
}

// What ntfs-3g checks before it mounts read-write (ntfs_volume_check_hiberfile): a hiberfil.sys
// at the root whose header says "hibr" or "HIBR" is a hibernated (or Fast Startup) Windows.
// Read on a read-only mount, so that the plan knows before anything is written.
bool hiberfileSaysHibernated(const QString &root)
{
    const QStringList names = QDir(root).entryList({QStringLiteral("hiberfil.sys")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name.compare(QLatin1String("hiberfil.sys"), Qt::CaseInsensitive) != 0)
            continue;
        QFile f(root + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = f.read(4);
        if (head == "hibr" || head == "HIBR")
            return true;
    }
    return false;
}

bool sourceAnswers(const QString &source)
{
    QFile f(source);
    return f.open(QIODevice::ReadOnly) && f.read(4096).size() == 4096;
}

Error mountError(int exitCode, const QString &source, const QString &output)
{
    // An I/O error from a source that still answers is damage inside NTFS (e.g. $UpCase), not a
    // cable: only a source that is gone or cannot be read any more is "device gone".
    const bool ioError = output.contains(QStringLiteral("Input/output error"));
    if (ioError && sourceAnswers(source))
        return makeError(ErrorKind::Unsupported,
                         NtfsMount::tr("The NTFS file system on this drive is damaged; run chkdsk on it from Windows recovery first."),
                         output);
    if (!QFileInfo::exists(source) || ioError)
        return makeError(ErrorKind::DeviceGone,
                         NtfsMount::tr("The drive stopped answering while its files were being opened; check its cable and connect it again."),
                         output);
    switch (exitCode) {
    case NtfsVolumeNotNtfs:
        return makeError(ErrorKind::Unsupported,
                         NtfsMount::tr("The drive does not hold an NTFS file system, so Windows files cannot be read from it."), output);
    case NtfsVolumeCorrupt:
        return makeError(ErrorKind::Unsupported,
                         NtfsMount::tr("The NTFS file system on this drive is damaged; run chkdsk on it from Windows recovery first."),
                         output);
    case NtfsVolumeNoPrivilege:
        return makeError(ErrorKind::NeedsAdmin, NtfsMount::tr("Opening the drive's files needs administrator rights."), output);
    case NtfsVolumeFuseError:
        return makeError(ErrorKind::Unsupported,
                         NtfsMount::tr("This computer cannot open NTFS drives because FUSE (/dev/fuse) is not available."), output);
    default:
        return makeError(ErrorKind::Failed, NtfsMount::tr("The drive's NTFS file system could not be opened."), output);
    }
}

}  // namespace

Error NtfsMount::readOnlyError(const QString &reason)
{
    if (reason == QStringLiteral("hibernated"))
        return makeError(ErrorKind::ReadOnly,
                         tr("Windows on this drive is hibernated, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the hibernated Windows session and any unsaved work in it."),
                         reason);
    if (reason == QStringLiteral("fast-startup"))
        return makeError(ErrorKind::ReadOnly,
                         tr("Windows on this drive was shut down with Fast Startup, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the saved Windows session and any unsaved work in it."),
                         reason);
    return makeError(ErrorKind::ReadOnly, tr("The drive was opened read-only, so nothing can be deleted on it."), reason);
}

Result<NtfsMounted> NtfsMount::mount(const QString &source, const QString &mountPoint, const OpenOptions &options,
                                     ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Open the NTFS file system"));
    auto fail = [&node](Error e) -> Result<NtfsMounted> {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    if (!QDir().mkpath(mountPoint))
        return fail(DiskErrors::privateFolder(mountPoint));

    QStringList mountOptions;
    if (options.readOnly)
        mountOptions << QStringLiteral("ro");
    else if (options.removeHiberfile)
        mountOptions << QStringLiteral("remove_hiberfile");
    QStringList args{source, mountPoint};
    if (!mountOptions.isEmpty())
        args << QStringLiteral("-o") << mountOptions.join(u',');

    ExternalCommand ntfs3g(QStringLiteral("ntfs-3g"), args);
    ntfs3g.setTimeout(MountTimeoutMs);  // resetting a large journal takes a while
    auto ran = ntfs3g.run(node);
    if (!ran)
        return fail(ran.error());
    QString output = ran->text();
    int exitCode = ran->exitCode;
    if (exitCode == NtfsVolumeHibernated && !options.readOnly) {
        // Older ntfs-3g refuses instead of falling back: mount read-only and say why.
        ExternalCommand retry(QStringLiteral("ntfs-3g"), {source, mountPoint, QStringLiteral("-o"), QStringLiteral("ro")});
        auto again = retry.run(node);
        if (!again)
            return fail(again.error());
        exitCode = again->exitCode;
        output += u'\n' + again->text();
    }
    if (exitCode == NtfsVolumeUncleanUnmount) {
        return fail(makeError(ErrorKind::Unsupported,
                              tr("Windows was not shut down cleanly and the drive's journal could not be reset; run chkdsk on it from Windows recovery first."),
                              output));
    }
    if (exitCode != 0)
        return fail(mountError(exitCode, source, output));

    const auto entry = MountPoints::find(mountPoint);
    if (!entry)
        return fail(makeError(ErrorKind::Failed, tr("The drive's NTFS file system could not be opened."),
                              QStringLiteral("ntfs-3g exited 0 but %1 is not in /proc/self/mountinfo\n%2").arg(mountPoint, output)));
    NtfsMounted mounted;
    mounted.mountPoint = mountPoint;
    mounted.daemonPid = MountPoints::fuseDaemonPid(QStringLiteral("ntfs-3g"), mountPoint);
    mounted.readOnly = entry->isReadOnly();
    // ntfs-3g's default "recover" resets the journal of a volume Windows did not close cleanly
    // (a crashed machine) and says "The file system wasn't safely closed on Windows. Fixing."
    mounted.journalReset = output.contains(QStringLiteral("safely closed")) || output.contains(QStringLiteral("unclean"));
    if (mounted.readOnly)
        mounted.readOnlyReason = !options.readOnly                   ? readOnlyReasonFrom(output)
                                 : hiberfileSaysHibernated(mountPoint) ? QStringLiteral("hibernated")
                                                                       : QStringLiteral("requested");
    if (mounted.readOnly && !options.readOnly) {
        node.finish(ReportNode::State::Warning, readOnlyError(mounted.readOnlyReason).message + u'\n' + output);
    } else if (mounted.journalReset) {
        node.finish(ReportNode::State::Warning,
                    tr("Windows was not shut down cleanly; the drive's journal was reset when it was opened.") + u'\n' + output);
    } else {
        node.finish(ReportNode::State::Ok, entry->options.join(u','));
    }
    return mounted;
}

Status NtfsMount::unmount(const NtfsMounted &mounted, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Close the NTFS file system"));
    Status s = MountPoints::unmount(mounted.mountPoint, mounted.daemonPid, node);
    node.finish(s ? ReportNode::State::Ok : ReportNode::State::Failed, s ? QString() : s.error().details);
    if (s)
        QDir().rmdir(mounted.mountPoint);
    return s;
}

}  // namespace ra
