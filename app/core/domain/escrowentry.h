// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an escrow export yields: one recovery key with where it came from, and the outcome of
// importing one file. The key is a RecoveryKey (wipes itself); nothing else here is secret.

#include "domain/protectorid.h"
#include "domain/recoverykey.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra {

enum class EscrowFormat : quint8 {
    Unknown,
    CrowdStrikeCsv,      // Hostname,KeyID,RecoveryKey,Directory (CrowdStrike's export script)
    GraphCsv,            // Id,Key (+ DeviceName, deviceId, createdDateTime, volumeType)
    ActiveDirectoryCsv,  // ComputerName/Name, msFVE-RecoveryPassword, msFVE-RecoveryGuid / DN
    MbamCsv,             // RecoveryKeyId, RecoveryKey, Name/MachineName, LastUpdateTime
    GraphJson,           // {"value":[{"id","key","deviceId","createdDateTime","volumeType"}]}
    GenericCsv,          // a key column and a Key ID column under other headers
};

struct EscrowEntry {
    RecoveryKey key;
    ProtectorId protectorId;  // null when the export holds only the 8-digit short Key ID
    QString keyId;            // the short Key ID as Windows shows it, e.g. "64311DEA"
    QString host;             // computer / device name (Graph exports without a name: deviceId)
    QDateTime date;           // UTC; invalid when the export has no date for this key
    QString directory;        // CrowdStrike's Directory column (e.g. "AD", "Entra"); may be empty
    QString volumeType;       // Graph's volumeType (e.g. "operatingSystemVolume"); may be empty
    EscrowFormat format = EscrowFormat::Unknown;
    QString filePath;         // the export it came from
    int line = 0;             // 1-based line of its row (JSON: line where its object starts)
};

struct EscrowProblem {
    int line = 0;    // 1-based line in the file
    QString reason;  // one sentence; never contains the key or any other text of the row
};

struct EscrowImportSummary {
    QString filePath;
    EscrowFormat format = EscrowFormat::Unknown;
    int rows = 0;        // data rows read (header and empty lines not counted)
    int keys = 0;        // keys added to the index by this file
    int duplicates = 0;  // rows merged into a key already known (same Key ID and same key)
    int conflicts = 0;   // same Key ID with a different key: both kept, listed in problems
    int badRows = 0;     // rows rejected (malformed key or Key ID)
    QList<EscrowProblem> problems;  // bad rows and conflicts, in file order, at most MaxProblems
    static constexpr int MaxProblems = 1000;
};

}  // namespace ra
