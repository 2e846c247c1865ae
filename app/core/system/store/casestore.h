// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case store: every closed case of every bench, through Qt SQL. SQLite by default (one file
// under the data directory, nothing to set up); PostgreSQL when a team configures one
// ("postgresql://user@host/db"). One schema with versioned migrations for both (casestore.cpp).
//
// Writing never loses a case: when the server cannot be reached, the record goes to the local
// SQLite store and its queue, and is sent when the server answers again. Sending is idempotent
// by case id; the same case id with a different record is refused.
//
// The password is never part of the address: libpq reads ~/.pgpass (or PGPASSFILE), else the
// system keychain entry "recovery-assistant case store" for user@host is used.

#include "system/store/caserecord.h"

#include "domain/language.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ra {

// Where the store is and who this bench is: --case-store, else RA_CASE_STORE, else the
// settings ("caseStore/location"); bench and site from RA_BENCH / RA_SITE or the settings.
struct StoreConfig {
    QString location;  // empty: the default SQLite file; a file path; or postgresql://…
    QString bench;     // default: this computer's host name
    QString site;

    static StoreConfig load(const QString &locationOverride = {});
    void save() const;  // the wizard's settings
    static QString defaultSqlitePath();
    bool isPostgres() const;
};

struct CaseSummary {
    QString caseId, machine, computerName, keyId, technician, bench, site, outcome, outcomeMessage;
    bool recoveryKeyUsed = false;
    QDateTime opened, closed;
};

struct RotationEntry {
    QString keyId, computerName, technician, bench, site, caseId;
    QDateTime disclosed;
};

struct GroupCount {
    QString name;
    int fixed = 0;
    int total = 0;
};

struct ReportData {
    QList<QPair<QString, int>> outcomes;        // outcome key → cases
    QList<QPair<QDateTime, int>> fixedPerHour;  // hour (UTC) → fixed cases, in order
    QList<GroupCount> byTechnician;
    QList<GroupCount> bySite;
    QList<CaseSummary> stillFailing;            // machines whose last case failed (at most 1000)
    int stillFailingCount = 0;
    int machines = 0;
    int cases = 0;
    qint64 medianSeconds = -1;                  // of fixed cases; -1 when none
    QDateTime first, last;
};

struct CaseFilter {
    QDateTime since;   // closed at or after; invalid: all
    QString outcome;   // outcome key; empty: all
};

class CaseStore {
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    enum class Put { Added, AlreadyThere, Queued };

    // Opens (and migrates) the store. With tolerateOffline, an unreachable server is not an error:
    // writes go to the local queue. Without it (reading commands), it is.
    // An address with a password (postgresql://user:secret@…, user%3Asecret@…, ?password=) is
    // refused with one sentence pointing to ~/.pgpass and the keychain; nothing connects.
    static Result<std::unique_ptr<CaseStore>> open(const StoreConfig &config, bool tolerateOffline = false);
    // The sentence for an address with a password in it, else empty (checked before any parse).
    static QString passwordInAddress(const QString &location);
    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    QString description() const;  // "PostgreSQL db on host" / the SQLite file; never a password
    bool isOffline() const;
    const StoreConfig &config() const { return m_config; }

    // Writes one record; Queued when the server is unreachable.
    Result<Put> put(const CaseRecord &record);
    // Sends what waits in the local queue; returns how many arrived.
    int flushQueue();
    // How many queued records were sent since the store was opened (open() sends first).
    int sentCount() const;
    int queuedCount() const;

    Status list(const CaseFilter &filter, const std::function<void(const CaseSummary &)> &each) const;
    // Earlier cases of the same machine (computer name or one of the Key IDs), newest first.
    Result<QList<CaseSummary>> previousCases(const QString &computerName, const QStringList &keyIds,
                                             const QString &exceptCaseId = {}, int limit = 5) const;
    Result<ReportData> report() const;
    Status rotation(const std::function<void(const RotationEntry &)> &each) const;
    // Records that the keys were rotated; NotFound when a Key ID has no case in the store.
    Status markRotated(const QStringList &keyIds, const QString &by);

    // "fixed yesterday at 14:32 by Sato on bench 3"
    static QString describePrevious(const CaseSummary &c, Language language,
                                    const QDateTime &now = QDateTime::currentDateTime());

private:
    CaseStore() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    StoreConfig m_config;
};

}  // namespace ra
