#!/usr/bin/env bash
# Build Pressmark.app and a drag-to-Applications disk image. WRITTEN, NOT YET RUN (no Mac here):
# see installer/README.md.
#
#   bash installer/macos/build_dmg.sh
#
# Needs macOS with the Xcode command-line tools (hdiutil, codesign) and the project's .venv.
# Makes dist/Pressmark.app (its Info.plist, icon and document type come from
# installer/pressmark.spec, the version from catalog.__version__) and
# dist/Pressmark-<version>-macos-<arch>.dmg. The app is signed ad hoc only: on another Mac,
# Gatekeeper asks the user to confirm (right-click > Open) until it is signed with a Developer
# ID and notarised (set CODESIGN_IDENTITY to sign with yours; notarising is not scripted).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-.venv/bin/python}"
"$PYTHON" -m pip install --quiet --disable-pip-version-check -e '.[build]'
VERSION="$("$PYTHON" -c 'import catalog; print(catalog.__version__)')"
ARCH="$(uname -m)"

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/pressmark.spec
APP="dist/Pressmark.app"
"$APP/Contents/MacOS/Pressmark" --version

codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$APP"

STAGING="build/dmg"
DMG="dist/Pressmark-$VERSION-macos-$ARCH.dmg"
rm -rf "$STAGING" "$DMG"
mkdir -p "$STAGING"
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
hdiutil create -volname "Pressmark $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG ($(du -sh "$DMG" | cut -f1))"
