// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The inspection of an opened volume: find the Windows installation and the playbook's files
// (regular files only, within the playbook's size limit), and read the offline registry for the
// computer name and Windows version. Adds its steps to the case report; never changes the disk.

#include "domain/playbook.h"
#include "domain/report.h"
#include "domain/result.h"
#include "domain/windowsfacts.h"
#include "system/volumebackend.h"
#include "system/volumes/channelfilescanner.h"

#include <QCoreApplication>

namespace ra {

struct Inspection {
    ScanResult scan;
    WindowsFacts windows;
};

class VolumeInspection {
    Q_DECLARE_TR_FUNCTIONS(VolumeInspection)

public:
    static Result<Inspection> run(const Playbook &playbook, const Mount &mount, Report &report);
};

}  // namespace ra
