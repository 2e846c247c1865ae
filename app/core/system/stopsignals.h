// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SIGTERM, SIGINT, SIGHUP and SIGQUIT act like the Stop button: the handler only records the
// signal (async-signal-safe); the workflow polls stopRequested() between steps and between
// files, finishes or rolls back the current file, undoes the mounts in order and writes the
// case. A second signal of the same kind does not kill the process half way through a file.

#include <functional>

namespace ra::StopSignals {

// Installs the handlers (idempotent). onSignal, when given, is called later on the thread that
// runs the Qt event loop (the GUI: cancel the repair, then close the window).
void install(std::function<void(int signal)> onSignal = {});
bool stopRequested();
// The signal that asked to stop (0 when none).
int signalNumber();
// For tests and the GUI's own Stop: as if a signal had arrived.
void request(int signal);
// Fault injection for the fault suite: when RA_FAULT_PAUSE names this point, the process stops
// itself (SIGSTOP) the first time it gets there, so a test can pull the disk, send a signal, or
// delete the image, then continue it. Points: "opened", "before-delete", "remediated".
void faultPoint(const char *name);

}  // namespace ra::StopSignals
