// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskimages.h"

#include "testvolumes.h"

#include "domain/report.h"
#include "system/externalcommand.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace ra::test {

namespace {

constexpr qint64 Alignment = 1 << 20;

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putLe(QByteArray &buf, int at, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        buf[at + i] = char((value >> (8 * i)) & 0xff);
}

// GPT stores GUIDs with the first three fields little-endian.
QByteArray guidBytes(const QUuid &id)
{
    QByteArray b(16, 0);
    putLe(b, 0, id.data1, 4);
    putLe(b, 4, id.data2, 2);
    putLe(b, 6, id.data3, 2);
    for (int i = 0; i < 8; ++i)
        b[8 + i] = char(id.data4[i]);
    return b;
}

QByteArray gptHeader(int sector, quint64 current, quint64 backup, quint64 firstUsable, quint64 lastUsable, quint64 entriesLba,
                     const QUuid &diskGuid, quint32 entriesCrc)
{
    QByteArray h(sector, 0);
    h.replace(0, 8, "EFI PART");
    putLe(h, 8, 0x00010000, 4);
    putLe(h, 12, 92, 4);
    putLe(h, 24, current, 8);
    putLe(h, 32, backup, 8);
    putLe(h, 40, firstUsable, 8);
    putLe(h, 48, lastUsable, 8);
    h.replace(56, 16, guidBytes(diskGuid));
    putLe(h, 72, entriesLba, 8);
    putLe(h, 80, 128, 4);
    putLe(h, 84, 128, 4);
    putLe(h, 88, entriesCrc, 4);
    putLe(h, 16, crc32(h.left(92)), 4);
    return h;
}

bool copyInto(QFile &out, const QString &content, qint64 at)
{
    QFile in(content);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray zeros(1 << 16, 0);
    qint64 pos = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty())
            return false;
        if (chunk != zeros.left(chunk.size()) && (!out.seek(at + pos) || out.write(chunk) != chunk.size()))
            return false;
        pos += chunk.size();
    }
    return true;
}

}  // namespace

Result<QString> buildDiskImage(const QString &path, const QString &table, int sector, const QList<PartitionSpec> &parts,
                               QList<qint64> *offsets)
{
    QList<qint64> starts;
    QList<qint64> sizes;
    qint64 next = Alignment;
    for (const PartitionSpec &p : parts) {
        const qint64 size = p.size > 0 ? p.size : QFileInfo(p.content).size();
        if (size <= 0 || size % sector != 0)
            return makeError(ErrorKind::BadInput, QStringLiteral("partition size %1 is not a multiple of %2").arg(size).arg(sector));
        starts << next;
        sizes << size;
        next += (size + Alignment - 1) / Alignment * Alignment;
    }
    const qint64 total = next + Alignment;  // room for the backup GPT
    const quint64 lastLba = quint64(total / sector - 1);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || !out.resize(total))
        return makeError(ErrorKind::Failed, QStringLiteral("cannot write %1").arg(path));

    QByteArray mbr(512, 0);
    mbr[510] = char(0x55);
    mbr[511] = char(0xaa);
    if (table == QLatin1String("gpt")) {
        mbr[446 + 4] = char(0xee);
        putLe(mbr, 446 + 8, 1, 4);
        putLe(mbr, 446 + 12, qMin<quint64>(lastLba, 0xffffffffu), 4);
        QByteArray entries(128 * 128, 0);
        for (int i = 0; i < parts.size(); ++i) {
            const int at = 128 * i;
            entries.replace(at, 16, guidBytes(QUuid::fromString(parts[i].gptType)));
            entries.replace(at + 16, 16, guidBytes(QUuid::createUuid()));
            putLe(entries, at + 32, quint64(starts[i] / sector), 8);
            putLe(entries, at + 40, quint64((starts[i] + sizes[i]) / sector - 1), 8);
            for (int c = 0; c < parts[i].name.size() && c < 36; ++c)
                putLe(entries, at + 56 + 2 * c, parts[i].name.at(c).unicode(), 2);
        }
        const quint32 entriesCrc = crc32(entries);
        const qint64 entrySectors = entries.size() / sector;
        const QUuid disk = QUuid::createUuid();
        const quint64 firstUsable = quint64(2 + entrySectors);
        const quint64 lastUsable = lastLba - quint64(entrySectors) - 1;
        out.seek(0);
        out.write(mbr);
        out.seek(sector);
        out.write(gptHeader(sector, 1, lastLba, firstUsable, lastUsable, 2, disk, entriesCrc));
        out.seek(2 * sector);
        out.write(entries);
        out.seek(qint64(lastLba - quint64(entrySectors)) * sector);
        out.write(entries);
        out.seek(qint64(lastLba) * sector);
        out.write(gptHeader(sector, lastLba, 1, firstUsable, lastUsable, lastLba - quint64(entrySectors), disk, entriesCrc));
    } else {
        putLe(mbr, 440, 0x52413239, 4);  // disk signature
        for (int i = 0; i < parts.size() && i < 4; ++i) {
            const int at = 446 + 16 * i;
            mbr[at] = char(i == 0 ? 0x80 : 0x00);
            mbr[at + 4] = char(parts[i].mbrType);
            putLe(mbr, at + 8, quint64(starts[i] / sector), 4);
            putLe(mbr, at + 12, quint64(sizes[i] / sector), 4);
        }
        out.seek(0);
        out.write(mbr);
    }
    for (int i = 0; i < parts.size(); ++i)
        if (!parts[i].content.isEmpty() && !copyInto(out, parts[i].content, starts[i]))
            return makeError(ErrorKind::Failed, QStringLiteral("cannot copy %1 into %2").arg(parts[i].content, path));
    if (offsets)
        *offsets = starts;
    return path;
}

Result<QString> plainNtfsVolume(const QString &path, qint64 size, const QString &label)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.resize(size))
        return makeError(ErrorKind::Failed, QStringLiteral("cannot create %1").arg(path));
    file.close();
    TestVolumes::unavailableReason();  // allows the test tools (mkntfs)
    ReportNode report;
    ExternalCommand mkntfs(QStringLiteral("mkntfs"), {QStringLiteral("-F"), QStringLiteral("-f"), QStringLiteral("-Q"), QStringLiteral("-s"),
                                                      QStringLiteral("512"), QStringLiteral("-L"), label, path});
    mkntfs.setTimeout(120000);
    auto ran = mkntfs.run(report);
    if (!ran || ran->exitCode != 0)
        return makeError(ErrorKind::Failed, QStringLiteral("mkntfs %1 failed").arg(path), report.toText());
    return path;
}

}  // namespace ra::test
