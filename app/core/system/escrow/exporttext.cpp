// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/escrow/exporttext.h"

#include <QList>

namespace ra::ExportText {

namespace {

// Line breaks and tabs: a space.
bool isBreak(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029 || QChar::isSpace(c);
}

// Everything else that is not shown as text (escape sequences, bells, bidi tricks): dropped.
bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
           || (c >= 0x200B && c <= 0x200F)   // zero-width spaces and direction marks
           || (c >= 0x202A && c <= 0x202E)   // bidirectional embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)   // bidirectional isolates
           || c == 0xFEFF || c == 0xFFFD;    // byte order mark, a replaced invalid byte
}

}  // namespace

QString oneLine(QStringView text, int maxLength, Elide elide)
{
    // Whole code points: a surrogate pair is never cut in two.
    const QList<uint> points = text.toUcs4();
    QList<uint> kept;
    kept.reserve(points.size());
    bool space = false;
    for (uint c : points) {
        if (isBreak(c)) {
            space = !kept.isEmpty();
            continue;
        }
        if (isControl(c))
            continue;
        if (space)
            kept.append(u' ');
        space = false;
        kept.append(c);
    }
    const int max = qMax(maxLength, 2);
    if (kept.size() > max) {
        if (elide == Elide::Middle) {
            const qsizetype head = (max - 1) / 2;
            const qsizetype tail = max - 1 - head;
            kept = kept.mid(0, head) + QList<uint>{0x2026u} + kept.mid(kept.size() - tail);
        } else {
            kept = kept.mid(0, max - 1);
            while (!kept.isEmpty() && kept.last() == u' ')
                kept.removeLast();
            kept.append(0x2026u);
        }
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size());
}

QString oneLine(std::string_view utf8, int maxLength, Elide elide)
{
    if (isClean(utf8, maxLength))
        return QString::fromLatin1(utf8.data(), qsizetype(utf8.size()));
    return oneLine(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())), maxLength, elide);
}

bool isClean(std::string_view utf8, int maxLength)
{
    if (utf8.size() > std::size_t(maxLength) || utf8.empty())
        return utf8.empty();
    if (utf8.front() == ' ' || utf8.back() == ' ')
        return false;
    char previous = 0;
    for (char c : utf8) {
        const auto u = uchar(c);
        if (u < 0x20 || u >= 0x7F || (c == ' ' && previous == ' '))
            return false;
        previous = c;
    }
    return true;
}

bool containsKeyShapedRun(std::string_view s)
{
    constexpr int KeyDigits = 48;
    constexpr int GroupDigits = 6;
    constexpr int MaxSeparatorRun = 3;
    if (s.size() < std::size_t(KeyDigits))
        return false;
    // Runs of digits, each a whole number of 6-digit groups, joined by short separators: 8
    // groups make a key. A run of 48 digits or more is one whatever its length. Other runs
    // ("12 34 255", dates, GUIDs, byte lists) start over.
    int groups = 0;      // groups in the current chain
    int run = 0;         // digits in the current run
    int separators = 0;  // separator characters since the last digit
    const auto endRun = [&] {
        if (run == 0)
            return false;
        if (run >= KeyDigits)
            return true;
        groups = run % GroupDigits == 0 ? groups + run / GroupDigits : 0;
        run = 0;
        return groups >= KeyDigits / GroupDigits;
    };
    for (std::size_t i = 0; i < s.size();) {
        const auto c = uchar(s[i]);
        bool digit = false, alnum = false;
        std::size_t width = 1;
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            alnum = true;
        } else if (c == 0xEF && i + 2 < s.size() && uchar(s[i + 1]) == 0xBC && uchar(s[i + 2]) >= 0x90
                   && uchar(s[i + 2]) <= 0x99) {
            digit = true;  // full-width 0-9 (U+FF10-U+FF19)
            width = 3;
        } else if (c >= 0x80) {
            // Another character: letters of other scripts break a chain, punctuation does not.
            std::size_t n = 1;
            while (i + n < s.size() && (uchar(s[i + n]) & 0xC0) == 0x80)
                ++n;
            const QString one = QString::fromUtf8(s.data() + i, qsizetype(n));
            alnum = !one.isEmpty() && one.at(0).isLetterOrNumber();
            width = n;
        }
        if (digit) {
            if (run == 0 && separators > MaxSeparatorRun)
                groups = 0;
            ++run;
            separators = 0;
        } else {
            if (endRun())
                return true;
            if (alnum)
                groups = 0, separators = 0;
            else
                ++separators;
        }
        i += width;
    }
    return endRun();
}

}  // namespace ra::ExportText
