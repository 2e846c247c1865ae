// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The incident report: one self-contained HTML file (inline CSS and an inline SVG chart of the
// machines fixed per hour) that opens in any browser and prints well, in Japanese or English.

#include "system/store/casestore.h"

namespace ra::CaseReport {

QString html(const ReportData &data, Language language, const QString &storeDescription,
             const QDateTime &generated = QDateTime::currentDateTime());
// The inline SVG bar chart alone (also used by the wizard's report page).
QString fixedPerHourSvg(const ReportData &data, Language language);
// "1 h 05 min", "12 min", "40 s"
QString duration(qint64 seconds, Language language);

}  // namespace ra::CaseReport
