// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/volumekeyderiver.h"

#include "system/disk/bitlockermetadata.h"
#include "system/disk/diskerrors.h"

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

namespace ra {

namespace {

// Method codes of dislocker's FVEK file (cipher_types in dislocker's datums.h).
constexpr quint16 AesCbc128 = 0x8002;
constexpr quint16 AesCbc256 = 0x8003;
constexpr quint16 AesXts128 = 0x8004;
constexpr quint16 AesXts256 = 0x8005;
constexpr std::size_t FvekFileKeyBytes = 64;

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

// A sparse in-memory image of the volume holding only its header and metadata blocks, with
// every password and recovery protector but keep masked. -1 when the metadata cannot be copied.
int maskedMetadataCopy(const QString &device, const QUuid &keep)
{
    QFile in(device);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray sector = in.read(4096);
    auto header = BitLockerMetadata::parseVolumeHeader(sector);
    const qint64 size = in.size() > 0 ? in.size() : ::lseek(in.handle(), 0, SEEK_END);
    const int fd = memfd_create("ra-metadata", MFD_CLOEXEC);
    if (!header || size <= 0 || fd < 0 || ::ftruncate(fd, size) != 0 || ::pwrite(fd, sector.constData(), sector.size(), 0) != sector.size()) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    for (const qint64 offset : header->metadataOffsets) {
        if (offset <= 0 || offset >= size || !in.seek(offset))
            continue;
        QByteArray block = in.read(BitLockerMetadata::MetadataBlockSize);
        if (maskOtherProtectors(block, keep))
            (void)!::pwrite(fd, block.constData(), block.size(), offset);
    }
    return fd;
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
    if (method == 0 || key.size() > FvekFileKeyBytes)
        return makeError(ErrorKind::Unsupported,
                         VolumeKeyDeriver::tr("This BitLocker encryption method (AES-CBC with the Elephant diffuser) cannot be opened here."),
                         QStringLiteral("cipher %1-%2, %3-byte key").arg(cipher, mode).arg(key.size()));
    SecureBytes file(2 + FvekFileKeyBytes);
    file.data()[0] = char(method & 0xff);
    file.data()[1] = char(method >> 8);
    std::memcpy(file.data() + 2, key.data(), key.size());
    return file;
}

Result<DerivedVolumeKey> VolumeKeyDeriver::derive(const QString &device, const SecureBytes &passphrase,
                                                  const QList<ProtectorId> &candidates, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Derive the volume key with libcryptsetup"));
    CryptDevice cd;
    if (const int r = cd.open(device); r < 0) {
        Error e = openError(r, device, cd.log());
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    }
    DerivedVolumeKey result;
    result.cipher = QString::fromLatin1(crypt_get_cipher(cd.get()));
    result.mode = QString::fromLatin1(crypt_get_cipher_mode(cd.get()));
    const int keySize = crypt_get_volume_key_size(cd.get());
    if (keySize <= 0 || keySize > 128) {
        Error e = openError(-EINVAL, device, cd.log());
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    }
    auto tryKey = [&](crypt_device *target) {
        result.key = SecureBytes(std::size_t(keySize));
        std::size_t size = result.key.size();
        const int r = crypt_volume_key_get(target, CRYPT_ANY_SLOT, result.key.data(), &size, passphrase.data(), passphrase.size());
        if (r >= 0)
            result.key = SecureBytes(result.key.data(), size);
        else
            result.key.wipe();
        return r;
    };

    // One protector at a time: one key stretching each (libcryptsetup alone would also stretch
    // the key for every password protector first), and the protector that opened is known.
    int r = -EPERM;
    bool triedAlone = false;
    for (const ProtectorId &candidate : candidates) {
        const int fd = maskedMetadataCopy(device, candidate.uuid());
        if (fd < 0)
            break;
        CryptDevice alone;
        triedAlone = true;
        r = alone.open(QStringLiteral("/proc/self/fd/%1").arg(fd));
        if (r >= 0)
            r = tryKey(alone.get());
        ::close(fd);
        if (r >= 0) {
            result.protector = candidate;
            break;
        }
    }
    if (!triedAlone)
        r = tryKey(cd.get());
    if (r < 0) {
        const QString details = QStringLiteral("crypt_volume_key_get: %1\n%2").arg(QString::fromLocal8Bit(strerror(-r)), cd.log());
        node.finish(ReportNode::State::Failed, details);
        // After a good load, libcryptsetup answers -EINVAL ("no more VMKs to try") or -EPERM
        // when no protector accepts the passphrase.
        if (r == -EPERM || r == -EINVAL)
            return makeError(ErrorKind::KeyRejected, tr("The key does not open this drive."), details);
        if (r == -ENOENT && !QFileInfo::exists(device))
            return openError(r, device, cd.log());
        return makeError(ErrorKind::Unsupported, tr("This BitLocker drive cannot be unlocked with this kind of key here."), details);
    }
    node.finish(ReportNode::State::Ok, QStringLiteral("cipher %1-%2, %3-bit key%4")
                                           .arg(result.cipher, result.mode)
                                           .arg(result.key.size() * 8)
                                           .arg(result.protector.isNull() ? QString()
                                                                          : QStringLiteral(", protector ") + result.protector.toString()));
    return result;
}

Result<QList<KeyProtector>> VolumeKeyDeriver::protectors(const QString &device)
{
    CryptDevice cd;
    if (const int r = cd.open(device); r < 0)
        return openError(r, device, cd.log());
    const int before = cd.log().size();
    crypt_dump(cd.get());
    // Keyslot blocks read "GUID: <guid>" then "Protection: VMK protected with <kind>".
    static const QRegularExpression slot(QStringLiteral("GUID:\\s*([0-9a-fA-F-]{36})\\s*\\n\\s*Protection:\\s*([^\\n]*)"));
    QList<KeyProtector> list;
    for (auto it = slot.globalMatch(cd.log().mid(before)); it.hasNext();) {
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
    CryptDevice cd;
    if (const int r = cd.open(device); r < 0) {
        Error e = openError(r, device, cd.log());
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    }
    node.finish(ReportNode::State::Ok);
    return {};
}

}  // namespace ra
