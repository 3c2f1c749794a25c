"""What the window's item views share."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select ``row`` of ``view`` whole and make it the current row.

    Not ``selectRow``: right to left it picks the column at the viewport's right edge, which
    is past the last one when the columns fill the view, and selects nothing (the Arabic
    History tab showed no change).
    """
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
