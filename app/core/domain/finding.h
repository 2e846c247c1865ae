// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One file that matches the playbook, and the verdict on it. Pure values and rules, no I/O:
// the scanner (system/channelfilescanner) reads the file and fills the facts in.

#include "domain/language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

class Playbook;

enum class HeaderState { Valid, AllZero, Other };
enum class Verdict { Faulty, Good, Unknown };
// Why a verdict was given; rendered in the UI's or the ticket's language.
enum class VerdictReason { FaultyWindow, GoodWindow, BeforeFaultyWindow, ZeroFilled, NotChannelFile, NoTimestamp,
                           NotRegularFile, TooLarge };

struct Finding {
    QString relativePath;   // from the volume root, '/' separators; bytes that are not UTF-8 and
                            // control characters shown escaped (\xff, \x0a)
    QString absolutePath;   // where it is on this machine now
    qint64 size = 0;
    QDateTime lastWriteUtc;
    QString sha256;         // lower-case hex
    HeaderState header = HeaderState::Other;
    Verdict verdict = Verdict::Unknown;
    VerdictReason reason = VerdictReason::NoTimestamp;
    bool selected = false;
    QByteArray nativePath;  // the name's bytes on this machine when relativePath had to escape them

    // Not a regular file, or larger than the playbook allows: listed, never selected or touched.
    bool removable() const { return reason != VerdictReason::NotRegularFile && reason != VerdictReason::TooLarge; }
    // The path to open on this machine, byte-exact.
    QByteArray localPath() const;

    QString fileName() const;
    QJsonObject toJson() const;
};

// "path|sha256" of each file of a plan, sorted: what a confirmation is compared by (the batch's
// confirmed plans, and the session's check between the plan and the write).
QStringList planKeys(const QList<Finding> &plan);

class Classifier {
    Q_DECLARE_TR_FUNCTIONS(Classifier)

public:
    struct Outcome {
        Verdict verdict;
        VerdictReason reason;
    };
    // The verdict from the last-write time (UTC) and the header, by the playbook's windows.
    static Outcome classify(const Playbook &playbook, const QDateTime &lastWriteUtc, HeaderState header);
    static HeaderState headerState(const Playbook &playbook, const QByteArray &firstBytes);
    // Faulty and unknown selected, good versions listed but not selected; with vendorProcedure
    // every file is selected (CrowdStrike's instructions delete every C-00000291*.sys).
    static void applyDefaultSelection(QList<Finding> &findings, bool vendorProcedure);

    static QString verdictName(Verdict verdict);                       // translated, UI language
    static QString verdictName(Verdict verdict, Language language);    // for tickets
    static QString reasonText(VerdictReason reason, Language language);  // one sentence
    static QString reasonText(VerdictReason reason);                     // UI language
    static QString verdictKey(Verdict verdict);                        // "faulty" / "good" / "unknown"
    static QString headerKey(HeaderState header);                      // "valid" / "zero" / "other"
};

}  // namespace ra
