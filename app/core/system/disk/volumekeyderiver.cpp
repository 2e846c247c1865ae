// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/volumekeyderiver.h"

#include "system/disk/bitlockermetadata.h"
#include "system/disk/diskerrors.h"
#include "system/disk/isolatedcall.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

#include <libcryptsetup.h>
#include <zlib.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace ra {

namespace {

// Method codes of dislocker's FVEK file (cipher_types in dislocker's datums.h).
constexpr quint16 AesCbc128Elephant = 0x8000;
constexpr quint16 AesCbc256Elephant = 0x8001;
constexpr quint16 AesCbc128 = 0x8002;
constexpr quint16 AesCbc256 = 0x8003;
constexpr quint16 AesXts128 = 0x8004;
constexpr quint16 AesXts256 = 0x8005;
constexpr std::size_t FvekFileKeyBytes = 64;
// With the Elephant diffuser dislocker takes the sector (tweak) key from byte 32 of its key
// field; libcryptsetup hands both halves back to back (FVEK, then the tweak key).
constexpr std::size_t FvekFileTweakAt = 32;

void collectLog(int /*level*/, const char *message, void *usrptr)
{
    // libcryptsetup's messages carry no key material (only names, offsets and salts).
    static_cast<QString *>(usrptr)->append(QString::fromLocal8Bit(message));
}

// Owns a crypt_device and the log text it produced.
class CryptDevice {
public:
    ~CryptDevice()
    {
        if (m_cd)
            crypt_free(m_cd);
    }
    int open(const QString &device)
    {
        const int r = crypt_init(&m_cd, QFile::encodeName(device).constData());
        if (r < 0) {
            m_cd = nullptr;
            return r;
        }
        crypt_set_log_callback(m_cd, collectLog, &m_log);
        return crypt_load(m_cd, CRYPT_BITLK, nullptr);
    }
    crypt_device *get() const { return m_cd; }
    const QString &log() const { return m_log; }

private:
    crypt_device *m_cd = nullptr;
    QString m_log;
};

Error openError(int r, const QString &device, const QString &log)
{
    const QString details = QStringLiteral("%1: %2\n%3").arg(device, QString::fromLocal8Bit(strerror(-r)), log);
    if (r == -ENOENT || r == -ENXIO || r == -ENODEV || !QFileInfo::exists(device))
        return DiskErrors::deviceGone(details);
    if (r == -EACCES || r == -EPERM)
        return makeError(ErrorKind::NeedsAdmin,
                         VolumeKeyDeriver::tr("Reading the BitLocker drive needs administrator rights."), details);
    return makeError(ErrorKind::Unsupported,
                     VolumeKeyDeriver::tr("The BitLocker information on this drive is damaged or unreadable, so it cannot be unlocked here."),
                     details);
}

constexpr qsizetype FveBlockHeaderSize = 64;
constexpr qsizetype FveEntriesStart = FveBlockHeaderSize + 48;
constexpr qsizetype FveEntryHeaderSize = 8;
constexpr qsizetype VmkProtectionAt = FveEntryHeaderSize + 26;  // after GUID, time, unknown
constexpr quint16 ProtectionRecoveryPassword = 0x0800;
constexpr quint16 ProtectionPassword = 0x2000;
constexpr quint16 ProtectionTpm = 0x0100;  // libcryptsetup skips TPM protectors without trying them

// In one FVE metadata block (bounded by its own sizes), turns every password or recovery-password
// VMK but keep into a TPM VMK, which libcryptsetup skips, and fixes the CRC-32.
bool maskOtherProtectors(QByteArray &block, const QUuid &keep)
{
    if (block.size() < FveEntriesStart + 8 || !block.startsWith("-FVE-FS-"))
        return false;
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(block.constData() + at); };
    const qsizetype blockSize = qsizetype(u16(8)) * 16;
    if (blockSize < FveEntriesStart || blockSize + 8 > block.size())
        return false;
    const qsizetype end = FveBlockHeaderSize + qsizetype(qFromLittleEndian<quint32>(block.constData() + FveBlockHeaderSize));
    if (end > blockSize)
        return false;
    for (qsizetype at = FveEntriesStart; end - at >= FveEntryHeaderSize;) {
        const quint16 size = u16(at);
        if (size < FveEntryHeaderSize || size > end - at)
            break;
        if (u16(at + 2) == 0x0002 && u16(at + 4) == 0x0008 && size >= VmkProtectionAt + 2) {
            const auto *g = reinterpret_cast<const uchar *>(block.constData() + at + FveEntryHeaderSize);
            const QUuid id(qFromLittleEndian<quint32>(g), qFromLittleEndian<quint16>(g + 4), qFromLittleEndian<quint16>(g + 6),
                           g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15]);
            const quint16 protection = u16(at + VmkProtectionAt);
            if (id != keep && (protection == ProtectionRecoveryPassword || protection == ProtectionPassword))
                qToLittleEndian<quint16>(ProtectionTpm, block.data() + at + VmkProtectionAt);
        }
        at += size;
    }
    const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(block.constData()), uInt(blockSize)));
    qToLittleEndian<quint32>(crc, block.data() + blockSize + 4);
    return true;
}

// A private in-memory view of the volume for libcryptsetup: its header sector and, at each of
// the three metadata offsets, the first metadata copy that our own parser accepts (so a
// damaged or zeroed first copy does not stop libcryptsetup 2.6, which reads only the first,
// and a block our parser refuses never reaches it). Every password and recovery protector but
// keep is masked (keep null: none). Owns the memory file.
class MetadataView {
public:
    MetadataView() = default;
    MetadataView(const MetadataView &) = delete;
    MetadataView &operator=(const MetadataView &) = delete;
    MetadataView(MetadataView &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    ~MetadataView()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    static Result<MetadataView> create(const QString &device, const QUuid &keep);
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd = -1;
};

Result<MetadataView> MetadataView::create(const QString &device, const QUuid &keep)
{
    QFile in(device);
    if (!in.open(QIODevice::ReadOnly))
        return openError(in.error() == QFileDevice::PermissionsError ? -EACCES : -ENOENT, device, in.errorString());
    const QByteArray sector = in.read(4096);
    auto header = BitLockerMetadata::parseVolumeHeader(sector);
    if (!header)
        return header.error();
    const qint64 size = in.size() > 0 ? in.size() : ::lseek(in.handle(), 0, SEEK_END);
    QByteArray chosen;
    Error firstProblem = makeError(ErrorKind::Unsupported, VolumeKeyDeriver::tr("The BitLocker metadata of this drive is damaged."),
                                   QStringLiteral("no metadata copy inside the volume"));
    for (const qint64 offset : header->metadataOffsets) {
        if (offset <= 0 || offset >= size || !in.seek(offset))
            continue;
        const QByteArray block = in.read(BitLockerMetadata::MetadataBlockSize);
        auto parsed = BitLockerMetadata::parseMetadataBlock(block);
        if (parsed) {
            chosen = block;
            break;
        }
        if (firstProblem.details.startsWith(QStringLiteral("no metadata")))
            firstProblem = parsed.error();
    }
    if (chosen.isEmpty())
        return makeError(ErrorKind::Unsupported, VolumeKeyDeriver::tr("The BitLocker metadata of this drive is damaged."),
                         QStringLiteral("%1: no intact metadata copy: %2").arg(device, firstProblem.details));
    if (!keep.isNull())
        maskOtherProtectors(chosen, keep);
    MetadataView view;
    view.m_fd = memfd_create("ra-metadata", MFD_CLOEXEC);
    if (size <= 0 || view.m_fd < 0 || ::ftruncate(view.m_fd, size) != 0
        || ::pwrite(view.m_fd, sector.constData(), sector.size(), 0) != sector.size())
        return openError(-EIO, device, QStringLiteral("in-memory metadata view: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    for (const qint64 offset : header->metadataOffsets)
        if (offset > 0 && offset < size)
            (void)!::pwrite(view.m_fd, chosen.constData(), chosen.size(), offset);
    return view;
}

Error crashedError(const IsolatedOutcome &outcome, const QString &device)
{
    return makeError(ErrorKind::Unsupported, VolumeKeyDeriver::tr("The BitLocker metadata of this drive is damaged."),
                     QStringLiteral("%1: libcryptsetup on this metadata: %2").arg(device, outcome.details));
}

}  // namespace

Result<SecureBytes> DerivedVolumeKey::dislockerFvekFile() const
{
    quint16 method = 0;
    if (mode.startsWith(QStringLiteral("xts")) && key.size() == 32)
        method = AesXts128;
    else if (mode.startsWith(QStringLiteral("xts")) && key.size() == 64)
        method = AesXts256;
    else if (mode == QStringLiteral("cbc-eboiv") && key.size() == 16)
        method = AesCbc128;
    else if (mode == QStringLiteral("cbc-eboiv") && key.size() == 32)
        method = AesCbc256;
    const bool elephant = mode == QStringLiteral("cbc-elephant");
    if (elephant && key.size() == 32)
        method = AesCbc128Elephant;
    else if (elephant && key.size() == 64)
        method = AesCbc256Elephant;
    if (method == 0 || key.size() > FvekFileKeyBytes)
        return makeError(ErrorKind::Unsupported,
                         VolumeKeyDeriver::tr("This BitLocker encryption method cannot be opened here."),
                         QStringLiteral("cipher %1-%2, %3-byte key").arg(cipher, mode).arg(key.size()));
    SecureBytes file(2 + FvekFileKeyBytes);
    std::memset(file.data(), 0, file.size());
    file.data()[0] = char(method & 0xff);
    file.data()[1] = char(method >> 8);
    if (elephant) {
        const std::size_t half = key.size() / 2;
        std::memcpy(file.data() + 2, key.data(), half);
        std::memcpy(file.data() + 2 + FvekFileTweakAt, key.data() + half, half);
    } else {
        std::memcpy(file.data() + 2, key.data(), key.size());
    }
    return file;
}

Result<DerivedVolumeKey> VolumeKeyDeriver::derive(const QString &device, const SecureBytes &passphrase,
                                                  const QList<ProtectorId> &candidates, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Derive the volume key with libcryptsetup"));
    auto fail = [&node](Error e) -> Result<DerivedVolumeKey> {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    // Views built here, by our parser; libcryptsetup reads them in the helper process.
    auto whole = MetadataView::create(device, QUuid());
    if (!whole)
        return fail(whole.error());
    std::vector<MetadataView> alone;
    for (const ProtectorId &candidate : candidates) {
        auto view = MetadataView::create(device, candidate.uuid());
        if (!view)
            return fail(view.error());
        alone.push_back(std::move(view.value()));
    }

    enum Stage : qint32 { StageLoad = 1, StageKeySize = 2, StageKey = 3 };
    const IsolatedOutcome outcome = IsolatedCall::run([&]() {
        IsolatedRecord record;
        CryptDevice cd;
        if (const int r = cd.open(whole->path()); r < 0) {
            record.putInt(StageLoad);
            record.putInt(r);
            record.putText(cd.log());
            return record.take();
        }
        const QString cipher = QString::fromLatin1(crypt_get_cipher(cd.get()));
        const QString mode = QString::fromLatin1(crypt_get_cipher_mode(cd.get()));
        const int keySize = crypt_get_volume_key_size(cd.get());
        if (keySize <= 0 || keySize > 128) {
            record.putInt(StageKeySize);
            record.putInt(-EINVAL);
            record.putText(cd.log());
            return record.take();
        }
        SecureBytes key{std::size_t(keySize)};
        std::size_t size = key.size();
        // One protector at a time: one key stretching each (libcryptsetup alone would also
        // stretch the key for every password protector first), and the one that opened is known.
        int r = -EPERM;
        qint32 opened = -1;
        for (std::size_t i = 0; i < alone.size() && r < 0; ++i) {
            CryptDevice one;
            size = key.size();
            r = one.open(alone[i].path());
            if (r >= 0)
                r = crypt_volume_key_get(one.get(), CRYPT_ANY_SLOT, key.data(), &size, passphrase.data(), passphrase.size());
            if (r >= 0)
                opened = qint32(i);
        }
        if (alone.empty())
            r = crypt_volume_key_get(cd.get(), CRYPT_ANY_SLOT, key.data(), &size, passphrase.data(), passphrase.size());
        record.putInt(StageKey);
        record.putInt(r);
        record.putText(cd.log());
        record.putInt(opened);
        record.putText(cipher);
        record.putText(mode);
        record.putBytes(key.data(), r >= 0 ? std::min(size, key.size()) : 0);
        return record.take();
    });
    if (!outcome.finished())
        return fail(crashedError(outcome, device));

    IsolatedReader reader(outcome.output);
    qint32 stage = 0;
    qint32 r = 0;
    QString log;
    if (!reader.getInt(&stage) || !reader.getInt(&r) || !reader.getText(&log))
        return fail(crashedError(outcome, device));
    if (stage == StageLoad || stage == StageKeySize)
        return fail(openError(r, device, log));
    DerivedVolumeKey result;
    qint32 opened = -1;
    if (!reader.getInt(&opened) || !reader.getText(&result.cipher) || !reader.getText(&result.mode) || !reader.getBytes(&result.key))
        return fail(crashedError(outcome, device));
    if (opened >= 0 && opened < candidates.size())
        result.protector = candidates.at(opened);
    if (r < 0) {
        const QString details = QStringLiteral("crypt_volume_key_get: %1\n%2").arg(QString::fromLocal8Bit(strerror(-r)), log);
        // After a good load, libcryptsetup answers -EINVAL ("no more VMKs to try") or -EPERM
        // when no protector accepts the passphrase.
        if (r == -EPERM || r == -EINVAL)
            return fail(makeError(ErrorKind::KeyRejected, tr("The key does not open this drive."), details));
        if (!QFileInfo::exists(device))
            return fail(openError(-ENOENT, device, log));
        return fail(makeError(ErrorKind::Unsupported, tr("This BitLocker drive cannot be unlocked with this kind of key here."), details));
    }
    node.finish(ReportNode::State::Ok, QStringLiteral("cipher %1-%2, %3-bit key%4")
                                           .arg(result.cipher, result.mode)
                                           .arg(result.key.size() * 8)
                                           .arg(result.protector.isNull() ? QString()
                                                                          : QStringLiteral(", protector ") + result.protector.toString()));
    return result;
}

namespace {

// Loads the metadata (and dumps it when asked) in the helper process; r and the log text.
Result<QString> loadIsolated(const QString &device, bool dump)
{
    auto view = MetadataView::create(device, QUuid());
    if (!view)
        return view.error();
    const IsolatedOutcome outcome = IsolatedCall::run([&]() {
        IsolatedRecord record;
        CryptDevice cd;
        int r = cd.open(view->path());
        const int before = int(cd.log().size());
        if (r >= 0 && dump)
            crypt_dump(cd.get());
        record.putInt(r);
        record.putText(r >= 0 && dump ? cd.log().mid(before) : cd.log());
        return record.take();
    });
    if (!outcome.finished())
        return crashedError(outcome, device);
    IsolatedReader reader(outcome.output);
    qint32 r = 0;
    QString log;
    if (!reader.getInt(&r) || !reader.getText(&log))
        return crashedError(outcome, device);
    if (r < 0)
        return openError(r, device, log);
    return log;
}

}  // namespace

Result<QList<KeyProtector>> VolumeKeyDeriver::protectors(const QString &device)
{
    auto dumped = loadIsolated(device, true);
    if (!dumped)
        return dumped.error();
    // Keyslot blocks read "GUID: <guid>" then "Protection: VMK protected with <kind>".
    static const QRegularExpression slot(QStringLiteral("GUID:\\s*([0-9a-fA-F-]{36})\\s*\\n\\s*Protection:\\s*([^\\n]*)"));
    QList<KeyProtector> list;
    for (auto it = slot.globalMatch(dumped.value()); it.hasNext();) {
        const auto m = it.next();
        const auto id = ProtectorId::parse(m.captured(1));
        if (!id)
            continue;
        const QString kind = m.captured(2);
        ProtectorType type = ProtectorType::Unknown;
        if (kind.contains(QStringLiteral("recovery passphrase")))
            type = ProtectorType::RecoveryPassword;
        else if (kind.contains(QStringLiteral("passphrase")))
            type = ProtectorType::Password;
        else if (kind.contains(QStringLiteral("startup key")))
            type = ProtectorType::StartupKey;
        else if (kind.contains(QStringLiteral("clear key")))
            type = ProtectorType::ClearKey;
        else if (kind.contains(QStringLiteral("TPM")))
            type = ProtectorType::Tpm;
        list.append(KeyProtector{*id, type});
    }
    return list;
}

Status VolumeKeyDeriver::checkMetadata(const QString &device, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Read the BitLocker metadata"));
    auto loaded = loadIsolated(device, false);
    if (!loaded) {
        node.finish(ReportNode::State::Failed, loaded.error().details);
        return loaded.error();
    }
    node.finish(ReportNode::State::Ok);
    return {};
}

}  // namespace ra
