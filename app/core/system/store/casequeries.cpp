// SPDX-License-Identifier: GPL-3.0-or-later
// The reading side of the case store: the list, the duplicate-machine question, the report's
// figures and the rotation list. Plain SQL that SQLite and PostgreSQL both run; rows are
// streamed (forward-only), so 100,000 cases do not sit in memory.

#include "system/store/casestore_p.h"

#include "domain/case.h"
#include "domain/protectorid.h"

#include <QSqlError>

namespace ra {

namespace {

QString summarySelect()
{
    return QStringLiteral("SELECT ") + QLatin1String(SummaryColumns) + QStringLiteral(" FROM cases");
}

QList<GroupCount> groupCounts(QSqlDatabase db, const QString &column, Status &status)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, SUM(CASE WHEN outcome = 'fixed' THEN 1 ELSE 0 END), COUNT(*) FROM cases"
                             " GROUP BY %1 ORDER BY 2 DESC, 3 DESC, 1").arg(column));
    QList<GroupCount> groups;
    if (status = execQuery(q, CaseStore::tr("the report")); !status)
        return groups;
    while (q.next())
        groups.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return groups;
}

}  // namespace

Status CaseStore::list(const CaseFilter &filter, const std::function<void(const CaseSummary &)> &each) const
{
    QSqlQuery q(d->primary());
    q.setForwardOnly(true);
    QString sql = summarySelect() + QStringLiteral(" WHERE closed >= ?");
    if (!filter.outcome.isEmpty())
        sql += QStringLiteral(" AND outcome = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY closed, case_id"));
    q.addBindValue(sqlText(filter.since.isValid() ? CaseRecord::isoUtc(filter.since) : QString()));
    if (!filter.outcome.isEmpty())
        q.addBindValue(filter.outcome);
    if (Status s = execQuery(q, tr("the list")); !s)
        return s;
    while (q.next())
        each(summaryFrom(q));
    return {};
}

Result<QList<CaseSummary>> CaseStore::previousCases(const QString &computerName, const QStringList &keyIds,
                                                    const QString &exceptCaseId, int limit) const
{
    QStringList conditions;
    QVariantList values;
    if (!computerName.isEmpty()) {
        conditions << QStringLiteral("machine = ?");
        values << computerName.toUpper();
    }
    for (const QString &k : keyIds) {
        if (const auto id = ProtectorId::parse(k)) {
            conditions << QStringLiteral("key_id = ?");
            values << id->toString();
        }
    }
    QList<CaseSummary> found;
    if (conditions.isEmpty())
        return found;
    QSqlQuery q(d->primary());
    q.setForwardOnly(true);
    q.prepare(summarySelect() + QStringLiteral(" WHERE (") + conditions.join(QStringLiteral(" OR "))
              + QStringLiteral(") AND case_id <> ? ORDER BY closed DESC LIMIT ") + QString::number(limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(sqlText(exceptCaseId));
    if (Status s = execQuery(q, tr("earlier cases")); !s)
        return s.error();
    while (q.next())
        found << summaryFrom(q);
    return found;
}

Result<ReportData> CaseStore::report() const
{
    QSqlDatabase db = d->primary();
    ReportData r;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql) {
        q.prepare(sql);
        return execQuery(q, tr("the report"));
    };
    if (Status s = run(QStringLiteral("SELECT outcome, COUNT(*) FROM cases GROUP BY outcome ORDER BY 2 DESC")); !s)
        return s.error();
    while (q.next()) {
        r.outcomes.append({q.value(0).toString(), q.value(1).toInt()});
        r.cases += q.value(1).toInt();
    }
    if (Status s = run(QStringLiteral("SELECT COUNT(DISTINCT machine), MIN(opened), MAX(closed) FROM cases")); !s)
        return s.error();
    if (q.next()) {
        r.machines = q.value(0).toInt();
        r.first = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        r.last = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    }
    if (Status s = run(QStringLiteral("SELECT substr(closed, 1, 13), COUNT(*) FROM cases WHERE outcome = 'fixed'"
                                      " GROUP BY substr(closed, 1, 13) ORDER BY 1")); !s)
        return s.error();
    while (q.next()) {
        QDateTime hour = QDateTime::fromString(q.value(0).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        r.fixedPerHour.append({hour, q.value(1).toInt()});
    }
    Status grouped;
    r.byTechnician = groupCounts(db, QStringLiteral("technician"), grouped);
    if (grouped)
        r.bySite = groupCounts(db, QStringLiteral("site"), grouped);
    if (!grouped)
        return grouped.error();
    // The machines whose latest case did not fix them.
    const QString lastCases = QStringLiteral(
        " FROM cases c JOIN (SELECT machine, MAX(closed) AS last FROM cases GROUP BY machine) m"
        " ON m.machine = c.machine AND m.last = c.closed WHERE c.outcome IN ('failed', 'cancelled')");
    if (Status s = run(QStringLiteral("SELECT COUNT(*)") + lastCases); !s)
        return s.error();
    r.stillFailingCount = q.next() ? q.value(0).toInt() : 0;
    QString columns = QLatin1String(SummaryColumns);
    columns = QStringLiteral("c.") + columns.replace(QStringLiteral(", "), QStringLiteral(", c."));
    if (Status s = run(QStringLiteral("SELECT ") + columns + lastCases + QStringLiteral(" ORDER BY c.closed LIMIT 1000")); !s)
        return s.error();
    while (q.next())
        r.stillFailing << summaryFrom(q);
    // The median time of a fixed case: the middle row, without loading them all.
    if (Status s = run(QStringLiteral("SELECT COUNT(*) FROM cases WHERE outcome = 'fixed' AND duration_s IS NOT NULL")); !s)
        return s.error();
    const int fixedTimed = q.next() ? q.value(0).toInt() : 0;
    if (fixedTimed > 0) {
        if (Status s = run(QStringLiteral("SELECT duration_s FROM cases WHERE outcome = 'fixed' AND duration_s IS NOT NULL"
                                          " ORDER BY duration_s LIMIT 1 OFFSET %1").arg(fixedTimed / 2)); !s)
            return s.error();
        r.medianSeconds = q.next() ? q.value(0).toLongLong() : -1;
    }
    return r;
}

Status CaseStore::rotation(const std::function<void(const RotationEntry &)> &each) const
{
    // Each disclosed Key ID once, with its latest disclosure, unless rotated after it.
    QSqlQuery q(d->primary());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.key_id, c.computer_name, c.closed, c.technician, c.bench, c.site, MIN(c.case_id) FROM cases c"
        " JOIN (SELECT key_id, MAX(closed) AS last FROM cases WHERE recovery_key_used = 1 AND key_id <> '' AND closed <> ''"
        " GROUP BY key_id) k ON k.key_id = c.key_id AND k.last = c.closed"
        " LEFT JOIN rotations r ON r.key_id = c.key_id"
        " WHERE c.recovery_key_used = 1 AND (r.key_id IS NULL OR r.rotated_at < c.closed)"
        " GROUP BY c.key_id, c.computer_name, c.closed, c.technician, c.bench, c.site ORDER BY c.closed, c.key_id"));
    if (Status s = execQuery(q, tr("the rotation list")); !s)
        return s;
    QString previous;
    while (q.next()) {
        RotationEntry e{q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(4).toString(),
                        q.value(5).toString(), q.value(6).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODate)};
        if (e.keyId != previous)  // two cases closed in the same second: one line
            each(e);
        previous = e.keyId;
    }
    return {};
}

Status CaseStore::markRotated(const QStringList &keyIds, const QString &by)
{
    QSqlDatabase db = d->primary();
    QStringList normalized;
    for (const QString &k : keyIds) {
        const auto id = ProtectorId::parse(k);
        if (!id)
            return makeError(ErrorKind::BadInput, tr("%1 is not a full Key ID (a GUID).").arg(k));
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE key_id = ?"));
        known.addBindValue(id->toString());
        if (Status s = execQuery(known, tr("the rotation list")); !s)
            return s;
        if (!known.next() || known.value(0).toInt() == 0)
            return makeError(ErrorKind::NotFound, tr("No case in the store used the Key ID %1; nothing was marked.").arg(id->toString()));
        normalized << id->toString();
    }
    const QString now = CaseRecord::isoUtc(QDateTime::currentDateTimeUtc());
    for (const QString &id : normalized) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO rotations (key_id, rotated_at, rotated_by) VALUES (?, ?, ?)"
                                 " ON CONFLICT (key_id) DO UPDATE SET rotated_at = excluded.rotated_at, rotated_by = excluded.rotated_by"));
        q.addBindValue(id);
        q.addBindValue(now);
        q.addBindValue(sqlText(by));
        if (Status s = execQuery(q, tr("the rotation list")); !s)
            return s;
    }
    return {};
}

QString CaseStore::describePrevious(const CaseSummary &c, Language language, const QDateTime &now)
{
    const QDateTime when = (c.closed.isValid() ? c.closed : c.opened).toLocalTime();
    const qint64 days = when.date().daysTo(now.toLocalTime().date());
    const QString time = when.toString(QStringLiteral("HH:mm"));
    const auto t = [&](const char *text) { return translate(language, "CaseStore", text); };
    const QString at = days == 0   ? t(QT_TRANSLATE_NOOP("CaseStore", "today at %1")).arg(time)
                       : days == 1 ? t(QT_TRANSLATE_NOOP("CaseStore", "yesterday at %1")).arg(time)
                                   : t(QT_TRANSLATE_NOOP("CaseStore", "on %1 at %2")).arg(when.toString(QStringLiteral("yyyy-MM-dd")), time);
    Outcome outcome = Outcome::Pending;
    for (Outcome o : {Outcome::Fixed, Outcome::NotAffected, Outcome::AlreadyRemediated, Outcome::Failed, Outcome::Cancelled})
        if (Case::outcomeKey(o) == c.outcome)
            outcome = o;
    const QString who = c.technician.isEmpty() ? t(QT_TRANSLATE_NOOP("CaseStore", "an unnamed technician")) : c.technician;
    const QString bench = c.bench.isEmpty() ? t(QT_TRANSLATE_NOOP("CaseStore", "an unnamed bench")) : c.bench;
    return t(QT_TRANSLATE_NOOP("CaseStore", "%1 %2 by %3 on %4 (case %5)"))
        .arg(Case::outcomeName(outcome, language), at, who, bench, c.caseId);
}

}  // namespace ra
