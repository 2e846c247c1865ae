// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BitLocker through the kernel's device-mapper (libcryptsetup activation, /dev/mapper/<name>).
// Only where device-mapper exists: availability() says "unavailable here" clearly otherwise, and
// DiskBackend then uses DislockerUnlocker. Clear-key volumes are not supported by cryptsetup.

#include "system/disk/unlocker.h"

#include <QCoreApplication>

namespace ra {

class CryptsetupUnlocker : public Unlocker {
    Q_DECLARE_TR_FUNCTIONS(CryptsetupUnlocker)

public:
    QString name() const override { return QStringLiteral("cryptsetup"); }
    Status availability() const override;
    Result<UnlockedVolume> unlock(const UnlockRequest &request, ReportNode &report) override;
    Status lock(const UnlockedVolume &volume, ReportNode &report) override;

    // /dev/mapper/control present and "device-mapper" registered in /proc/misc.
    static bool deviceMapperPresent();
};

}  // namespace ra
