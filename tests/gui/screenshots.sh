#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every wizard page in English and Japanese to PNG files under xvfb-run, on the screens
# technicians have: 1024x600 at 100 % (netbook), 1366x768 at 200 % (an old laptop with the scale
# raised: 683x384 logical pixels), 1920x1080 at 150 % and 2560x1440 at 200 %. Fails when a page's
# window is larger than its screen or a wizard button is outside it (gui_screenshots checks).
# Usage: tests/gui/screenshots.sh [build folder] [output folder]
#        → <output>/<width>x<height>-<scale>/{en,ja}-*.png (default output: <build>/screenshots)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
out=${2:-$build/screenshots}
if ! command -v xvfb-run >/dev/null; then
  echo "xvfb-run is missing: install the packages of scripts/deps" >&2
  exit 1
fi
[ -x "$build/tests/gui/gui_screenshots" ] || cmake --build "$build" --target gui_screenshots -j2 >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state
export XDG_CACHE_HOME=$home/cache LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
unset DBUS_SESSION_BUS_ADDRESS  # no keychain: never a prompt from a render
status=0
for screen in 1024x600:1 1366x768:2 1920x1080:1.5 2560x1440:2; do
  size=${screen%%:*} scale=${screen##*:}
  percent=$(awk "BEGIN { print int($scale * 100) }")
  dir=$out/$size-$percent
  mkdir -p "$dir"
  if ! QT_SCALE_FACTOR=$scale QT_ENABLE_HIGHDPI_SCALING=1 \
      xvfb-run -a -s "-screen 0 ${size}x24" "$build/tests/gui/gui_screenshots" "$dir"; then
    echo "FAILED on $size at $percent %" >&2
    status=1
  fi
done
echo "Screenshots in $out"
exit $status
