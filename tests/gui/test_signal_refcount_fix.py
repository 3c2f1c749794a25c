"""Emitting signals must not drain the reference count of True (PySide6 6.12.0 bug)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from gui import signal_refcount_fix


class Sender(QObject):
    fired = Signal(str, int)


def test_emitting_keeps_true_alive():
    signal_refcount_fix.install()
    sender = Sender()
    sender.fired.connect(lambda *_args: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        sender.fired.emit("x", 1)
    assert sys.getrefcount(True) >= before
    assert not signal_refcount_fix.emit_drops_a_reference()
