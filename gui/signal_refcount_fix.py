"""Work around a reference-count bug of ``SignalInstance.emit`` in PySide6 6.12.0.

In that release ``signal.emit(...)`` returns ``True`` without taking a reference to it, so
every emit from Python code drops one reference of ``True``; after enough emits (a long
session, a test run) Python frees ``True`` and aborts with "bool_dealloc: deallocating True
or False". :func:`install` checks whether the running PySide has the bug and, only then,
wraps ``emit`` to give the missing reference back. Called once by ``gui.app.run`` (and the
GUI tests); with a fixed PySide it does nothing.

Once installed, ``emit`` is a Python function: connect a signal to another signal directly
(``a.connect(b)``), not to ``b.emit``, which PySide can then no longer take a weak reference to.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_a_reference() -> bool:
    """True when emitting a signal drops a reference of ``True`` (the PySide 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    for _ in range(max(0, dropped)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return dropped >= 16


def install() -> bool:
    """Wrap ``SignalInstance.emit`` if the bug is present; returns whether it did."""
    global _installed
    if _installed or not emit_drops_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
