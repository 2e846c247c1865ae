// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which volume of a target holds Windows, decided once for every route (fix, the batch, the
// wizard's detect and several-disks pages, the stick). The sentences are the user's words and
// never name a CLI option: the CLI adds its own hint (--partition N) to them.

#include "domain/result.h"
#include "domain/volume.h"

#include <QCoreApplication>
#include <QList>

namespace ra {

class KeyExports;

class VolumeChoice {
    Q_DECLARE_TR_FUNCTIONS(VolumeChoice)

public:
    // The volume to open: partition N when given (> 0), else the one volume that can hold
    // Windows (windowsCandidates()), else a folder target. Errors: no such partition (BadInput),
    // several candidates (BadInput, naming them), only Recovery/System Reserved NTFS (NoWindows),
    // nothing BitLocker or NTFS (Unsupported).
    static Result<int> choose(const QList<VolumeInfo> &volumes, int partition = 0);
    // Every volume that can hold Windows, on every target (the stick: several per disk).
    static QList<int> everyCandidate(const QList<VolumeInfo> &volumes);
    // Per target, the one volume that holds Windows (targets with none or several are left out).
    static QList<int> onePerTarget(const QList<VolumeInfo> &volumes);
    // Whether the loaded exports hold a key for this volume (by its Key IDs), or it needs none.
    static bool keyLoaded(const VolumeInfo &volume, const KeyExports *exports);
    // "partition 3 (BitLocker)" — how a volume of a disk is named in a choice.
    static QString partitionName(const VolumeInfo &volume);
};

}  // namespace ra
