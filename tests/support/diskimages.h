// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whole-disk images as Windows lays them out: a GPT or MBR partition table in 512- or
// 4096-byte sectors, partitions at 1 MiB boundaries, each filled (sparse) from a file or left
// empty. Also small plain NTFS volumes (mkntfs) for Recovery and System Reserved partitions.

#include "domain/result.h"

#include <QList>
#include <QString>

namespace ra::test {

struct PartitionSpec {
    QString content;        // a file copied into the partition (holes stay holes); empty: zeros
    qint64 size = 0;        // bytes; 0: the content's size
    QString gptType;        // GPT partition type GUID
    int mbrType = 0x07;     // MBR partition type
    QString name;           // GPT partition name

    static QString basicData() { return QStringLiteral("ebd0a0a2-b9e5-4433-87c0-68b6b72699c7"); }
    static QString recovery() { return QStringLiteral("de94bba4-06d1-4d40-a16a-bfd50179d6ac"); }
    static QString efiSystem() { return QStringLiteral("c12a7328-f81f-11d2-ba4b-00a0c93ec93b"); }
    static QString msr() { return QStringLiteral("e3c9e316-0b5c-4db8-817d-f92df00215ae"); }
};

// Writes the disk image at path. table: "gpt" or "dos". offsets: the byte offset of each
// partition, in order.
Result<QString> buildDiskImage(const QString &path, const QString &table, int sectorSize, const QList<PartitionSpec> &parts,
                               QList<qint64> *offsets = nullptr);
// A plain NTFS volume of size bytes in a new file (mkntfs), labelled label.
Result<QString> plainNtfsVolume(const QString &path, qint64 size, const QString &label);

}  // namespace ra::test
