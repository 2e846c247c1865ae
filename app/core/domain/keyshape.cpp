// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/keyshape.h"

#include "domain/recoverykey.h"

#include <QChar>

#include <vector>

namespace ra::KeyShape {

namespace {

constexpr int GroupDigits = RecoveryKey::GroupDigits;
constexpr int KeyDigits = RecoveryKey::GroupCount * RecoveryKey::GroupDigits;

// One chain of digits joined by short separator runs: the digits, and for each digit whether a
// separator stood right before it.
struct Chain {
    std::vector<signed char> digits;
    std::vector<bool> separatorBefore;

    void clear()
    {
        digits.clear();
        separatorBefore.clear();
    }

    // A key starts at s when the 8 groups from s are valid groups with no separator inside.
    bool holdsKey() const
    {
        const int n = int(digits.size());
        if (n < KeyDigits)
            return false;
        // validGroup[i]: digits i..i+5 make a valid group, with no separator between them.
        std::vector<bool> validGroup(std::size_t(n), false);
        for (int i = 0; i + GroupDigits <= n; ++i) {
            int value = 0;
            bool joined = true;
            for (int k = 0; k < GroupDigits; ++k) {
                if (k > 0 && separatorBefore[std::size_t(i + k)]) {
                    joined = false;
                    break;
                }
                value = value * 10 + digits[std::size_t(i + k)];
            }
            validGroup[std::size_t(i)] = joined && value % 11 == 0 && value < RecoveryKey::GroupLimit;
        }
        for (int s = 0; s + KeyDigits <= n; ++s) {
            bool all = true;
            for (int g = 0; all && g < RecoveryKey::GroupCount; ++g)
                all = validGroup[std::size_t(s + g * GroupDigits)];
            if (all)
                return true;
        }
        return false;
    }
};

int digitOf(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return int(c - U'0');
    if (c < 0x80)
        return -1;
    return QChar::category(c) == QChar::Number_DecimalDigit ? QChar::digitValue(c) : -1;
}

bool breaksChain(char32_t c)
{
    // Letters and other numbers (superscripts, fractions, roman numerals) end a chain;
    // punctuation, symbols, spaces and invisible characters only separate.
    return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : QChar::isLetterOrNumber(c);
}

}  // namespace

bool containsRecoveryKey(QStringView text)
{
    if (text.size() < KeyDigits)
        return false;
    Chain chain;
    int separators = 0;
    bool found = false;
    auto close = [&] {
        found = found || chain.holdsKey();
        chain.clear();
    };
    for (auto it = text.begin(); it != text.end() && !found;) {
        char32_t c = it->unicode();
        if (QChar::isHighSurrogate(c) && it + 1 != text.end() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            it += 2;
        } else {
            ++it;
        }
        const int digit = digitOf(c);
        if (digit >= 0 && digit <= 9) {
            if (separators > MaxSeparatorRun)
                close();
            chain.digits.push_back(static_cast<signed char>(digit));
            chain.separatorBefore.push_back(separators > 0 && chain.digits.size() > 1);
            separators = 0;
        } else if (breaksChain(c)) {
            close();
            separators = 0;
        } else {
            ++separators;
        }
    }
    if (!found)
        close();
    return found;
}

}  // namespace ra::KeyShape
