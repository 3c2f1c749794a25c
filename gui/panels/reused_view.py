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
from gui.catalog_text import catalog_text
from gui.errors import error_text
from gui.i18n import QT_TRANSLATE_NOOP, grouped, translate
from gui.panels.html_delegate import HtmlDelegate
from gui.panels.statement_view import COLUMNS as OCCURRENCE_COLUMNS
from gui.panels.statement_view import (
    PLACE_ROLE,
    change_summary,
    date_text,
    first_mark,
    headers,
    marked_text,
)

COLUMNS = (QT_TRANSLATE_NOOP("StatementView", "Documents"), *OCCURRENCE_COLUMNS[1:])
SHOWN = 500  # passages listed; the rest are counted in the caption


def caption_text(found: int, shown: int, notice: str = "") -> str:
    """How many passages were found (and how many are listed, when not all), then what was
    repaired on the way (``notice``), in the interface language."""
    if not found:
        caption = translate("ReusedView", "No passage is carried by several documents.")
    elif shown < found:
        many = translate("ReusedView", "%n passage carried by several documents;", None, found) if found == 1 else translate("ReusedView", "%n passages carried by several documents;", None, found)
        caption = translate("ReusedView", "{found} the {shown} carried most widely are listed.").format(found=grouped(many, found), shown=f"{shown:,}")
    else:
        caption = grouped(translate("ReusedView", "%n passage carried by several documents.", None, found) if found == 1 else translate("ReusedView", "%n passages carried by several documents.", None, found), found)
    return f"{caption} {notice}" if notice else caption


class ReusedDialog(QDialog):
    """Every reused passage (not modal; one for the window, loaded again when asked).
    ``place_chosen(uuid, start, end)`` asks to open a document there."""

    place_chosen = Signal(str, int, int)

    def __init__(self, catalog, tasks, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ReusedView", "Reused passages"))
        self._catalog = catalog
        self._tasks = tasks
        self.found: list[ReusedPassage] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("reusedPassages")
        self.table.setWordWrap(True)
        self.table.setHeaderLabels(headers(COLUMNS))
        self.table.setItemDelegateForColumn(len(COLUMNS) - 1, HtmlDelegate(self.table))
        self.table.itemActivated.connect(self._activated)
        for column, width in enumerate((90, 90, 150, 200, 50)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        hint = QLabel(translate("ReusedView", "Open a passage to see the documents carrying it; double-click one to open it there."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray")
        layout.addWidget(hint)
        self.resize(1000, 560)

    def load(self) -> None:
        """Find every reused passage on the worker and list them."""
        self.caption.setText(translate("ReusedView", "Looking for passages several documents carry…"))
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
        self.caption.setText(caption_text(len(found), len(shown), catalog_text(notice) if notice else ""))
        first_brush = QBrush(theme.quote_background("quotation", self.palette()))
        for reused in shown:
            head = QTreeWidgetItem([str(reused.documents), "", "", "", "", html.escape(" ".join(reused.text.split()))])
            for occurrence in reused.occurrences:
                row = QTreeWidgetItem([
                    first_mark() if occurrence.first else "", date_text(occurrence), occurrence.publication, occurrence.title,
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

