// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An incident described as data (resources/playbooks/*.json): where the faulty files are, how
// they look, which timestamps are faulty or good, and what to tell the user. A future incident
// of the same shape is a new playbook, not new code.

#include "domain/language.h"
#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ra {

struct LocalizedText {
    QString en;
    QString ja;
    QString text(Language language) const { return language == Language::Japanese && !ja.isEmpty() ? ja : en; }
};

struct NextStep {
    enum class When { Always, KeyUsed, Fixed };
    When when = When::Always;
    LocalizedText text;
};

class Playbook {
    Q_DECLARE_TR_FUNCTIONS(Playbook)

public:
    static Result<Playbook> fromJson(const QByteArray &json, const QString &origin = {});
    static Result<Playbook> load(const QString &path);
    // The built-in CrowdStrike channel file 291 playbook (compiled into the binary).
    static Result<Playbook> builtin();

    QString id;
    LocalizedText title;
    LocalizedText summary;
    QString targetFolder;         // relative to the Windows installation's parent: "Windows/System32/drivers/CrowdStrike"
    QString filePattern;          // wildcard, case-insensitive: "C-00000291*.sys"
    QByteArray header;            // expected first bytes of a healthy file
    qint64 maxBytes = 16 * 1024 * 1024;  // larger files are listed, never read in full or removed
    QDateTime faultyFrom;         // UTC, inclusive
    QDateTime faultyUntil;        // UTC, exclusive
    QDateTime goodFrom;           // UTC, inclusive
    QList<NextStep> nextSteps;

    bool matchesFileName(const QString &name) const;
};

}  // namespace ra
