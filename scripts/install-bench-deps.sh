#!/bin/sh
# Installs what `make bench` compares Briefing with, when missing: Hugo and the
# cmark command-line tool (Debian packages hugo and cmark), and GNU time, which
# measures each run's wall time, CPU time and peak memory.
# Installs through scripts/apt-install.sh (apt-get as root, or through sudo).
set -eu

missing=""
command -v hugo >/dev/null 2>&1 || missing="$missing hugo"
command -v cmark >/dev/null 2>&1 || missing="$missing cmark"
[ -x /usr/bin/time ] || missing="$missing time"
# shellcheck disable=SC2086
exec sh "$(dirname "$0")/apt-install.sh" $missing
