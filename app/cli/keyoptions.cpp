// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyoptions.h"

#include "domain/securebytes.h"
#include "system/escrow/escrowindex.h"
#include "system/logging.h"
#include "workflow/recoverysession.h"

#include <QFile>
#include <QFileInfo>

namespace ra::cli {

Result<RecoveryKey> readKey(FILE *stream, const QString &origin)
{
    SecureBytes raw;
    char chunk[256];
    size_t n = 0;
    while ((n = fread(chunk, 1, sizeof chunk, stream)) > 0) {
        raw.append(chunk, n);
        if (raw.size() > 64 * 1024)
            break;  // no key is this long: refuse to read a whole disk by mistake
    }
    secureWipe(chunk, sizeof chunk);
    if (raw.size() > 64 * 1024)
        return makeError(ErrorKind::BadInput, Cli::tr("The key input is too long to be a recovery key."), origin);
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    auto key = RecoveryKey::parse(text);
    secureWipe(text.data(), size_t(text.size()) * sizeof(QChar));
    return key;
}

Result<UnlockMaterial> KeyOptions::fromEscrow(const QString &file, const QList<ProtectorId> &keyIds, QString *source)
{
    EscrowIndex index;
    auto imported = index.importFile(file);
    if (!imported)
        return imported.error();
    QStringList shortIds;
    for (const ProtectorId &id : keyIds) {
        shortIds << id.shortId();
        const QList<EscrowEntry> found = index.lookupProtector(id);
        if (found.isEmpty())
            continue;
        // Newest first: a host may have several keys over time.
        const EscrowEntry &entry = found.first();
        UnlockMaterial m;
        m.kind = UnlockMaterial::Kind::RecoveryPassword;
        m.recoveryKey = entry.key;
        m.claimedKeyId = id;
        *source = EscrowIndex::describeSource(entry);
        log().info("escrow: key for {} found in {} ({} keys in the export)", u8(id.shortId()), u8(file), index.keyCount());
        return m;
    }
    return makeError(ErrorKind::BadInput,
                     Cli::tr("The key export %1 has no recovery key for Key ID %2.")
                         .arg(QFileInfo(file).fileName(), shortIds.join(QStringLiteral(", "))));
}


Result<UnlockMaterial> KeyOptions::material(const QCommandLineParser &parser, QString *source,
                                            const QList<ProtectorId> &keyIds) const
{
    UnlockMaterial m;
    const int given = int(parser.isSet(stdinKey)) + int(parser.isSet(keyFile)) + int(parser.isSet(bek)) + int(parser.isSet(escrow));
    if (given > 1)
        return makeError(ErrorKind::BadInput, Cli::tr("Give only one of --key-stdin, --key-file, --bek and --escrow."));
    if (parser.isSet(escrow))
        return fromEscrow(parser.value(escrow), keyIds, source);
    if (parser.isSet(bek)) {
        m.kind = UnlockMaterial::Kind::StartupKeyFile;
        m.startupKeyFile = parser.value(bek);
        *source = Cli::tr("startup key file %1").arg(parser.value(bek));
        return m;
    }
    if (parser.isSet(stdinKey) || parser.isSet(keyFile)) {
        Result<RecoveryKey> key = makeError(ErrorKind::BadInput, QString());
        if (parser.isSet(stdinKey)) {
            key = readKey(stdin, QStringLiteral("stdin"));
        } else {
            const QFileInfo info(parser.value(keyFile));
            if (info.isDir())
                return makeError(ErrorKind::BadInput,
                                 Cli::tr("The key file %1 is a folder: name the file that holds the recovery key.").arg(parser.value(keyFile)));
            if (!info.exists())
                return makeError(ErrorKind::BadInput, Cli::tr("The key file %1 does not exist.").arg(parser.value(keyFile)));
            FILE *f = fopen(QFile::encodeName(parser.value(keyFile)).constData(), "rb");
            if (!f)
                return makeError(ErrorKind::BadInput, Cli::tr("The key file %1 cannot be read.").arg(parser.value(keyFile)));
            key = readKey(f, parser.value(keyFile));
            fclose(f);
        }
        if (!key)
            return key.error();
        m.kind = UnlockMaterial::Kind::RecoveryPassword;
        m.recoveryKey = std::move(key.value());
        *source = Cli::tr("typed by the technician");
        return m;
    }
    return m;
}

Result<int> chooseVolume(const RecoverySession &session, const QCommandLineParser &parser, const KeyOptions &keys)
{
    const auto &volumes = session.volumes();
    if (parser.isSet(keys.partition)) {
        bool ok = false;
        const int n = parser.value(keys.partition).toInt(&ok);
        for (int i = 0; ok && i < volumes.size(); ++i)
            if (volumes[i].partitionNumber == n)
                return i;
        return makeError(ErrorKind::BadInput, Cli::tr("There is no partition %1 on this target.").arg(parser.value(keys.partition)));
    }
    const QList<int> candidates = windowsCandidates(volumes);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty()) {
        for (const VolumeInfo &v : volumes)
            if (v.kind == VolumeKind::Ntfs)
                return makeError(ErrorKind::NoWindows,
                                 Cli::tr("No Windows installation was found on this target: it has only Recovery or System Reserved partitions. Name another one with --partition N."));
        return makeError(ErrorKind::Unsupported, Cli::tr("No BitLocker or NTFS volume was found on this target."));
    }
    QStringList listed;
    for (const int i : candidates)
        listed << Cli::tr("partition %1 (%2)").arg(volumes[i].partitionNumber).arg(volumes[i].kind == VolumeKind::BitLocker ? QStringLiteral("BitLocker") : QStringLiteral("NTFS"));
    return makeError(ErrorKind::BadInput,
                     Cli::tr("This disk has several volumes that may hold Windows: %1. Choose one with --partition N.").arg(listed.join(QStringLiteral(", "))));
}

}  // namespace ra::cli
