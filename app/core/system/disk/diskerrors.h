// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sentences that several parts of the disk layer report the same way.

#include "domain/result.h"

#include <QCoreApplication>

#include <optional>

namespace ra {

class DiskErrors {
    Q_DECLARE_TR_FUNCTIONS(DiskErrors)

public:
    // DeviceGone: the device or image is not there (any more).
    static Error deviceGone(const QString &details);
    // NeedsAdmin when this user may not read path (or reach it), as one sentence; nullopt when
    // that is not why path cannot be used.
    static std::optional<Error> permissionDenied(const QString &path);
    static Error permissionDeniedError(const QString &path, const QString &details);
    // Failed: a private (0700) folder under the runtime directory could not be made.
    static Error privateFolder(const QString &dir);
};

}  // namespace ra
