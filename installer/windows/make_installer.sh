#!/usr/bin/env bash
# Compile the Inno Setup installer dist/WerkdrukDesk-<version>-setup.exe from dist/WerkdrukDesk.
#
#   installer/windows/make_installer.sh
#
# On Windows (Git Bash) Inno Setup's iscc must be on PATH or in its usual place. Elsewhere the
# script checks what it can (the script, the bundle, the icon it names) and says it stopped
# there: Inno Setup runs on Windows only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="$(bash "$ROOT/installer/version.sh")"
ISS="$ROOT/installer/windows/werkdrukdesk.iss"
for needed in "$ISS" "$ROOT/resources/icons/werkdrukdesk.ico"; do
    [ -f "$needed" ] || { echo "make_installer: FAILED, $needed is missing" >&2; exit 1; }
done
grep -q '#define BundleDir "..\\..\\dist\\WerkdrukDesk"' "$ISS" \
    || { echo "make_installer: FAILED, the .iss no longer takes dist/WerkdrukDesk" >&2; exit 1; }

case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) ;;
    *) echo "make_installer: checked $ISS; Inno Setup itself runs on Windows only"; exit 0 ;;
esac
[ -e "$ROOT/dist/WerkdrukDesk/WerkdrukDesk.exe" ] \
    || { echo "make_installer: FAILED, build the bundle first (installer/build_bundle.sh)" >&2; exit 1; }
ISCC="$(command -v iscc || true)"
for guess in "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe"; do
    [ -n "$ISCC" ] || { [ -e "$guess" ] && ISCC="$guess"; } || true
done
[ -n "$ISCC" ] || { echo "make_installer: FAILED, Inno Setup 6 (iscc) not found" >&2; exit 1; }
"$ISCC" -Q "/DAppVersion=$VERSION" "$(cygpath -w "$ISS")"
SETUP="$ROOT/dist/WerkdrukDesk-$VERSION-setup.exe"
[ -e "$SETUP" ] || { echo "make_installer: FAILED, no $SETUP" >&2; exit 1; }
echo "make_installer: $SETUP"
