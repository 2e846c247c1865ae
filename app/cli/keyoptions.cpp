// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyoptions.h"

#include "domain/securebytes.h"
#include "passphrase.h"
#include "workflow/inputfiles.h"
#include "workflow/keyexports.h"
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

Result<RecoveryKey> readKey(InputFile &file)
{
    SecureBytes raw(std::size_t(file.size()));
    auto n = file.read(raw.data(), qint64(raw.size()));
    if (!n)
        return n.error();
    QString text = QString::fromUtf8(raw.data(), qsizetype(*n));
    auto key = RecoveryKey::parse(text);
    secureWipe(text.data(), size_t(text.size()) * sizeof(QChar));
    return key;
}

Status KeyOptions::loadKeySource(const QCommandLineParser &parser, KeyExports &exports) const
{
    if (parser.isSet(passphraseFile) && parser.value(passphraseFile) == QLatin1String("-") && parser.isSet(stdinKey))
        return makeError(ErrorKind::BadInput, Cli::tr("--key-stdin and --passphrase-file - cannot both read standard input."));
    if (parser.isSet(escrow)) {
        const QString file = parser.value(escrow);
        if (auto opened = InputFile::open(file, InputFile::Kind::KeyExport); !opened)
            return opened.error();
        if (KeyExports::isBundle(file)) {
            if (auto opened = openBundle(file, parser.value(passphraseFile), exports); !opened)
                return opened.error();
        } else if (auto imported = exports.importFile(file); !imported) {
            return imported.error();
        }
    }
    if (parser.isSet(bundle)) {
        if (auto checked = InputFile::open(parser.value(bundle), InputFile::Kind::KeyBundle); !checked)
            return checked.error();
        if (auto opened = openBundle(parser.value(bundle), parser.value(passphraseFile), exports); !opened)
            return opened.error();
    }
    return {};
}

Status KeyOptions::read(const QCommandLineParser &parser, RecoverySession &session)
{
    m_given.reset();
    m_exportName.clear();
    const int given = int(parser.isSet(stdinKey)) + int(parser.isSet(keyFile)) + int(parser.isSet(bek)) + int(hasKeySource(parser));
    if (given > 1)
        return makeError(ErrorKind::BadInput, Cli::tr("Give only one of --key-stdin, --key-file, --bek and --escrow or --bundle."));
    if (hasKeySource(parser)) {
        m_exportName = QFileInfo(parser.isSet(escrow) ? parser.value(escrow) : parser.value(bundle)).fileName();
        return loadKeySource(parser, session.keyExports());
    }
    if (parser.isSet(bek)) {
        // Checked now, before any disk is touched; read when the volume is unlocked.
        if (auto opened = InputFile::open(parser.value(bek), InputFile::Kind::StartupKey); !opened)
            return opened.error();
        m_given = UnlockMaterial::startupKey(parser.value(bek));
        return {};
    }
    if (parser.isSet(stdinKey) || parser.isSet(keyFile)) {
        Result<RecoveryKey> key = makeError(ErrorKind::BadInput, QString());
        if (parser.isSet(stdinKey)) {
            key = readKey(stdin, QStringLiteral("stdin"));
        } else {
            // One open, checked on the descriptor: a FIFO, a device or a folder is refused.
            auto opened = InputFile::open(parser.value(keyFile), InputFile::Kind::RecoveryKey);
            if (!opened)
                return opened.error();
            key = readKey(*opened);
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
    if (m_exportName.isEmpty())
        return UnlockMaterial{};
    const KeyOffer offer = session.keyOffer();  // the one key rule, as on every route
    if (!offer.empty())
        return offer.keys.first();
    return makeError(ErrorKind::BadInput, Cli::tr("The key export %1 has no recovery key for Key ID %2.")
                                              .arg(m_exportName,
                                                   shortKeyIds(session.keyIds(), uiLanguage())));
}

}  // namespace ra::cli
