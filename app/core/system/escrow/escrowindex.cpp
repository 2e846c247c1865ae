// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/escrow/escrowindex.h"

#include "system/escrow/escrowreader.h"
#include "system/inputfile.h"
#include "system/logging.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ra {

namespace {

quint64 idKey(quint32 shortId, std::size_t record)
{
    return (quint64(shortId) << 32) | quint64(record);
}

quint32 recordOf(quint64 key)
{
    return quint32(key & 0xFFFFFFFFu);
}

// Sorts by the high 32 bits (the short Key ID), stably: the low bits (record numbers) are
// ascending already, so the result is fully sorted. Two 16-bit passes; a million keys in a few ms.
void radixSortByShortId(std::vector<quint64> &keys)
{
    std::vector<quint64> buffer(keys.size());
    for (int shift : {32, 48}) {
        std::vector<std::size_t> offsets(65537, 0);
        for (quint64 k : keys)
            ++offsets[((k >> shift) & 0xFFFF) + 1];
        for (std::size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        for (quint64 k : keys)
            buffer[offsets[(k >> shift) & 0xFFFF]++] = k;
        keys.swap(buffer);
    }
}

// Host names compare case-insensitively: ASCII folded in place, anything else case-folded.
std::string foldHost(const char *data, std::size_t size)
{
    std::string out(data, size);
    bool ascii = true;
    for (char &c : out) {
        if (uchar(c) >= 0x80)
            ascii = false;
        else if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    if (!ascii)
        out = QString::fromUtf8(data, qsizetype(size)).toCaseFolded().toUtf8().toStdString();
    return out;
}

quint64 hashHost(const std::string &folded)
{
    quint64 h = 1469598103934665603ull;  // FNV-1a
    for (char c : folded)
        h = (h ^ uchar(c)) * 1099511628211ull;
    return h;
}

}  // namespace

struct EscrowIndex::Private {
    EscrowStore store;
    std::vector<quint64> byKeyId;  // (short Key ID << 32 | record), sorted; live records only
    mutable std::vector<std::pair<quint64, quint32>> byHost;  // (host hash, record), sorted
    mutable bool hostIndexReady = false;

    Result<EscrowImportSummary> import(const char *data, qsizetype size, const QString &path);
    void rebuild(std::size_t firstNew, EscrowImportSummary &summary);
    bool preferred(const EscrowRecord &a, const EscrowRecord &b) const;
    void buildHostIndex() const;
    QList<EscrowEntry> entries(std::vector<quint32> records) const;
    QList<EscrowEntry> byShortId(quint32 shortId, const QUuid *full) const;
};

Result<EscrowImportSummary> EscrowIndex::Private::import(const char *data, qsizetype size, const QString &path)
{
    const std::size_t firstNew = store.records.size();
    auto summary = EscrowReader::read(data, size, path, store);
    if (!summary)
        return summary;
    rebuild(firstNew, *summary);
    log().info("escrow: imported {} rows ({}): {} keys, {} duplicates, {} conflicts, {} bad rows",
               summary->rows, u8(formatId(summary->format)), summary->keys, summary->duplicates,
               summary->conflicts, summary->badRows);
    return summary;
}

// Of two records for the same key: the one with the full GUID, then the newer, then the one
// with a host name, then the first read.
bool EscrowIndex::Private::preferred(const EscrowRecord &a, const EscrowRecord &b) const
{
    if (a.shortOnly != b.shortOnly)
        return !a.shortOnly;
    if (a.dateMs != b.dateMs)
        return a.dateMs > b.dateMs;
    if ((a.hostLength == 0) != (b.hostLength == 0))
        return a.hostLength != 0;
    return true;
}

// Sorts the live records by Key ID and folds duplicates (same Key ID, same key) of the records
// added since firstNew into what was known. Same full GUID with a different key: both stay.
void EscrowIndex::Private::rebuild(std::size_t firstNew, EscrowImportSummary &summary)
{
    auto &records = store.records;
    if (byKeyId.empty())
        byKeyId.swap(store.newIds);
    else
        byKeyId.insert(byKeyId.end(), store.newIds.begin(), store.newIds.end());
    std::vector<quint64>().swap(store.newIds);
    radixSortByShortId(byKeyId);

    bool anyMerged = false;
    int droppedNew = 0;
    for (std::size_t runStart = 0; runStart < byKeyId.size();) {
        std::size_t runEnd = runStart + 1;
        while (runEnd < byKeyId.size() && (byKeyId[runEnd] >> 32) == (byKeyId[runStart] >> 32))
            ++runEnd;
        for (std::size_t j = runStart + 1; j < runEnd; ++j) {
            EscrowRecord &later = records[recordOf(byKeyId[j])];
            if (recordOf(byKeyId[j]) < firstNew || later.merged)
                continue;
            for (std::size_t i = runStart; i < j; ++i) {
                EscrowRecord &earlier = records[recordOf(byKeyId[i])];
                if (earlier.merged)
                    continue;
                const bool sameId = earlier.id == later.id || earlier.shortOnly || later.shortOnly;
                if (sameId && earlier.key == later.key) {
                    const bool dropLater = preferred(earlier, later);
                    EscrowRecord &drop = dropLater ? later : earlier;
                    drop.merged = true;
                    drop.wipeKey();
                    droppedNew += (dropLater || recordOf(byKeyId[i]) >= firstNew) ? 1 : 0;
                    anyMerged = true;
                    ++summary.duplicates;
                    break;
                }
                if (!earlier.shortOnly && !later.shortOnly && earlier.id == later.id) {
                    ++summary.conflicts;
                    if (summary.problems.size() < EscrowImportSummary::MaxProblems) {
                        const QString reason = earlier.file == later.file
                            ? tr("The Key ID is also listed on line %1 with a different recovery key; both are kept.")
                                  .arg(earlier.line)
                            : tr("The Key ID is also listed in %1 with a different recovery key; both are kept.")
                                  .arg(QFileInfo(store.files.value(earlier.file)).fileName());
                        summary.problems.append(EscrowProblem{int(later.line), reason});
                    }
                }
            }
        }
        runStart = runEnd;
    }
    if (anyMerged)
        byKeyId.erase(std::remove_if(byKeyId.begin(), byKeyId.end(),
                                     [&](quint64 k) { return records[recordOf(k)].merged; }),
                      byKeyId.end());
    std::stable_sort(summary.problems.begin(), summary.problems.end(),
                     [](const EscrowProblem &a, const EscrowProblem &b) { return a.line < b.line; });
    summary.keys = int(records.size() - firstNew) - droppedNew;
    hostIndexReady = false;
    byHost.clear();
}

void EscrowIndex::Private::buildHostIndex() const
{
    if (hostIndexReady)
        return;
    byHost.clear();
    byHost.reserve(byKeyId.size());
    for (quint64 k : byKeyId) {
        const EscrowRecord &r = store.records[recordOf(k)];
        if (r.hostLength)
            byHost.emplace_back(hashHost(foldHost(store.hosts.data() + r.hostOffset, r.hostLength)), recordOf(k));
    }
    std::sort(byHost.begin(), byHost.end());
    hostIndexReady = true;
}

QList<EscrowEntry> EscrowIndex::Private::entries(std::vector<quint32> records) const
{
    std::sort(records.begin(), records.end(), [&](quint32 a, quint32 b) {
        const EscrowRecord &ra = store.records[a];
        const EscrowRecord &rb = store.records[b];
        if (ra.dateMs != rb.dateMs)
            return ra.dateMs > rb.dateMs;  // NoDate is the smallest: last
        return a < b;
    });
    QList<EscrowEntry> out;
    out.reserve(qsizetype(records.size()));
    for (quint32 index : records) {
        const EscrowRecord &r = store.records[index];
        EscrowEntry &e = out.emplace_back();
        e.key = r.recoveryKey();
        if (!r.shortOnly)
            e.protectorId = ProtectorId(r.id);
        e.keyId = QStringLiteral("%1").arg(r.id.data1, 8, 16, QLatin1Char('0')).toUpper();
        e.host = QString::fromUtf8(store.hosts.data() + r.hostOffset, qsizetype(r.hostLength));
        if (r.dateMs != EscrowRecord::NoDate)
            e.date = QDateTime::fromMSecsSinceEpoch(r.dateMs, Qt::UTC);
        e.directory = store.labels.value(r.directory);
        e.volumeType = store.labels.value(r.volumeType);
        e.format = r.format;
        e.filePath = store.files.value(r.file);
        e.line = int(r.line);
    }
    return out;
}

QList<EscrowEntry> EscrowIndex::Private::byShortId(quint32 shortId, const QUuid *full) const
{
    std::vector<quint32> found;
    for (auto it = std::lower_bound(byKeyId.begin(), byKeyId.end(), idKey(shortId, 0));
         it != byKeyId.end() && quint32(*it >> 32) == shortId; ++it) {
        const EscrowRecord &r = store.records[recordOf(*it)];
        if (!full || r.shortOnly || r.id == *full)
            found.push_back(recordOf(*it));
    }
    return entries(std::move(found));
}

EscrowIndex::EscrowIndex() : d(std::make_unique<Private>()) {}
EscrowIndex::~EscrowIndex() = default;
EscrowIndex::EscrowIndex(EscrowIndex &&other) noexcept : d(std::exchange(other.d, std::make_unique<Private>())) {}

EscrowIndex &EscrowIndex::operator=(EscrowIndex &&other) noexcept
{
    if (this != &other)
        d = std::exchange(other.d, std::make_unique<Private>());
    return *this;
}

Result<EscrowImportSummary> EscrowIndex::importFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A FIFO, a device such as /dev/zero, a socket or a folder: refused on the opened
    // descriptor, never read (system/inputfile.h).
    auto opened = InputFile::open(absolute, InputFile::Kind::KeyExport);
    if (!opened)
        return opened.error();
    QFile file;
    if (!file.open(opened->release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return makeError(ErrorKind::Failed, tr("The key export %1 cannot be opened.").arg(absolute),
                         file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return makeError(ErrorKind::BadInput, tr("The key export %1 is empty.").arg(absolute));
    // Mapped, not copied: no copy of the keys is left on the heap.
    if (const uchar *mapped = file.map(0, size)) {
        auto result = d->import(reinterpret_cast<const char *>(mapped), qsizetype(size), absolute);
        file.unmap(const_cast<uchar *>(mapped));
        return result;
    }
    QByteArray data = file.readAll();
    if (data.size() != size)
        return makeError(ErrorKind::Failed, tr("The key export %1 cannot be read.").arg(absolute), file.errorString());
    auto result = d->import(data.constData(), data.size(), absolute);
    secureWipe(data.data(), std::size_t(data.size()));
    return result;
}

Result<EscrowImportSummary> EscrowIndex::importData(const QByteArray &data, const QString &sourceName)
{
    if (data.isEmpty())
        return makeError(ErrorKind::BadInput, tr("The key export %1 is empty.").arg(sourceName));
    return d->import(data.constData(), data.size(), sourceName);
}

Result<EscrowImportSummary> EscrowIndex::importMemory(const char *data, qsizetype size, const QString &sourceName)
{
    if (!data || size <= 0)
        return makeError(ErrorKind::BadInput, tr("The key export %1 is empty.").arg(sourceName));
    return d->import(data, size, sourceName);
}

void EscrowIndex::forEachEntry(const std::function<void(const EscrowEntry &)> &visit) const
{
    for (quint64 k : d->byKeyId) {
        const QList<EscrowEntry> one = d->entries({recordOf(k)});
        visit(one.first());
    }
}

QList<EscrowEntry> EscrowIndex::lookup(QStringView keyIdOrHost) const
{
    const QStringView query = keyIdOrHost.trimmed();
    if (ProtectorId::parse(query) || ProtectorId::isShortId(query)) {
        QList<EscrowEntry> found = lookupKeyId(query);
        if (!found.isEmpty())
            return found;
    }
    return lookupHost(query);
}

QList<EscrowEntry> EscrowIndex::lookupKeyId(QStringView shortOrFullKeyId) const
{
    if (const auto full = ProtectorId::parse(shortOrFullKeyId))
        return lookupProtector(*full);
    if (!ProtectorId::isShortId(shortOrFullKeyId))
        return {};
    bool ok = false;
    const uint shortId = shortOrFullKeyId.trimmed().toUInt(&ok, 16);
    return ok ? d->byShortId(shortId, nullptr) : QList<EscrowEntry>();
}

QList<EscrowEntry> EscrowIndex::lookupProtector(const ProtectorId &id) const
{
    if (id.isNull())
        return {};
    const QUuid uuid = id.uuid();
    return d->byShortId(uuid.data1, &uuid);
}

QList<EscrowEntry> EscrowIndex::lookupHost(QStringView host) const
{
    const QByteArray utf8 = host.trimmed().toUtf8();
    if (utf8.isEmpty())
        return {};
    d->buildHostIndex();
    const std::string folded = foldHost(utf8.constData(), std::size_t(utf8.size()));
    const quint64 hash = hashHost(folded);
    std::vector<quint32> found;
    for (auto it = std::lower_bound(d->byHost.begin(), d->byHost.end(), std::make_pair(hash, quint32(0)));
         it != d->byHost.end() && it->first == hash; ++it) {
        const EscrowRecord &r = d->store.records[it->second];
        if (foldHost(d->store.hosts.data() + r.hostOffset, r.hostLength) == folded)
            found.push_back(it->second);
    }
    if (found.empty()) {
        const qsizetype dot = utf8.indexOf('.');
        if (dot > 0)
            return lookupHost(host.trimmed().left(host.trimmed().indexOf(u'.')));
    }
    return d->entries(std::move(found));
}

int EscrowIndex::keyCount() const
{
    return int(d->byKeyId.size());
}

QStringList EscrowIndex::files() const
{
    return d->store.files;
}

void EscrowIndex::clear()
{
    d = std::make_unique<Private>();
}

QString EscrowIndex::formatId(EscrowFormat format)
{
    switch (format) {
    case EscrowFormat::CrowdStrikeCsv: return QStringLiteral("crowdstrike");
    case EscrowFormat::GraphCsv: return QStringLiteral("graph-csv");
    case EscrowFormat::ActiveDirectoryCsv: return QStringLiteral("ad");
    case EscrowFormat::MbamCsv: return QStringLiteral("mbam");
    case EscrowFormat::GraphJson: return QStringLiteral("graph-json");
    case EscrowFormat::GenericCsv: return QStringLiteral("csv");
    case EscrowFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString EscrowIndex::formatName(EscrowFormat format)
{
    switch (format) {
    case EscrowFormat::CrowdStrikeCsv: return QStringLiteral("CrowdStrike CSV");
    case EscrowFormat::GraphCsv: return QStringLiteral("Entra ID / Graph CSV");
    case EscrowFormat::ActiveDirectoryCsv: return QStringLiteral("Active Directory CSV");
    case EscrowFormat::MbamCsv: return QStringLiteral("MBAM / Configuration Manager CSV");
    case EscrowFormat::GraphJson: return QStringLiteral("Graph API JSON");
    case EscrowFormat::GenericCsv: return QStringLiteral("CSV");
    case EscrowFormat::Unknown: break;
    }
    return tr("unknown format");
}

}  // namespace ra
