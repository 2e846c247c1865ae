// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/casefiling.h"

#include "workflow/casefolder.h"

#include "system/logging.h"
#include "workflow/recoverysession.h"

#include <QJsonDocument>

namespace ra::CaseFiling {

namespace {

Error notFiled(const Case &c, const Error &why)
{
    log().error("case {} not filed: {} ({})", u8(c.id), u8(why.message), u8(why.details));
    return makeError(ErrorKind::NotFiled,
                     translate(uiLanguage(), "CaseStore",
                               QT_TRANSLATE_NOOP("CaseStore", "The case %1 was not filed in the case store: %2 It is kept in its case folder %3; file it later with \"cases import\"."))
                         .arg(c.id, why.message, c.folder),
                     why.details);
}

}  // namespace

Status file(Case &c)
{
    const StoreConfig config = StoreConfig::load();
    if (c.bench.isEmpty())
        c.bench = config.bench;
    if (c.site.isEmpty())
        c.site = config.site;
    return file(c, config);
}

Status file(const Case &c, const StoreConfig &config)
{
    auto store = CaseStore::open(config, true);
    if (!store)
        return notFiled(c, store.error());
    auto record = CaseRecord::fromCaseJson(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact), config.bench, config.site);
    if (!record)
        return notFiled(c, record.error());
    const auto put = (*store)->put(*record);
    if (!put)
        return notFiled(c, put.error());
    log().info("case {} filed in {}{}", u8(c.id), u8((*store)->description()),
               *put == CaseStore::Put::Queued ? " (queued: the server is not reachable)" : "");
    return {};
}

QStringList earlierCaseWarnings(const StoreConfig &config, const QString &computerName, const QStringList &keyIds,
                                const QString &exceptCaseId, Language language)
{
    auto store = CaseStore::open(config, true);
    if (!store)
        return {};
    const auto earlier = (*store)->previousCases(computerName, keyIds, exceptCaseId);
    if (!earlier) {
        log().warn("earlier cases not looked up: {}", u8(earlier.error().details));
        return {};
    }
    QStringList sentences;
    for (const CaseSummary &c : *earlier)
        sentences << translate(language, "CaseStore", QT_TRANSLATE_NOOP("CaseStore", "This machine already has a case: %1."))
                         .arg(CaseStore::describePrevious(c, language));
    return sentences;
}

QStringList earlierCaseWarnings(const RecoverySession &session, Language language, int volumeIndex)
{
    const QList<VolumeInfo> &volumes = session.volumes();
    const VolumeInfo *v = volumeIndex < 0                ? session.selectedVolume()
                          : volumeIndex < volumes.size() ? &volumes[volumeIndex]
                                                         : nullptr;
    QStringList ids;
    if (v && v->bitlocker)
        for (const ProtectorId &id : v->bitlocker->recoveryIds())
            ids << id.toString();
    QString computer = volumeIndex < 0 ? session.currentCase().windows.computerName : QString();
    if (computer.isEmpty() && v && v->windows)
        computer = v->windows->computerName;  // a mounted folder names its machine before opening
    if (computer.isEmpty() && ids.isEmpty())
        return {};
    return earlierCaseWarnings(StoreConfig::load(), computer, ids, session.currentCase().id, language);
}

Status closeCase(Case &c, const QString &casesDir, const Playbook &playbook, Language ticketLanguage)
{
    if (Status folder = CaseFolder::ensure(c, casesDir); !folder)
        return folder;
    const Status filed = file(c);  // an unreachable store queues it: not an error
    const Status written = CaseFolder::writeRecord(c, playbook, ticketLanguage);
    return !written ? written : filed;
}

}  // namespace ra::CaseFiling
