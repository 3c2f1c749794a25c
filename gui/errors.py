"""Errors become clear dialogs, never a crash.

:class:`ErrorReporter` shows one dialog per error (window-modal, non-blocking): a
:class:`~catalog.errors.PressmarkError`, or a failure the catalogue can explain, shows its one
clear sentence; anything else is a bug and shows its traceback under "Show Details". :func:`install_excepthook` routes uncaught
exceptions (including those raised in slots) to the reporter.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from catalog import Cancelled, PressmarkError, describe, explain
from gui.catalog_text import catalog_text, step_text
from gui.i18n import translate

log = logging.getLogger(__name__)


def window_steps() -> dict[str, str]:
    """The menu items that check and restore the catalogue, in the interface language, for
    :func:`catalog.errors.explain` (where the command line names its commands)."""
    return {step: step_text(step) for step in ("check", "restore")}


def error_text(exc: BaseException) -> str:
    """``exc`` in one line for a caption or a status (``catalog.describe``, with the window's
    steps), in the interface language where the catalogue words it. Main thread."""
    return catalog_text(describe(exc, window_steps()))


def _traceback_of(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class ErrorReporter:
    """Shows errors over ``parent`` (set later with :attr:`parent` when the window exists).

    ``shown`` keeps the dialogs currently open (tests read it; closing removes them).
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent
        self.shown: list[QMessageBox] = []

    def report(self, title: str, exc: BaseException) -> QMessageBox | None:
        """Show ``exc`` under ``title``; a cancelled task shows nothing. Main thread only.

        A failure the catalogue can explain (:func:`catalog.errors.explain`: bad input, a
        damaged database, a full disk, …) shows that sentence, in the interface language where
        the catalogue words it; anything else is a bug and shows its one line, with the
        traceback under "Show Details".
        """
        if isinstance(exc, Cancelled):
            return None
        box = QMessageBox(self.parent)
        box.setWindowTitle("Pressmark")
        message = explain(exc, window_steps())
        if message is not None:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(title)
            box.setInformativeText(catalog_text(message))
            if not isinstance(exc, PressmarkError):
                log.warning("%s", title, exc_info=(type(exc), exc, exc.__traceback__))
                box.setDetailedText(_traceback_of(exc))
        else:
            log.error("%s", title, exc_info=(type(exc), exc, exc.__traceback__))
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(translate("ErrorReporter", "{title}: something went wrong inside Pressmark.").format(title=title))
            box.setInformativeText(f"{describe(exc)}\n\n" + translate("ErrorReporter", "Your catalogue was not changed by the failed step."))
            box.setDetailedText(_traceback_of(exc))
        box.finished.connect(lambda _result, box=box: self._closed(box))
        self.shown.append(box)
        box.open()
        return box

    def _closed(self, box: QMessageBox) -> None:
        if box in self.shown:
            self.shown.remove(box)
        box.deleteLater()


def install_excepthook(reporter: ErrorReporter) -> None:
    """Show uncaught exceptions with ``reporter`` instead of letting Qt abort."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            reporter.report(translate("ErrorReporter", "Unexpected error"), exc.with_traceback(tb))
        except Exception:  # the dialog itself failed: still say something
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
