// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Key exports loaded into memory for the front ends (the escrow command, the session): the
// index and the readers of system/escrow/ behind one small interface. Keys stay in memory,
// wiped when this is destroyed; nothing read from an export is logged except counts.

#include "domain/escrowentry.h"
#include "domain/result.h"

#include <QStringList>

#include <memory>

namespace ra {

class EscrowIndex;

class KeyExports {
public:
    KeyExports();
    ~KeyExports();
    KeyExports(const KeyExports &) = delete;
    KeyExports &operator=(const KeyExports &) = delete;

    // Adds the keys of one export (format and encoding detected); bad rows are in the summary.
    Result<EscrowImportSummary> importFile(const QString &path);
    // A full GUID or an 8-digit short Key ID, else a host name; newest first.
    QList<EscrowEntry> lookup(QStringView keyIdOrHost) const;
    // The volume's own protector GUID (also entries that carry only its short Key ID).
    QList<EscrowEntry> lookupProtector(const ProtectorId &id) const;
    QList<EscrowEntry> lookupHost(QStringView host) const;
    int keyCount() const;

    static QString formatId(EscrowFormat format);    // "crowdstrike", "graph-csv", … (JSON)
    static QString formatName(EscrowFormat format);  // "CrowdStrike CSV", … (shown)

private:
    std::unique_ptr<EscrowIndex> m_index;
};

}  // namespace ra
