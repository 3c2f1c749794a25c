#!/usr/bin/env bash
# Qt's wheels need a few system libraries (EGL, xkbcommon, fontconfig, D-Bus), and the test that
# drives the window on a real X server needs Xvfb, xdotool, xwd and the libraries of Qt's xcb
# plugin. When something is missing and apt-get is at hand (Debian/Ubuntu as root), install it;
# otherwise say what is missing (the offscreen libraries are needed; the X ones only by that test,
# which says so).
set -uo pipefail
cd "$(dirname "$0")/.."
apt_install() {
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
  else
    echo "Missing system packages. On Debian/Ubuntu: sudo apt-get install $*" >&2
    return 1
  fi
}
if ! QT_QPA_PLATFORM=offscreen .venv/bin/python -c 'from PySide6 import QtGui, QtWidgets' 2>/dev/null; then
  apt_install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 || exit 1
fi
xcb_plugin=$(.venv/bin/python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v xwd >/dev/null \
   || ldd "$xcb_plugin" 2>/dev/null | grep -q "not found"; then
  apt_install xvfb xdotool x11-apps libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
    libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 || true
fi
exit 0
