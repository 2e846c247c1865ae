// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/remediation.h"

#include "system/appdirs.h"
#include "system/volumes/channelfilescanner.h"
#include "system/volumes/folderbackend.h"
#include "system/logging.h"
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
    case ENOTCONN: return ErrorKind::DeviceGone;
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

Remediation::Remediation(QString volumeRoot, QList<Finding> selected, QString quarantineDir, QString caseId)
    : m_root(std::move(volumeRoot)), m_selected(std::move(selected)), m_quarantineDir(std::move(quarantineDir)),
      m_caseId(std::move(caseId))
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
        if (cancel && cancel->load()) {
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
        if (const Status manifest = writeManifest(removed); !manifest && firstError.ok())
            firstError = manifest;
    }
    if (progress)
        progress(QString(), done, total);
    top.finish(firstError.ok() ? ReportNode::State::Ok : ReportNode::State::Failed);
    return firstError;
}

Status Remediation::removeOne(const Finding &f, ReportNode &node, QList<RemovedFile> &removed)
{
    // The file must still be the one that was reviewed, and inside the volume.
    if (!WindowsInstallation::staysInside(m_root, f.absolutePath) || QFileInfo(f.absolutePath).isSymLink())
        return makeError(ErrorKind::Unsupported, tr("%1 is not inside the volume; it was left alone.").arg(f.relativePath),
                         f.absolutePath);
    QString error;
    const QString current = ChannelFileScanner::sha256(f.absolutePath, &error);
    if (current.isEmpty()) {
        if (!QFileInfo::exists(f.absolutePath))
            return makeError(ErrorKind::DeviceGone, tr("%1 is no longer there; the disk may have been removed.").arg(f.relativePath),
                             f.absolutePath);
        return makeError(ErrorKind::Failed, tr("%1 cannot be read; it was left alone.").arg(f.relativePath), error);
    }
    if (current != f.sha256)
        return makeError(ErrorKind::Failed, tr("%1 changed since it was reviewed; it was left alone.").arg(f.relativePath),
                         QStringLiteral("reviewed %1, now %2").arg(f.sha256, current));

    const QString copy = quarantinePathFor(f);
    if (Status copied = copyVerified(f.absolutePath, copy, f.sha256, node); !copied)
        return copied;
    node.addChild(tr("Copied to quarantine and verified (SHA-256 %1)").arg(f.sha256)).finish(ReportNode::State::Ok, copy);

    RemovedFile record{f.relativePath, f.size, f.lastWriteUtc, f.sha256, f.verdict, copy};
    // The manifest lists the copy before the original goes, so a crash in between loses nothing.
    QList<RemovedFile> withThis = removed;
    withThis.append(record);
    if (Status manifest = writeManifest(withThis); !manifest)
        return manifest;

    QFile original(f.absolutePath);
    if (!original.remove()) {
        const int err = errno;
        return makeError(kindForErrno(err) == ErrorKind::ReadOnly ? ErrorKind::ReadOnly : ErrorKind::Failed,
                         tr("%1 could not be deleted; the quarantine copy is kept.").arg(f.relativePath),
                         original.errorString());
    }
    syncPath(QFileInfo(f.absolutePath).path());
    if (QFileInfo::exists(f.absolutePath))
        return makeError(ErrorKind::Failed, tr("%1 is still there after deleting it.").arg(f.relativePath), f.absolutePath);
    node.addChild(tr("Deleted from the affected disk and verified gone")).finish(ReportNode::State::Ok);
    removed.append(record);
    log().info("removed {} ({} bytes, sha256 {}) to quarantine", u8(f.relativePath), f.size, u8(f.sha256));
    return {};
}

Status Remediation::copyVerified(const QString &from, const QString &to, const QString &expectedSha, ReportNode &node)
{
    QFile in(from);
    QFile out(to + QStringLiteral(".partial"));
    auto failCopy = [&](ErrorKind kind, const QString &details) -> Status {
        out.close();
        out.remove();
        const QString name = QFileInfo(from).fileName();
        if (kind == ErrorKind::DiskFull)
            return makeError(kind, tr("The quarantine folder's disk is full; %1 was left on the affected disk.").arg(name), details);
        return makeError(kind == ErrorKind::DeviceGone ? kind : ErrorKind::Failed,
                         tr("%1 could not be copied to quarantine, so it was left on the affected disk.").arg(name), details);
    };
    if (!QDir().mkpath(QFileInfo(to).path()))
        return failCopy(ErrorKind::Failed, QStringLiteral("cannot create %1").arg(QFileInfo(to).path()));
    if (!in.open(QIODevice::ReadOnly))
        return failCopy(ErrorKind::DeviceGone, in.errorString());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failCopy(kindForErrno(errno), out.errorString());
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            return failCopy(ErrorKind::DeviceGone, in.errorString());
        errno = 0;
        if (out.write(buffer) != buffer.size() || !out.flush())
            return failCopy(kindForErrno(errno ? errno : ENOSPC), out.errorString());
    }
    // The copy keeps the original's last-write time: it is evidence for the verdict.
    out.setFileTime(in.fileTime(QFileDevice::FileModificationTime), QFileDevice::FileModificationTime);
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

Status Remediation::writeManifest(const QList<RemovedFile> &removed) const
{
    QJsonArray files;
    for (const RemovedFile &r : removed) {
        QJsonObject o = r.toJson();
        // The manifest travels with the quarantine folder: paths relative to it.
        o.insert(QStringLiteral("quarantinePath"), QDir(m_quarantineDir).relativeFilePath(r.quarantinePath));
        files.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("caseId"), m_caseId);
    root.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("files"), files);
    QSaveFile file(manifestPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return makeError(kindForErrno(errno) == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Failed,
                         tr("The quarantine list (manifest.json) cannot be written."), file.errorString());
    return {};
}

}  // namespace ra
