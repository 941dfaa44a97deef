#!/usr/bin/env bash
# The system libraries Qt's xcb and offscreen platforms load, for a bare CI machine (Ubuntu).
# Skipped where apt-get is missing or they are there already.
set -euo pipefail
if ! command -v apt-get >/dev/null; then
    echo "ci_packages: no apt-get here; nothing to install"
    exit 0
fi
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 xvfb xauth)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "ci_packages: all there"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
