// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Recovery keys loaded from escrow exports (CrowdStrike's export script, Entra ID / Graph CSV
// and JSON, Active Directory, MBAM / Configuration Manager), looked up by the Key ID the
// volume carries or by host name.
//
// Keys stay in memory only and are wiped when the index is cleared or destroyed; the index
// remembers only the file paths. Nothing read from an export is logged except counts.
// Lookups are O(log n) on sorted arrays (well under a millisecond at a million keys).
// Not thread-safe: use one index from one thread (lookupHost builds its table on first use).

#include "domain/escrowentry.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace ra {

class EscrowIndex {
    Q_DECLARE_TR_FUNCTIONS(EscrowIndex)

public:
    EscrowIndex();
    ~EscrowIndex();
    EscrowIndex(EscrowIndex &&other) noexcept;
    EscrowIndex &operator=(EscrowIndex &&other) noexcept;
    EscrowIndex(const EscrowIndex &) = delete;
    EscrowIndex &operator=(const EscrowIndex &) = delete;

    // Adds the keys of one export (format and encoding detected). Bad rows are reported in the
    // summary and skipped; an error only when the file cannot be read or is no key export.
    Result<EscrowImportSummary> importFile(const QString &path);
    // The same for data already in memory (tests, a pasted export); sourceName stands for the path.
    Result<EscrowImportSummary> importData(const QByteArray &data, const QString &sourceName);
    // The same for bytes the caller keeps in locked memory (a decrypted key bundle); not copied.
    Result<EscrowImportSummary> importMemory(const char *data, qsizetype size, const QString &sourceName);

    // A full GUID or an 8-digit short Key ID (any case, braces or not), else a host name.
    // Newest first (entries without a date last); empty when nothing matches.
    QList<EscrowEntry> lookup(QStringView keyIdOrHost) const;
    QList<EscrowEntry> lookupKeyId(QStringView shortOrFullKeyId) const;
    // The volume's own protector GUID; also finds entries that carry only its short Key ID.
    QList<EscrowEntry> lookupProtector(const ProtectorId &id) const;
    // Case-insensitive; "PC01.corp.example" also finds "PC01" when nothing matches in full.
    QList<EscrowEntry> lookupHost(QStringView host) const;

    // Every key once (duplicates folded), in Key ID order; the entry lives only during the call.
    void forEachEntry(const std::function<void(const EscrowEntry &)> &visit) const;

    int keyCount() const;
    bool isEmpty() const { return keyCount() == 0; }
    QStringList files() const;
    // Wipes every key and forgets every file.
    void clear();

    // A stable identifier for JSON ("crowdstrike", "graph-csv", "ad", "mbam", "graph-json", "csv").
    static QString formatId(EscrowFormat format);
    // The product name shown to the technician ("CrowdStrike CSV", "Active Directory CSV", …).
    static QString formatName(EscrowFormat format);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace ra
