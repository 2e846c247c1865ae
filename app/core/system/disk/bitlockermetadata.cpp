// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/bitlockermetadata.h"

#include "system/disk/blockfile.h"
#include "system/logging.h"

#include <QtEndian>

#include <zlib.h>

#include <limits>

namespace ra {

namespace {

// Volume header (first sector): boot code, signature, bytes per sector; then the BitLocker
// GUID and three FVE metadata offsets at 160 (or 424 for BitLocker To Go).
constexpr char BootCodeV2[] = "\xeb\x58\x90";
constexpr char BootCodeVista[] = "\xeb\x52\x90";
constexpr char FveSignature[] = "-FVE-FS-";
constexpr char ToGoSignature[] = "MSWIN4.1";
constexpr qsizetype HeaderGuidOffset = 160;
constexpr qsizetype HeaderGuidOffsetToGo = 424;
constexpr qsizetype HeaderMinimumSize = 512;

// FVE metadata block: a 64-byte block header, a 48-byte metadata header, then entries. The
// block header's size field (in 16-byte units) says where the validation record (with the
// CRC-32 of the block) follows.
constexpr qsizetype BlockHeaderSize = 64;
constexpr qsizetype MetadataHeaderSize = 48;
constexpr qsizetype EntriesStart = BlockHeaderSize + MetadataHeaderSize;
constexpr qsizetype EntryHeaderSize = 8;
constexpr qsizetype VmkFixedSize = 28;  // GUID, modified time, unknown, protection
constexpr qsizetype ValidationMinimumSize = 8;
constexpr quint16 StateNormal = 4;

enum EntryType : quint16 { EntryProperty = 0x0000, EntryVmk = 0x0002, EntryFvek = 0x0003, EntryDescription = 0x0007 };
enum ValueType : quint16 {
    ValueKey = 0x0001,
    ValueString = 0x0002,
    ValueStretchKey = 0x0003,
    ValueEncryptedKey = 0x0005,
    ValueVmk = 0x0008,
};
// Smallest sizes of the values libcryptsetup copies from without checking: a stretch key has
// its method and a 16-byte salt; an AES-CCM encrypted key its 12-byte nonce, 16-byte MAC and
// at least one byte of key.
constexpr qsizetype StretchKeyMinimumSize = EntryHeaderSize + 4 + 16;
constexpr qsizetype EncryptedKeyMinimumSize = EntryHeaderSize + 12 + 16 + 1;
constexpr qsizetype KeyMinimumSize = EntryHeaderSize + 4 + 1;

// 4967d63b-2e29-4ad8-8399-f6a339e3d001 and 92a84d3b-dd80-4d0e-9e4e-b1e3284eaed8 (EOW).
const QUuid BitLockerGuid(0x4967d63b, 0x2e29, 0x4ad8, 0x83, 0x99, 0xf6, 0xa3, 0x39, 0xe3, 0xd0, 0x01);
const QUuid EncryptOnWriteGuid(0x92a84d3b, 0xdd80, 0x4d0e, 0x9e, 0x4e, 0xb1, 0xe3, 0x28, 0x4e, 0xae, 0xd8);

// Little-endian readers that never look outside data: callers check the range first.
quint16 u16(QByteArrayView data, qsizetype at) { return qFromLittleEndian<quint16>(data.data() + at); }
quint32 u32(QByteArrayView data, qsizetype at) { return qFromLittleEndian<quint32>(data.data() + at); }
quint64 u64(QByteArrayView data, qsizetype at) { return qFromLittleEndian<quint64>(data.data() + at); }

// A Windows GUID: the first three fields little-endian, the last eight bytes as stored.
QUuid windowsGuid(QByteArrayView data, qsizetype at)
{
    const auto *b = reinterpret_cast<const uchar *>(data.data() + at);
    return QUuid(u32(data, at), u16(data, at + 4), u16(data, at + 6), b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                 b[15]);
}

QDateTime fromFileTime(quint64 fileTime)
{
    // 100-ns intervals since 1601-01-01 UTC; nonsense values give an invalid QDateTime.
    constexpr quint64 unixEpoch = 116444736000000000ULL;
    if (fileTime < unixEpoch || fileTime > unixEpoch + 10000000ULL * 60 * 60 * 24 * 365 * 500)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64((fileTime - unixEpoch) / 10000), Qt::UTC);
}

QString encryptionMethodName(quint16 code)
{
    switch (code) {
    case 0x8000: return QStringLiteral("AES-CBC 128 + Elephant diffuser");
    case 0x8001: return QStringLiteral("AES-CBC 256 + Elephant diffuser");
    case 0x8002: return QStringLiteral("AES-CBC 128");
    case 0x8003: return QStringLiteral("AES-CBC 256");
    case 0x8004: return QStringLiteral("XTS-AES 128");
    case 0x8005: return QStringLiteral("XTS-AES 256");
    default: return QStringLiteral("unknown (0x%1)").arg(code, 4, 16, QLatin1Char('0'));
    }
}

bool startsWith(QByteArrayView data, qsizetype at, const char *text, qsizetype length)
{
    return data.size() >= at + length && data.sliced(at, length) == QByteArrayView(text, length);
}

Error damaged(const QString &details)
{
    return makeError(ErrorKind::Unsupported,
                     BitLockerMetadata::tr("The BitLocker metadata of this volume is damaged and cannot be read."), details);
}

// The properties nested in a VMK entry (after its fixed part): each one inside the entry, and at
// least as large as its value kind needs (what libcryptsetup copies from without checking, for
// every protector). Entry kinds and value kinds we do not know are skipped, as cryptsetup and
// Windows skip them: a smart card or certificate protector carries such entries beside a
// recovery password, and must never make the volume "damaged". Empty when sound, else why not.
QString checkVmkProperties(QByteArrayView vmk)
{
    qsizetype at = EntryHeaderSize + VmkFixedSize;
    while (vmk.size() - at > 2) {
        if (vmk.size() - at < EntryHeaderSize)
            return QStringLiteral("truncated property header at %1 of %2").arg(at).arg(vmk.size());
        const quint16 size = u16(vmk, at);
        if (size == 0)
            break;
        const quint16 value = u16(vmk, at + 4);
        if (size < EntryHeaderSize || size > vmk.size() - at)
            return QStringLiteral("property of %1 bytes at %2 of %3").arg(size).arg(at).arg(vmk.size());
        if ((value == ValueStretchKey && size < StretchKeyMinimumSize) || (value == ValueEncryptedKey && size < EncryptedKeyMinimumSize)
            || (value == ValueKey && size < KeyMinimumSize))
            return QStringLiteral("property value %1 of only %2 bytes at %3").arg(value).arg(size).arg(at);
        if (u16(vmk, at + 2) != EntryProperty)
            log().info("BitLocker metadata: skipped an entry of kind {} inside a protector", u16(vmk, at + 2));
        at += size;
    }
    return {};
}

}  // namespace

ProtectorType BitLockerMetadata::protectorType(quint16 protection)
{
    // The high byte is a set of flags: 0x01 TPM, 0x02 startup key, 0x04 PIN.
    switch (protection) {
    case 0x0000: return ProtectorType::ClearKey;
    case 0x0100: return ProtectorType::Tpm;
    case 0x0200: return ProtectorType::StartupKey;
    case 0x0300: return ProtectorType::TpmAndStartupKey;
    case 0x0500: return ProtectorType::TpmAndPin;
    case 0x0700: return ProtectorType::TpmPinStartupKey;
    case 0x0800: return ProtectorType::RecoveryPassword;
    case 0x1000: return ProtectorType::SmartCard;
    case 0x2000: return ProtectorType::Password;
    default: return ProtectorType::Unknown;
    }
}

Result<BitLockerMetadata::VolumeHeader> BitLockerMetadata::parseVolumeHeader(QByteArrayView sector)
{
    if (sector.size() < HeaderMinimumSize)
        return makeError(ErrorKind::Unsupported, tr("This volume is too small to be a BitLocker volume."),
                         QStringLiteral("first sector has %1 bytes").arg(sector.size()));
    VolumeHeader header;
    qsizetype guidOffset = 0;
    if (startsWith(sector, 3, FveSignature, 8)) {
        guidOffset = HeaderGuidOffset;
    } else if (startsWith(sector, 3, ToGoSignature, 8)) {
        guidOffset = HeaderGuidOffsetToGo;
        header.toGo = true;
    } else {
        return makeError(ErrorKind::Unsupported, tr("This volume is not encrypted with BitLocker."),
                         QStringLiteral("no -FVE-FS- or MSWIN4.1 signature"));
    }
    if (startsWith(sector, 0, BootCodeVista, 3) && !header.toGo)
        return makeError(ErrorKind::Unsupported, tr("This volume uses the BitLocker format of Windows Vista, which is not supported."),
                         QStringLiteral("boot code eb 52 90"));
    const QUuid guid = windowsGuid(sector, guidOffset);
    if (guid == EncryptOnWriteGuid)
        header.encryptOnWrite = true;
    else if (guid != BitLockerGuid)
        return makeError(ErrorKind::Unsupported, tr("This volume is not encrypted with BitLocker."),
                         QStringLiteral("unknown BitLocker identifier %1").arg(guid.toString()));
    if (!startsWith(sector, 0, BootCodeV2, 3))
        log().warn("BitLocker volume header with unusual boot code");

    const quint16 sectorSize = u16(sector, 11);
    header.sectorSize = sectorSize == 0 ? 512 : sectorSize;
    if (header.sectorSize != 512 && header.sectorSize != 4096)
        return makeError(ErrorKind::Unsupported, tr("This BitLocker volume uses a sector size that is not supported."),
                         QStringLiteral("bytes per sector %1").arg(sectorSize));
    for (int i = 0; i < 3; ++i) {
        const quint64 offset = u64(sector, guidOffset + 16 + 8 * i);
        header.metadataOffsets[i] = offset > quint64(std::numeric_limits<qint64>::max()) ? 0 : qint64(offset);
    }
    return header;
}

Result<BitLockerInfo> BitLockerMetadata::parseMetadataBlock(QByteArrayView block)
{
    if (block.size() < EntriesStart + ValidationMinimumSize)
        return damaged(QStringLiteral("metadata block has %1 bytes").arg(block.size()));
    if (!startsWith(block, 0, FveSignature, 8))
        return damaged(QStringLiteral("no -FVE-FS- signature in the metadata block"));
    const quint16 version = u16(block, 10);
    if (version == 1)
        return makeError(ErrorKind::Unsupported, tr("This volume uses the BitLocker format of Windows Vista, which is not supported."),
                         QStringLiteral("FVE metadata version 1"));
    if (version != 2)
        return damaged(QStringLiteral("FVE metadata version %1").arg(version));

    const qsizetype blockSize = qsizetype(u16(block, 8)) * 16;
    if (blockSize < EntriesStart || blockSize + ValidationMinimumSize > block.size())
        return damaged(QStringLiteral("FVE block size %1 outside 112..%2").arg(blockSize).arg(block.size() - ValidationMinimumSize));
    const quint16 validationSize = u16(block, blockSize);
    const quint16 validationVersion = u16(block, blockSize + 2);
    const quint32 storedCrc = u32(block, blockSize + 4);
    const quint32 actualCrc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(block.data()), uInt(blockSize)));
    if (validationSize < ValidationMinimumSize || validationVersion > 2)
        return damaged(QStringLiteral("validation record size %1 version %2").arg(validationSize).arg(validationVersion));
    if (storedCrc != actualCrc)
        return damaged(QStringLiteral("CRC-32 %1, expected %2").arg(actualCrc, 8, 16, QLatin1Char('0')).arg(storedCrc, 8, 16, QLatin1Char('0')));

    const quint32 metadataSize = u32(block, BlockHeaderSize);
    if (metadataSize < MetadataHeaderSize || qint64(metadataSize) > qint64(blockSize - BlockHeaderSize))
        return damaged(QStringLiteral("metadata size %1 in a block of %2").arg(metadataSize).arg(blockSize));

    const quint16 method = u16(block, BlockHeaderSize + 36);
    if (method < 0x8000 || method > 0x8005)
        return makeError(ErrorKind::Unsupported, tr("This BitLocker volume uses an encryption method that is not supported."),
                         QStringLiteral("encryption method 0x%1").arg(method, 4, 16, QLatin1Char('0')));

    BitLockerInfo info;
    info.version = version;
    info.fullyEncrypted = u16(block, 12) == StateNormal && u16(block, 14) == StateNormal;
    info.volumeSize = qint64(qMin<quint64>(u64(block, 16), quint64(std::numeric_limits<qint64>::max())));
    info.volumeGuid = windowsGuid(block, BlockHeaderSize + 16);
    info.encryptionMethod = encryptionMethodName(u16(block, BlockHeaderSize + 36));
    info.created = fromFileTime(u64(block, BlockHeaderSize + 40));

    const qsizetype end = BlockHeaderSize + qsizetype(metadataSize);
    qsizetype at = EntriesStart;
    bool hasFvek = false;
    while (end - at >= EntryHeaderSize) {
        const quint16 entrySize = u16(block, at);
        if (entrySize == 0)
            break;
        if (entrySize < EntryHeaderSize || entrySize > end - at)
            return damaged(QStringLiteral("metadata entry of %1 bytes at %2, %3 left").arg(entrySize).arg(at).arg(end - at));
        const quint16 type = u16(block, at + 2);
        const quint16 valueType = u16(block, at + 4);
        const QByteArrayView entry = block.sliced(at, entrySize);
        if (type == EntryVmk && valueType == ValueVmk) {
            if (entrySize < EntryHeaderSize + VmkFixedSize)
                return damaged(QStringLiteral("VMK entry of %1 bytes at %2").arg(entrySize).arg(at));
            if (const QString problem = checkVmkProperties(entry); !problem.isEmpty())
                return damaged(QStringLiteral("VMK entry at %1: %2").arg(at).arg(problem));
            KeyProtector protector;
            protector.id = ProtectorId(windowsGuid(entry, EntryHeaderSize));
            protector.protection = u16(entry, EntryHeaderSize + 26);
            protector.type = protectorType(protector.protection);
            info.protectors.append(protector);
        } else if (type == EntryFvek && valueType == ValueEncryptedKey) {
            if (entrySize < EncryptedKeyMinimumSize)
                return damaged(QStringLiteral("FVEK entry of %1 bytes at %2").arg(entrySize).arg(at));
            hasFvek = true;
        } else if (type == EntryDescription && valueType == ValueString && info.description.isEmpty()) {
            QString description;
            for (qsizetype i = EntryHeaderSize; i + 2 <= entry.size() && u16(entry, i) != 0; i += 2)
                description.append(QChar(u16(entry, i)));
            info.description = description;
        }
        at += entrySize;
    }
    // Every volume Windows writes has its encrypted volume key and at least one protector (a
    // clear key while protection is suspended); without them nothing can open it.
    if (info.protectors.isEmpty() || !hasFvek)
        return damaged(QStringLiteral("%1 key protectors, %2 volume key entry").arg(info.protectors.size()).arg(hasFvek ? 1 : 0));
    return info;
}

Result<BitLockerInfo> BitLockerMetadata::read(const QString &device, qint64 offset)
{
    auto file = BlockFile::open(device);
    if (!file)
        return file.error();
    if (offset < 0 || offset >= file->size())
        return makeError(ErrorKind::Unsupported, tr("This volume is not encrypted with BitLocker."),
                         QStringLiteral("offset %1 outside %2 (%3 bytes)").arg(offset).arg(device).arg(file->size()));
    auto sector = file->readAt(offset, HeaderMinimumSize);
    if (!sector)
        return sector.error();
    auto header = parseVolumeHeader(sector.value());
    if (!header)
        return header.error();

    const qint64 volumeSpace = file->size() - offset;
    std::optional<BitLockerInfo> chosen;
    Error firstProblem;
    int damagedCopies = 0;
    for (const qint64 copyOffset : header->metadataOffsets) {
        Result<BitLockerInfo> copy = damaged(QStringLiteral("metadata offset %1 outside the volume (%2 bytes)").arg(copyOffset).arg(volumeSpace));
        if (copyOffset > 0 && copyOffset < volumeSpace - EntriesStart) {
            auto block = file->readAt(offset + copyOffset, MetadataBlockSize);
            if (!block)
                return block.error();
            copy = parseMetadataBlock(block.value());
        }
        if (!copy) {
            if (damagedCopies++ == 0)
                firstProblem = copy.error();
            log().warn("BitLocker metadata copy at {} of {}+{}: {}", copyOffset, u8(device), offset, u8(copy.error().details));
        } else if (!chosen) {
            chosen = std::move(copy.value());
        }
    }
    if (!chosen)
        return makeError(firstProblem.kind, firstProblem.message,
                         QStringLiteral("%1 at offset %2: all 3 metadata copies unusable; first: %3").arg(device).arg(offset).arg(firstProblem.details));
    chosen->sectorSize = header->sectorSize;
    chosen->toGo = header->toGo;
    chosen->encryptOnWrite = header->encryptOnWrite;
    chosen->damagedMetadataCopies = damagedCopies;
    return *chosen;
}

}  // namespace ra
