// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The key options shared by scan and fix (--key-stdin, --key-file, --bek, --escrow, --bundle), and the
// choice of a volume on a target (--partition).

#include "domain/protectorid.h"
#include "domain/recoverykey.h"
#include "domain/result.h"
#include "domain/volume.h"
#include "clioutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstdio>
#include <optional>

namespace ra {
class InputFile;
class KeyExports;
class RecoverySession;
}

namespace ra::cli {

// Reads a secret from a file or stdin into a buffer that is wiped after parsing.
Result<RecoveryKey> readKey(FILE *stream, const QString &origin);
// The same from a key file opened through InputFile (a regular file, at most 64 KiB).
Result<RecoveryKey> readKey(InputFile &file);

struct KeyOptions {
    QCommandLineOption stdinKey{QStringLiteral("key-stdin"), Cli::tr("Read the BitLocker recovery key from standard input.")};
    QCommandLineOption keyFile{QStringLiteral("key-file"), Cli::tr("Read the BitLocker recovery key from FILE."), QStringLiteral("FILE")};
    QCommandLineOption bek{QStringLiteral("bek"), Cli::tr("Unlock with a BitLocker startup-key file (.BEK)."), QStringLiteral("FILE")};
    QCommandLineOption escrow{QStringLiteral("escrow"), Cli::tr("Look the recovery key up in a key export (CSV or JSON) by the volume's own Key ID."), QStringLiteral("FILE")};
    QCommandLineOption bundle{QStringLiteral("bundle"), Cli::tr("Look the recovery key up in an encrypted key bundle (.rakeys) by the volume's own Key ID."), QStringLiteral("FILE")};
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"), Cli::tr("Read the key bundle's passphrase from FILE (- for standard input) instead of the terminal."), QStringLiteral("FILE")};
    QCommandLineOption partition{QStringLiteral("partition"), Cli::tr("Use partition N of a disk or image (default: the volume that can hold Windows; asked when several can)."), QStringLiteral("N")};
    QCommandLineOption removeHiberfile{QStringLiteral("remove-hiberfile"),
        Cli::tr("Discard the hibernation file of a hibernated volume so it can be written. The hibernated session and its unsaved work are lost.")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({stdinKey, keyFile, bek, escrow, bundle, passphraseFile, partition, removeHiberfile});
    }

    // --escrow or --bundle given (key sources looked up by the volume's own Key IDs).
    bool hasKeySource(const QCommandLineParser &parser) const { return parser.isSet(escrow) || parser.isSet(bundle); }
    // Loads the export of --escrow (or a bundle named there) and the bundle of --bundle.
    Status loadKeySource(const QCommandLineParser &parser, KeyExports &exports) const;
    // Reads what the options name, once for every target: the key (stdin or file) or the .BEK
    // file; --escrow/--bundle load into the session's exports. Bad input: one sentence.
    Status read(const QCommandLineParser &parser, RecoverySession &session);
    // The material for the session's selected volume: what read() got, or the exports' key
    // filed under the volume's own Key IDs. Kind None when no key option was given.
    Result<UnlockMaterial> materialFor(const RecoverySession &session) const;
    // The key given outright (--key-stdin, --key-file, --bek), if any.
    const std::optional<UnlockMaterial> &given() const { return m_given; }
    // The --escrow / --bundle file name, for the "no key" sentence.
    const QString &exportName() const { return m_exportName; }

private:
    std::optional<UnlockMaterial> m_given;
    QString m_exportName;  // --escrow / --bundle file name, for the "no key" sentence
};

}  // namespace ra::cli
