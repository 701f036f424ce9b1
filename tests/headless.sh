#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# headless.sh COMMAND [ARG...]
#
# Runs COMMAND in a private Xvfb display. Xvfb picks a free display number
# itself and reports it on a file descriptor (-displayfd), so any number of
# these can run side by side, as meson test does.
set -eu

# Where there is no Xvfb (a Flatpak build sandbox), tests that need a
# display are skipped, unless the caller requires them (build-aux/dev does).
if ! command -v Xvfb >/dev/null 2>&1; then
  if [ "${DS_REQUIRE_DISPLAY:-}" = 1 ]; then
    echo "headless.sh: Xvfb is not installed" >&2
    exit 1
  fi
  exit 77
fi

dir=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; rm -rf "$dir"' EXIT INT TERM

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" 2>"$dir/log" &
xvfb=$!

i=0
while [ ! -s "$dir/display" ]; do
  i=$((i + 1))
  if [ "$i" -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
    echo "headless.sh: Xvfb did not start:" >&2
    cat "$dir/log" >&2
    exit 1
  fi
  sleep 0.1
done

DISPLAY=:$(cat "$dir/display")
export DISPLAY
unset WAYLAND_DISPLAY
status=0
"$@" || status=$?
exit "$status"
