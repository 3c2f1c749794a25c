#!/usr/bin/env bash
# Build Pressmark's Linux package: a folder that runs from anywhere, and its tarball.
#
#   bash installer/build.sh
#
# Makes dist/Pressmark-<version>-linux-<arch>/ (AppRun, pressmark.desktop, pressmark.svg,
# install-desktop-entry.sh and the PyInstaller one-folder build in pressmark/) and
# dist/Pressmark-<version>-linux-<arch>.tar.gz. Installs the pinned `build` extra
# (PyInstaller) into the interpreter first if it is missing.
#
# Environment: PYTHON (default .venv/bin/python), PRESSMARK_DIST_DIR (default dist),
# PRESSMARK_WORK_DIR (default build/pyinstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"
PYTHON="${PYTHON:-.venv/bin/python}"
DIST="$(realpath -m "${PRESSMARK_DIST_DIR:-dist}")"
WORK="$(realpath -m "${PRESSMARK_WORK_DIR:-build/pyinstaller}")"

if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    "$PYTHON" -m pip install --quiet --disable-pip-version-check -e '.[build]'
fi
VERSION="$("$PYTHON" -c 'import catalog; print(catalog.__version__)')"
ARCH="$(uname -m)"
NAME="Pressmark-$VERSION-linux-$ARCH"
started=$SECONDS

echo "Building Pressmark $VERSION ($NAME) ..."
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" installer/pressmark.spec

PACKAGE="$DIST/$NAME"
rm -rf "$PACKAGE" "$PACKAGE.tar.gz"
mkdir -p "$PACKAGE"
mv "$DIST/pressmark" "$PACKAGE/pressmark"
install -m 755 installer/linux/AppRun "$PACKAGE/AppRun"
install -m 755 installer/linux/install-desktop-entry.sh "$PACKAGE/install-desktop-entry.sh"
cp resources/icons/pressmark.svg "$PACKAGE/pressmark.svg"
ln -s pressmark.svg "$PACKAGE/.DirIcon"
{ cat installer/linux/pressmark.desktop; echo "X-AppImage-Version=$VERSION"; } > "$PACKAGE/pressmark.desktop"
cat > "$PACKAGE/README.txt" <<EOF
Pressmark $VERSION for Linux ($ARCH)

  ./AppRun                       open the window
  ./AppRun --help                the command line (e.g. ./AppRun stats, ./AppRun import FILES)
  ./install-desktop-entry.sh     add Pressmark to your application menu (--remove to undo)

This folder can live anywhere. Your catalogues are kept apart from it, in
~/.local/share/Pressmark (or wherever you chose), so deleting this folder leaves them alone.
EOF

tar -C "$DIST" -czf "$PACKAGE.tar.gz" "$NAME"

echo "Built in $((SECONDS - started)) s"
echo "folder:  $PACKAGE ($(du -sh "$PACKAGE" | cut -f1))"
echo "tarball: $PACKAGE.tar.gz ($(du -sh "$PACKAGE.tar.gz" | cut -f1))"
cd "$REPO"
