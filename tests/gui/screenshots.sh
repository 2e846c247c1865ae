#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every wizard page in English and Japanese to PNG files under xvfb-run: on a 1366x768
# screen at 100 %, and at 200 % scaling (QT_SCALE_FACTOR=2) on a 2732x1536 screen (the same
# 1366x768 logical pixels, as on a high-DPI laptop).
# Usage: tests/gui/screenshots.sh [build folder]   → <build>/screenshots/{100,200}/*.png
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
cmake --build "$build" --target gui_screenshots -j2 >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state
export XDG_CACHE_HOME=$home/cache LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/gui/gui_screenshots" "$build/screenshots/100"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2732x1536x24" "$build/tests/gui/gui_screenshots" "$build/screenshots/200"
echo "Screenshots in $build/screenshots"
