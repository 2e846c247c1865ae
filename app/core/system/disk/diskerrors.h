// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sentences that several parts of the disk layer report the same way.

#include "domain/result.h"

#include <QCoreApplication>

namespace ra {

class DiskErrors {
    Q_DECLARE_TR_FUNCTIONS(DiskErrors)

public:
    // DeviceGone: the device or image is not there (any more).
    static Error deviceGone(const QString &details);
    // Failed: a private (0700) folder under the runtime directory could not be made.
    static Error privateFolder(const QString &dir);
};

}  // namespace ra
