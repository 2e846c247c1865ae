// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/escrow/keybundle.h"

#include "system/escrow/escrowindex.h"
#include "system/escrow/exporttext.h"
#include "system/logging.h"

#include "system/disk/isolatedcall.h"
#include "system/inputfile.h"
#include "system/stopsignals.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <utility>

namespace ra {

namespace {

constexpr char Magic[8] = {'R', 'A', 'K', 'E', 'Y', 'S', '\0', '\1'};
constexpr std::size_t SaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t ClearHeaderBytes = sizeof Magic + 8 + 8 + SaltBytes;  // the first chunk's additional data
constexpr std::size_t ChunkBytes = 64 * 1024;
constexpr std::size_t ChunkLimit = 16 * 1024 * 1024;  // no chunk we write is near this
constexpr std::size_t ABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
// What a bundle may ask for: twice what `escrow pack` writes (KeyBundleParams::standard(): 3 passes,
// 256 MiB), so a bundle made by this program or a slightly stronger future one opens, and a crafted
// one cannot make an unlock take minutes and gigabytes (ops 64 / 2 GiB took 85 s and 2.1 GB).
// Anything above is refused with one sentence before any stretching (README, "Encrypted key bundle").
constexpr quint64 MaxOps = 6;
constexpr quint64 MaxMem = quint64(512) * 1024 * 1024;
// The stretch runs in a helper process (system/disk/isolatedcall.h) that a Stop, SIGINT or SIGTERM
// ends at once; this bounds it otherwise (the capped parameters take about 2 s here).
constexpr int StretchTimeoutMs = 120000;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

using StreamState = crypto_secretstream_xchacha20poly1305_state;

// The secret key and the stream state together in locked memory.
struct Secrets {
    LockedBuffer memory{crypto_secretstream_xchacha20poly1305_KEYBYTES + sizeof(StreamState)};
    unsigned char *key() { return reinterpret_cast<unsigned char *>(memory.data()); }
    StreamState *state()
    {
        return reinterpret_cast<StreamState *>(memory.data() + crypto_secretstream_xchacha20poly1305_KEYBYTES);
    }
};

bool deriveKey(Secrets &secrets, const LockedBuffer &passphrase, const unsigned char *salt, KeyBundleParams params)
{
    return crypto_pwhash(secrets.key(), crypto_secretstream_xchacha20poly1305_KEYBYTES, passphrase.data(),
                         passphrase.size(), salt, params.opsLimit, std::size_t(params.memLimit),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

enum class Stretch { Done, NoMemory, Stopped };

// deriveKey in a helper process: its memory is the helper's, and a stop request kills it at once.
Stretch deriveKeyInterruptibly(Secrets &secrets, const LockedBuffer &passphrase, const unsigned char *salt,
                               KeyBundleParams params)
{
    constexpr std::size_t keyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
    IsolatedOutcome outcome = IsolatedCall::run(
        [&]() -> SecureBytes {
            if (!deriveKey(secrets, passphrase, salt, params))
                return {};
            SecureBytes key(reinterpret_cast<const char *>(secrets.key()), keyBytes);
            sodium_memzero(secrets.key(), keyBytes);
            return key;
        },
        StretchTimeoutMs, keyBytes, [] { return StopSignals::stopRequested(); });
    if (outcome.state == IsolatedOutcome::State::Stopped)
        return Stretch::Stopped;
    if (!outcome.finished() || outcome.output.size() != keyBytes) {
        log().warn("bundle: key stretching failed: {}", u8(outcome.details));
        return Stretch::NoMemory;
    }
    std::memcpy(secrets.key(), outcome.output.data(), keyBytes);
    outcome.output.wipe();
    return Stretch::Done;
}

void appendQuoted(QByteArray &row, const QByteArray &field)
{
    row.append('"');
    for (char c : field) {
        if (c == '"')
            row.append('"');
        row.append(c);
    }
    row.append('"');
}

class Sealer {
public:
    Sealer(QSaveFile &file, StreamState *state, const unsigned char *ad) : m_file(file), m_state(state), m_ad(ad) {}

    bool push(const char *data, std::size_t size, unsigned char tag)
    {
        QByteArray cipher(qsizetype(size + ABytes + 4), Qt::Uninitialized);
        unsigned long long written = 0;
        auto *out = reinterpret_cast<unsigned char *>(cipher.data() + 4);
        crypto_secretstream_xchacha20poly1305_push(m_state, out, &written, reinterpret_cast<const unsigned char *>(data),
                                                   size, m_ad, m_ad ? ClearHeaderBytes : 0, tag);
        m_ad = nullptr;
        qToLittleEndian<quint32>(quint32(written), cipher.data());
        return m_file.write(cipher.constData(), qint64(written + 4)) == qint64(written + 4);
    }

private:
    QSaveFile &m_file;
    StreamState *m_state;
    const unsigned char *m_ad;
};

QJsonObject infoJson(const KeyBundleInfo &info)
{
    QJsonArray sources;
    for (const KeyBundleSource &s : info.sources)
        sources.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("format"), s.format},
                                   {QStringLiteral("rows"), s.rows}, {QStringLiteral("keys"), s.keys}});
    return QJsonObject{{QStringLiteral("created"), info.created.toString(Qt::ISODate)},
                       {QStringLiteral("keys"), info.keys},
                       {QStringLiteral("sources"), sources}};
}

KeyBundleInfo infoFromJson(const QJsonObject &o)
{
    KeyBundleInfo info;
    info.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    info.keys = o.value(QStringLiteral("keys")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        // A name from inside the bundle: one line, bounded, like every text from an export.
        info.sources.append(KeyBundleSource{ExportText::oneLine(s.value(QStringLiteral("file")).toString(), ExportText::MaxLength, ExportText::Elide::Middle),
                                            s.value(QStringLiteral("format")).toString(),
                                            s.value(QStringLiteral("rows")).toInt(), s.value(QStringLiteral("keys")).toInt()});
    }
    return info;
}

}  // namespace

LockedBuffer::LockedBuffer(std::size_t size)
{
    if (!sodiumReady())
        return;
    m_data = static_cast<char *>(sodium_malloc(size ? size : 1));  // locked where the limit allows; guard pages
    m_capacity = m_data ? size : 0;
}

LockedBuffer::~LockedBuffer()
{
    sodium_free(m_data);  // wipes before freeing
}

LockedBuffer::LockedBuffer(LockedBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_capacity(std::exchange(other.m_capacity, 0)),
      m_size(std::exchange(other.m_size, 0))
{
}

LockedBuffer &LockedBuffer::operator=(LockedBuffer &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool LockedBuffer::append(const char *bytes, std::size_t count)
{
    if (m_size + count > m_capacity)
        return false;
    std::memcpy(m_data + m_size, bytes, count);
    m_size += count;
    return true;
}

KeyBundleParams KeyBundleParams::standard()
{
    // Measured with bench_bundle on the project's 2-core machine: about one second per unlock.
    return {3, quint64(256) * 1024 * 1024};
}

KeyBundleParams KeyBundleParams::fastest()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KeyBundle::isBundle(const QString &path)
{
    auto file = InputFile::open(path, InputFile::Kind::KeyBundle);  // never blocks on a FIFO
    char head[sizeof Magic] = {};
    const auto n = file ? file->read(head, qint64(sizeof Magic)) : Result<qint64>(file.error());
    return n && *n == qint64(sizeof Magic) && std::memcmp(head, Magic, sizeof Magic) == 0;
}

Result<KeyBundleInfo> KeyBundle::write(const QString &path, const EscrowIndex &index,
                                       const QList<EscrowImportSummary> &sources, const LockedBuffer &passphrase,
                                       KeyBundleParams params)
{
    if (!sodiumReady())
        return makeError(ErrorKind::Failed, tr("The encryption library could not be started."));
    QByteArray clear(Magic, sizeof Magic);
    clear.resize(qsizetype(ClearHeaderBytes));
    qToLittleEndian<quint64>(params.opsLimit, clear.data() + sizeof Magic);
    qToLittleEndian<quint64>(params.memLimit, clear.data() + sizeof Magic + 8);
    auto *salt = reinterpret_cast<unsigned char *>(clear.data() + sizeof Magic + 16);
    randombytes_buf(salt, SaltBytes);

    Secrets secrets;
    if (!secrets.memory.isValid() || !deriveKey(secrets, passphrase, salt, params))
        return makeError(ErrorKind::Failed, tr("There is not enough memory to seal the key bundle."));
    unsigned char streamHeader[StreamHeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(secrets.state(), streamHeader, secrets.key());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Failed, tr("The key bundle %1 cannot be written.").arg(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(clear);
    file.write(reinterpret_cast<const char *>(streamHeader), StreamHeaderBytes);

    Sealer sealer(file, secrets.state(), reinterpret_cast<const unsigned char *>(clear.constData()));
    LockedBuffer chunk(4 * ChunkBytes);  // a row is at most ~200 KiB (host names are < 64 KiB)
    static constexpr char CsvHeader[] = "Host,KeyID,RecoveryKey,Directory,VolumeType,Date\n";
    chunk.append(CsvHeader, sizeof CsvHeader - 1);
    bool ok = chunk.isValid();
    KeyBundleInfo info;
    index.forEachEntry([&](const EscrowEntry &e) {
        QByteArray head;
        appendQuoted(head, e.host.toUtf8());
        head.append(',');
        appendQuoted(head, (e.protectorId.isNull() ? e.keyId : e.protectorId.toString()).toUtf8());
        head.append(",\"");
        QByteArray tail("\",");
        appendQuoted(tail, e.directory.toUtf8());
        tail.append(',');
        appendQuoted(tail, e.volumeType.toUtf8());
        tail.append(',');
        tail.append(e.date.isValid() ? e.date.toUTC().toString(Qt::ISODate).toLatin1() : QByteArray());
        tail.append('\n');
        const SecureBytes key = e.key.canonicalBytes();
        ok = ok && chunk.append(head.constData(), std::size_t(head.size())) && chunk.append(key.data(), key.size())
            && chunk.append(tail.constData(), std::size_t(tail.size()));
        ++info.keys;
        if (ok && chunk.size() >= ChunkBytes) {
            ok = sealer.push(chunk.data(), chunk.size(), 0);
            chunk.resize(0);
        }
    });
    if (ok && chunk.size() > 0)
        ok = sealer.push(chunk.data(), chunk.size(), 0);

    info.created = QDateTime::currentDateTimeUtc();
    info.params = params;
    for (const EscrowImportSummary &s : sources)
        info.sources.append(KeyBundleSource{QFileInfo(s.filePath).fileName(), EscrowIndex::formatId(s.format), s.rows, s.keys});
    const QByteArray meta = QJsonDocument(infoJson(info)).toJson(QJsonDocument::Compact);
    ok = ok && sealer.push(meta.constData(), std::size_t(meta.size()), crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    if (!ok || !file.commit())
        return makeError(ErrorKind::Failed, tr("The key bundle %1 cannot be written.").arg(path), file.errorString());
    log().info("bundle: sealed {} keys from {} exports", info.keys, info.sources.size());
    return info;
}

Result<KeyBundleInfo> KeyBundle::open(const QString &path, const LockedBuffer &passphrase, EscrowIndex &into)
{
    const QString name = QFileInfo(path).fileName();
    const Error refused = makeError(ErrorKind::BadInput,
                                    tr("The key bundle %1 cannot be opened: the passphrase is wrong or the file was modified.").arg(name));
    if (!sodiumReady())
        return makeError(ErrorKind::Failed, tr("The encryption library could not be started."));
    auto opened = InputFile::open(path, InputFile::Kind::KeyBundle);
    if (!opened)
        return opened.error();
    QFile file;
    if (!file.open(opened->release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return makeError(ErrorKind::Failed, tr("The key bundle %1 cannot be opened.").arg(path), file.errorString());
    const qint64 size = file.size();
    const QByteArray clear = file.read(qint64(ClearHeaderBytes));
    const QByteArray streamHeader = file.read(qint64(StreamHeaderBytes));
    if (clear.size() != qsizetype(ClearHeaderBytes) || !clear.startsWith(QByteArray(Magic, sizeof Magic))
        || streamHeader.size() != qsizetype(StreamHeaderBytes))
        return makeError(ErrorKind::BadInput, tr("%1 is not a key bundle.").arg(name));
    KeyBundleParams params{qFromLittleEndian<quint64>(clear.constData() + sizeof Magic),
                           qFromLittleEndian<quint64>(clear.constData() + sizeof Magic + 8)};
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.memLimit < crypto_pwhash_MEMLIMIT_MIN)
        return refused;
    if (params.opsLimit > MaxOps || params.memLimit > MaxMem) {
        log().warn("bundle: Argon2id ops {}, memory {} MiB asked; at most {} and {} MiB are accepted", params.opsLimit,
                   params.memLimit >> 20, MaxOps, MaxMem >> 20);
        return makeError(ErrorKind::BadInput,
                         tr("The key bundle %1 asks for more time and memory to unlock than a bundle made by this program; it was not opened.").arg(name));
    }
    const auto *salt = reinterpret_cast<const unsigned char *>(clear.constData() + sizeof Magic + 16);

    Secrets secrets;
    if (!secrets.memory.isValid())
        return makeError(ErrorKind::Failed, tr("There is not enough memory to open the key bundle."));
    switch (deriveKeyInterruptibly(secrets, passphrase, salt, params)) {
    case Stretch::Done: break;
    case Stretch::Stopped:
        return makeError(ErrorKind::Cancelled, tr("Opening the key bundle %1 was stopped.").arg(name));
    case Stretch::NoMemory:
        return makeError(ErrorKind::Failed, tr("There is not enough memory to open the key bundle."));
    }
    if (crypto_secretstream_xchacha20poly1305_init_pull(secrets.state(),
                                                        reinterpret_cast<const unsigned char *>(streamHeader.constData()),
                                                        secrets.key()) != 0)
        return refused;

    // The plain text is never larger than the file.
    LockedBuffer plain{std::size_t(size)};
    if (!plain.isValid())
        return makeError(ErrorKind::Failed, tr("There is not enough memory to open the key bundle."));
    const unsigned char *ad = reinterpret_cast<const unsigned char *>(clear.constData());
    std::size_t metaStart = 0;
    bool final = false;
    while (!final) {
        const QByteArray lengthBytes = file.read(4);
        if (lengthBytes.size() != 4)
            return refused;  // truncated: the final chunk is missing
        const quint32 length = qFromLittleEndian<quint32>(lengthBytes.constData());
        if (length < ABytes || length > ChunkLimit)
            return refused;
        const QByteArray cipher = file.read(length);
        if (cipher.size() != qsizetype(length) || plain.size() + length - ABytes > plain.capacity())
            return refused;
        unsigned long long got = 0;
        unsigned char tag = 0;
        metaStart = plain.size();
        if (crypto_secretstream_xchacha20poly1305_pull(secrets.state(),
                                                       reinterpret_cast<unsigned char *>(plain.data() + plain.size()), &got,
                                                       &tag, reinterpret_cast<const unsigned char *>(cipher.constData()),
                                                       length, ad, ad ? ClearHeaderBytes : 0) != 0)
            return refused;
        ad = nullptr;
        plain.resize(plain.size() + std::size_t(got));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!file.atEnd())
        return refused;  // data after the final chunk
    const QJsonObject meta = QJsonDocument::fromJson(QByteArray(plain.data() + metaStart, qsizetype(plain.size() - metaStart))).object();
    KeyBundleInfo info = infoFromJson(meta);
    info.params = params;
    if (metaStart > 0) {
        auto imported = into.importMemory(plain.data(), qsizetype(metaStart), QFileInfo(path).absoluteFilePath());
        if (!imported)
            return refused;
    }
    log().info("bundle: opened, {} keys", info.keys);
    return info;
}

}  // namespace ra
