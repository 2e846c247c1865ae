#include "bitlockermetadata.h"

namespace ra {

Result<BitLockerInfo> BitLockerMetadata::read(const QString &device, qint64 offset)
{
    return makeError(ErrorKind::Unsupported, tr("BitLocker metadata cannot be read yet."),
                     QStringLiteral("%1@%2").arg(device).arg(offset));
}

}  // namespace ra
