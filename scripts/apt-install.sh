#!/bin/sh
# Installs the Debian packages named as arguments with apt-get: as root, or
# through sudo when run as another user. The install scripts call it with the
# packages they found missing.
set -eu

[ $# -eq 0 ] && exit 0
echo "Installing $* (Debian packages)..."
if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "error: $* must be installed, and this user cannot run apt-get. Run as root: apt-get install $*" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -qq
$run apt-get install -y -qq --no-install-recommends "$@" >/dev/null
