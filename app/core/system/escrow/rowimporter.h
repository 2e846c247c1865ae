// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The row importer of the key-export readers (internal to system/escrow): one row's fields by
// role into a record (key, Key ID, host, date, directory), bad rows by line and reason, never
// echoing a key; the export format named from its header; memory sized for the file.

#include "system/escrow/csvtokenizer.h"
#include "system/escrow/exportfields.h"
#include "system/escrow/exporttext.h"

#include <QCoreApplication>

#include <sys/mman.h>

namespace ra::escrowimport {

// Turns the values of one row into a record (or a problem) in the store.
class RowImporter {
    Q_DECLARE_TR_FUNCTIONS(EscrowReader)

public:
    RowImporter(EscrowStore &store, EscrowImportSummary &summary, quint16 file)
        : m_store(store), m_summary(summary), m_file(file) {}

    void add(RowValues v, int line)
    {
        bool empty = true;
        for (Bytes &value : v) {
            value = trimmed(value);
            empty = empty && value.empty();
        }
        if (empty)
            return;
        ++m_summary.rows;

        QUuid id;
        bool shortOnly = false;
        bool haveId = false;
        bool idMalformed = false;
        qint64 dateMs = parseDate(v[DateRole]);
        Bytes host = v[HostRole];
        if (!v[IdRole].empty()) {
            haveId = parseKeyId(v[IdRole], id, shortOnly);
            idMalformed = !haveId;
        }
        // AD: the GUID and date are in the recovery object's name (Name/CN or the DN).
        for (Bytes objectName : {v[NameRole], rdnValue(v[DnRole], 0)}) {
            if (objectName.empty())
                continue;
            const RecoveryObjectName object = parseRecoveryObjectName(objectName);
            if (!object.ok) {
                if (host.empty())
                    host = objectName;  // MBAM/AD "Name" holding the computer name
                continue;
            }
            if (!haveId || shortOnly) {
                id = object.id, shortOnly = false, haveId = true;
                idMalformed = false;  // "System.Byte[]" in msFVE-RecoveryGuid: the name has it
            }
            if (dateMs == EscrowRecord::NoDate)
                dateMs = object.dateMs;
        }
        if (host.empty() && !v[DnRole].empty() && parseRecoveryObjectName(rdnValue(v[DnRole], 0)).ok)
            host = rdnValue(v[DnRole], 1);
        if (host.empty())
            host = v[DeviceIdRole];

        const Bytes keyText = v[KeyRole];
        if (keyText.empty())
            return reject(line, tr("The recovery key is missing."));
        EscrowRecord::KeyBlocks blocks;
        if (!packCanonicalKey(keyText, blocks)) {
            Result<RecoveryKey> key = parseKey(keyText);
            if (!key)
                return reject(line, key.error().message);
            const SecureBytes canonical = key->canonicalBytes();
            packCanonicalKey(Bytes(canonical.data(), canonical.size()), blocks);
        }
        if (idMalformed || !haveId) {
            secureWipe(blocks.data(), sizeof(blocks));
            return reject(line, idMalformed ? tr("The Key ID is neither a GUID nor an 8-digit Key ID.")
                                            : tr("The Key ID is missing."));
        }

        m_store.newIds.push_back((quint64(id.data1) << 32) | quint64(m_store.records.size()));
        EscrowRecord &r = m_store.records.emplace_back();
        r.key = blocks;
        secureWipe(blocks.data(), sizeof(blocks));
        r.id = id;
        r.shortOnly = shortOnly;
        r.dateMs = dateMs;
        // One line, no control characters, bounded: done once, here (ExportText).
        QByteArray cleanHost;
        if (!ExportText::isClean(host)) {
            cleanHost = ExportText::oneLine(host).toUtf8();
            host = Bytes(cleanHost.constData(), std::size_t(cleanHost.size()));
        }
        if (!host.empty() && host.size() <= std::numeric_limits<quint16>::max()
            && m_store.hosts.size() + host.size() < std::numeric_limits<quint32>::max()) {
            r.hostOffset = quint32(m_store.hosts.size());
            r.hostLength = quint16(host.size());
            m_store.hosts.append(host);
        }
        r.line = quint32(line);
        r.file = m_file;
        r.format = m_summary.format;
        r.directory = label(v[DirectoryRole], m_lastDirectory);
        r.volumeType = label(v[VolumeTypeRole], m_lastVolumeType);
    }

    // A field other than the key column holds a recovery-key-shaped run of digits (another
    // machine's key in a multi-line Host or Directory field, a whole other row): the row is bad,
    // reported by its line only; nothing of it is kept or echoed.
    void rejectKeyOutsideKeyColumn(int line)
    {
        ++m_summary.rows;
        reject(line, tr("A field other than the recovery key column holds a recovery key; the row is not used."));
    }

    void reject(int line, const QString &reason)
    {
        ++m_summary.badRows;
        if (m_summary.problems.size() < EscrowImportSummary::MaxProblems)
            m_summary.problems.append(EscrowProblem{line, reason});
    }

private:
    // The last few distinct values: a directory column alternates between a handful.
    struct LabelCache {
        std::array<std::string, 4> text;
        std::array<quint16, 4> index{};
        std::size_t next = 0;
    };

    quint16 label(Bytes value, LabelCache &cache)
    {
        if (value.empty())
            return 0;
        for (std::size_t i = 0; i < cache.text.size(); ++i)
            if (cache.index[i] && value == cache.text[i])
                return cache.index[i];
        const quint16 index = m_store.internLabel(value.data(), qsizetype(value.size()));
        cache.text[cache.next].assign(value);
        cache.index[cache.next] = index;
        cache.next = (cache.next + 1) % cache.text.size();
        return index;
    }

    // Keys in any other form people write them (spaces, full-width digits, …), and the
    // diagnosis of a wrong one.
    Result<RecoveryKey> parseKey(Bytes text)
    {
        bool hasDigit = false;
        for (char c : text)
            hasDigit = hasDigit || (c >= '0' && c <= '9') || uchar(c) >= 0x80;
        if (!hasDigit)
            return makeError(ErrorKind::BadInput, tr("The recovery key column holds no recovery key."));
        QString wide = QString::fromUtf8(text.data(), qsizetype(text.size()));
        Result<RecoveryKey> key = RecoveryKey::parse(wide);
        secureWipe(wide.data(), std::size_t(wide.size()) * sizeof(QChar));
        return key;
    }

    EscrowStore &m_store;
    EscrowImportSummary &m_summary;
    quint16 m_file;
    LabelCache m_lastDirectory, m_lastVolumeType;
};

inline EscrowFormat formatOfHeader(const std::vector<Bytes> &names, const std::array<int, RoleCount> &columns)
{
    auto has = [&](Bytes lower) {
        for (Bytes n : names)
            if (equalsIgnoreCase(trimmed(n), lower))
                return true;
        return false;
    };
    if (has("msfve-recoverypassword") || has("msfve-recoveryguid") || has("distinguishedname"))
        return EscrowFormat::ActiveDirectoryCsv;
    if (has("recoverykeyid"))
        return EscrowFormat::MbamCsv;
    if (has("hostname") && has("keyid") && has("recoverykey"))
        return EscrowFormat::CrowdStrikeCsv;
    if (has("id") && has("key"))
        return EscrowFormat::GraphCsv;
    if (columns[KeyRole] >= 0 && (columns[IdRole] >= 0 || columns[DnRole] >= 0 || columns[NameRole] >= 0))
        return EscrowFormat::GenericCsv;
    return EscrowFormat::Unknown;
}

// Large tables fill faster in huge pages (a million records: 30,000 page faults fewer).
inline void adviseHugePages(const void *data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t huge = 2 * 1024 * 1024;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

inline constexpr std::ptrdiff_t ParallelThreshold = 8 * 1024 * 1024;

inline void reserveFor(EscrowStore &store, std::size_t bytes)
{
    store.records.reserve(store.records.size() + bytes / 64 + 16);
    store.newIds.reserve(store.newIds.size() + bytes / 64 + 16);
    store.hosts.reserve(store.hosts.size() + bytes / 6);
    adviseHugePages(store.records.data(), store.records.capacity() * sizeof(EscrowRecord));
    adviseHugePages(store.newIds.data(), store.newIds.capacity() * sizeof(quint64));
}

struct RowsRead {
    const char *stop;  // where reading ended
    int nextLine;      // the line number after the last row
    bool clean;        // false when the last row ended inside an unclosed quote
};

// Any field but the key column with a recovery-key-shaped run (ExportText::containsKeyShapedRun).
inline bool keyOutsideKeyColumn(const std::vector<Bytes> &fields, int keyColumn)
{
    for (std::size_t c = 0; c < fields.size(); ++c)
        if (int(c) != keyColumn && ExportText::containsKeyShapedRun(fields[c]))
            return true;
    return false;
}

inline RowsRead readRows(const char *begin, const char *end, int firstLine, char delimiter,
                  const std::array<int, RoleCount> &columns, EscrowStore &store, EscrowImportSummary &summary,
                  quint16 file)
{
    CsvRows rows(begin, end, delimiter, firstLine);
    RowImporter importer(store, summary, file);
    std::vector<Bytes> fields;
    RowValues values;
    int rowLine = 0;
    bool unterminated = false;
    while (rows.next(fields, rowLine, unterminated)) {
        for (int r = 0; r < RoleCount; ++r) {
            const int c = columns[std::size_t(r)];
            values[std::size_t(r)] = (c >= 0 && std::size_t(c) < fields.size()) ? fields[std::size_t(c)] : Bytes();
        }
        if (unterminated)
            importer.reject(rowLine, EscrowReader::tr("A quoted field is not closed before the end of the file."));
        else if (keyOutsideKeyColumn(fields, columns[KeyRole]))
            importer.rejectKeyOutsideKeyColumn(rowLine);
        else
            importer.add(values, rowLine);
    }
    return {rows.position(), rows.lineNumber(), !unterminated};
}

// Moves what the second half read behind the first half's records (host offsets, label
// numbers, record numbers and line numbers shifted), and wipes the second store.
inline void appendStore(EscrowStore &into, EscrowStore &from, EscrowImportSummary &summary,
                 const EscrowImportSummary &fromSummary, quint32 lineOffset)
{
    const auto recordBase = quint64(into.records.size());
    const auto hostBase = quint32(into.hosts.size());
    std::vector<quint16> labelMap(std::size_t(from.labels.size()), 0);
    for (qsizetype i = 1; i < from.labels.size(); ++i) {
        const QByteArray utf8 = from.labels[i].toUtf8();
        labelMap[std::size_t(i)] = into.internLabel(utf8.constData(), utf8.size());
    }
    into.hosts.append(from.hosts);
    for (EscrowRecord r : from.records) {
        r.hostOffset += hostBase;
        r.line += lineOffset;
        r.directory = labelMap[r.directory];
        r.volumeType = labelMap[r.volumeType];
        into.records.push_back(r);
        r.wipeKey();
    }
    for (quint64 id : from.newIds)
        into.newIds.push_back(id + recordBase);
    from.truncate(0);
    summary.rows += fromSummary.rows;
    summary.badRows += fromSummary.badRows;
    for (EscrowProblem problem : fromSummary.problems) {
        if (summary.problems.size() >= EscrowImportSummary::MaxProblems)
            break;
        problem.line += int(lineOffset);
        summary.problems.append(problem);
    }
}

}  // namespace ra::escrowimport
