#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The stick launcher's config reader (cfg in stick/launch), run on its own against config.json
# files: a value that is false stays false ("poweroff": false was read as the default true, since
# jq's // treats false as missing), a missing key gives the default, null gives the default,
# strings and numbers come through. Prints "N passed, N failed".
set -u
launch=${1:?stick/launch}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cfgdir=$work
# shellcheck source=/dev/null
source <(sed -n '/^cfg() {/,/^}/p' "$launch")
passed=0 failed=0
check() {  # json key default expected
  printf '%s' "$1" >"$cfgdir/config.json"
  local got
  got=$(cfg "$2" "$3")
  if [ "$got" = "$4" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1 [$2] gave '$got', expected '$4'"; fi
}
check '{"poweroff": false}' poweroff true false
check '{"poweroff": true}' poweroff true true
check '{}' poweroff true true
check '{"poweroff": null}' poweroff true true
check '{"mode": "unattended"}' mode wizard unattended
check '{"language": "ja"}' language en ja
check '{"technician": ""}' technician "" ""
check 'not json' mode wizard wizard
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
