// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One case as the case store keeps it: the columns the queries need, plus the whole case.json.
// Built from case.json (written by a session, or found in a case folder on a bench or a stick)
// and checked: a record that is too large, has control characters, a malformed case id or Key ID,
// an unknown outcome or anything that looks like a recovery key is refused with one sentence.

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ra {

struct CaseRecord {
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    QString caseId;
    QString machine;        // computer name, else the Key ID, else the case id: one machine
    QString computerName;
    QString keyId;          // full GUID (upper case) of the protector that opened the volume
    QString technician;
    QString bench;
    QString site;
    QString outcome;        // Case::outcomeKey()
    QString outcomeMessage;
    bool recoveryKeyUsed = false;
    QDateTime opened;       // UTC
    QDateTime closed;       // UTC; invalid while pending
    QByteArray json;        // the whole case.json, compact
    QString fingerprint;    // sha256 of json: the same case id with another record is a collision

    // Largest case.json the store takes (and `cases import` reads): 4 MiB, a fix that removed
    // some 5,000 files. InputFile::maxBytes(CaseRecord) is the same.
    static constexpr int MaxRecordBytes = 4 * 1024 * 1024;

    // bench/site fill in what the record itself does not name.
    static Result<CaseRecord> fromCaseJson(const QByteArray &caseJson, const QString &bench = {},
                                           const QString &site = {});
    qint64 durationSeconds() const;  // -1 when not closed
    static QString isoUtc(const QDateTime &t);
};

}  // namespace ra
