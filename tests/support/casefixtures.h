// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Case records for the case store tests and benchmark: built with ra::Case, as a session writes them.

#include "domain/case.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ra::test {

struct CaseSpec {
    QString id;
    QString computer;
    QString keyId;          // full GUID or empty
    QString technician = QStringLiteral("Sato");
    QString bench = QStringLiteral("bench 3");
    QString site = QStringLiteral("Osaka");
    Outcome outcome = Outcome::Fixed;
    QString message;
    bool recoveryKeyUsed = true;
    QDateTime opened;       // default: closed - 10 min
    QDateTime closed = QDateTime::currentDateTimeUtc();
};

ra::Case makeCase(const CaseSpec &spec);
QByteArray caseJson(const CaseSpec &spec);
// A deterministic GUID for number n.
QString keyIdFor(int n);
// Writes FOLDER/<id>/case.json; false on failure.
bool writeCaseFolder(const QString &folder, const CaseSpec &spec);

}  // namespace ra::test
