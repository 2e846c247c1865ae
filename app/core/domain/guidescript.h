// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The phone guide as data (resources/guides/winre-phone.json): each step of Windows' own
// recovery screens with what the user sees (in the language of the user's Windows, Windows 10
// and 11 spellings kept apart), what the technician says, and what the user answers; the
// branches (Safe Mode without a key, repeated restarts, Safe Mode left on) and the Japanese
// keyboard notes. Validated on load like the playbook: errors name the field.
#include "domain/language.h"
#include "domain/playbook.h"
#include "domain/result.h"
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace ra {

enum class WindowsVersion { Windows11, Windows10 };

struct GuideStep {
    enum class Answer { Confirm, KeyId, Drive, KeyGroups, FileTimes };
    QString id;
    LocalizedText screen11;   // what Windows 11 shows (also Windows 10 unless screen10 is set)
    LocalizedText screen10;   // empty when Windows 10 shows the same
    QString command;          // what the user types, with {drive}, {folder}, {pattern}, {key}
    LocalizedText say;        // what the technician says
    Answer answer = Answer::Confirm;
    LocalizedText answerPrompt;
    QStringList notes;        // ids of keyboard notes

    const LocalizedText &screen(WindowsVersion version) const
    {
        return version == WindowsVersion::Windows10 && !screen10.en.isEmpty() ? screen10 : screen11;
    }
};

struct GuideBranchStep {
    QString command;
    LocalizedText text;
};

struct GuideBranch {
    QString id;               // "safe-mode", "restarts", "safeboot-left"
    LocalizedText when;
    QList<GuideBranchStep> steps;
};

class GuideScript {
    Q_DECLARE_TR_FUNCTIONS(GuideScript)
public:
    static Result<GuideScript> fromJson(const QByteArray &json, const QString &origin = {});
    static Result<GuideScript> load(const QString &path);
    // The built-in WinRE phone guide (compiled into the binary).
    static Result<GuideScript> builtin();

    QString id;
    LocalizedText title;
    QMap<QString, LocalizedText> keyboardNotes;
    QList<GuideStep> steps;
    QList<GuideBranch> branches;

    const GuideStep *step(const QString &stepId) const;
    // What the technician says quotes the screen's words in the technician's language; when
    // the user's Windows speaks the other one, each quoted word that is a line of a screen (or
    // the label before its ": ") becomes that line as the user's Windows shows it:
    // 「続行」 to an English Windows reads 「Continue」, "Troubleshoot" to a Japanese one
    // "トラブルシューティング". Other quotes stay.
    QString withScreenWords(const QString &text, Language technician, Language windows,
                            WindowsVersion version) const;
    const GuideBranch *branch(const QString &branchId) const;
    static QString answerKey(GuideStep::Answer answer);
};

// The placeholders of the guide's texts. Only these names are replaced, so "{default}" in a
// bcdedit command stays as it is.
struct GuideValues {
    QString drive = QStringLiteral("D:");
    QString folder;       // "Windows\System32\drivers\CrowdStrike" (backslashes)
    QString pattern;      // "C-00000291*.sys"
    QString prefix;       // "C-00000291"
    QString keyIdShape = QStringLiteral("XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX");
    QString key = QStringLiteral("<key>");  // what stands for the key in a printed command

    static GuideValues fromPlaybook(const Playbook &playbook, const QString &drive);
    QString fill(QString text) const;
};

}  // namespace ra
