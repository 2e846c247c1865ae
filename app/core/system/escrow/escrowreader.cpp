// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/escrow/escrowreader.h"

#include "system/escrow/exporttext.h"
#include "system/escrow/rowimporter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <array>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <system_error>
#include <thread>

#include <sys/mman.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ra {

namespace {

using namespace escrowimport;

Status readCsv(Bytes text, EscrowStore &store, EscrowImportSummary &summary, quint16 file)
{
    // Preamble lines: PowerShell's "#TYPE …", Excel's "sep=;", blank lines.
    std::size_t pos = 0;
    int line = 1;
    char delimiter = 0;
    for (;;) {
        const std::size_t nl = text.find('\n', pos);
        const Bytes current = trimmed(text.substr(pos, nl == Bytes::npos ? Bytes::npos : nl - pos));
        const bool preamble = current.empty() || startsWithIgnoreCase(current, "#type")
                              || (startsWithIgnoreCase(current, "sep=") && current.size() == 5);
        if (!preamble || nl == Bytes::npos) {
            if (!delimiter)
                delimiter = detectDelimiter(current);
            break;
        }
        if (startsWithIgnoreCase(current, "sep="))
            delimiter = current[4];
        pos = nl + 1;
        ++line;
    }

    CsvRows rows(text.data() + pos, text.data() + text.size(), delimiter);
    std::vector<Bytes> fields;
    int rowLine = 0;
    bool unterminated = false;
    if (!rows.next(fields, rowLine, unterminated))
        return makeError(ErrorKind::BadInput, EscrowReader::tr("The key export is empty."));
    std::array<int, RoleCount> columns;
    columns.fill(-1);
    for (std::size_t c = 0; c < fields.size(); ++c) {
        const int role = roleOf(fields[c]);
        if (role >= 0 && columns[std::size_t(role)] < 0)
            columns[std::size_t(role)] = int(c);
    }
    summary.format = formatOfHeader(fields, columns);
    if (columns[KeyRole] < 0 || summary.format == EscrowFormat::Unknown)
        return makeError(ErrorKind::BadInput,
                         EscrowReader::tr("The file is not a known recovery key export: its first line names no "
                                          "recovery key and Key ID columns."));

    const int lineOffset = line - 1;
    const char *body = rows.position();
    const char *end = text.data() + text.size();
    const int bodyLine = rows.lineNumber() + lineOffset;

    // Large exports are read in two halves at once, split at a line break. The split is only
    // trusted when the first half ends on a row boundary (no quoted field runs across it);
    // otherwise everything is read again in one piece.
    const char *split = nullptr;
    if (end - body >= ParallelThreshold && std::thread::hardware_concurrency() >= 2)
        split = static_cast<const char *>(std::memchr(body + (end - body) / 2, '\n', std::size_t(end - body) / 2));
    if (split) {
        ++split;
        const std::size_t recordsBefore = store.records.size(), hostsBefore = store.hosts.size();
        const std::size_t idsBefore = store.newIds.size();
        const EscrowImportSummary summaryBefore = summary;
        EscrowStore second;
        EscrowImportSummary secondSummary;
        secondSummary.format = summary.format;
        reserveFor(second, std::size_t(end - split));
        std::thread worker;
        try {
            worker = std::thread([&] { readRows(split, end, 1, delimiter, columns, second, secondSummary, file); });
        } catch (const std::system_error &) {
            // No thread to be had: one pass below.
        }
        if (worker.joinable()) {
            const auto [stop, nextLine, clean] = readRows(body, split, bodyLine, delimiter, columns, store, summary, file);
            worker.join();
            if (clean && stop == split) {
                appendStore(store, second, summary, secondSummary, quint32(nextLine - 1));
                return {};
            }
            store.truncate(recordsBefore);
            store.hosts.resize(hostsBefore);
            store.newIds.resize(idsBefore);
            summary = summaryBefore;
        }
    }
    readRows(body, end, bodyLine, delimiter, columns, store, summary, file);
    return {};
}

// Lines where the objects of the key list start: objects directly inside an array that is at
// most two levels deep ({"value":[{…}]} or [{…}]).
std::vector<int> jsonObjectLines(Bytes text)
{
    std::vector<int> lines;
    std::vector<char> stack;
    int line = 1;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (c == '{' && !stack.empty() && stack.back() == '[' && stack.size() <= 2)
                lines.push_back(line);
            stack.push_back(c);
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        }
    }
    return lines;
}

Status readJson(Bytes text, EscrowStore &store, EscrowImportSummary &summary, quint16 file)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
    if (doc.isNull())
        return makeError(ErrorKind::BadInput, EscrowReader::tr("The JSON key export cannot be read."),
                         QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject top = doc.object();
        for (auto it = top.begin(); it != top.end(); ++it)
            if (it.key().compare(QStringLiteral("value"), Qt::CaseInsensitive) == 0 && it.value().isArray())
                items = it.value().toArray();
    }
    if (items.isEmpty() && !doc.object().contains(QStringLiteral("value")) && !doc.isArray())
        return makeError(ErrorKind::BadInput,
                         EscrowReader::tr("The JSON file is not a known recovery key export: it has no \"value\" list."));
    summary.format = EscrowFormat::GraphJson;
    const std::vector<int> lines = jsonObjectLines(text);
    RowImporter importer(store, summary, file);
    std::array<QByteArray, RoleCount> owned;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = std::size_t(i) < lines.size() ? lines[std::size_t(i)] : 0;
        const QJsonObject object = items.at(i).toObject();
        RowValues values;
        for (QByteArray &o : owned)
            o.clear();
        bool keyElsewhere = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                // Nested objects and lists are no column of ours, but may still carry a key.
                if (it.value().isObject() || it.value().isArray()) {
                    QByteArray nested = QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact);
                    keyElsewhere = keyElsewhere || ExportText::containsKeyShapedRun(Bytes(nested.constData(), std::size_t(nested.size())));
                    secureWipe(nested.data(), std::size_t(nested.size()));
                }
                continue;
            }
            const int role = roleOf(Bytes(it.key().toUtf8().toLower().constData()));
            const bool taken = role >= 0 && owned[std::size_t(role)].isEmpty();
            QByteArray value = it.value().toString().toUtf8();
            if (role != KeyRole || !taken)
                keyElsewhere = keyElsewhere || ExportText::containsKeyShapedRun(Bytes(value.constData(), std::size_t(value.size())));
            if (taken)
                owned[std::size_t(role)] = std::move(value);
            else
                secureWipe(value.data(), std::size_t(value.size()));
        }
        for (int r = 0; r < RoleCount; ++r)
            values[std::size_t(r)] = Bytes(owned[std::size_t(r)].constData(), std::size_t(owned[std::size_t(r)].size()));
        if (object.isEmpty())
            importer.reject(line, EscrowReader::tr("The entry is not an object with a key and a Key ID."));
        else if (keyElsewhere)
            importer.rejectKeyOutsideKeyColumn(line);
        else
            importer.add(values, line);
    }
    for (QByteArray &o : owned)
        secureWipe(o.data(), std::size_t(o.size()));
    return {};
}

}  // namespace

RecoveryKey EscrowRecord::recoveryKey() const
{
    std::array<char, RecoveryKey::CanonicalLength + 1> text{};
    for (int g = 0; g < RecoveryKey::GroupCount; ++g)
        std::snprintf(text.data() + g * (RecoveryKey::GroupDigits + 1), RecoveryKey::GroupDigits + 2,
                      g + 1 < RecoveryKey::GroupCount ? "%06u-" : "%06u", unsigned(key[std::size_t(g)]) * 11u);
    RecoveryKey out;
    RecoveryKey::parseCanonical(QByteArrayView(text.data(), RecoveryKey::CanonicalLength), out);
    secureWipe(text.data(), text.size());
    return out;
}

void EscrowStore::truncate(std::size_t recordCount)
{
    if (recordCount >= records.size())
        return;
    // One pass over the whole tail (the keys are in there; the rest is no secret but cheap).
    secureWipe(records.data() + recordCount, (records.size() - recordCount) * sizeof(EscrowRecord));
    records.resize(recordCount);
}

quint16 EscrowStore::internLabel(const char *data, qsizetype size)
{
    const QString text = ExportText::oneLine(std::string_view(data, std::size_t(size)));
    const auto it = labelIndex.constFind(text);
    if (it != labelIndex.constEnd())
        return it.value();
    if (labels.size() >= std::numeric_limits<quint16>::max())
        return 0;
    const auto index = quint16(labels.size());
    labels.append(text);
    labelIndex.insert(text, index);
    return index;
}

Result<EscrowImportSummary> EscrowReader::read(const char *data, qsizetype size, const QString &filePath,
                                               EscrowStore &store)
{
    EscrowImportSummary summary;
    // The path as it will be shown: one line, bounded, its file name kept.
    const QString shownPath = ExportText::oneLine(filePath, ExportText::MaxLength, ExportText::Elide::Middle);
    summary.filePath = shownPath;
    if (store.files.size() >= std::numeric_limits<quint16>::max())
        return makeError(ErrorKind::Failed, tr("Too many key exports are loaded."));

    // UTF-16 (Windows PowerShell's default) is converted to UTF-8 first; the copy is wiped.
    QByteArray converted;
    Bytes text(data, std::size_t(size));
    const auto byte = [&](qsizetype i) { return i < size ? uchar(data[i]) : 0; };
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (byte(0) == 0xFF && byte(1) == 0xFE)
        utf16 = QStringConverter::Utf16LE, skip = 2;
    else if (byte(0) == 0xFE && byte(1) == 0xFF)
        utf16 = QStringConverter::Utf16BE, skip = 2;
    else if (size >= 2 && byte(0) != 0 && byte(1) == 0)
        utf16 = QStringConverter::Utf16LE;
    else if (size >= 2 && byte(0) == 0 && byte(1) != 0)
        utf16 = QStringConverter::Utf16BE;
    if (utf16) {
        QStringDecoder decoder(*utf16);
        QString wide = decoder(QByteArrayView(data + skip, size - skip));
        converted = wide.toUtf8();
        secureWipe(wide.data(), std::size_t(wide.size()) * sizeof(QChar));
        text = Bytes(converted.constData(), std::size_t(converted.size()));
    } else if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        text.remove_prefix(3);
    }

    const std::size_t recordsBefore = store.records.size();
    const std::size_t hostsBefore = store.hosts.size();
    reserveFor(store, text.size());
    const auto file = quint16(store.files.size());
    store.files.append(shownPath);

    const Bytes start = trimmed(text.substr(0, 64));
    const bool json = !start.empty() && (start.front() == '{' || start.front() == '[');
    const Status status = json ? readJson(text, store, summary, file) : readCsv(text, store, summary, file);
    secureWipe(converted.data(), std::size_t(converted.size()));
    if (!status) {
        store.truncate(recordsBefore);
        store.newIds.clear();
        store.hosts.resize(hostsBefore);
        store.files.removeLast();
        return status.error();
    }
    return summary;
}

}  // namespace ra
