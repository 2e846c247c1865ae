// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery key passes through the memory of the wizard, the CLI and the isolated key
// helper: no core dump may carry it to disk, and no other process of the same user may attach
// to ours (ptrace) or read /proc/<pid>/mem. The one place that does it, for all three.

namespace ra {

// setrlimit(RLIMIT_CORE, 0) and prctl(PR_SET_DUMPABLE, 0). Call first thing in main().
// False when either call failed (the process then runs anyway).
bool disableCoreDumps();

}  // namespace ra
