// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One machine's record: who worked on it, what was found, what was done, how it ended.
// It carries the Key ID that was used, never the recovery key.

#include "domain/finding.h"
#include "domain/keysource.h"
#include "domain/language.h"
#include "domain/playbook.h"
#include "domain/report.h"
#include "domain/windowsfacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>
#include <QString>

#include <memory>

namespace ra {

enum class Outcome { Pending, Fixed, NotAffected, AlreadyRemediated, Failed, Cancelled };

struct RemovedFile {
    QString originalPath;     // relative to the volume root, as on disk
    qint64 size = 0;
    QDateTime lastWriteUtc;
    QString sha256;
    Verdict verdict = Verdict::Unknown;
    QString quarantinePath;   // absolute path of the verified copy on this machine

    // {path, size, lastWriteUtc, sha256, verdict, quarantinePath}: case.json, manifest, ticket.
    QJsonObject toJson() const;
};

struct Case {
    Q_DECLARE_TR_FUNCTIONS(Case)

public:
    QString id;               // "RA-20240719-101500-4F2A"
    QString technician;
    QString ticketReference;
    QString target;           // what was opened: device, image file or folder
    LocalizedText targetDescription;  // "BitLocker (XTS-AES 128), 237 GB" in both languages
    QString keyId;            // full GUID of the protector that opened the volume; empty if none
    KeySource keySource;      // typed, export entry, .BEK file, keychain, clear key (never the key)
    bool recoveryKeyUsed = false;   // drives the "rotate the recovery key" next step
    QString windowsRoot;      // relative path of the Windows folder on the volume ("Windows")
    WindowsFacts windows;
    QList<Finding> findings;
    QList<RemovedFile> removed;
    std::shared_ptr<Report> report = std::make_shared<Report>();
    Outcome outcome = Outcome::Pending;
    QString outcomeMessage;   // one sentence, the reason when it failed
    QDateTime opened = QDateTime::currentDateTimeUtc();
    QDateTime closed;
    QString folder;           // cases/<id>/
    QString playbookId;
    QString bench;            // the bench (or stick) that worked on it, and its site: the case store
    QString site;
    // The phone route (workflow/guidesession): the remote user's name; the files are as the user
    // read them from `dir`, and the recovery key was read aloud (disclosed).
    bool byPhone = false;
    QString remoteUser;
    // Next steps this case adds to the playbook's (a Safe Mode flag left in the BCD store, …).
    QList<LocalizedText> extraNextSteps;

    static QString newId(const QDateTime &whenUtc = QDateTime::currentDateTimeUtc());
    static QString outcomeKey(Outcome outcome);                         // "fixed", …
    static QString outcomeName(Outcome outcome, Language language);     // translated
    // How the case ended in one sentence, in that language: the ticket's headline, the repair
    // page's result, the CLI's last line. "Fixed: 1 faulty file removed; its verified copy …"
    QString outcomeSentence(Language language) const;
    // Decides the outcome once the repair ran (or was skipped: error empty): fixed, not affected,
    // already remediated, or failed while a faulty file is left; error set: cancelled or failed.
    // windowsFound / targetFolderFound: what the inspection saw on the volume.
    void decideOutcome(const std::optional<std::pair<bool, QString>> &error, bool windowsFound, bool targetFolderFound);
    QJsonObject toJson() const;  // case.json; the ticket JSON is built from the same fields
};

}  // namespace ra
