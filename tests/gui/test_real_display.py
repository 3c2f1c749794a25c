"""Pressmark under a real X server (Xvfb), driven by its keyboard shortcuts as a person would:
the first command's window opens on the sample catalogue, a document is tagged through the
Tag dialog, and the window quits with its shortcut, leaving the change in the catalogue."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from catalog import Catalog
from tests.gui.real_display import Display, x_server

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_on_a_real_display_tags_by_keyboard_and_quits_leaving_the_change(tmp_path):
    catalogue = tmp_path / "catalogue"
    with x_server() as name:
        screen = Display(name)
        env = {
            **screen.env,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),  # fresh settings: a first start
            "PRESSMARK_AUTHOR": "Xvfb Tester",
        }
        app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--catalog", str(catalogue)], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            window = screen.find_window("^Pressmark — catalogue$", 90)
            if not window:
                app.kill()
                pytest.fail(f"the window did not appear within 90 s; it printed: {app.communicate()[0].decode(errors='replace')}")
            assert screen.geometry(window)[2:] <= (1280, 800)  # a first start fits the screen
            dialog = screen.open_with_keys(window, "ctrl+t", "^Tag selection$")
            width, height, colours = screen.grab(tmp_path / "window.png")  # the window and its dialog
            assert (width, height) == (1280, 800) and colours > 20  # painted, not a blank screen
            screen.type(dialog, "Seen on a real display")
            screen.keys(dialog, "Return")
            screen.keys(window, "ctrl+shift+q")
            output = app.communicate(timeout=60)[0].decode(errors="replace")
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    assert app.returncode == 0, output
    with Catalog(catalogue) as catalog:
        tags = {t.path: t for t in catalog.tags.find()}
        assert tags["Seen on a real display"].documents == 1
        newest = catalog.history.operations(limit=1)[0]
        assert newest.author == "Xvfb Tester" and newest.records == 2  # the new tag and the document
    settings = (tmp_path / "config" / "Pressmark" / "Pressmark.ini").read_text("utf-8")
    assert str(catalogue) in settings and "geometry" in settings  # remembered where it was told to keep settings
