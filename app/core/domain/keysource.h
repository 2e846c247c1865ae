// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the key that opens a volume came from: typed, a .BEK startup-key file, an entry of a key
// export, the keychain (an earlier run on this machine), or the volume's clear key. A value the
// CLI, the wizard, the session and the ticket share; it never holds the key itself.

#include "domain/language.h"
#include "domain/protectorid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra {

struct KeySource {
    Q_DECLARE_TR_FUNCTIONS(KeySource)

public:
    enum class Kind { None, Typed, StartupKeyFile, ExportEntry, Keychain, ClearKey };

    Kind kind = Kind::None;
    QString file;               // the .BEK file or the key export (path)
    QString host;               // export entry: the computer the row names (one line, bounded)
    QDateTime date;             // export entry: when the key was filed (UTC); invalid if unknown
    int line = 0;               // export entry: its line in the file
    ProtectorId claimedKeyId;   // export entry: the Key ID the export files the key under

    static KeySource typed();
    static KeySource startupKeyFile(const QString &path);
    static KeySource exportEntry(const QString &file, const QString &host, const QDateTime &date, int line,
                                 const ProtectorId &claimedKeyId);
    static KeySource keychain();
    static KeySource clearKey();

    bool isNull() const { return kind == Kind::None; }
    // "typed", "startup-key-file", "export", "keychain", "clear-key" (JSON); empty for None.
    QString kindKey() const;
    // What the ticket says, in that language: "key export keys.csv (PC-0042, 2024-03-01)",
    // "typed by the technician", … Empty for None.
    QString describe(Language language) const;
    QJsonObject toJson() const;
};

// The short Key IDs of a list, as the technician reads them: "64311DEA, 1F2E3D4C" (or "、").
QString shortKeyIds(const QList<ProtectorId> &ids, Language language);

// The one sentence for a recovery key whose export files it under a Key ID this drive does not
// have: "This recovery key does not belong to this drive: its Key ID is X, but …".
QString keyOfAnotherDriveSentence(const ProtectorId &claimed, const QList<ProtectorId> &driveIds);

}  // namespace ra
