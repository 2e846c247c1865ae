// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads WindowsFacts from the offline registry of one Windows installation: the SYSTEM and
// SOFTWARE hives under <Windows>/System32/config, found case-insensitively, never through a
// link, opened read-only. A hive that is missing, truncated, corrupt or unreadable leaves its
// facts empty with a sentence in unknownReasons; nothing here fails or throws.

#include "domain/windowsfacts.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

class WindowsFactsReader {
    Q_DECLARE_TR_FUNCTIONS(WindowsFactsReader)

public:
    // windowsDir: the Windows folder on the volume (e.g. <root>/Windows, any case).
    static WindowsFacts read(const QString &windowsDir);

    // The entry `name` of `dir` matched ignoring case (an exact match wins); empty when absent,
    // ambiguous, or a symbolic link (links on the volume are never followed).
    static QString findEntry(const QString &dir, const QString &name);
    // <windowsDir>/System32/config/<hiveName>, each part found with findEntry; empty when absent.
    static QString findHive(const QString &windowsDir, const QString &hiveName);
    // "Windows 11 Pro" for ProductName "Windows 10 Pro" at build 22000 or later; see the .cpp.
    static QString productNameForBuild(const QString &registryProductName, const QString &currentBuild);
    // 0..4 -> "boot", "system", "automatic", "manual", "disabled"; empty otherwise.
    static QString startTypeName(quint32 start);
};

}  // namespace ra
