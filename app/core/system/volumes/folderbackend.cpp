// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/folderbackend.h"

#include "system/registry/windowsfactsreader.h"
#include "system/volumes/windowsinstallation.h"

#include <QFileInfo>
#include <QStorageInfo>

#include <sys/statvfs.h>
#include <unistd.h>

namespace ra {

namespace {
class FolderMount : public Mount {
public:
    FolderMount(QString root, bool readOnly, QString reason)
        : m_root(std::move(root)), m_readOnly(readOnly), m_reason(std::move(reason)) {}
    QString root() const override { return m_root; }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override { return m_reason; }
    Status close(Report &) override { return {}; }  // we mounted nothing

private:
    QString m_root;
    bool m_readOnly;
    QString m_reason;
};
}  // namespace

bool FolderBackend::accepts(const QString &target) const
{
    return QFileInfo(target).isDir();
}

bool FolderBackend::isReadOnlyFolder(const QString &path, QString *reason)
{
    const QByteArray native = QFile::encodeName(path);
    struct statvfs vfs {};
    if (statvfs(native.constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY)) {
        if (reason)
            *reason = tr("The volume is mounted read-only.");
        return true;
    }
    if (access(native.constData(), W_OK) != 0) {
        if (reason)
            *reason = tr("This folder cannot be written with the current rights.");
        return true;
    }
    return false;
}

Result<QList<VolumeInfo>> FolderBackend::scan(const QStringList &targets)
{
    QList<VolumeInfo> volumes;
    for (const QString &target : targets) {
        const QFileInfo info(target);
        if (!info.isDir())
            return makeError(ErrorKind::NotFound, tr("The folder %1 does not exist.").arg(target));
        VolumeInfo v;
        v.target = info.canonicalFilePath();
        v.kind = VolumeKind::Folder;
        const QStorageInfo storage(v.target);
        v.size = storage.bytesTotal();
        v.label = storage.name();
        v.mountPoint = storage.rootPath();
        // Nothing to unlock: the registry can be read now, so the Detect page can name the
        // machine before anything is opened (reading only).
        if (const auto installation = WindowsInstallation::locate(v.target))
            v.windows = WindowsFactsReader::read(installation->windowsDir);
        volumes.append(v);
    }
    return volumes;
}

Result<std::unique_ptr<Mount>> FolderBackend::open(const VolumeInfo &volume, const UnlockMaterial &,
                                                         const OpenOptions &, Report &report)
{
    ReportNode &node = report.addChild(tr("Open the folder %1").arg(volume.target));
    if (!QFileInfo(volume.target).isDir()) {
        node.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::DeviceGone, tr("The folder %1 is no longer there.").arg(volume.target));
    }
    QString reason;
    const bool readOnly = isReadOnlyFolder(volume.target, &reason);
    node.finish(readOnly ? ReportNode::State::Warning : ReportNode::State::Ok, reason);
    return std::unique_ptr<Mount>(new FolderMount(volume.target, readOnly, reason));
}

}  // namespace ra
