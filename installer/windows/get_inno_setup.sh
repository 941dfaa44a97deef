#!/usr/bin/env bash
# Make sure Inno Setup 6 is there (CI): GitHub's Windows images carry it; else Chocolatey
# installs it. Elsewhere there is nothing to get: Inno Setup runs on Windows only.
set -euo pipefail
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) ;;
    *) echo "get_inno_setup: Inno Setup runs on Windows only"; exit 0 ;;
esac
if command -v iscc >/dev/null || [ -e "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" ]; then
    echo "get_inno_setup: Inno Setup 6 is there"
    exit 0
fi
choco install innosetup --no-progress -y
