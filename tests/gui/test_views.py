"""Item-view helpers (gui.views)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from gui.views import select_row


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_select_row_selects_the_whole_row_either_way(qtbot, direction):
    model = QStandardItemModel(4, 3)
    for row in range(4):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row}.{column}"))
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setLayoutDirection(direction)
    view.horizontalHeader().setStretchLastSection(True)
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    select_row(view, 2)
    assert [index.row() for index in view.selectionModel().selectedRows()] == [2]
    assert view.currentIndex().row() == 2
