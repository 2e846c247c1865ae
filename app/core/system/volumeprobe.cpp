#include "volumeprobe.h"

namespace ra {

// Placeholder until the disk layer lands: reports that probing is not available.
Result<QList<VolumeInfo>> VolumeProbe::probe(const QStringList &targets)
{
    QList<VolumeInfo> all;
    for (const QString &t : targets) {
        auto r = probeTarget(t);
        if (!r)
            return r.error();
        all += r.value();
    }
    return all;
}

Result<QList<VolumeInfo>> VolumeProbe::probeTarget(const QString &target)
{
    return makeError(ErrorKind::Unsupported, tr("Disks and disk images cannot be opened yet."), target);
}

}  // namespace ra
