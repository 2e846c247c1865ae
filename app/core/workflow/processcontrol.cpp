// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/processcontrol.h"

#include "system/disk/diskbackend.h"
#include "system/processhardening.h"
#include "system/stopsignals.h"

namespace ra::processcontrol {

void releaseStaleMounts()
{
    DiskBackend::releaseStaleMounts();
}

void installStopSignals(std::function<void(int signal)> onSignal)
{
    StopSignals::install(std::move(onSignal));
}

bool stopRequested()
{
    return StopSignals::stopRequested();
}

int stopSignal()
{
    return StopSignals::signalNumber();
}

bool harden()
{
    return disableCoreDumps();
}

void faultPoint(const char *name)
{
    StopSignals::faultPoint(name);
}

}  // namespace ra::processcontrol
