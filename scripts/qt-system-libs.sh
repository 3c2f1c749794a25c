#!/usr/bin/env bash
# Qt's wheels need a few system libraries (EGL, xkbcommon, fontconfig, D-Bus). When Qt cannot
# load and apt-get is at hand (Debian/Ubuntu as root), install them; otherwise say what is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
if QT_QPA_PLATFORM=offscreen .venv/bin/python -c 'from PySide6 import QtGui, QtWidgets' 2>/dev/null; then
  exit 0
fi
packages="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && apt-get install -y -qq $packages >/dev/null
else
  echo "Qt cannot load its system libraries. On Debian/Ubuntu: sudo apt-get install $packages" >&2
  exit 1
fi
