// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// spdlog setup: a rotating file under the XDG state directory, level from --log-level or
// RA_LOG_LEVEL. Core code logs through ra::log(); never log a RecoveryKey (it cannot be
// formatted) nor any text that came from a key field or escrow file.

#include <spdlog/spdlog.h>

#include <QString>

namespace ra::logging {

struct Options {
    QString level;              // trace|debug|info|warn|error|off; empty: RA_LOG_LEVEL or info
    bool alsoStderr = false;    // the CLI with --verbose or --log-level: the log also on stderr
    QString directory;          // empty: AppDirs::logDir()
};

// Safe to call more than once; the last call wins. Never throws.
void init(const Options &options);
// The log file in use (empty when the file could not be opened).
QString logFilePath();
std::shared_ptr<spdlog::logger> logger();

}  // namespace ra::logging

namespace ra {
inline spdlog::logger &log() { return *logging::logger(); }
// spdlog/fmt take std::string; this keeps call sites short: log().info("x {}", u8(str)).
inline std::string u8(const QString &text) { return text.toStdString(); }
}  // namespace ra
