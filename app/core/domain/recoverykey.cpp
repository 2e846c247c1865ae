// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recoverykey.h"

#include <QRegularExpression>

namespace ra {

namespace {

bool isDash(char16_t c)
{
    switch (c) {
    case u'-': case u'\uFF0D': case u'\u30FC': case u'\u2010': case u'\u2011': case u'\u2012':
    case u'\u2013': case u'\u2014': case u'\u2015': case u'\u2212': case u'\uFF70': case u'\uFE63':
        return true;
    default:
        return false;
    }
}

// The digit runs of the longest chain joined only by separators (dash or space).
QList<QString> candidateRuns(const QString &normalized)
{
    QList<QString> best, current;
    int bestDigits = 0, currentDigits = 0;
    QString run;
    auto closeRun = [&] {
        if (!run.isEmpty()) {
            current.append(run);
            currentDigits += int(run.size());
            run.clear();
        }
    };
    auto closeChain = [&] {
        closeRun();
        if (currentDigits > bestDigits) {
            best = current;
            bestDigits = currentDigits;
        }
        current.clear();
        currentDigits = 0;
    };
    for (QChar c : normalized) {
        if (c.isDigit() && c.unicode() < 128)
            run.append(c);
        else if (c == u'-' || c == u' ')
            closeRun();
        else
            closeChain();
    }
    closeChain();
    // A key typed without separators: cut it into groups of six.
    if (best.size() == 1 && best.first().size() > RecoveryKey::GroupDigits) {
        const QString all = best.first();
        best.clear();
        for (int i = 0; i < all.size(); i += RecoveryKey::GroupDigits)
            best.append(all.mid(i, RecoveryKey::GroupDigits));
    }
    return best;
}

}  // namespace

RecoveryKey::RecoveryKey(RecoveryKey &&other) noexcept : m_digits(other.m_digits), m_valid(other.m_valid)
{
    other.wipe();
}

RecoveryKey &RecoveryKey::operator=(RecoveryKey &&other) noexcept
{
    if (this != &other) {
        m_digits = other.m_digits;
        m_valid = other.m_valid;
        other.wipe();
    }
    return *this;
}

QString RecoveryKey::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'\uFF10' && u <= u'\uFF19')
            out.append(QChar(u'0' + (u - u'\uFF10')));
        else if (u >= 0x80 && c.category() == QChar::Number_DecimalDigit && c.digitValue() >= 0)
            out.append(QChar(u'0' + c.digitValue()));  // Arabic-Indic, Devanagari…: the same digits
        else if (isDash(u))
            out.append(u'-');
        else if (c.isSpace())
            out.append(u' ');
        else
            out.append(c);
    }
    return out;
}

RecoveryKey::GroupState RecoveryKey::checkGroup(QStringView group)
{
    const QString g = normalize(group).trimmed();
    if (g.isEmpty())
        return GroupState::Empty;
    for (QChar c : g)
        if (!(c.isDigit() && c.unicode() < 128))
            return GroupState::NotDigits;
    if (g.size() < GroupDigits)
        return GroupState::Incomplete;
    if (g.size() > GroupDigits)
        return GroupState::TooLong;
    const int value = g.toInt();
    if (value % 11 != 0)
        return GroupState::BadChecksum;
    if (value >= GroupLimit)
        return GroupState::OutOfRange;
    return GroupState::Valid;
}

RecoveryKey::Diagnosis RecoveryKey::diagnose(QStringView text)
{
    Diagnosis d;
    const QList<QString> runs = candidateRuns(normalize(text));
    for (const QString &run : runs)
        d.groups.append(checkGroup(run));
    for (int i = 0; i < d.groups.size(); ++i)
        if (d.groups[i] != GroupState::Valid)
            d.badGroups.append(i + 1);

    if (runs.isEmpty()) {
        d.message = tr("Enter the 48-digit recovery key.");
    } else if (runs.size() != GroupCount) {
        d.message = tr("A recovery key has 8 groups of 6 digits, but %n group(s) were found.", nullptr,
                       int(runs.size()));
    } else if (!d.badGroups.isEmpty()) {
        QStringList numbers;
        for (int n : d.badGroups)
            numbers.append(QString::number(n));
        d.message = tr("The recovery key has %n wrong group(s): %1. Check these digits again.", nullptr,
                       int(d.badGroups.size()))
                        .arg(numbers.join(QStringLiteral(", ")));
    }
    return d;
}

QList<QString> RecoveryKey::splitGroups(QStringView text)
{
    const QList<QString> runs = candidateRuns(normalize(text));
    if (runs.size() != GroupCount)
        return {};
    for (const QString &run : runs)
        if (run.size() != GroupDigits)
            return {};
    return runs;
}

Result<RecoveryKey> RecoveryKey::parse(QStringView text)
{
    const QList<QString> runs = candidateRuns(normalize(text));
    const Diagnosis d = diagnose(text);
    if (!d.message.isEmpty())
        return makeError(ErrorKind::BadInput, d.message);
    RecoveryKey key;
    for (int g = 0; g < GroupCount; ++g)
        for (int i = 0; i < GroupDigits; ++i)
            key.m_digits[std::size_t(g * GroupDigits + i)] = char(runs[g][i].unicode());
    key.m_valid = true;
    return key;
}

bool RecoveryKey::parseCanonical(QByteArrayView ascii, RecoveryKey &key)
{
    if (ascii.size() != CanonicalLength)
        return false;
    std::array<char, GroupCount * GroupDigits> digits{};
    bool valid = true;
    for (int g = 0; g < GroupCount; ++g) {
        const char *group = ascii.data() + g * (GroupDigits + 1);
        if (g > 0 && group[-1] != '-')
            valid = false;
        int value = 0;
        for (int i = 0; i < GroupDigits; ++i) {
            const unsigned digit = unsigned(uchar(group[i])) - unsigned('0');
            valid = valid && digit <= 9;
            value = value * 10 + int(digit);
            digits[std::size_t(g * GroupDigits + i)] = group[i];
        }
        valid = valid && value % 11 == 0 && value < GroupLimit;
    }
    if (valid) {
        key.m_digits = digits;
        key.m_valid = true;
    }
    secureWipe(digits.data(), digits.size());
    return valid;
}

SecureBytes RecoveryKey::canonicalBytes() const
{
    if (!m_valid)
        return {};
    SecureBytes out(CanonicalLength);
    std::size_t pos = 0;
    for (int g = 0; g < GroupCount; ++g) {
        if (g > 0)
            out.data()[pos++] = '-';
        for (int i = 0; i < GroupDigits; ++i)
            out.data()[pos++] = m_digits[std::size_t(g * GroupDigits + i)];
    }
    return out;
}

QString RecoveryKey::revealForInputFields() const
{
    const SecureBytes bytes = canonicalBytes();
    return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
}

QString RecoveryKey::masked() const
{
    if (!m_valid)
        return {};
    QString out;
    for (int g = 0; g < GroupCount - 1; ++g)
        out += QStringLiteral("••••••-");
    out += QString::fromLatin1(m_digits.data() + (GroupCount - 1) * GroupDigits, GroupDigits);
    return out;
}

void RecoveryKey::wipe()
{
    secureWipe(m_digits.data(), m_digits.size());
    m_valid = false;
}

bool RecoveryKey::operator==(const RecoveryKey &other) const
{
    return m_valid == other.m_valid && m_digits == other.m_digits;
}

}  // namespace ra
