// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The field parsers of the key-export readers (internal to system/escrow): which column means
// what whatever the export calls it, Key IDs (GUID or short), dates in every spelling the
// exports use, AD distinguished names, and the canonical recovery key packed into its blocks
// (the hot loop of a million-row import, hence inline).

#include "system/escrow/escrowreader.h"

#include <QDate>

#include <array>
#include <cstring>
#include <string_view>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ra::escrowimport {

using Bytes = std::string_view;

// What a column means, whatever the export calls it.
enum Role { KeyRole, IdRole, HostRole, NameRole, DeviceIdRole, DateRole, DnRole, DirectoryRole, VolumeTypeRole, RoleCount };
using RowValues = std::array<Bytes, RoleCount>;

struct HeaderName {
    const char *name;  // lower case
    Role role;
};

inline constexpr HeaderName kHeaderNames[] = {
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

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

inline bool equalsIgnoreCase(Bytes a, Bytes lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerB[i])
            return false;
    return true;
}

inline bool startsWithIgnoreCase(Bytes a, Bytes lowerPrefix)
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

inline int roleOf(Bytes header)
{
    header = trimmed(header);
    for (const HeaderName &h : kHeaderNames)
        if (equalsIgnoreCase(header, h.name))
            return h.role;
    return -1;
}

// -1 for a non-hex byte. A table: this runs 32 times per row of a million-row export.
inline constexpr std::array<signed char, 256> kHexDigits = [] {
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

inline bool readHex(Bytes s, std::size_t pos, int digits, quint64 &out)
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
inline bool parseKeyId(Bytes s, QUuid &id, bool &shortOnly)
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
inline qint64 parseDate(Bytes s)
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

inline RecoveryObjectName parseRecoveryObjectName(Bytes value)
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
inline Bytes rdnValue(Bytes dn, int index)
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

}  // namespace ra::escrowimport
