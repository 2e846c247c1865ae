// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The format readers behind EscrowIndex. Built for exports of millions of rows: the file is
// parsed in place as bytes (views, no per-row allocation on the common path) and every key is
// stored in a compact record. Not for direct use: EscrowIndex is the API.

#include "domain/escrowentry.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

#include <array>

#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace ra {

// One key, compact (64 bytes): a million-row export must load in a fraction of a second.
struct EscrowRecord {
    static constexpr qint64 NoDate = std::numeric_limits<qint64>::min();
    using KeyBlocks = std::array<quint16, RecoveryKey::GroupCount>;

    KeyBlocks key{};          // the recovery key as its 8 blocks (each group / 11); a secret
    QUuid id;                 // the full GUID; with shortOnly only data1 (the short Key ID) is set
    qint64 dateMs = NoDate;   // UTC milliseconds since the epoch
    quint32 hostOffset = 0;   // UTF-8 host name in EscrowStore::hosts
    quint32 line = 0;
    quint16 hostLength = 0;
    quint16 file = 0;         // index in EscrowStore::files
    quint16 directory = 0;    // index in EscrowStore::labels (0 = empty)
    quint16 volumeType = 0;   // index in EscrowStore::labels (0 = empty)
    EscrowFormat format = EscrowFormat::Unknown;
    bool shortOnly = false;
    bool merged = false;      // a duplicate folded into another record; not listed, key wiped

    // The key as a RecoveryKey (built on demand, for results only).
    RecoveryKey recoveryKey() const;
    void wipeKey() { secureWipe(key.data(), sizeof(key)); }
};

static_assert(std::is_trivially_copyable_v<EscrowRecord>, "records are copied and wiped as plain memory");

// Everything the index holds. Every key is wiped when the store is destroyed or truncated.
struct EscrowStore {
    EscrowStore() = default;
    ~EscrowStore() { truncate(0); }
    EscrowStore(const EscrowStore &) = delete;
    EscrowStore &operator=(const EscrowStore &) = delete;

    std::vector<EscrowRecord> records;
    std::vector<quint64> newIds;              // (short Key ID << 32 | record) of records just read
    std::string hosts;                        // host names, back to back
    QStringList labels{QString()};            // directory and volume type values, interned
    QHash<QString, quint16> labelIndex;
    QStringList files;

    quint16 internLabel(const char *data, qsizetype size);
    void truncate(std::size_t recordCount);
};

class EscrowReader {
    Q_DECLARE_TR_FUNCTIONS(EscrowReader)

public:
    // Parses one export (any supported format and encoding) and appends its records to store.
    // Bad rows go to the summary's problems; only an unreadable or unrecognized file is an
    // error, and then store is left as it was.
    static Result<EscrowImportSummary> read(const char *data, qsizetype size, const QString &filePath,
                                            EscrowStore &store);
};

}  // namespace ra
