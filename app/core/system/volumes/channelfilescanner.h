// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the files that match a playbook under a volume root into Findings: size, last-write
// time (UTC), SHA-256, header state, verdict. Reads only; never writes. Opens only regular files
// (O_NOFOLLOW | O_NONBLOCK, then fstat): FIFOs, devices and files larger than the playbook's
// maxBytes are listed, never read. Names that are not UTF-8 are found and shown escaped.

#include "domain/finding.h"
#include "domain/playbook.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace ra {

struct ScanResult {
    bool windowsFound = false;
    QString windowsDir;          // absolute
    QString windowsRelative;     // as named on disk, relative to the root
    bool targetFolderFound = false;  // e.g. Windows/System32/drivers/CrowdStrike
    QList<Finding> findings;     // sorted by file name
    QStringList skipped;         // matching names that were not read (links, unreadable), with reasons
};

class ChannelFileScanner {
    Q_DECLARE_TR_FUNCTIONS(ChannelFileScanner)

public:
    static Result<ScanResult> scan(const Playbook &playbook, const QString &root);
    // SHA-256 (lower-case hex) of a file, streamed; empty on error.
    static QString sha256(const QString &path, QString *error = nullptr);
    static QString sha256Native(const QByteArray &path, QString *error = nullptr);
    // A file name's bytes for a screen or a ticket: invalid UTF-8 and control characters as \xNN.
    static QString displayName(const QByteArray &name);
};

}  // namespace ra
