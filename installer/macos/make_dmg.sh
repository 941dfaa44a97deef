#!/usr/bin/env bash
# Put dist/WerkdrukDesk.app in a disk image dist/WerkdrukDesk-<version>.dmg, with a link to
# Applications to drag it onto, and check the app declares the .werkdruk document type.
#
#   installer/macos/make_dmg.sh            (macOS; elsewhere it checks the spec and says so)
#
# The app is not signed or notarised: on first start macOS asks to confirm it (README).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="$(bash "$ROOT/installer/version.sh")"
grep -q "CFBundleDocumentTypes" "$ROOT/installer/werkdrukdesk.spec" \
    || { echo "make_dmg: FAILED, the spec declares no document type" >&2; exit 1; }
if [ "$(uname -s)" != Darwin ]; then
    echo "make_dmg: checked the spec; a disk image is made on macOS only"
    exit 0
fi
APP="$ROOT/dist/WerkdrukDesk.app"
PLIST="$APP/Contents/Info.plist"
[ -f "$PLIST" ] || { echo "make_dmg: FAILED, build the app first (installer/build_bundle.sh)" >&2; exit 1; }
/usr/bin/plutil -extract CFBundleDocumentTypes.0.CFBundleTypeExtensions.0 raw "$PLIST" \
    | grep -qx werkdruk || { echo "make_dmg: FAILED, no .werkdruk in $PLIST" >&2; exit 1; }
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="$ROOT/dist/WerkdrukDesk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -quiet -volname "WerkdrukDesk $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
hdiutil verify -quiet "$DMG"
echo "make_dmg: $DMG"
