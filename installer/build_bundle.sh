#!/usr/bin/env bash
# Build the one-folder bundle dist/WerkdrukDesk (and on macOS dist/WerkdrukDesk.app) with
# PyInstaller, on the system it runs on: Linux, macOS, or Windows in Git Bash (as CI does).
#
#   installer/build_bundle.sh
#
# Like build_linux.sh: a virtual environment ($WERKDRUKDESK_BUILD_VENV, else build/venv, made
# with $PYTHON, else python3 or on Windows python) gets PyInstaller and the project.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${WERKDRUKDESK_BUILD_VENV:-$ROOT/build/venv}"
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) SYSTEM=windows; BIN="$VENV/Scripts"; EXE="WerkdrukDesk.exe" ;;
    Darwin) SYSTEM=macos; BIN="$VENV/bin"; EXE="WerkdrukDesk" ;;
    *) SYSTEM=linux; BIN="$VENV/bin"; EXE="WerkdrukDesk" ;;
esac
if [ "$SYSTEM" = windows ]; then DEFAULT_PYTHON=python; else DEFAULT_PYTHON=python3; fi
PYTHON="${PYTHON:-$DEFAULT_PYTHON}"
DIST="$ROOT/dist"
BUNDLE="$DIST/WerkdrukDesk"

cd "$ROOT"
if [ ! -e "$BIN/python" ] && [ ! -e "$BIN/python.exe" ]; then
    echo "build_bundle: making the build environment in $VENV"
    "$PYTHON" -m venv "$VENV"
fi
pip=("$BIN/python" -m pip install --disable-pip-version-check -q)
"${pip[@]}" "pyinstaller>=6.10,<7"
"${pip[@]}" -e "$ROOT"

echo "build_bundle: $SYSTEM, PyInstaller $("$BIN/python" -m PyInstaller --version)"
rm -rf "$BUNDLE" "$DIST/WerkdrukDesk.app"
"$BIN/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" installer/werkdrukdesk.spec

if [ ! -e "$BUNDLE/$EXE" ]; then
    echo "build_bundle: FAILED, no executable at $BUNDLE/$EXE" >&2
    exit 1
fi
if [ "$SYSTEM" = macos ] && [ ! -x "$DIST/WerkdrukDesk.app/Contents/MacOS/WerkdrukDesk" ]; then
    echo "build_bundle: FAILED, no application at $DIST/WerkdrukDesk.app" >&2
    exit 1
fi
echo "build_bundle: $BUNDLE holds $(find "$BUNDLE" -type f | wc -l | tr -d ' ') files"
