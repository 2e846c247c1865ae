// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/windowsinstallation.h"

#include <QDir>
#include <QFileInfo>

namespace ra {

bool WindowsInstallation::staysInside(const QString &root, const QString &path)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonicalRoot.isEmpty() || canonical.isEmpty())
        return false;
    return canonical == canonicalRoot || canonical.startsWith(canonicalRoot + u'/');
}

QString WindowsInstallation::matchName(const QString &dir, const QString &name, Ambiguity ambiguity)
{
    const QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    if (entries.contains(name))
        return name;
    QString chosen;
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (ambiguity == Ambiguity::FirstInOrder)
            return entry;
        if (!chosen.isEmpty())
            return {};  // "system" and "System" side by side: neither is taken
        chosen = entry;
    }
    return chosen;
}

Result<QString> WindowsInstallation::resolve(const QString &root, const QString &relative, bool allowLinks)
{
    QString current = QFileInfo(root).canonicalFilePath();
    if (current.isEmpty())
        return makeError(ErrorKind::NotFound, tr("The volume folder is not there."), root);
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")))
        return makeError(ErrorKind::BadInput, tr("The path leaves the volume."), relative);
    for (const QString &part : parts) {
        QDir dir(current);
        // Stable when a volume holds names differing only in case: the first in sorted order.
        const QString found = matchName(current, part, Ambiguity::FirstInOrder);
        if (found.isEmpty())
            return makeError(ErrorKind::NotFound, tr("The folder or file %1 is not on this volume.").arg(relative),
                             current + u'/' + part);
        const QString next = dir.filePath(found);
        const QFileInfo info(next);
        if (info.isSymLink() || info.isJunction()) {
            if (!allowLinks || !staysInside(root, next))
                return makeError(ErrorKind::Unsupported,
                                 tr("%1 is a link or junction; it is not followed, for safety.").arg(relative),
                                 QStringLiteral("%1 -> %2").arg(next, info.symLinkTarget()));
        }
        current = next;
    }
    return current;
}

Result<WindowsInstallation> WindowsInstallation::locate(const QString &root)
{
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir())
        return makeError(ErrorKind::NotFound, tr("The volume folder is not there."), root);
    auto system32 = resolve(root, QStringLiteral("Windows/System32"));
    if (!system32)
        return makeError(system32.error().kind == ErrorKind::Unsupported ? ErrorKind::Unsupported : ErrorKind::NotFound,
                         tr("No Windows installation was found on this volume."), system32.error().details);
    WindowsInstallation w;
    w.root = rootInfo.canonicalFilePath();
    w.windowsDir = QFileInfo(system32.value()).path();
    w.windowsName = QFileInfo(w.windowsDir).fileName();
    return w;
}

}  // namespace ra
