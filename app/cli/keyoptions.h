// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The key options shared by scan and fix (--key-stdin, --key-file, --bek, --escrow), and the
// choice of a volume on a target (--partition).

#include "domain/protectorid.h"
#include "domain/recoverykey.h"
#include "domain/result.h"
#include "domain/volume.h"
#include "clioutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstdio>

namespace ra {
class RecoverySession;
}

namespace ra::cli {

// Reads a secret from a file or stdin into a buffer that is wiped after parsing.
Result<RecoveryKey> readKey(FILE *stream, const QString &origin);

struct KeyOptions {
    QCommandLineOption stdinKey{QStringLiteral("key-stdin"), Cli::tr("Read the BitLocker recovery key from standard input.")};
    QCommandLineOption keyFile{QStringLiteral("key-file"), Cli::tr("Read the BitLocker recovery key from FILE."), QStringLiteral("FILE")};
    QCommandLineOption bek{QStringLiteral("bek"), Cli::tr("Unlock with a BitLocker startup-key file (.BEK)."), QStringLiteral("FILE")};
    QCommandLineOption escrow{QStringLiteral("escrow"), Cli::tr("Look the recovery key up in a key export (CSV or JSON) by the volume's own Key ID."), QStringLiteral("FILE")};
    QCommandLineOption partition{QStringLiteral("partition"), Cli::tr("Use partition N of a disk or image (default: the volume that can hold Windows; asked when several can)."), QStringLiteral("N")};
    QCommandLineOption removeHiberfile{QStringLiteral("remove-hiberfile"),
        Cli::tr("Discard the hibernation file of a hibernated volume so it can be written. The hibernated session and its unsaved work are lost.")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({stdinKey, keyFile, bek, escrow, partition, removeHiberfile});
    }

    // The key for the selected volume from a key export, by the volume's own Key IDs.
    static Result<UnlockMaterial> fromEscrow(const QString &file, const QList<ProtectorId> &keyIds, QString *source);
    Result<UnlockMaterial> material(const QCommandLineParser &parser, QString *source,
                                    const QList<ProtectorId> &keyIds = {}) const;
};

// Picks the volume of a target: --partition N, else the one windowsCandidates() names (several: asks).
Result<int> chooseVolume(const RecoverySession &session, const QCommandLineParser &parser, const KeyOptions &keys);

}  // namespace ra::cli
