#!/usr/bin/env bash
# Install dist/WerkdrukDesk-<version>-setup.exe without questions for the current user, check
# what it put in place, and print the folder it installed to (for the smoke test).
#
#   installer/windows/install_silent.sh          (Windows, Git Bash; elsewhere it says so)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) ;;
    *) echo "install_silent: the Windows installer installs on Windows only" >&2; exit 0 ;;
esac
VERSION="$(bash "$ROOT/installer/version.sh")"
SETUP="$ROOT/dist/WerkdrukDesk-$VERSION-setup.exe"
TARGET="$(cygpath -u "$LOCALAPPDATA")/Programs/WerkdrukDesk"
"$SETUP" //VERYSILENT //SUPPRESSMSGBOXES //NORESTART //CURRENTUSER \
    "//LOG=$(cygpath -w "$ROOT/dist/install.log")"
for installed in WerkdrukDesk.exe werkdrukdesk-cli.exe unins000.exe; do
    [ -e "$TARGET/$installed" ] || { echo "install_silent: FAILED, no $TARGET/$installed" >&2; exit 1; }
done
# The file type for this user, as the installer registers it.
reg query 'HKCU\Software\Classes\.werkdruk' >/dev/null \
    || { echo "install_silent: FAILED, .werkdruk is not registered" >&2; exit 1; }
echo "$TARGET"
