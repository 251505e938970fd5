#!/bin/sh
# Installs the system packages Briefing builds against, when they are missing:
# libcmark-dev (the CommonMark library), libxml2-dev (the HTML parser for saved
# web pages) and pkg-config (which finds them).
# Uses apt-get as root, or through sudo when run as another user.
set -eu

missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if ! pkg-config --exists libcmark 2>/dev/null; then missing="$missing libcmark-dev"; fi
if ! pkg-config --exists libxml-2.0 2>/dev/null; then missing="$missing libxml2-dev"; fi
[ -z "$missing" ] && exit 0

echo "Installing$missing (Debian packages)..."
if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "error: $missing must be installed, and this user cannot run apt-get. Run as root: apt-get install$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -qq
# shellcheck disable=SC2086
$run apt-get install -y -qq --no-install-recommends $missing >/dev/null
