// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CLI's commands, one file each (checkkeycommand.cpp, scancommand.cpp, fixcommand.cpp,
// escrowcommand.cpp). Each takes its arguments without the command word's position and returns
// the process exit code (clioutput.h). A new command: a file here, a line in run() (cli.cpp).

#include <QStringList>

namespace ra::cli {

int cmdCheckKey(const QStringList &args);
int cmdScan(const QStringList &args);
int cmdFix(const QStringList &args);
// args are the words after "escrow".
int cmdEscrow(const QStringList &args);
int cmdGuide(const QStringList &args);
// args are the words after "cases".
int cmdCases(const QStringList &args);

// Parses the global options (--lang, --log-level), sets up logging and translation, dispatches.
int run(const QStringList &arguments);

}  // namespace ra::cli
