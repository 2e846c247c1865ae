// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/store/casereport.h"

#include "domain/case.h"

#include <QMap>

#include <algorithm>

namespace ra::CaseReport {

namespace {

QString t(Language language, const char *text)
{
    return translate(language, "CaseReport", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

Outcome outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Fixed, Outcome::NotAffected, Outcome::AlreadyRemediated, Outcome::Failed, Outcome::Cancelled})
        if (Case::outcomeKey(o) == key)
            return o;
    return Outcome::Pending;
}

QString groupTable(const QList<GroupCount> &groups, const QString &heading, Language language)
{
    QString h = QStringLiteral("<table><thead><tr><th>%1</th><th class=n>%2</th><th class=n>%3</th></tr></thead><tbody>")
                    .arg(esc(heading), esc(t(language, QT_TRANSLATE_NOOP("CaseReport", "Fixed"))),
                         esc(t(language, QT_TRANSLATE_NOOP("CaseReport", "Cases"))));
    for (const GroupCount &g : groups)
        h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td><td class=n>%3</td></tr>")
                 .arg(esc(g.name.isEmpty() ? QStringLiteral("—") : g.name))
                 .arg(g.fixed)
                 .arg(g.total);
    return h + QStringLiteral("</tbody></table>");
}

}  // namespace

QString duration(qint64 seconds, Language language)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return t(language, QT_TRANSLATE_NOOP("CaseReport", "%1 s")).arg(seconds);
    if (seconds < 3600)
        return t(language, QT_TRANSLATE_NOOP("CaseReport", "%1 min")).arg((seconds + 30) / 60);
    return t(language, QT_TRANSLATE_NOOP("CaseReport", "%1 h %2 min")).arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

namespace {

// The chart's slot: an hour for an incident of up to four days, a day up to 200 days, else a week
// (an incident imported over years must not become thousands of hairline bars, nor be cut off).
enum class Slot { Hour, Day, Week };

Slot slotFor(const ReportData &data)
{
    if (data.fixedPerHour.isEmpty())
        return Slot::Hour;
    const qint64 hours = data.fixedPerHour.first().first.secsTo(data.fixedPerHour.last().first) / 3600 + 1;
    return hours <= 96 ? Slot::Hour : hours <= 200 * 24 ? Slot::Day : Slot::Week;
}

QString chartTitle(const ReportData &data, Language language)
{
    switch (slotFor(data)) {
    case Slot::Hour: return t(language, QT_TRANSLATE_NOOP("CaseReport", "Machines fixed per hour"));
    case Slot::Day: return t(language, QT_TRANSLATE_NOOP("CaseReport", "Machines fixed per day"));
    case Slot::Week: return t(language, QT_TRANSLATE_NOOP("CaseReport", "Machines fixed per week"));
    }
    return {};
}

}  // namespace

QString fixedPerHourSvg(const ReportData &data, Language language)
{
    // Every slot from the first to the last fixed case, empty ones included.
    const Slot slot = slotFor(data);
    QList<QPair<QDateTime, int>> hours;
    if (slot == Slot::Hour && !data.fixedPerHour.isEmpty()) {
        QDateTime h = data.fixedPerHour.first().first;
        const QDateTime last = data.fixedPerHour.last().first;
        int i = 0;
        while (h <= last) {
            int n = 0;
            if (i < data.fixedPerHour.size() && data.fixedPerHour[i].first == h)
                n = data.fixedPerHour[i++].second;
            hours.append({h, n});
            h = h.addSecs(3600);
        }
    } else if (!data.fixedPerHour.isEmpty()) {
        // Local days (or the Mondays that start local weeks).
        const auto key = [slot](const QDateTime &utcHour) {
            const QDate d = utcHour.toLocalTime().date();
            return slot == Slot::Week ? d.addDays(1 - d.dayOfWeek()) : d;
        };
        QMap<QDate, int> counts;
        for (const auto &h : data.fixedPerHour)
            counts[key(h.first)] += h.second;
        const int step = slot == Slot::Week ? 7 : 1;
        for (QDate d = counts.firstKey(); d <= counts.lastKey(); d = d.addDays(step))
            hours.append({QDateTime(d, QTime(0, 0)), counts.value(d)});
    }
    int most = 1;
    for (const auto &h : hours)
        most = std::max(most, h.second);
    // Four grid steps of 1, 2 or 5 × 10^k: the axis reads 0, 10, 20, 30, 40 rather than 0, 8, 15, 22, 29.
    int step = 1;
    for (int magnitude = 1; step * 4 < most; magnitude *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * magnitude;
            if (step * 4 >= most)
                break;
        }
    }
    const int peak = step * 4;
    const int width = 760, height = 260, left = 48, bottom = 40, top = 16;
    const int plotW = width - left - 12, plotH = height - top - bottom;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">")
                      .arg(width).arg(height).arg(esc(chartTitle(data, language)));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" class=\"axis\"/>").arg(left).arg(top + plotH).arg(left + plotW);
    for (int g = 0; g <= 4; ++g) {
        const int value = step * g;
        const double y = top + plotH - double(plotH) * value / peak;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" class=\"grid\"/><text x=\"%4\" y=\"%5\" class=\"tick\" text-anchor=\"end\">%6</text>")
                   .arg(left).arg(y, 0, 'f', 1).arg(left + plotW).arg(left - 6).arg(y + 4, 0, 'f', 1).arg(value);
    }
    if (hours.isEmpty())
        return svg + QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" class=\"tick\">%3</text></svg>")
                         .arg(left + plotW / 2).arg(top + plotH / 2).arg(esc(t(language, QT_TRANSLATE_NOOP("CaseReport", "No machine fixed yet."))));
    const double slotWidth = double(plotW) / hours.size();
    const int labelEvery = std::max(1, int(hours.size() / (slot == Slot::Week ? 8 : 12)) + 1);
    for (int i = 0; i < hours.size(); ++i) {
        const double h = double(plotH) * hours[i].second / peak;
        const QDateTime local = hours[i].first.toLocalTime();
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" class=\"bar\"><title>%5 — %6</title></rect>")
                   .arg(left + i * slotWidth + slotWidth * 0.1, 0, 'f', 1).arg(top + plotH - h, 0, 'f', 1)
                   .arg(std::max(1.0, slotWidth * 0.8), 0, 'f', 1).arg(h, 0, 'f', 1)
                   .arg(local.toString(slot == Slot::Hour ? QStringLiteral("yyyy-MM-dd HH:00") : QStringLiteral("yyyy-MM-dd")))
                   .arg(hours[i].second);
        const QString label = slot == Slot::Week ? local.toString(QStringLiteral("yyyy-MM-dd"))
                              : slot == Slot::Day ? local.toString(QStringLiteral("MM-dd"))
                              : local.toString(local.time().hour() == 0 || i == 0 ? QStringLiteral("MM-dd HH:00") : QStringLiteral("HH:00"));
        if (i % labelEvery == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"tick\" text-anchor=\"middle\">%3</text>")
                       .arg(left + i * slotWidth + slotWidth / 2, 0, 'f', 1).arg(top + plotH + 16).arg(label);
    }
    return svg + QStringLiteral("</svg>");
}

QString html(const ReportData &data, Language language, const QString &storeDescription, const QDateTime &generated)
{
    const auto tx = [&](const char *text) { return esc(t(language, text)); };
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    int fixed = 0;
    for (const auto &o : data.outcomes)
        fixed += o.first == QLatin1String("fixed") ? o.second : 0;
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title><style>")
             .arg(language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en"),
                  tx(QT_TRANSLATE_NOOP("CaseReport", "Incident report")));
    h += QStringLiteral(
        "body{font-family:system-ui,'Segoe UI','Noto Sans CJK JP','Noto Sans',sans-serif;color:#1b1b1b;margin:2em auto;max-width:60em;padding:0 1em}"
        "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc;padding-bottom:.2em}"
        ".meta{color:#555}.tiles{display:flex;flex-wrap:wrap;gap:1em}.tile{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;min-width:8em}"
        ".tile b{display:block;font-size:1.6em}table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
        "th{background:#f3f3f3}.n{text-align:right}.cols{display:grid;grid-template-columns:1fr 1fr;gap:2em}"
        "svg{width:100%;height:auto}.bar{fill:#2b6cb0}.axis{stroke:#333}.grid{stroke:#e2e2e2}.tick{font-size:11px;fill:#444}"
        "@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}.bar{fill:#333}}"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1><p class=meta>%2</p>").arg(tx(QT_TRANSLATE_NOOP("CaseReport", "Incident report")),
        esc(t(language, QT_TRANSLATE_NOOP("CaseReport", "Generated %1 from %2. Cases from %3 to %4."))
                .arg(generated.toString(fmt), storeDescription,
                     data.first.isValid() ? data.first.toLocalTime().toString(fmt) : QStringLiteral("—"),
                     data.last.isValid() ? data.last.toLocalTime().toString(fmt) : QStringLiteral("—"))));
    h += QStringLiteral("<div class=tiles>");
    const auto tile = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<div class=tile><b>%1</b>%2</div>").arg(esc(value), label);
    };
    tile(tx(QT_TRANSLATE_NOOP("CaseReport", "machines")), QString::number(data.machines));
    tile(tx(QT_TRANSLATE_NOOP("CaseReport", "fixed")), QString::number(fixed));
    tile(tx(QT_TRANSLATE_NOOP("CaseReport", "still failing")), QString::number(data.stillFailingCount));
    tile(tx(QT_TRANSLATE_NOOP("CaseReport", "median time per machine")), duration(data.medianSeconds, language));
    h += QStringLiteral("</div><h2>%1</h2><table><thead><tr><th>%2</th><th class=n>%3</th></tr></thead><tbody>")
             .arg(tx(QT_TRANSLATE_NOOP("CaseReport", "Outcomes")), tx(QT_TRANSLATE_NOOP("CaseReport", "Outcome")),
                  tx(QT_TRANSLATE_NOOP("CaseReport", "Cases")));
    for (const auto &o : data.outcomes)
        h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td></tr>").arg(esc(Case::outcomeName(outcomeFromKey(o.first), language))).arg(o.second);
    h += QStringLiteral("</tbody></table><h2>%1</h2>").arg(esc(chartTitle(data, language)));
    h += fixedPerHourSvg(data, language);
    h += QStringLiteral("<div class=cols><div><h2>%1</h2>%2</div><div><h2>%3</h2>%4</div></div>")
             .arg(tx(QT_TRANSLATE_NOOP("CaseReport", "By technician")),
                  groupTable(data.byTechnician, t(language, QT_TRANSLATE_NOOP("CaseReport", "Technician")), language),
                  tx(QT_TRANSLATE_NOOP("CaseReport", "By site")),
                  groupTable(data.bySite, t(language, QT_TRANSLATE_NOOP("CaseReport", "Site")), language));
    h += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("CaseReport", "Still failing")));
    if (data.stillFailing.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tx(QT_TRANSLATE_NOOP("CaseReport", "No machine is still failing.")));
    } else {
        h += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>")
                 .arg(tx(QT_TRANSLATE_NOOP("CaseReport", "Machine")), tx(QT_TRANSLATE_NOOP("CaseReport", "Last attempt")),
                      tx(QT_TRANSLATE_NOOP("CaseReport", "Technician, bench")), tx(QT_TRANSLATE_NOOP("CaseReport", "Last error")));
        for (const CaseSummary &c : data.stillFailing)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(c.computerName.isEmpty() ? c.machine : c.computerName), esc(c.closed.toLocalTime().toString(fmt)),
                          esc(QStringList{c.technician, c.bench}.join(QStringLiteral(", "))), esc(c.outcomeMessage));
        if (data.stillFailingCount > data.stillFailing.size())
            h += QStringLiteral("</tbody></table><p class=meta>%1</p>")
                     .arg(esc(t(language, QT_TRANSLATE_NOOP("CaseReport", "%1 more are not listed; see 'cases list --outcome failed'."))
                                  .arg(data.stillFailingCount - data.stillFailing.size())));
        else
            h += QStringLiteral("</tbody></table>");
    }
    return h + QStringLiteral("</body></html>\n");
}

}  // namespace ra::CaseReport
