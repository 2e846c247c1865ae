// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One line about a volume for the disk list and the CLI: what it is, and what is known about
// it: before it is opened (BitLocker locked with Key ID …, Windows seen by the probe) or after
// it was inspected (unlocked, computer name, whether the faulty channel file is there).

#include "domain/case.h"
#include "domain/language.h"
#include "domain/volume.h"

#include <QString>

namespace ra {

// inspected: the case of this volume once it was opened and inspected, else nullptr.
QString volumeSummary(const VolumeInfo &volume, const Case *inspected, Language language);

}  // namespace ra
