// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ticket summary of a case: what a helpdesk lead pastes into ServiceNow or Jira without
// editing. Plain text, Markdown or JSON (schema in README.md), in Japanese or English. Times in
// local time with UTC alongside. It carries the Key ID, never the recovery key.

#include "domain/case.h"
#include "domain/language.h"
#include "domain/playbook.h"

#include <QTimeZone>

namespace ra {

enum class TicketFormat { Text, Markdown, Json };

class Ticket {
public:
    static QString formatKey(TicketFormat format);                  // "text", "markdown", "json"
    static std::optional<TicketFormat> formatFromKey(const QString &key);
    static QString fileSuffix(TicketFormat format);                 // "txt", "md", "json"

    // zone: the local zone shown next to UTC (the technician's; tests pass a fixed one).
    static QString render(const Case &c, const Playbook &playbook, TicketFormat format, Language language,
                          const QTimeZone &zone = QTimeZone::systemTimeZone());
};

}  // namespace ra
