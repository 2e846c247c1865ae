// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Derives a BitLocker volume's full-volume encryption key (FVEK) with libcryptsetup, which loads
// the BITLK metadata and tries the passphrase (recovery password or .BEK startup key) against
// every matching key protector, all without device-mapper. The derived key is then handed to
// dislocker through a private memory file (never argv), see DislockerUnlocker.

#include "domain/protectorid.h"
#include "domain/report.h"
#include "domain/result.h"
#include "domain/securebytes.h"
#include "domain/volume.h"

#include <QCoreApplication>
#include <QList>

namespace ra {

struct DerivedVolumeKey {
    SecureBytes key;     // the FVEK as libcryptsetup uses it (XTS: both halves)
    QString cipher;      // "aes"
    QString mode;        // "xts-plain64", "cbc-eboiv", "cbc-elephant"
    ProtectorId protector;  // the candidate that opened (null when all were tried at once)
    // dislocker's -k file: 2 bytes encryption method (little endian) + 64 key bytes.
    Result<SecureBytes> dislockerFvekFile() const;
};

class VolumeKeyDeriver {
    Q_DECLARE_TR_FUNCTIONS(VolumeKeyDeriver)

public:
    // device: a block device or image file whose BitLocker volume starts at byte 0.
    // candidates: the recovery-password protectors to try, in order, each alone on an
    // in-memory copy of the metadata where every other password and recovery protector is
    // masked (CRC recomputed): one key stretching per protector tried, and the one that opened
    // is known (the Key ID the ticket must name for rotation). Empty (a .BEK file): every
    // protector, as libcryptsetup tries them.
    // KeyRejected when no protector accepts the passphrase; Unsupported when the metadata is
    // damaged or of a kind libcryptsetup cannot read; DeviceGone / NeedsAdmin as they come.
    static Result<DerivedVolumeKey> derive(const QString &device, const SecureBytes &passphrase,
                                           const QList<ProtectorId> &candidates, ReportNode &report);
    // The key protectors with their GUIDs, in metadata order (from libcryptsetup's dump).
    static Result<QList<KeyProtector>> protectors(const QString &device);
    // Only loads the metadata: ok, or the same errors as derive() gives for the volume itself.
    static Status checkMetadata(const QString &device, ReportNode &report);
};

}  // namespace ra
