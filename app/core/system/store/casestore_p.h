// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CaseStore's connections, shared by casestore.cpp (connect, migrate, write, queue) and
// casequeries.cpp (list, report, rotation).

#include "system/store/casestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ra {

struct CaseStore::Impl {
    QString localName;   // QSqlDatabase connection names, unique per store
    QString remoteName;  // empty for a SQLite-only store
    QString remoteDescription;
    bool offline = false;

    QSqlDatabase local() const { return QSqlDatabase::database(localName, false); }
    QSqlDatabase remote() const { return QSqlDatabase::database(remoteName, false); }
    // Where reads and writes go: the server when configured and reachable, else the local file.
    QSqlDatabase primary() const { return remoteName.isEmpty() || offline ? local() : remote(); }
};

// A text value as the store keeps it: an absent value is '' (a null QString would bind as SQL
// NULL, which NOT NULL refuses and which no comparison matches).
inline QVariant sqlText(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

// Runs a prepared statement; the error (without values) as an Error.
Status execQuery(QSqlQuery &q, const QString &what);
CaseSummary summaryFrom(const QSqlQuery &q);  // the columns of SummaryColumns, in order
extern const char *const SummaryColumns;

}  // namespace ra
