// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session's link to the case store, in one place: a closed case is filed (an unreachable
// server is not a failure: the case is queued; a case the store refuses is one — NotFiled, exit
// 8 — that the technician sees), and before a machine is opened, earlier cases of the
// same machine are looked up for the duplicate warning (a warning, never a block).
// RecoverySession calls file() from close(); the CLI's fix and the Detect page call
// earlierCaseWarnings(). It is also the front ends' door to the store (front ends include only
// workflow/ and domain/): the `cases` command and the case store dialog use CaseStore,
// CaseRecord and CaseReport through this header.

#include "domain/case.h"
#include "domain/playbook.h"
#include "system/store/casereport.h"
#include "system/store/casestore.h"

namespace ra {
class RecoverySession;
}

namespace ra::CaseFiling {

// Stamps this bench's name and site (StoreConfig::load(): RA_BENCH/RA_SITE or the settings) into
// the case where it names none, and files it in the configured store. Queued for an unreachable
// server is success. Otherwise ErrorKind::NotFiled with one sentence (the store's reason; logged
// too): the case folder still has the case, and `cases import` of it files it later.
Status file(Case &c);
Status file(const Case &c, const StoreConfig &config);

// Closing a case, the same for every route (the bench, the batch, the stick, the phone): its
// folder made under casesDir, filed in the store (file() above), case.json and the ticket in
// three formats written. The folder failing ends it (nothing else is tried); otherwise the
// record is written even when the store refused the case. Returns the first error.
Status closeCase(Case &c, const QString &casesDir, const Playbook &playbook, Language ticketLanguage);

// "This machine already has a case: fixed yesterday at 14:32 by Sato on bench 3 (case …)."
// One sentence per earlier case (newest first); empty when none or the store cannot answer.
QStringList earlierCaseWarnings(const StoreConfig &config, const QString &computerName, const QStringList &keyIds,
                                const QString &exceptCaseId, Language language);
// The same for a session: the recovery Key IDs of one of its volumes (volumeIndex, the Detect
// page before selecting) or of the selected one (-1), and the computer name it knows.
QStringList earlierCaseWarnings(const RecoverySession &session, Language language, int volumeIndex = -1);

}  // namespace ra::CaseFiling
