// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a locked BitLocker volume into a decrypted block view (a file or device node) that an
// NTFS driver can mount, and locks it again. Backends: DislockerUnlocker (FUSE, works
// everywhere), CryptsetupUnlocker (device-mapper, only where the kernel offers it).

#include "domain/report.h"
#include "domain/result.h"
#include "domain/volume.h"

#include <QString>

#include <optional>

namespace ra {

struct UnlockRequest {
    QString device;                      // block device or image file; the volume starts at byte 0
    UnlockMaterial material;             // recovery key, .BEK file, or none (clear key), and its source
    QString workDir;                     // private (0700) directory the unlocker may mount in
    bool readOnly = false;
    std::optional<BitLockerInfo> info;   // protectors, for messages naming Key IDs
};

struct UnlockedVolume {
    QString decryptedPath;   // the plain NTFS volume (dislocker-file, /dev/mapper/…)
    QString mountPoint;      // the unlocker's own mount (FUSE), empty for device-mapper
    QString mapperName;      // device-mapper name, empty for FUSE
    qint64 daemonPid = 0;    // FUSE daemon serving mountPoint
    ProtectorId usedProtector;
};

class Unlocker {
public:
    virtual ~Unlocker() = default;
    virtual QString name() const = 0;
    // Ok when this backend can work on this computer; otherwise why not (ToolMissing, Unsupported).
    virtual Status availability() const = 0;
    virtual Result<UnlockedVolume> unlock(const UnlockRequest &request, ReportNode &report) = 0;
    // Undoes unlock(); everything mounted above decryptedPath must be unmounted first.
    virtual Status lock(const UnlockedVolume &volume, ReportNode &report) = 0;
};

}  // namespace ra
