// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A BitLocker recovery key (recovery password): 48 digits in 8 groups of 6. Every group is a
// multiple of 11 below 720896 (65536 × 11), which is how a typing error is caught per group.
//
// It is a secret. It has no operator<<, no QDebug streaming, no fmt formatter and no implicit
// conversion to any string type, so it cannot reach a log, a ticket or an error message by
// accident (tests/core/tst_recoverykey.cpp proves that at compile time). Its digits are wiped
// when it is destroyed or wipe() is called.

#include "domain/result.h"
#include "domain/securebytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace ra {

class RecoveryKey {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)

public:
    static constexpr int GroupCount = 8;
    static constexpr int GroupDigits = 6;
    static constexpr int GroupLimit = 720896;  // 65536 * 11
    static constexpr int CanonicalLength = GroupCount * GroupDigits + GroupCount - 1;  // 55

    enum class GroupState {
        Empty,        // nothing typed yet
        Incomplete,   // fewer than 6 digits
        TooLong,      // more than 6 digits
        NotDigits,    // a character that is not a digit
        BadChecksum,  // not a multiple of 11: a typing error in this group
        OutOfRange,   // a multiple of 11, but not below 720896
        Valid,
    };

    struct Diagnosis {
        QList<GroupState> groups;  // one per group found in the input (up to 8 shown)
        QList<int> badGroups;      // 1-based numbers of groups that are wrong
        QString message;           // one sentence for the user; empty when the key is valid
    };

    RecoveryKey() = default;
    ~RecoveryKey() { wipe(); }
    RecoveryKey(const RecoveryKey &other) = default;
    RecoveryKey &operator=(const RecoveryKey &other) = default;
    RecoveryKey(RecoveryKey &&other) noexcept;
    RecoveryKey &operator=(RecoveryKey &&other) noexcept;

    // Full-width digits and the decimal digits of other scripts (Arabic-Indic ٠١٢…, Devanagari…)
    // to ASCII, every kind of dash to '-', every kind of space to ' '.
    static QString normalize(QStringView text);
    // The state of one group as typed (normalized first).
    static GroupState checkGroup(QStringView group);
    // Finds a key in what people type or paste: separators of any kind or none, full-width
    // digits, text around it. Errors are BadInput with a sentence naming the wrong groups.
    static Result<RecoveryKey> parse(QStringView text);
    // Only the exact canonical form "NNNNNN-…" (55 ASCII characters) of a valid key: true and key
    // set; otherwise false and key untouched (use parse() for the diagnosis). For bulk imports.
    static bool parseCanonical(QByteArrayView ascii, RecoveryKey &key);
    // The per-group view of an input, for live feedback while typing.
    static Diagnosis diagnose(QStringView text);
    // The 8 groups when the text holds a whole key (for a key pasted into one field).
    static QList<QString> splitGroups(QStringView text);

    bool isEmpty() const { return !m_valid; }
    // "NNNNNN-NNNNNN-…" (55 characters), only for handing the key to an unlocker.
    SecureBytes canonicalBytes() const;
    // The same as a QString, only for filling the GUI's own key fields. Never log it.
    QString revealForInputFields() const;
    // For display where the technician must recognise the key: only the last group shown.
    QString masked() const;
    void wipe();

    bool operator==(const RecoveryKey &other) const;
    bool operator!=(const RecoveryKey &other) const { return !(*this == other); }

private:
    std::array<char, GroupCount * GroupDigits> m_digits{};
    bool m_valid = false;
};

}  // namespace ra
