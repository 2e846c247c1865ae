// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyoptions.h"

#include "domain/securebytes.h"
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

Status KeyOptions::read(const QCommandLineParser &parser, RecoverySession &session)
{
    m_given.reset();
    m_exportFile.clear();
    const int given = int(parser.isSet(stdinKey)) + int(parser.isSet(keyFile)) + int(parser.isSet(bek)) + int(parser.isSet(escrow));
    if (given > 1)
        return makeError(ErrorKind::BadInput, Cli::tr("Give only one of --key-stdin, --key-file, --bek and --escrow."));
    if (parser.isSet(escrow)) {
        m_exportFile = parser.value(escrow);
        return session.importKeyExport(m_exportFile);
    }
    if (parser.isSet(bek)) {
        m_given = UnlockMaterial::startupKey(parser.value(bek));
        return {};
    }
    if (parser.isSet(stdinKey) || parser.isSet(keyFile)) {
        Result<RecoveryKey> key = makeError(ErrorKind::BadInput, QString());
        if (parser.isSet(stdinKey)) {
            key = readKey(stdin, QStringLiteral("stdin"));
        } else {
            FILE *f = fopen(QFile::encodeName(parser.value(keyFile)).constData(), "rb");
            if (!f)
                return makeError(ErrorKind::BadInput, Cli::tr("The key file %1 cannot be read.").arg(parser.value(keyFile)));
            key = readKey(f, parser.value(keyFile));
            fclose(f);
        }
        if (!key)
            return key.error();
        m_given = UnlockMaterial::recoveryPassword(std::move(key.value()), KeySource::typed());
    }
    return {};
}

Result<UnlockMaterial> KeyOptions::materialFor(const RecoverySession &session) const
{
    if (m_given)
        return *m_given;
    if (m_exportFile.isEmpty())
        return UnlockMaterial{};
    const QList<UnlockMaterial> keys = session.exportKeys();  // newest first per Key ID
    if (!keys.isEmpty())
        return keys.first();
    return makeError(ErrorKind::BadInput, Cli::tr("The key export %1 has no recovery key for Key ID %2.")
                                              .arg(QFileInfo(m_exportFile).fileName(),
                                                   shortKeyIds(session.keyIds(), uiLanguage())));
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
    for (int i = 0; i < volumes.size(); ++i) {
        const VolumeKind k = volumes[i].kind;
        if (k == VolumeKind::BitLocker || k == VolumeKind::Ntfs || k == VolumeKind::Folder)
            return i;
    }
    return makeError(ErrorKind::Unsupported, Cli::tr("No BitLocker or NTFS volume was found on this target."));
}

}  // namespace ra::cli
