"""View → Reused passages…: every passage several documents carry, most documents first.

One row per passage (how many documents, its words as first printed); under it, one row per
document carrying it, oldest first, the first appearance highlighted and the words that differ
from it marked. Found on the worker (a full pass: minutes on a very big catalogue, with
progress and Cancel in the status bar). Double-clicking a document's row emits
``place_chosen(document uuid, start, end)``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from catalog import ReusedPassage
from gui import theme
from gui.errors import error_text
from gui.i18n import translate
from gui.panels.html_delegate import HtmlDelegate
from gui.panels.statement_view import PLACE_ROLE, change_summary, marked_text

COLUMNS = ("Documents", "Date", "Publication", "Title", "Alike", "Words there")
SHOWN = 500  # passages listed; the rest are counted in the caption


class ReusedDialog(QDialog):
    """Every reused passage (not modal; one for the window, loaded again when asked).
    ``place_chosen(uuid, start, end)`` asks to open a document there."""

    place_chosen = Signal(str, int, int)

    def __init__(self, catalog, tasks, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Reused passages")
        self._catalog = catalog
        self._tasks = tasks
        self.found: list[ReusedPassage] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("reusedPassages")
        self.table.setWordWrap(True)
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setItemDelegateForColumn(len(COLUMNS) - 1, HtmlDelegate(self.table))
        self.table.itemActivated.connect(self._activated)
        for column, width in enumerate((90, 90, 150, 200, 50)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        hint = QLabel("Open a passage to see the documents carrying it; double-click one to open it there.")
        hint.setStyleSheet("color: gray")
        layout.addWidget(hint)
        self.resize(1000, 560)

    def load(self) -> None:
        """Find every reused passage on the worker and list them."""
        self.caption.setText("Looking for passages several documents carry…")
        self.table.clear()
        self._tasks.run(
            translate("ReusedView", "Finding reused passages"),
            lambda progress, cancel: self._catalog.statements.reused(progress, cancel),
            self.show_passages,
            lambda exc: self.caption.setText(translate("ReusedView", "Could not look for reused passages: {reason}").format(reason=error_text(exc))),
            shows_progress=True,
        )

    def show_passages(self, found: list[ReusedPassage]) -> None:
        """Fill the list (main thread)."""
        self.found = list(found)
        self.table.clear()
        notice = self._catalog.statements.repaired
        shown = found[:SHOWN]
        caption = (
            "No passage is carried by several documents." if not found
            else f"{len(found)} passage{'s' if len(found) != 1 else ''} carried by several documents"
            + (f"; the {len(shown)} carried most widely are listed." if len(shown) < len(found) else ".")
        )  # fmt: skip
        self.caption.setText(f"{caption} {notice}" if notice else caption)
        first_brush = QBrush(theme.quote_background("quotation", self.palette()))
        for reused in shown:
            head = QTreeWidgetItem([str(reused.documents), "", "", "", "", html.escape(" ".join(reused.text.split()))])
            for occurrence in reused.occurrences:
                date = occurrence.published_at.strftime("%Y-%m-%d") if occurrence.published_at else "undated"
                row = QTreeWidgetItem([
                    "First" if occurrence.first else "", date, occurrence.publication, occurrence.title,
                    f"{occurrence.similarity:.0%}", marked_text(occurrence),
                ])  # fmt: skip
                row.setData(0, PLACE_ROLE, (occurrence.document, occurrence.start, occurrence.end))
                row.setToolTip(4, change_summary(occurrence))
                if occurrence.first:
                    for column in range(len(COLUMNS)):
                        row.setBackground(column, first_brush)
                head.addChild(row)
            self.table.addTopLevelItem(head)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        place = item.data(0, PLACE_ROLE)
        if place is None:
            item.setExpanded(not item.isExpanded())
            return
        uuid, start, end = place
        self.place_chosen.emit(uuid, start, end)

