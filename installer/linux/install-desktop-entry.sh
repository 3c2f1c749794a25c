#!/bin/sh
# Add Pressmark to this user's application menu (no root needed), pointing at this folder:
#   ./install-desktop-entry.sh            menu entry + icon; `pressmark` on PATH via ~/.local/bin
#   ./install-desktop-entry.sh --remove   take them away again (catalogues are never touched)
# Move the folder later? Run it again from the new place.
set -eu
HERE="$(dirname "$(readlink -f "$0")")"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor/scalable/apps"
BIN="$HOME/.local/bin"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/pressmark.desktop" "$ICONS/pressmark.svg"
    if [ -L "$BIN/pressmark" ]; then rm -f "$BIN/pressmark"; fi
    echo "Removed Pressmark's menu entry, icon and command link."
    exit 0
fi

mkdir -p "$APPS" "$ICONS" "$BIN"
cp "$HERE/pressmark.svg" "$ICONS/pressmark.svg"
# Exec must be an absolute path here: the menu does not search this folder
sed "s|^Exec=.*|Exec=\"$HERE/AppRun\"|" "$HERE/pressmark.desktop" > "$APPS/pressmark.desktop"
ln -sfn "$HERE/AppRun" "$BIN/pressmark"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" || true
echo "Pressmark is in the application menu; \`pressmark\` runs it from $BIN."
