#!/usr/bin/env bash
# Install (or remove) a built WerkdrukDesk bundle for the current user, without root:
# the program in ~/.local/lib/WerkdrukDesk, the command `werkdrukdesk` in ~/.local/bin, the
# menu entry, the icon and the .werkdruk file type.
#
#   installer/linux/install.sh [BUNDLE_DIR]     (default: dist/WerkdrukDesk)
#   installer/linux/install.sh --uninstall      (organisation files, settings and backups stay)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/lib/WerkdrukDesk"
BIN="$HOME/.local/bin"
ICONS="$DATA/icons/hicolor"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null &&
        update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET"
    rm -f "$BIN/werkdrukdesk" "$DATA/applications/werkdrukdesk.desktop" \
        "$DATA/mime/packages/werkdrukdesk-mime.xml" \
        "$ICONS/256x256/apps/werkdrukdesk.png" "$ICONS/scalable/apps/werkdrukdesk.svg"
    refresh
    echo "WerkdrukDesk is verwijderd. Uw .werkdruk-bestanden en reservekopieën zijn bewaard."
    exit 0
fi

BUNDLE="$(cd "${1:-$ROOT/dist/WerkdrukDesk}" && pwd)"
if [ ! -x "$BUNDLE/WerkdrukDesk" ]; then
    echo "install: geen WerkdrukDesk-bundel in $BUNDLE (eerst installer/build_linux.sh)" >&2
    exit 2
fi
mkdir -p "$TARGET" "$BIN" "$DATA/applications" "$DATA/mime/packages" \
    "$ICONS/256x256/apps" "$ICONS/scalable/apps"
rm -rf "$TARGET"
cp -a "$BUNDLE" "$TARGET"
ln -sf "$TARGET/WerkdrukDesk" "$BIN/werkdrukdesk"
sed -e "s|^Exec=WerkdrukDesk|Exec=\"$TARGET/WerkdrukDesk\"|" \
    -e "s|^TryExec=WerkdrukDesk|TryExec=$TARGET/WerkdrukDesk|" \
    "$HERE/werkdrukdesk.desktop" >"$DATA/applications/werkdrukdesk.desktop"
cp "$HERE/werkdrukdesk-mime.xml" "$DATA/mime/packages/werkdrukdesk-mime.xml"
cp "$ROOT/resources/icons/werkdrukdesk.png" "$ICONS/256x256/apps/werkdrukdesk.png"
cp "$ROOT/resources/icons/werkdrukdesk.svg" "$ICONS/scalable/apps/werkdrukdesk.svg"
refresh
echo "WerkdrukDesk is geïnstalleerd in $TARGET; start het uit het menu of met 'werkdrukdesk'."
