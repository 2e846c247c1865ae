// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/remediation.h"

#include "system/appdirs.h"
#include "system/volumes/channelfilescanner.h"
#include "system/volumes/folderbackend.h"
#include "system/logging.h"
#include "system/stopsignals.h"
#include "system/volumes/windowsinstallation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {

namespace {

ErrorKind kindForErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT: return ErrorKind::DiskFull;
    case EROFS: return ErrorKind::ReadOnly;
    case EACCES:
    case EPERM: return ErrorKind::NeedsAdmin;
    case EIO:
    case ENODEV:
    case ENXIO:
    case ENOMEDIUM:
    case ESTALE:
    case ENOTCONN:      // a FUSE daemon (dislocker, ntfs-3g) that is gone
    case ECONNABORTED:  // ... killed while a request was in flight
    case ESHUTDOWN: return ErrorKind::DeviceGone;
    default: return ErrorKind::Failed;
    }
}

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL;  // some FUSE file systems refuse dir fsync
    ::close(fd);
    return ok;
}

}  // namespace

Remediation::Remediation(QString volumeRoot, QList<Finding> selected, QString quarantineDir, QString caseId, QString target)
    : m_root(std::move(volumeRoot)), m_selected(std::move(selected)), m_target(std::move(target)),
      m_quarantineDir(std::move(quarantineDir)), m_caseId(std::move(caseId))
{
}

QString Remediation::quarantinePathFor(const Finding &finding) const
{
    return m_quarantineDir + u'/' + finding.relativePath;
}

QStringList Remediation::describe() const
{
    QStringList steps;
    if (m_selected.isEmpty()) {
        steps.append(tr("Nothing is selected: no file will be changed."));
        return steps;
    }
    steps.append(tr("Check that the volume can be written and that the quarantine folder has room."));
    for (const Finding &f : m_selected) {
        steps.append(tr("Copy %1 to the quarantine folder %2 and verify the copy's SHA-256.")
                         .arg(f.relativePath, QDir::toNativeSeparators(m_quarantineDir)));
        steps.append(tr("Delete %1 from the affected disk, flush it, and verify it is gone.").arg(f.relativePath));
    }
    steps.append(tr("Write the list of quarantined files (manifest.json)."));
    return steps;
}

Status Remediation::execute(Report &report, QList<RemovedFile> &removed, const Progress &progress,
                            const std::atomic<bool> *cancel)
{
    ReportNode &top = report.addChild(tr("Remove the faulty files"));
    if (m_selected.isEmpty()) {
        top.finish(ReportNode::State::Skipped, tr("No file was selected."));
        return {};
    }

    // Before any step: the volume must be writable and the quarantine must have room.
    ReportNode &check = top.addChild(tr("Check the volume and the quarantine folder"));
    QString reason;
    if (FolderBackend::isReadOnlyFolder(m_root, &reason)) {
        check.finish(ReportNode::State::Failed, reason);
        top.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::ReadOnly,
                         tr("The Windows volume is read-only, so nothing was deleted. %1").arg(reason), m_root);
    }
    if (!AppDirs::makePrivateDir(m_quarantineDir)) {
        check.finish(ReportNode::State::Failed, m_quarantineDir);
        top.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::Failed, tr("The quarantine folder cannot be created, so nothing was deleted."),
                         m_quarantineDir);
    }
    qint64 needed = 0;
    for (const Finding &f : m_selected)
        needed += f.size;
    const QStorageInfo storage(m_quarantineDir);
    // bytesAvailable can be -1/0 on exotic file systems; the copy itself still catches ENOSPC.
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed + 64 * 1024) {
        check.finish(ReportNode::State::Failed,
                     QStringLiteral("%1 bytes needed, %2 available").arg(needed).arg(storage.bytesAvailable()));
        top.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::DiskFull,
                         tr("The quarantine folder's disk is full, so nothing was deleted. Free some space and try again."),
                         m_quarantineDir);
    }
    check.finish(ReportNode::State::Ok, QDir::toNativeSeparators(m_quarantineDir));

    Status firstError;
    const int total = int(m_selected.size());
    int done = 0;
    for (const Finding &f : m_selected) {
        if ((cancel && cancel->load()) || StopSignals::stopRequested()) {
            top.addChild(tr("Stopped before %1: cancelled").arg(f.relativePath)).finish(ReportNode::State::Skipped);
            if (firstError.ok())
                firstError = makeError(ErrorKind::Cancelled, tr("The repair was cancelled; files not yet handled were left as they were."));
            break;
        }
        if (progress)
            progress(f.relativePath, done, total);
        ReportNode &node = top.addChild(f.relativePath);
        const Status status = removeOne(f, node, removed);
        ++done;
        if (!status) {
            node.finish(ReportNode::State::Failed, status.error().details);
            if (firstError.ok())
                firstError = status;
            const ErrorKind k = status.error().kind;
            if (k == ErrorKind::ReadOnly || k == ErrorKind::DiskFull || k == ErrorKind::DeviceGone)
                break;  // the next file would fail the same way
        } else {
            node.finish(ReportNode::State::Ok);
        }
    }
    if (progress)
        progress(QString(), done, total);
    top.finish(firstError.ok() ? ReportNode::State::Ok : ReportNode::State::Failed);
    return firstError;
}

Status Remediation::removeOne(const Finding &f, ReportNode &node, QList<RemovedFile> &removed)
{
    if (!f.removable())
        return makeError(ErrorKind::Unsupported, tr("%1 is not a channel file that can be removed; it was left alone.").arg(f.relativePath),
                         Classifier::reasonText(f.reason));
    // The file must still be the one that was reviewed, and inside the volume.
    const QString folder = QFileInfo(f.absolutePath).path();
    if (!WindowsInstallation::staysInside(m_root, folder) || QFileInfo(folder).isSymLink())
        return makeError(ErrorKind::Unsupported, tr("%1 is not inside the volume; it was left alone.").arg(f.relativePath),
                         f.absolutePath);
    const QByteArray local = f.localPath();
    struct stat st {};
    if (::lstat(local.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT)
            return makeError(ErrorKind::Failed, tr("%1 is no longer there; it was left alone.").arg(f.relativePath),
                             f.absolutePath);
        return makeError(kindForErrno(err) == ErrorKind::DeviceGone ? ErrorKind::DeviceGone : ErrorKind::Failed,
                         kindForErrno(err) == ErrorKind::DeviceGone ? deviceGoneSentence(f.relativePath)
                                                                    : tr("%1 cannot be read; it was left alone.").arg(f.relativePath),
                         QString::fromLocal8Bit(strerror(err)));
    }
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorKind::Unsupported, tr("%1 is not a regular file; it was left alone.").arg(f.relativePath));
    QString error;
    errno = 0;
    const QString current = ChannelFileScanner::sha256Native(local, &error);
    if (current.isEmpty()) {
        if (kindForErrno(errno) == ErrorKind::DeviceGone)
            return makeError(ErrorKind::DeviceGone, deviceGoneSentence(f.relativePath), error);
        return makeError(ErrorKind::Failed, tr("%1 cannot be read; it was left alone.").arg(f.relativePath), error);
    }
    if (current != f.sha256)
        return makeError(ErrorKind::Failed, tr("%1 changed since it was reviewed; it was left alone.").arg(f.relativePath),
                         QStringLiteral("reviewed %1, now %2").arg(f.sha256, current));

    const QString copy = quarantinePathFor(f);
    if (Status copied = copyVerified(f, copy, node); !copied)
        return copied;
    node.addChild(tr("Copied to quarantine and verified (SHA-256 %1)").arg(f.sha256)).finish(ReportNode::State::Ok, copy);

    RemovedFile record{f.relativePath, f.size, f.lastWriteUtc, f.sha256, f.verdict, copy};
    // The manifest lists the copy, flushed, before the original goes: a crash in between loses nothing.
    if (Status manifest = appendToManifest(record); !manifest)
        return manifest;
    StopSignals::faultPoint("before-delete");

    if (::unlink(local.constData()) != 0) {
        const int err = errno;
        const ErrorKind kind = kindForErrno(err);
        if (kind == ErrorKind::DeviceGone)
            return makeError(kind, deviceGoneSentence(f.relativePath), QString::fromLocal8Bit(strerror(err)));
        return makeError(kind == ErrorKind::ReadOnly ? ErrorKind::ReadOnly : ErrorKind::Failed,
                         tr("%1 could not be deleted; the quarantine copy is kept.").arg(f.relativePath),
                         QString::fromLocal8Bit(strerror(err)));
    }
    if (!syncPath(folder) && kindForErrno(errno) == ErrorKind::DeviceGone)
        return makeError(ErrorKind::DeviceGone, deviceGoneSentence(f.relativePath), QString::fromLocal8Bit(strerror(errno)));
    struct stat after {};
    if (::lstat(local.constData(), &after) == 0)
        return makeError(ErrorKind::Failed, tr("%1 is still there after deleting it.").arg(f.relativePath), f.absolutePath);
    if (errno != ENOENT)
        return makeError(ErrorKind::DeviceGone, deviceGoneSentence(f.relativePath), QString::fromLocal8Bit(strerror(errno)));
    node.addChild(tr("Deleted from the affected disk and verified gone")).finish(ReportNode::State::Ok);
    removed.append(record);
    if (Status marked = markDeleted(record); !marked)
        return marked;
    log().info("removed {} ({} bytes, sha256 {}) to quarantine", u8(f.relativePath), f.size, u8(f.sha256));
    return {};
}

QString Remediation::deviceGoneSentence(const QString &relativePath)
{
    return tr("The affected disk stopped answering (unplugged, or its image file changed) while %1 was handled; its quarantine copy is kept. Connect the disk again and run the repair again.")
        .arg(relativePath);
}

Status Remediation::copyVerified(const Finding &finding, const QString &to, ReportNode &node)
{
    const QString &expectedSha = finding.sha256;
    QFile in;
    const int inFd = ::open(finding.localPath().constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    QFile out(to + QStringLiteral(".partial"));
    auto failCopy = [&](ErrorKind kind, const QString &details) -> Status {
        out.close();
        out.remove();
        const QString name = finding.fileName();
        if (kind == ErrorKind::DiskFull)
            return makeError(kind, tr("The quarantine folder's disk is full; %1 was left on the affected disk.").arg(name), details);
        if (kind == ErrorKind::DeviceGone)
            return makeError(kind, deviceGoneSentence(finding.relativePath), details);
        return makeError(ErrorKind::Failed,
                         tr("%1 could not be copied to quarantine, so it was left on the affected disk.").arg(name), details);
    };
    if (!QDir().mkpath(QFileInfo(to).path()))
        return failCopy(ErrorKind::Failed, QStringLiteral("cannot create %1").arg(QFileInfo(to).path()));
    if (inFd < 0 || !in.open(inFd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        const int err = errno;
        if (inFd >= 0)
            ::close(inFd);
        return failCopy(kindForErrno(err) == ErrorKind::DeviceGone ? ErrorKind::DeviceGone : ErrorKind::Failed,
                        QString::fromLocal8Bit(strerror(err)));
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failCopy(kindForErrno(errno), out.errorString());
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            return failCopy(ErrorKind::DeviceGone, in.errorString());
        if (buffer.isEmpty())
            break;
        errno = 0;
        if (out.write(buffer) != buffer.size() || !out.flush())
            return failCopy(kindForErrno(errno ? errno : ENOSPC), out.errorString());
    }
    // The copy keeps the original's last-write time: it is evidence for the verdict.
    out.setFileTime(finding.lastWriteUtc, QFileDevice::FileModificationTime);
    if (::fsync(out.handle()) != 0)
        return failCopy(kindForErrno(errno), QString::fromLocal8Bit(strerror(errno)));
    out.close();
    in.close();

    QString error;
    const QString copied = ChannelFileScanner::sha256(out.fileName(), &error);
    if (copied != expectedSha)
        return failCopy(ErrorKind::Failed, QStringLiteral("copy sha256 %1, expected %2 %3").arg(copied, expectedSha, error));
    QFile::remove(to);
    if (!QFile::rename(out.fileName(), to))
        return failCopy(ErrorKind::Failed, QStringLiteral("rename %1 -> %2 failed").arg(out.fileName(), to));
    syncPath(QFileInfo(to).path());
    Q_UNUSED(node);
    return {};
}

QStringList Remediation::interruptedRuns(const QString &casesDir, const QString &target)
{
    QStringList lines;
    const QDir cases(casesDir);
    for (const QString &id : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = cases.filePath(id);
        if (QFile record(folder + QStringLiteral("/case.json")); record.exists()) {
            // A run on this target that was stopped: its case says what it had removed.
            if (target.isEmpty() || record.size() > 64 * 1024 * 1024 || !record.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject c = QJsonDocument::fromJson(record.readAll()).object();
            if (c.value(QStringLiteral("outcome")).toString() != QLatin1String("cancelled")
                || c.value(QStringLiteral("target")).toString() != target)
                continue;
            int kept = 0;
            for (const QJsonValue &v : c.value(QStringLiteral("removed")).toArray())
                kept += QFileInfo::exists(v.toObject().value(QStringLiteral("quarantinePath")).toString());
            if (kept > 0)
                lines << tr("An earlier run on this drive that was stopped (case %1) already removed %n file(s); the copies are kept in %2.",
                            nullptr, kept)
                             .arg(id, QDir::toNativeSeparators(folder + QStringLiteral("/quarantine")));
            continue;
        }
        QFile manifest(folder + QStringLiteral("/quarantine/manifest.json"));
        if (manifest.size() > 64 * 1024 * 1024 || !manifest.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(manifest.readAll()).object();
        const QString named = root.value(QStringLiteral("target")).toString();
        if (!named.isEmpty() && !target.isEmpty() && named != target)
            continue;  // another drive's interrupted run: said when that drive is fixed
        int removed = 0, copiedOnly = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = v.toObject();
            if (!QFileInfo::exists(folder + QStringLiteral("/quarantine/") + o.value(QStringLiteral("quarantinePath")).toString()))
                continue;
            (o.value(QStringLiteral("originalDeleted")).toBool(true) ? removed : copiedOnly)++;
        }
        const QString where = QDir::toNativeSeparators(folder + QStringLiteral("/quarantine"));
        if (removed > 0)
            lines << tr("An earlier run that was interrupted (case %1) already removed %n file(s); the copies are kept in %2.", nullptr, removed)
                         .arg(id, where);
        if (copiedOnly > 0)
            lines << tr("An earlier run that was interrupted (case %1) copied %n file(s) to %2 but may not have deleted them.", nullptr, copiedOnly)
                         .arg(id, where);
    }
    return lines;
}

Status Remediation::appendToManifest(const RemovedFile &file)
{
    m_manifest.append({file, false});
    return writeManifest();
}

Status Remediation::markDeleted(const RemovedFile &file)
{
    for (ManifestEntry &entry : m_manifest)
        if (entry.file.quarantinePath == file.quarantinePath)
            entry.originalDeleted = true;
    return writeManifest();
}

Status Remediation::writeManifest() const
{
    // Written whole and atomically (QSaveFile: write, fsync, rename) from an entry list that only
    // grows, so the file on disk never lists fewer copies than exist.
    QJsonArray files;
    for (const ManifestEntry &entry : m_manifest) {
        QJsonObject o = entry.file.toJson();
        // The manifest travels with the quarantine folder: paths relative to it.
        o.insert(QStringLiteral("quarantinePath"), QDir(m_quarantineDir).relativeFilePath(entry.file.quarantinePath));
        o.insert(QStringLiteral("originalDeleted"), entry.originalDeleted);
        files.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("caseId"), m_caseId);
    if (!m_target.isEmpty())
        root.insert(QStringLiteral("target"), m_target);
    root.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("files"), files);
    QSaveFile file(manifestPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return makeError(kindForErrno(errno) == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Failed,
                         tr("The quarantine list (manifest.json) cannot be written."), file.errorString());
    syncPath(m_quarantineDir);
    return {};
}

}  // namespace ra
