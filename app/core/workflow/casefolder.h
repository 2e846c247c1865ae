// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The files of a case on this machine: cases/<case id>/ (private, 0700) with case.json and the
// ticket in every format, in the ticket's language; and a ticket saved elsewhere on request.
// RecoverySession decides when; this writes.

#include "domain/case.h"
#include "domain/language.h"
#include "domain/playbook.h"
#include "domain/result.h"
#include "domain/ticket.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

class CaseFolder {
    Q_DECLARE_TR_FUNCTIONS(CaseFolder)

public:
    // <casesDir>/<case id>, created private when it is not there yet; sets c.folder.
    static Status ensure(Case &c, const QString &casesDir);
    // Where ensure() puts the folder (before it exists: the plan names the quarantine first).
    static QString pathFor(const Case &c, const QString &casesDir);
    // case.json and ticket.txt / ticket.md / ticket.json in that language, each replaced whole
    // (owner-only permissions). The first file that cannot be written ends it: that error.
    static Status writeRecord(const Case &c, const Playbook &playbook, Language ticketLanguage);
    // The ticket in one format saved to a file the user chose.
    static Status saveTicket(const QString &path, const Case &c, const Playbook &playbook, TicketFormat format,
                             Language language);
};

}  // namespace ra
