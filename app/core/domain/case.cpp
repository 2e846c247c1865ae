// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/case.h"

#include "domain/jsonvalue.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace ra {

QJsonObject RemovedFile::toJson() const
{
    QJsonObject f;
    f.insert(QStringLiteral("path"), originalPath);
    f.insert(QStringLiteral("size"), size);
    f.insert(QStringLiteral("lastWriteUtc"), lastWriteUtc.toUTC().toString(Qt::ISODate));
    f.insert(QStringLiteral("sha256"), sha256);
    f.insert(QStringLiteral("verdict"), Classifier::verdictKey(verdict));
    f.insert(QStringLiteral("quarantinePath"), quarantinePath);
    return f;
}

QString Case::newId(const QDateTime &whenUtc)
{
    return QStringLiteral("RA-%1-%2")
        .arg(whenUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::system()->bounded(0x10000), 4, 16, QLatin1Char('0'))
        .toUpper();
}

QString Case::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Fixed: return QStringLiteral("fixed");
    case Outcome::NotAffected: return QStringLiteral("not-affected");
    case Outcome::AlreadyRemediated: return QStringLiteral("already-remediated");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString Case::outcomeName(Outcome outcome, Language language)
{
    switch (outcome) {
    case Outcome::Pending: return translate(language, "Case", QT_TRANSLATE_NOOP("Case", "in progress"));
    case Outcome::Fixed: return translate(language, "Case", QT_TRANSLATE_NOOP("Case", "fixed"));
    case Outcome::NotAffected: return translate(language, "Case", QT_TRANSLATE_NOOP("Case", "not affected"));
    case Outcome::AlreadyRemediated: return translate(language, "Case", QT_TRANSLATE_NOOP("Case", "already remediated"));
    case Outcome::Failed: return translate(language, "Case", QT_TRANSLATE_NOOP("Case", "failed"));
    case Outcome::Cancelled: return translate(language, "Case", QT_TRANSLATE_NOOP("Case", "cancelled"));
    }
    return {};
}

QString Case::outcomeSentence(Language language) const
{
    auto t = [language](const char *text, int n = -1) { return translate(language, "Case", text, nullptr, n); };
    switch (outcome) {
    case Outcome::Fixed: {
        if (byPhone)
            return t(QT_TRANSLATE_N_NOOP("Case", "Fixed by phone (WinRE): the user deleted %n reported file(s)."),
                     int(findings.size()));
        int faulty = 0, unknown = 0, good = 0;
        for (const RemovedFile &r : removed)
            ++(r.verdict == Verdict::Faulty ? faulty : r.verdict == Verdict::Good ? good : unknown);
        if (faulty == int(removed.size()))
            return t(QT_TRANSLATE_N_NOOP("Case", "Fixed: %n faulty file(s) removed; verified copies are in quarantine."),
                     faulty);
        // Say what each was: "1 faulty version, 1 of unknown version".
        QStringList parts;
        if (faulty)
            parts << t(QT_TRANSLATE_N_NOOP("Case", "%n faulty version(s)"), faulty);
        if (unknown)
            parts << t(QT_TRANSLATE_N_NOOP("Case", "%n of unknown version"), unknown);
        if (good)
            parts << t(QT_TRANSLATE_N_NOOP("Case", "%n good version(s), as the vendor procedure asks"), good);
        return t(QT_TRANSLATE_N_NOOP("Case", "Fixed: %n file(s) removed (%1); verified copies are in quarantine."),
                 int(removed.size()))
            .arg(parts.join(listSeparator(language)));
    }
    case Outcome::NotAffected:
        return outcomeMessage.isEmpty() ? t(QT_TRANSLATE_NOOP("Case", "Not affected: no faulty channel file 291 was found."))
                                        : t(QT_TRANSLATE_NOOP("Case", "Not affected: %1")).arg(outcomeMessage);
    case Outcome::AlreadyRemediated:
        return t(QT_TRANSLATE_NOOP("Case", "Already remediated: no channel file 291 is left on the disk."));
    case Outcome::Failed:
        return t(QT_TRANSLATE_NOOP("Case", "Failed: %1")).arg(outcomeMessage);
    case Outcome::Cancelled:
        return t(QT_TRANSLATE_N_NOOP("Case", "Stopped: %n file(s) were removed and kept in quarantine; the others were not touched."),
                 int(removed.size()));
    case Outcome::Pending:
        return t(QT_TRANSLATE_NOOP("Case", "In progress: the repair has not run yet."));
    }
    return {};
}

void Case::decideOutcome(const std::optional<std::pair<bool, QString>> &error, bool windowsFound,
                         bool targetFolderFound)
{
    auto t = [](const char *text, int n = -1) { return translate(uiLanguage(), "Case", text, nullptr, n); };
    int faultyLeft = 0;
    for (const Finding &f : findings) {
        bool gone = false;
        for (const RemovedFile &r : removed)
            gone = gone || r.originalPath == f.relativePath;
        if (f.verdict == Verdict::Faulty && !gone)
            ++faultyLeft;
    }
    if (error) {
        outcome = error->first ? Outcome::Cancelled : Outcome::Failed;
        outcomeMessage = error->second;
    } else if (faultyLeft > 0) {
        outcome = Outcome::Failed;
        outcomeMessage = t(QT_TRANSLATE_N_NOOP("Case", "%n faulty file(s) are still on the disk because they were not selected."),
                           faultyLeft);
    } else if (!removed.isEmpty()) {
        outcome = Outcome::Fixed;
    } else if (!windowsFound) {
        outcome = Outcome::NotAffected;
        outcomeMessage = t(QT_TRANSLATE_NOOP("Case", "No Windows installation was found on this volume."));
    } else if (findings.isEmpty() && targetFolderFound) {
        outcome = Outcome::AlreadyRemediated;
    } else {
        outcome = Outcome::NotAffected;
    }
}

QJsonObject Case::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("caseId"), id);
    o.insert(QStringLiteral("playbook"), playbookId);
    o.insert(QStringLiteral("technician"), jsonOrNull(technician));
    o.insert(QStringLiteral("bench"), jsonOrNull(bench));
    o.insert(QStringLiteral("site"), jsonOrNull(site));
    o.insert(QStringLiteral("ticketReference"), jsonOrNull(ticketReference));
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("targetDescription"), jsonOrNull(targetDescription.en));
    QJsonObject key;
    key.insert(QStringLiteral("keyId"), jsonOrNull(keyId));
    key.insert(QStringLiteral("shortKeyId"), keyId.isEmpty() ? QJsonValue() : QJsonValue(keyId.left(8).toUpper()));
    key.insert(QStringLiteral("source"), jsonOrNull(keySource.describe(Language::English)));
    key.insert(QStringLiteral("sourceDetail"), keySource.isNull() ? QJsonValue() : QJsonValue(keySource.toJson()));
    key.insert(QStringLiteral("recoveryKeyUsed"), recoveryKeyUsed);
    o.insert(QStringLiteral("bitlocker"), key);
    o.insert(QStringLiteral("windowsRoot"), jsonOrNull(windowsRoot));
    o.insert(QStringLiteral("route"), byPhone ? QStringLiteral("phone") : QStringLiteral("bench"));
    if (byPhone)
        o.insert(QStringLiteral("remoteUser"), jsonOrNull(remoteUser));
    o.insert(QStringLiteral("windows"), windows.toJson());
    QJsonArray found;
    for (const Finding &f : findings)
        found.append(f.toJson());
    o.insert(QStringLiteral("findings"), found);
    QJsonArray gone;
    for (const RemovedFile &r : removed)
        gone.append(r.toJson());
    o.insert(QStringLiteral("removed"), gone);
    o.insert(QStringLiteral("outcome"), outcomeKey(outcome));
    o.insert(QStringLiteral("outcomeMessage"), jsonOrNull(outcomeMessage));
    o.insert(QStringLiteral("opened"), opened.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("closed"), closed.isValid() ? QJsonValue(closed.toUTC().toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("caseFolder"), jsonOrNull(folder));
    o.insert(QStringLiteral("report"), report ? report->toJson() : QJsonObject());
    return o;
}

}  // namespace ra
