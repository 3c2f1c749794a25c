"""A real X server for the tests that drive Pressmark as a person would: Xvfb on a display of
its own, keys sent with xdotool to the window that has the focus, the screen read back with
xwd. Xvfb and xdotool come from the system (``scripts/qt-system-libs.sh`` installs them where
it can); without them the tests skip, and fail instead under ``CI=true``."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool", "xwd")


def need_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (Debian: apt-get install xvfb xdotool x11-apps)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " — CI must have them: scripts/qt-system-libs.sh installs them")
        pytest.skip(reason)


@contextmanager
def x_server(size: str = "1280x800") -> Iterator[str]:
    """Start Xvfb on a free display (it picks it: ``-displayfd``) and yield ``":N"``."""
    need_tools()
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


class Display:
    """xdotool and xwd on the display ``name``."""

    def __init__(self, name: str):
        self.env = {**os.environ, "DISPLAY": name}

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60)
        return done.stdout.strip()

    def wait_for_window(self, title_pattern: str, seconds: float = 60) -> str:
        """The id of the visible window whose title matches ``title_pattern`` (a regex)."""
        found = self.find_window(title_pattern, seconds)
        if not found:
            pytest.fail(f"no window titled like {title_pattern!r} within {seconds:.0f} s")
        return found

    def find_window(self, title_pattern: str, seconds: float) -> str:
        """As :meth:`wait_for_window`, but "" when none came within ``seconds``."""
        deadline = time.monotonic() + seconds
        while True:
            found = self.xdotool("search", "--onlyvisible", "--name", title_pattern)
            if found or time.monotonic() > deadline:
                return found.split()[0] if found else ""
            time.sleep(0.2)

    def open_with_keys(self, window: str, keys: str, title_pattern: str, seconds: float = 60) -> str:
        """Press ``keys`` in ``window`` until a window titled like ``title_pattern`` opens, as a
        person tries again while a window that has just appeared is still starting up."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.keys(window, keys)
            found = self.find_window(title_pattern, 3)
            if found:
                return found
        pytest.fail(f"{keys} opened no window titled like {title_pattern!r} within {seconds:.0f} s")

    def keys(self, window: str, *keys: str) -> None:
        """Give ``window`` the focus (there is no window manager to give it back after a
        dialog closes) and press ``keys`` as a keyboard would (XTEST)."""
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "--delay", "40", *keys)

    def type(self, window: str, text: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("type", "--delay", "20", text)

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """(x, y, width, height) of ``window`` on the screen."""
        values = dict(line.split("=", 1) for line in self.xdotool("getwindowgeometry", "--shell", window).splitlines() if "=" in line)
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def title(self) -> str:
        """The title of the window that has the keyboard focus."""
        return self.xdotool("getwindowfocus", "getwindowname")

    def grab(self, path: Path) -> tuple[int, int, int]:
        """Write the whole screen as a PNG to ``path``; (width, height, colours seen)."""
        raw = subprocess.run(["xwd", "-root", "-silent"], env=self.env, capture_output=True, timeout=60, check=True).stdout
        return save_xwd_as_png(raw, path)


def save_xwd_as_png(raw: bytes, path: Path) -> tuple[int, int, int]:
    """Convert an xwd dump of a 24/32-bit TrueColor screen to PNG (through QImage); returns
    (width, height, number of distinct colours on a grid of sample points)."""
    from PySide6.QtGui import QImage

    fields = struct.unpack(">25I", raw[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, colours = fields[7], fields[11], fields[12], fields[19]
    formats = {32: QImage.Format.Format_RGB32, 24: QImage.Format.Format_BGR888}  # pixels least significant byte first
    if bits_per_pixel not in formats or byte_order != 0:
        pytest.fail(f"unexpected xwd layout: {bits_per_pixel} bits a pixel, byte order {byte_order}")
    start = header_size + 12 * colours
    pixels = raw[start : start + bytes_per_line * height]
    image = QImage(pixels, width, height, bytes_per_line, formats[bits_per_pixel]).copy()
    image.save(str(path))
    seen = {image.pixel(x, y) for x in range(0, width, 16) for y in range(0, height, 16)}
    return width, height, len(seen)
