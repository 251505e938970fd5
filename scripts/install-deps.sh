#!/bin/sh
# Installs the system packages Briefing builds against, when they are missing:
# libcmark-dev (the CommonMark library), libxml2-dev (the HTML parser for saved
# web pages) and pkg-config (which finds them).
# Installs through scripts/apt-install.sh (apt-get as root, or through sudo).
set -eu

missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if ! pkg-config --exists libcmark 2>/dev/null; then missing="$missing libcmark-dev"; fi
if ! pkg-config --exists libxml-2.0 2>/dev/null; then missing="$missing libxml2-dev"; fi
# shellcheck disable=SC2086
exec sh "$(dirname "$0")/apt-install.sh" $missing
