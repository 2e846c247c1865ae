// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the tool keeps its files. Qt 6.4 has no QStandardPaths::StateLocation (added in 6.7),
// so the XDG state directory is computed here by the XDG Base Directory rules.

#include <QString>

namespace ra::AppDirs {

// $XDG_STATE_HOME/recovery-assistant (default ~/.local/state/recovery-assistant)
QString stateDir();
// stateDir()/logs
QString logDir();
// $XDG_DATA_HOME/recovery-assistant (QStandardPaths::GenericDataLocation), holds cases/
QString dataDir();
// dataDir()/cases
QString casesDir();
// $XDG_RUNTIME_DIR/recovery-assistant (or a private /tmp fallback): mount points, key pipes, locks
QString runtimeDir();
// Creates dir and parents with owner-only permissions (0700); false if it cannot.
bool makePrivateDir(const QString &dir);

}  // namespace ra::AppDirs
