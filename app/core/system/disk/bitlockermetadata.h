// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the BitLocker volume header and FVE metadata of a volume: version, encryption method,
// sector size, volume GUID and every key protector with its GUID (the Key IDs). Untrusted
// input: every length and offset is checked against the buffer it points into.
//
// Of the three metadata copies the first one whose CRC-32 matches is used (as Windows and
// cryptsetup >= 2.7 do); BitLockerInfo::damagedMetadataCopies counts the ones skipped. Only
// when no copy is intact is the volume reported as damaged.

#include "domain/volume.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace ra {

class BitLockerMetadata {
    Q_DECLARE_TR_FUNCTIONS(BitLockerMetadata)

public:
    static constexpr qint64 MetadataBlockSize = 64 * 1024;

    // device: block device or image file; offset: where the volume starts inside it.
    // Errors: NotFound (no such file), NeedsAdmin (permission denied), DeviceGone (read error,
    // the device vanished), Unsupported (not BitLocker, Windows Vista format, damaged metadata).
    static Result<BitLockerInfo> read(const QString &device, qint64 offset = 0);

    // The pieces of read(), public for tests and fuzzing; no I/O.
    struct VolumeHeader {
        int sectorSize = 512;
        bool toGo = false;
        bool encryptOnWrite = false;
        qint64 metadataOffsets[3] = {0, 0, 0};  // relative to the start of the volume
    };
    // The first sector (at least 512 bytes) of the volume.
    static Result<VolumeHeader> parseVolumeHeader(QByteArrayView firstSector);
    // One FVE metadata block (up to MetadataBlockSize bytes, starting at "-FVE-FS-"), checksum
    // included. Fills everything but the fields that come from the volume header.
    static Result<BitLockerInfo> parseMetadataBlock(QByteArrayView block);
    // Maps the on-disk protection code of a VMK entry (0x0800 = recovery password, …).
    static ProtectorType protectorType(quint16 protection);
};

}  // namespace ra
