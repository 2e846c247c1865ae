// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A loop device over part of an image file or disk (losetup --offset --sizelimit), for volumes
// that do not start at byte 0: libcryptsetup and ntfs-3g both need the volume at offset 0.

#include "domain/report.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace ra {

class LoopDevice {
    Q_DECLARE_TR_FUNCTIONS(LoopDevice)

public:
    // The new device node (/dev/loopN).
    static Result<QString> attach(const QString &backing, qint64 offset, qint64 size, bool readOnly, ReportNode &report);
    static Status detach(const QString &device, ReportNode &report);
    // The file or device behind a loop device ("(deleted)" suffix removed); empty if none.
    static QString backingFile(const QString &device, bool *deleted = nullptr);
};

}  // namespace ra
