#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/WerkdrukDesk with PyInstaller and print its size.
#
#   installer/build_linux.sh            (from anywhere; works in the project root)
#
# The build runs in a virtual environment: $WERKDRUKDESK_BUILD_VENV if set (CI passes the .venv
# that run.py made), else build/venv, which is created with python3 when missing. PyInstaller
# and the project are installed into it. Output: dist/WerkdrukDesk/WerkdrukDesk.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${WERKDRUKDESK_BUILD_VENV:-$ROOT/build/venv}"
PYTHON="${PYTHON:-python3}"
DIST="$ROOT/dist"
BUNDLE="$DIST/WerkdrukDesk"

cd "$ROOT"
if [ ! -x "$VENV/bin/python" ]; then
    echo "build_linux: making the build environment in $VENV"
    "$PYTHON" -m venv "$VENV"
fi
pip=("$VENV/bin/python" -m pip install --disable-pip-version-check -q)
"${pip[@]}" "pyinstaller>=6.10,<7"
"${pip[@]}" -e "$ROOT"

echo "build_linux: PyInstaller $("$VENV/bin/python" -m PyInstaller --version)"
rm -rf "$BUNDLE"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" installer/werkdrukdesk.spec

if [ ! -x "$BUNDLE/WerkdrukDesk" ]; then
    echo "build_linux: FAILED, no executable at $BUNDLE/WerkdrukDesk" >&2
    exit 1
fi
bytes=$(du -sb "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
awk -v b="$bytes" -v f="$files" -v d="$BUNDLE" \
    'BEGIN { printf "build_linux: bundle %s: %.1f MiB in %d files\n", d, b / 1048576, f }'
