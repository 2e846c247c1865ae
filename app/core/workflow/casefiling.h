// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session's link to the case store: a closed case is filed (never failing the close: an
// unreachable server queues it), and before a machine is opened, earlier cases of the same
// machine are looked up for the duplicate warning (a warning, never a block).

#include "domain/case.h"
#include "system/store/casestore.h"

namespace ra::CaseFiling {

// Files the case; returns one sentence when it could not (the case folder still has it).
QString file(const Case &c, const StoreConfig &config);
// "This machine already has a case: fixed yesterday at 14:32 by Sato on bench 3 (case …)."
// One sentence per earlier case (newest first); empty when none or the store cannot answer.
QStringList earlierCaseWarnings(const StoreConfig &config, const QString &computerName, const QStringList &keyIds,
                                const QString &exceptCaseId, Language language);

}  // namespace ra::CaseFiling
