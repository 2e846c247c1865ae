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
    int sent = 0;        // queued records sent to the server since the store was opened
    QString password;    // from the keychain, only to scrub it from the server's messages

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

// A server's message as it may be logged or kept as details: the password (when known) and
// anything shaped like a recovery key withheld.
QString scrubbed(const QString &serverText, const QString &password = {});

// Runs a prepared statement; the error (without values) as an Error.
Status execQuery(QSqlQuery &q, const QString &what);
CaseSummary summaryFrom(const QSqlQuery &q);  // the columns of SummaryColumns, in order
extern const char *const SummaryColumns;

}  // namespace ra
