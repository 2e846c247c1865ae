// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Key exports loaded into memory for the front ends (the escrow command, the session): the
// index and the readers of system/escrow/ behind one small interface. Keys stay in memory,
// wiped when this is destroyed; nothing read from an export is logged except counts.

#include "domain/escrowentry.h"
#include "domain/result.h"
#include "domain/volume.h"
#include "system/escrow/keybundle.h"  // LockedBuffer, KeyBundleInfo: values the front ends hold

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
    KeyExports(KeyExports &&) noexcept;
    KeyExports &operator=(KeyExports &&) noexcept;

    // Adds the keys of one export (format and encoding detected); bad rows are in the summary.
    Result<EscrowImportSummary> importFile(const QString &path);
    // The same for bytes already read (sourceName stands for the file name).
    Result<EscrowImportSummary> importData(const QByteArray &data, const QString &sourceName);
    // A key bundle (escrow pack): the file starts with the bundle magic.
    static bool isBundle(const QString &path);
    // Adds the keys of a bundle. A wrong passphrase or a modified file: one sentence, nothing added.
    Result<KeyBundleInfo> importBundle(const QString &path, const LockedBuffer &passphrase);
    // Seals every loaded key into path (whole or not at all, mode 0600).
    Result<KeyBundleInfo> writeBundle(const QString &path, const QList<EscrowImportSummary> &sources,
                                      const LockedBuffer &passphrase) const;
    bool isEmpty() const { return keyCount() == 0; }

    // The keys filed under these Key IDs as unlock material that names its export entry (file,
    // host, date, line, claimed Key ID): in the order of ids, newest first per Key ID.
    QList<UnlockMaterial> keysFor(const QList<ProtectorId> &ids) const;
    // The keys filed for a computer name (the drive's own name), newest first.
    QList<UnlockMaterial> keysForHost(const QString &host) const;
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
