// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/diskerrors.h"

namespace ra {

Error DiskErrors::deviceGone(const QString &details)
{
    return makeError(ErrorKind::DeviceGone, tr("The drive is no longer there: it was disconnected or removed."), details);
}

Error DiskErrors::privateFolder(const QString &dir)
{
    return makeError(ErrorKind::Failed, tr("The program's private folder for the drive could not be created."), dir);
}

}  // namespace ra
