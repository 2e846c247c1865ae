// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// fix with several targets (or --all-disks / --jobs): the unattended batch (workflow/BatchRun)
// with a live line per target on a terminal, plain lines otherwise, a summary table or --json,
// and one exit code: 0 all fixed or not affected, 10 some not fixed, 11 none fixed, 9 stopped.

#include "keyoptions.h"

#include "workflow/batchrun.h"

namespace ra::cli {

struct BatchCli {
    QStringList targets;
    bool allDisks = false;
    bool everyVolume = false;  // each volume that can hold Windows is its own item (the stick)
    bool json = false;
    BatchOptions options;
};

int runBatchFix(const QCommandLineParser &parser, const KeyOptions &keys, BatchCli cli);

}  // namespace ra::cli
