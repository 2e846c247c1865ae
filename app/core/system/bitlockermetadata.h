#pragma once
// Reads the BitLocker volume header and FVE metadata of a volume: version, encryption method,
// sector size, volume GUID and every key protector with its GUID (the Key IDs). Untrusted
// input: every read is bounded.

#include "volume.h"

#include <QCoreApplication>

namespace ra {

class BitLockerMetadata {
    Q_DECLARE_TR_FUNCTIONS(BitLockerMetadata)

public:
    // device: block device or image file; offset: where the volume starts inside it.
    static Result<BitLockerInfo> read(const QString &device, qint64 offset = 0);
};

}  // namespace ra
