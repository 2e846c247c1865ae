// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds a Windows installation under a volume root and resolves paths inside it the way NTFS
// names behave (case-insensitive), refusing every path whose resolution leaves the root
// (symbolic links, and junctions, which ntfs-3g shows as symbolic links).

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

class WindowsInstallation {
    Q_DECLARE_TR_FUNCTIONS(WindowsInstallation)

public:
    // What to do when a folder holds several names that differ only in case and none is exact.
    enum class Ambiguity { FirstInOrder, Refuse };
    // The name of dir's entry that matches name case-insensitively, as it is on disk: the exact
    // name when present, else per ambiguity. Empty when there is none. Links are not judged here.
    static QString matchName(const QString &dir, const QString &name, Ambiguity ambiguity);

    // Resolves relative ("Windows/System32/…") under root, matching each name case-insensitively.
    // NotFound when a component is missing; Unsupported when a component is a link that leads
    // out of root (or any link, when allowLinks is false).
    static Result<QString> resolve(const QString &root, const QString &relative, bool allowLinks = false);
    // True when path (existing) lies inside root once every link is resolved.
    static bool staysInside(const QString &root, const QString &path);

    // The installation under root: a "Windows" folder (any case) holding System32.
    static Result<WindowsInstallation> locate(const QString &root);

    QString root;             // canonical volume root
    QString windowsDir;       // absolute path of the Windows folder as it is on disk
    QString windowsName;      // its name on disk ("Windows", "WINDOWS", …)
};

}  // namespace ra
