"""The small list model, checked by QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from gui.models.row_list import RowListModel


def test_rows_show_through_the_functions_given(qtbot):
    model = RowListModel(lambda row: row["name"], tooltip=lambda row: row["tip"])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([{"name": "a", "tip": "first"}, {"name": "b", "tip": "second"}])
    assert model.rowCount() == 2
    assert model.index(1).data() == "b"
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == "first"
    assert model.index(0).data(RowListModel.RecordRole) == {"name": "a", "tip": "first"}
    model.set_rows([])
    assert model.rowCount() == 0
