#pragma once
// The CLI's commands over RecoverySession. Each returns the process exit code.

#include "domain/result.h"

#include <QStringList>

namespace ra::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitKeyRejected = 3,
    ExitUnsupported = 4,
    ExitReadOnly = 5,
    ExitNeedsAdmin = 6,
};

ExitCode exitCodeFor(ErrorKind kind);
// Parses the global options (--lang, --log-level), sets up logging and translation, dispatches.
int run(const QStringList &arguments);

}  // namespace ra::cli
