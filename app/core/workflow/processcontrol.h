// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every front end does at start and while it runs, whatever the command: release what a
// killed run of ours left mounted, and let SIGTERM/INT/HUP/QUIT act like Stop. The front ends'
// view of system/stopsignals.h and DiskBackend's stale-mount cleanup.

#include <functional>

namespace ra::processcontrol {

// First thing in main() of every front end: no core dumps, no ptrace by other processes of the
// user (the process may hold a recovery key). False when a call failed (it runs anyway).
bool harden();

// Unmounts and detaches what an earlier run of ours left behind (its mount folders, loop
// devices, FUSE daemons). Safe to call at every start.
void releaseStaleMounts();
// The four signals act like the Stop button: recorded only; the workflow polls them between
// steps and files. onSignal, when given, runs later on the Qt event loop's thread.
void installStopSignals(std::function<void(int signal)> onSignal = {});
bool stopRequested();
int stopSignal();  // 0 when none
// The fault suite's pause points (RA_FAULT_PAUSE): "opened", "before-delete", "remediated".
void faultPoint(const char *name);

}  // namespace ra::processcontrol
