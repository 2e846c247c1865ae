// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/volumechoice.h"

#include "workflow/keyexports.h"

#include <QStringList>

namespace ra {

QString VolumeChoice::partitionName(const VolumeInfo &volume)
{
    return tr("partition %1 (%2)")
        .arg(volume.partitionNumber)
        .arg(volume.kind == VolumeKind::BitLocker ? QStringLiteral("BitLocker") : QStringLiteral("NTFS"));
}

Result<int> VolumeChoice::choose(const QList<VolumeInfo> &volumes, int partition)
{
    if (partition > 0) {
        for (int i = 0; i < volumes.size(); ++i)
            if (volumes[i].partitionNumber == partition)
                return i;
        return makeError(ErrorKind::BadInput, tr("There is no partition %1 on this target.").arg(partition));
    }
    const QList<int> candidates = windowsCandidates(volumes);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty()) {
        for (int i = 0; i < volumes.size(); ++i)
            if (volumes[i].kind == VolumeKind::Folder)
                return i;
        for (const VolumeInfo &v : volumes)
            if (v.kind == VolumeKind::Ntfs)
                return makeError(ErrorKind::NoWindows,
                                 tr("No Windows installation was found on this target: it has only Recovery or System Reserved partitions."));
        return makeError(ErrorKind::Unsupported, tr("No BitLocker or NTFS volume was found on this target."));
    }
    QStringList listed;
    for (const int i : candidates)
        listed << partitionName(volumes[i]);
    return makeError(ErrorKind::BadInput,
                     tr("This disk has several volumes that may hold Windows: %1. Choose one.").arg(listed.join(QStringLiteral(", "))));
}

QList<int> VolumeChoice::everyCandidate(const QList<VolumeInfo> &volumes)
{
    QStringList targets;
    QList<QList<int>> byTarget;
    for (int i = 0; i < volumes.size(); ++i) {
        qsizetype t = targets.indexOf(volumes[i].target);
        if (t < 0) {
            targets.append(volumes[i].target);
            byTarget.append(QList<int>());
            t = targets.size() - 1;
        }
        byTarget[t].append(i);
    }
    QList<int> result;
    for (const QList<int> &indexes : std::as_const(byTarget)) {
        QList<VolumeInfo> own;
        for (int i : indexes)
            own.append(volumes[i]);
        for (int w : windowsCandidates(own))
            result.append(indexes[w]);
    }
    return result;
}

QList<int> VolumeChoice::onePerTarget(const QList<VolumeInfo> &volumes)
{
    const QList<int> every = everyCandidate(volumes);
    QList<int> result;
    for (int i : every) {
        int sameTarget = 0;
        for (int j : every)
            sameTarget += volumes[j].target == volumes[i].target;
        if (sameTarget == 1)
            result.append(i);
    }
    return result;
}

bool VolumeChoice::keyLoaded(const VolumeInfo &volume, const KeyExports *exports)
{
    if (volume.kind != VolumeKind::BitLocker)
        return true;
    if (volume.bitlocker && volume.bitlocker->hasClearKey())
        return true;
    return volume.bitlocker && exports && !exports->keysFor(volume.bitlocker->recoveryIds()).isEmpty();
}

}  // namespace ra
