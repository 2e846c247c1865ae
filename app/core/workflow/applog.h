// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The front ends' view of the log (system/logging.h behind it): start it, and note a detail
// that is not for the screen. Never pass a recovery key or text from a key field or export.

#include <QString>

namespace ra::applog {

// level: trace|debug|info|warn|error|off; empty: RA_LOG_LEVEL or info. alsoStderr: the CLI.
void init(const QString &level = {}, bool alsoStderr = false);
void info(const QString &text);
void warning(const QString &text);

}  // namespace ra::applog
