// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Crafted BitLocker FVE metadata for tests: entries added to a real block (sizes, the validation
// record and the CRC-32 kept consistent, as Windows writes them), and the three copies of an
// image read and written back. Used for protectors we have no Windows-made image of (smart
// card, kinds Windows may add later) and for the table of damaged-metadata mutations.

#include <QByteArray>
#include <QList>
#include <QUuid>

#include <functional>

namespace ra::test {

class FveMetadata {
public:
    static constexpr qsizetype BlockSize = 64 * 1024;

    // The byte offsets of the three copies (read from the volume header at 176).
    static QList<qint64> copyOffsets(const QString &image);
    // Calls edit on each copy's 64 KiB block (copy 0, 1, 2) and writes the result back.
    static bool editCopies(const QString &image, const std::function<void(QByteArray &block, int copy)> &edit);

    // One entry: size, type, value type, version 1, then payload (padded to 4 bytes).
    static QByteArray entry(quint16 type, quint16 valueType, const QByteArray &payload);
    // A VMK entry (type 2, value 8) for a protector: GUID, time, protection code, nested entries.
    static QByteArray vmk(const QUuid &guid, quint16 protection, const QList<QByteArray> &nested);
    // Appends entries after the last one: metadata size (both fields), block size and the
    // validation record's place follow; the CRC-32 is repaired.
    static bool appendEntries(QByteArray &block, const QByteArray &entries);
    // The CRC-32 of the block over its block size, written into the validation record.
    static void fixChecksum(QByteArray &block);
    // A smart card protector (0x1000) with an entry kind and a value kind no parser knows, a
    // protector of an unknown kind (0x4000), and a top-level entry of an unknown kind.
    static QByteArray foreignEntries();
    static QUuid smartCardGuid();
    static QUuid unknownGuid();
};

}  // namespace ra::test
