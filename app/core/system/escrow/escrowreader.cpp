// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/escrow/escrowreader.h"

#include "system/escrow/exporttext.h"

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

using Bytes = std::string_view;

// What a column means, whatever the export calls it.
enum Role { KeyRole, IdRole, HostRole, NameRole, DeviceIdRole, DateRole, DnRole, DirectoryRole, VolumeTypeRole, RoleCount };
using RowValues = std::array<Bytes, RoleCount>;

struct HeaderName {
    const char *name;  // lower case
    Role role;
};

constexpr HeaderName kHeaderNames[] = {
    {"recoverykey", KeyRole}, {"key", KeyRole}, {"msfve-recoverypassword", KeyRole},
    {"recoverypassword", KeyRole}, {"recovery key", KeyRole}, {"recovery password", KeyRole},
    {"keyid", IdRole}, {"id", IdRole}, {"recoverykeyid", IdRole}, {"msfve-recoveryguid", IdRole},
    {"keyprotectorid", IdRole}, {"recoverypasswordid", IdRole}, {"key id", IdRole},
    {"recovery key id", IdRole},
    {"hostname", HostRole}, {"computername", HostRole}, {"machinename", HostRole},
    {"devicename", HostRole}, {"computer", HostRole}, {"device", HostRole}, {"host", HostRole},
    {"computer name", HostRole}, {"device name", HostRole},
    {"name", NameRole}, {"cn", NameRole},
    {"deviceid", DeviceIdRole}, {"azureaddeviceid", DeviceIdRole},
    {"createddatetime", DateRole}, {"lastupdatetime", DateRole}, {"whencreated", DateRole},
    {"created", DateRole}, {"date", DateRole}, {"createdate", DateRole}, {"timestamp", DateRole},
    {"distinguishedname", DnRole}, {"dn", DnRole},
    {"directory", DirectoryRole}, {"source", DirectoryRole},
    {"volumetype", VolumeTypeRole}, {"volume type", VolumeTypeRole},
};

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(Bytes a, Bytes lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerB[i])
            return false;
    return true;
}

bool startsWithIgnoreCase(Bytes a, Bytes lowerPrefix)
{
    return a.size() >= lowerPrefix.size() && equalsIgnoreCase(a.substr(0, lowerPrefix.size()), lowerPrefix);
}

Q_ALWAYS_INLINE Bytes trimmed(Bytes s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

int roleOf(Bytes header)
{
    header = trimmed(header);
    for (const HeaderName &h : kHeaderNames)
        if (equalsIgnoreCase(header, h.name))
            return h.role;
    return -1;
}

// -1 for a non-hex byte. A table: this runs 32 times per row of a million-row export.
constexpr std::array<signed char, 256> kHexDigits = [] {
    std::array<signed char, 256> table{};
    for (auto &v : table)
        v = -1;
    for (int c = '0'; c <= '9'; ++c)
        table[std::size_t(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[std::size_t(c)] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        table[std::size_t(c)] = static_cast<signed char>(c - 'A' + 10);
    return table;
}();

bool readHex(Bytes s, std::size_t pos, int digits, quint64 &out)
{
    quint64 value = 0;
    int bad = 0;
    for (int i = 0; i < digits; ++i) {
        const int v = kHexDigits[uchar(s[pos + std::size_t(i)])];
        bad |= v;
        value = (value << 4) | quint64(v & 0xF);
    }
    out = value;
    return bad >= 0;
}

// 4 or 8 hex digits at p, all at once in one 64-bit word (SWAR): every byte checked to be
// 0-9, A-F or a-f, then the nibbles folded into the value. The hot path of a million GUIDs.
template <int Digits>
Q_ALWAYS_INLINE bool readHexWord(const char *p, quint64 &value)
{
    static_assert(Digits == 4 || Digits == 8);
    quint64 w = 0;
    if constexpr (Digits == 8) {
        std::memcpy(&w, p, 8);
    } else {
        quint32 half = 0;
        std::memcpy(&half, p, 4);
        w = half;
    }
    constexpr quint64 ones = Digits == 8 ? 0x0101010101010101ull : 0x01010101ull;
    constexpr quint64 high = ones * 0x80;
    if (w & high)
        return false;
    const quint64 lower = w | (ones * 0x20);
    const quint64 isDigit = (w + ones * (0x80 - '0')) & ~(w + ones * (0x80 - '9' - 1)) & high;
    const quint64 isLetter = (lower + ones * (0x80 - 'a')) & ~(lower + ones * (0x80 - 'f' - 1)) & high;
    if ((isDigit | isLetter) != high)
        return false;
    const quint64 nibbles = (w & (ones * 0x0F)) + (isLetter >> 7) * 9;
    const quint64 pairs = ((nibbles << 4) | (nibbles >> 8)) & 0x00FF00FF00FF00FFull;
    if constexpr (Digits == 8)
        value = ((pairs & 0xFF) << 24) | (((pairs >> 16) & 0xFF) << 16) | (((pairs >> 32) & 0xFF) << 8) | ((pairs >> 48) & 0xFF);
    else
        value = ((pairs & 0xFF) << 8) | ((pairs >> 16) & 0xFF);
    return true;
}

// A full GUID (braces optional, dashes optional) or an 8-digit short Key ID, as bytes.
bool parseKeyId(Bytes s, QUuid &id, bool &shortOnly)
{
    s = trimmed(s);
    if (s.size() >= 2 && s.front() == '{' && s.back() == '}')
        s = trimmed(s.substr(1, s.size() - 2));
    quint64 a = 0, b = 0, c = 0, d = 0, e = 0;
    if (s.size() == 8 && readHex(s, 0, 8, a)) {
        id = QUuid(uint(a), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        shortOnly = true;
        return true;
    }
    if (s.size() == 36) {
        if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
            return false;
        quint64 e1 = 0, e2 = 0;
        const char *p = s.data();
        if (!readHexWord<8>(p, a) || !readHexWord<4>(p + 9, b) || !readHexWord<4>(p + 14, c)
            || !readHexWord<4>(p + 19, d) || !readHexWord<4>(p + 24, e1) || !readHexWord<8>(p + 28, e2))
            return false;
        e = (e1 << 32) | e2;
    } else if (s.size() == 32) {
        if (!readHex(s, 0, 8, a) || !readHex(s, 8, 4, b) || !readHex(s, 12, 4, c) || !readHex(s, 16, 4, d)
            || !readHex(s, 20, 12, e))
            return false;
    } else {
        // Anything else (Unicode spaces and the like): the domain's own parser decides.
        const auto parsed = ProtectorId::parse(QString::fromUtf8(s.data(), qsizetype(s.size())));
        if (!parsed)
            return false;
        id = parsed->uuid();
        shortOnly = false;
        return true;
    }
    id = QUuid(uint(a), ushort(b), ushort(c), uchar(d >> 8), uchar(d), uchar(e >> 40), uchar(e >> 32),
               uchar(e >> 24), uchar(e >> 16), uchar(e >> 8), uchar(e));
    shortOnly = false;
    return !id.isNull();
}

// Dates as the exports write them: ISO 8601 (Graph, AD object names, with or without an
// offset), generalized time (AD whenCreated "20240719040900.0Z"), and PowerShell's culture
// formats "7/19/2024 4:09:00 AM", "2024/07/19 4:09:00", "19.07.2024 04:09:00".
// Without an offset the time is taken as UTC. Returns EscrowRecord::NoDate when unreadable.
qint64 parseDate(Bytes s)
{
    s = trimmed(s);
    if (s.empty())
        return EscrowRecord::NoDate;
    struct Number {
        int value = 0;
        int digits = 0;
        char after = 0;
    };
    std::array<Number, 8> n{};
    int count = 0;
    std::size_t i = 0;
    int offsetMinutes = 0;
    bool pm = false, am = false;
    while (i < s.size() && count < int(n.size())) {
        const char ch = s[i];
        if (ch >= '0' && ch <= '9') {
            Number &num = n[std::size_t(count)];
            while (i < s.size() && s[i] >= '0' && s[i] <= '9' && num.digits < 14) {
                num.value = num.digits < 9 ? num.value * 10 + (s[i] - '0') : num.value;
                ++num.digits;
                ++i;
            }
            num.after = i < s.size() ? s[i] : 0;
            ++count;
            continue;
        }
        const bool timeSeen = count >= 5 || (count >= 1 && n[0].digits == 14);
        if ((ch == '+' || ch == '-') && timeSeen) {
            // An offset: +HH:MM, -HH:MM or +HHMM.
            const int sign = ch == '-' ? -1 : 1;
            int hh = 0, mm = 0, digits = 0;
            std::size_t j = i + 1;
            for (; j < s.size() && digits < 4; ++j) {
                if (s[j] == ':')
                    continue;
                if (s[j] < '0' || s[j] > '9')
                    break;
                (digits < 2 ? hh : mm) = (digits < 2 ? hh : mm) * 10 + (s[j] - '0');
                ++digits;
            }
            offsetMinutes = sign * (hh * 60 + mm);
            break;
        }
        if ((ch == 'P' || ch == 'p') && i + 1 < s.size() && lowerAscii(s[i + 1]) == 'm')
            pm = true;
        if ((ch == 'A' || ch == 'a') && i + 1 < s.size() && lowerAscii(s[i + 1]) == 'm')
            am = true;
        ++i;
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    int t = 3;  // index of the hour
    if (count >= 1 && n[0].digits == 14) {
        Bytes g = s.substr(0, 14);
        auto part = [&](std::size_t pos, std::size_t len) {
            int v = 0;
            for (std::size_t k = 0; k < len; ++k)
                v = v * 10 + (g[pos + k] - '0');
            return v;
        };
        y = part(0, 4), mo = part(4, 2), d = part(6, 2), h = part(8, 2), mi = part(10, 2), sec = part(12, 2);
        t = -1;
    } else if (count >= 3 && n[0].digits == 4) {
        y = n[0].value, mo = n[1].value, d = n[2].value;
    } else if (count >= 3 && n[2].digits == 4) {
        y = n[2].value;
        if (n[0].after == '.')
            d = n[0].value, mo = n[1].value;
        else
            mo = n[0].value, d = n[1].value;
    } else {
        return EscrowRecord::NoDate;
    }
    if (t >= 0) {
        h = count > t ? n[std::size_t(t)].value : 0;
        mi = count > t + 1 ? n[std::size_t(t + 1)].value : 0;
        sec = count > t + 2 ? n[std::size_t(t + 2)].value : 0;
    }
    if (pm && h < 12)
        h += 12;
    if (am && h == 12)
        h = 0;
    const QDate date(y, mo, d);
    if (!date.isValid() || h > 23 || mi > 59 || sec > 60)
        return EscrowRecord::NoDate;
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 seconds = (date.toJulianDay() - unixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + sec
                           - qint64(offsetMinutes) * 60;
    return seconds * 1000;
}

// AD names a recovery object "<date>{<GUID>}" (its CN); the DN continues ",CN=<computer>,…".
struct RecoveryObjectName {
    bool ok = false;
    QUuid id;
    qint64 dateMs = EscrowRecord::NoDate;
};

RecoveryObjectName parseRecoveryObjectName(Bytes value)
{
    RecoveryObjectName out;
    const std::size_t open = value.find('{');
    const std::size_t close = value.find('}', open == Bytes::npos ? 0 : open);
    if (open == Bytes::npos || close == Bytes::npos)
        return out;
    bool shortOnly = false;
    if (!parseKeyId(value.substr(open + 1, close - open - 1), out.id, shortOnly) || shortOnly)
        return out;
    out.ok = true;
    out.dateMs = parseDate(value.substr(0, open));
    return out;
}

// The value of the RDN at position index (0 = the first) of a DN, without "CN=".
Bytes rdnValue(Bytes dn, int index)
{
    std::size_t start = 0;
    for (int k = 0; k <= index; ++k) {
        std::size_t end = start;
        while (end < dn.size() && dn[end] != ',') {
            if (dn[end] == '\\')
                ++end;  // an escaped character, e.g. "\,"
            ++end;
        }
        end = std::min(end, dn.size());
        if (k == index) {
            Bytes rdn = trimmed(dn.substr(start, end - start));
            const std::size_t eq = rdn.find('=');
            return eq == Bytes::npos ? Bytes() : trimmed(rdn.substr(eq + 1));
        }
        if (end >= dn.size())
            return {};
        start = end + 1;
    }
    return {};
}

// CSV rows (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Rows without
// a quote are split in place; quoted rows are unescaped into a scratch buffer.
class CsvRows {
public:
    CsvRows(const char *begin, const char *end, char delimiter, int firstLine = 1)
        : m_pos(begin), m_end(end), m_delimiter(delimiter), m_line(firstLine) {}
    ~CsvRows()
    {
        m_scratch.resize(m_scratch.capacity());
        secureWipe(m_scratch.data(), m_scratch.size());
    }

    // The next row; false at the end. line is where the row starts (1-based).
    bool next(std::vector<Bytes> &fields, int &line, bool &unterminatedQuote)
    {
        if (m_pos >= m_end)
            return false;
        line = m_line;
        unterminatedQuote = false;
        fields.clear();
        // One pass over the row for line end, quote and delimiters (16 bytes at a time where
        // SSE2 is there). A quote anywhere sends the row to the RFC 4180 path.
        const char *p = m_pos;
        const char *fieldStart = p;
#ifdef __SSE2__
        const __m128i newline = _mm_set1_epi8('\n');
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i delimiter = _mm_set1_epi8(m_delimiter);
        for (; p + 16 <= m_end; p += 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const unsigned stops = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, newline),
                                                                           _mm_cmpeq_epi8(chunk, quote))));
            unsigned delimiters = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, delimiter)));
            if (stops)
                delimiters &= (1u << __builtin_ctz(stops)) - 1;
            for (; delimiters; delimiters &= delimiters - 1) {
                const char *d = p + __builtin_ctz(delimiters);
                fields.emplace_back(fieldStart, std::size_t(d - fieldStart));
                fieldStart = d + 1;
            }
            if (stops) {
                p += __builtin_ctz(stops);
                break;
            }
        }
#endif
        for (; p < m_end && *p != '\n' && *p != '"'; ++p) {
            if (*p == m_delimiter) {
                fields.emplace_back(fieldStart, std::size_t(p - fieldStart));
                fieldStart = p + 1;
            }
        }
        if (p < m_end && *p == '"')
            return nextQuoted(fields, unterminatedQuote);
        const char *e = p;
        if (e > fieldStart && e[-1] == '\r')
            --e;
        fields.emplace_back(fieldStart, std::size_t(e - fieldStart));
        m_pos = p < m_end ? p + 1 : m_end;
        ++m_line;
        return true;
    }

private:
    bool nextQuoted(std::vector<Bytes> &fields, bool &unterminatedQuote)
    {
        fields.clear();
        m_scratch.clear();
        m_spans.clear();
        std::size_t fieldStart = 0;
        bool inQuotes = false;
        const char *p = m_pos;
        bool rowEnded = false;
        while (p < m_end && !rowEnded) {
            const char c = *p;
            if (inQuotes) {
                if (c == '"') {
                    if (p + 1 < m_end && p[1] == '"') {
                        m_scratch.push_back('"');
                        p += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n')
                        ++m_line;
                    m_scratch.push_back(c);
                }
                ++p;
                continue;
            }
            if (c == '"') {
                inQuotes = true;
            } else if (c == m_delimiter) {
                m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
                fieldStart = m_scratch.size();
            } else if (c == '\n') {
                ++m_line;
                rowEnded = true;
            } else if (!(c == '\r' && (p + 1 == m_end || p[1] == '\n'))) {
                m_scratch.push_back(c);
            }
            ++p;
        }
        if (!rowEnded && !inQuotes)
            ++m_line;
        unterminatedQuote = inQuotes;
        m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
        for (const auto &[start, size] : m_spans)
            fields.emplace_back(m_scratch.data() + start, size);
        m_pos = p;
        return true;
    }

public:
    const char *position() const { return m_pos; }
    int lineNumber() const { return m_line; }

private:
    const char *m_pos;
    const char *m_end;
    char m_delimiter;
    int m_line;
    std::string m_scratch;
    std::vector<std::pair<std::size_t, std::size_t>> m_spans;
};

char detectDelimiter(Bytes headerLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (char c : headerLine) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes)
            commas += c == ',', semicolons += c == ';', tabs += c == '\t';
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

// The canonical form "NNNNNN-…" of a valid key into its 8 blocks; false for anything else
// (RecoveryKey::parse then handles other spellings and explains errors). Inlined here rather
// than through RecoveryKey: this is the hot loop of a million-row import.
Q_ALWAYS_INLINE bool packCanonicalKey(Bytes text, EscrowRecord::KeyBlocks &blocks)
{
    if (text.size() != std::size_t(RecoveryKey::CanonicalLength))
        return false;
    // Six digits at a time in one 64-bit word (SWAR): check that every byte is '0'..'9', then
    // fold digit pairs into bytes and the three pairs into the group's value.
    constexpr quint64 zeros = 0x303030303030ull;
    constexpr quint64 highNibbles = 0xF0F0F0F0F0F0ull;
    bool valid = true;
    for (int g = 0; g < RecoveryKey::GroupCount; ++g) {
        const char *group = text.data() + g * (RecoveryKey::GroupDigits + 1);
        if (g > 0 && group[-1] != '-')
            valid = false;
        // One aligned-size load (a 6-byte copy would stall on store forwarding); the last group
        // is loaded from two bytes earlier so that nothing past the key is read.
        quint64 word = 0;
        if (g + 1 < RecoveryKey::GroupCount) {
            std::memcpy(&word, group, sizeof word);
            word &= 0xFFFFFFFFFFFFull;
        } else {
            std::memcpy(&word, group - 2, sizeof word);
            word >>= 16;
        }
        valid = valid && (word & highNibbles) == zeros && ((word + 0x060606060606ull) & highNibbles) == zeros;
        quint64 digits = word - zeros;
        digits = ((digits * 10) + (digits >> 8)) & 0x00FF00FF00FFull;
        const unsigned value = unsigned(digits & 0xFF) * 10000u + unsigned((digits >> 16) & 0xFF) * 100u
                               + unsigned((digits >> 32) & 0xFF);
        valid = valid && value % 11 == 0 && value < unsigned(RecoveryKey::GroupLimit);
        blocks[std::size_t(g)] = quint16(value / 11);
    }
    return valid;
}

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

EscrowFormat formatOfHeader(const std::vector<Bytes> &names, const std::array<int, RoleCount> &columns)
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
void adviseHugePages(const void *data, std::size_t bytes)
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

constexpr std::ptrdiff_t ParallelThreshold = 8 * 1024 * 1024;

void reserveFor(EscrowStore &store, std::size_t bytes)
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
bool keyOutsideKeyColumn(const std::vector<Bytes> &fields, int keyColumn)
{
    for (std::size_t c = 0; c < fields.size(); ++c)
        if (int(c) != keyColumn && ExportText::containsKeyShapedRun(fields[c]))
            return true;
    return false;
}

RowsRead readRows(const char *begin, const char *end, int firstLine, char delimiter,
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
void appendStore(EscrowStore &into, EscrowStore &from, EscrowImportSummary &summary,
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
