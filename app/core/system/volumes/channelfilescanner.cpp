// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/channelfilescanner.h"

#include "system/volumes/windowsinstallation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ra {

QString ChannelFileScanner::sha256(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<ScanResult> ChannelFileScanner::scan(const Playbook &playbook, const QString &root)
{
    ScanResult result;
    auto windows = WindowsInstallation::locate(root);
    if (!windows) {
        if (windows.error().kind != ErrorKind::NotFound)
            return windows.error();
        return result;  // not a Windows volume: nothing to scan
    }
    result.windowsFound = true;
    result.windowsDir = windows->windowsDir;
    result.windowsRelative = windows->windowsName;

    auto folder = WindowsInstallation::resolve(root, playbook.targetFolder);
    if (!folder) {
        if (folder.error().kind == ErrorKind::NotFound)
            return result;
        return folder.error();  // a link out of the volume: refuse
    }
    result.targetFolderFound = true;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString relativeFolder = QDir(canonicalRoot).relativeFilePath(folder.value());

    const QFileInfoList entries = QDir(folder.value()).entryInfoList(
        QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &info : entries) {
        if (!playbook.matchesFileName(info.fileName()))
            continue;
        if (info.isSymLink() || info.isJunction()) {
            result.skipped.append(tr("%1 is a link; it is not followed.").arg(info.fileName()));
            continue;
        }
        Finding f;
        f.relativePath = relativeFolder + u'/' + info.fileName();
        f.absolutePath = info.absoluteFilePath();
        f.size = info.size();
        f.lastWriteUtc = info.fileTime(QFileDevice::FileModificationTime).toUTC();
        QFile file(f.absolutePath);
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            result.skipped.append(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
            continue;
        }
        // The header check looks at as many bytes as the header, or a whole small file for zeros.
        const QByteArray head = file.read(qMax<qint64>(playbook.header.size(), 4096));
        file.close();
        f.header = Classifier::headerState(playbook, head);
        if (f.header == HeaderState::AllZero && f.size > head.size()) {
            // Only call it zero-filled when the whole file is zeros.
            QFile whole(f.absolutePath);
            if (whole.open(QIODevice::ReadOnly)) {
                while (!whole.atEnd()) {
                    const QByteArray chunk = whole.read(1 << 20);
                    if (chunk.count('\0') != chunk.size()) {
                        f.header = HeaderState::Other;
                        break;
                    }
                }
            }
        }
        f.sha256 = sha256(f.absolutePath, &error);
        if (f.sha256.isEmpty()) {
            result.skipped.append(tr("%1 cannot be read: %2").arg(info.fileName(), error));
            continue;
        }
        const auto verdict = Classifier::classify(playbook, f.lastWriteUtc, f.header);
        f.verdict = verdict.verdict;
        f.reason = verdict.reason;
        result.findings.append(f);
    }
    return result;
}

}  // namespace ra
