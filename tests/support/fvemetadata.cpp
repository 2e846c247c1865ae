// SPDX-License-Identifier: GPL-3.0-or-later
#include "fvemetadata.h"

#include <QFile>
#include <QtEndian>

#include <zlib.h>

namespace ra::test {

namespace {

constexpr qsizetype MetadataSizeAt = 64;       // u32, and its copy at 76
constexpr qsizetype MetadataSizeCopyAt = 76;
constexpr qsizetype EntriesStart = 112;
constexpr qsizetype ValidationTail = 8 + 0x50;  // validation record and the data that follows it

void putWindowsGuid(char *at, const QUuid &guid)
{
    qToLittleEndian<quint32>(guid.data1, at);
    qToLittleEndian<quint16>(guid.data2, at + 4);
    qToLittleEndian<quint16>(guid.data3, at + 6);
    for (int i = 0; i < 8; ++i)
        at[8 + i] = char(guid.data4[i]);
}

}  // namespace

QList<qint64> FveMetadata::copyOffsets(const QString &image)
{
    QFile file(image);
    QList<qint64> offsets;
    if (!file.open(QIODevice::ReadOnly) || !file.seek(176))
        return offsets;
    const QByteArray header = file.read(24);
    for (int i = 0; i + 8 <= header.size(); i += 8)
        offsets.append(qFromLittleEndian<qint64>(header.constData() + i));
    return offsets;
}

bool FveMetadata::editCopies(const QString &image, const std::function<void(QByteArray &, int)> &edit)
{
    const QList<qint64> offsets = copyOffsets(image);
    QFile file(image);
    if (offsets.size() != 3 || !file.open(QIODevice::ReadWrite))
        return false;
    for (int i = 0; i < 3; ++i) {
        if (!file.seek(offsets[i]))
            return false;
        QByteArray block = file.read(BlockSize);
        if (block.size() != BlockSize)
            return false;
        edit(block, i);
        if (!file.seek(offsets[i]) || file.write(block.left(BlockSize)) != qMin(block.size(), BlockSize))
            return false;
    }
    return file.flush();
}

QByteArray FveMetadata::entry(quint16 type, quint16 valueType, const QByteArray &payload)
{
    QByteArray e(8, '\0');
    e.append(payload);
    while (e.size() % 4)
        e.append('\0');
    qToLittleEndian<quint16>(quint16(e.size()), e.data());
    qToLittleEndian<quint16>(type, e.data() + 2);
    qToLittleEndian<quint16>(valueType, e.data() + 4);
    qToLittleEndian<quint16>(1, e.data() + 6);
    return e;
}

QByteArray FveMetadata::vmk(const QUuid &guid, quint16 protection, const QList<QByteArray> &nested)
{
    QByteArray fixed(28, '\0');
    putWindowsGuid(fixed.data(), guid);
    qToLittleEndian<quint64>(133660000000000000ULL, fixed.data() + 16);  // 2024-07-19
    qToLittleEndian<quint16>(protection, fixed.data() + 26);
    for (const QByteArray &n : nested)
        fixed.append(n);
    return entry(0x0002, 0x0008, fixed);
}

bool FveMetadata::appendEntries(QByteArray &block, const QByteArray &entries)
{
    const qsizetype oldBlockSize = qsizetype(qFromLittleEndian<quint16>(block.constData() + 8)) * 16;
    const quint32 metadataSize = qFromLittleEndian<quint32>(block.constData() + MetadataSizeAt);
    const qsizetype end = MetadataSizeAt + qsizetype(metadataSize);
    if (oldBlockSize < EntriesStart || end > oldBlockSize || oldBlockSize + ValidationTail > block.size())
        return false;
    const QByteArray tail = block.mid(oldBlockSize, ValidationTail);
    const quint32 newMetadataSize = metadataSize + quint32(entries.size());
    const qsizetype newBlockSize = (MetadataSizeAt + qsizetype(newMetadataSize) + 15) / 16 * 16;
    if (newBlockSize + ValidationTail > block.size() || newBlockSize / 16 > 0xffff)
        return false;
    // Clear the old record and everything up to the new one, then lay the parts down.
    block.replace(end, oldBlockSize + ValidationTail - end, QByteArray(oldBlockSize + ValidationTail - end, '\0'));
    block.replace(end, entries.size(), entries);
    block.replace(newBlockSize, tail.size(), tail);
    block.resize(BlockSize);
    qToLittleEndian<quint32>(newMetadataSize, block.data() + MetadataSizeAt);
    qToLittleEndian<quint32>(newMetadataSize, block.data() + MetadataSizeCopyAt);
    qToLittleEndian<quint16>(quint16(newBlockSize / 16), block.data() + 8);
    fixChecksum(block);
    return true;
}

void FveMetadata::fixChecksum(QByteArray &block)
{
    const qsizetype size = qsizetype(qFromLittleEndian<quint16>(block.constData() + 8)) * 16;
    if (size < EntriesStart || size + 8 > block.size())
        return;
    const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(block.constData()), uInt(size)));
    qToLittleEndian(crc, block.data() + size + 4);
}

QUuid FveMetadata::smartCardGuid()
{
    return QUuid(0x5c0c4a2d, 0x1291, 0x4f19, 0x90, 0x07, 0x19, 0x07, 0x20, 0x24, 0x02, 0x91);
}

QUuid FveMetadata::unknownGuid()
{
    return QUuid(0x7e57da7a, 0x0000, 0x4000, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00);
}

QByteArray FveMetadata::foreignEntries()
{
    QByteArray name;
    for (const QChar c : QStringLiteral("Smart card"))
        name.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    name.append(2, '\0');
    const QByteArray encrypted = QByteArray(12, '\x11') + QByteArray(16, '\x22') + QByteArray(44, '\x33');
    const QList<QByteArray> smartCard = {
        FveMetadata::entry(0x0000, 0x0002, name),                       // its name
        FveMetadata::entry(0x0014, 0x0013, QByteArray(40, '\x5a')),     // entry and value kinds nobody knows
        FveMetadata::entry(0x0000, 0x0005, encrypted),                  // the VMK, encrypted (AES-CCM)
        FveMetadata::entry(0x0000, 0x001c, QByteArray(300, '\x01')),    // a certificate-like blob, unknown value
    };
    const QList<QByteArray> unknown = {FveMetadata::entry(0x0000, 0x0005, encrypted),
                                       FveMetadata::entry(0x0009, 0x0021, QByteArray(16, '\x07'))};
    return vmk(smartCardGuid(), 0x1000, smartCard) + vmk(unknownGuid(), 0x4000, unknown)
        + FveMetadata::entry(0x0031, 0x0042, QByteArray(24, '\x42'));
}

}  // namespace ra::test
