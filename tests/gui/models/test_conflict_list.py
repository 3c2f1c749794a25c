"""The import preview's conflict models, checked by QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from catalog.exchange.merge_report import MergeEntry
from gui.models.conflict_list import NO_BASE, ConflictListModel, ConflictValuesModel, can_keep_both

TAG = "11111111-1111-4111-8111-111111111111"


def three_way() -> MergeEntry:
    entry = MergeEntry("document", "d1", "Saltmere's archive", "conflict", "d1", "id", ["tags", "title"], "kept mine", shared_base=True)
    entry.values = {
        "title": {"mine": "Mine", "theirs": "Theirs", "base": "Base"},
        "tags": {"mine": [TAG], "theirs": [], "base": None},
    }
    return entry


def two_way() -> MergeEntry:
    entry = MergeEntry("document", "d2", "Tide mill", "conflict", "d2", "text", ["title", "text", "in the trash here"])
    entry.values = {"title": {"mine": "A", "theirs": "B"}}
    return entry


def test_conflicts_show_the_record_the_fields_and_the_choice(qtbot):
    model = ConflictListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = [three_way(), two_way()]
    model.set_rows(rows, {"d2": "theirs"}, "mine")
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Choice"
    assert [model.index(0, c).data() for c in range(2)] == ["document: Saltmere's archive", "Mine (bulk)"]
    assert model.index(1, 1).data() == "Theirs"
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole) is None
    tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "your choice" in tip and "Differs in title, text, in the trash here" in tip
    with qtbot.waitSignal(model.dataChanged):
        model.set_choices({"d2": "theirs", "d1": "both"}, "theirs")
    assert model.index(0, 1).data() == "Both"
    assert model.index(1, 0).data(ConflictListModel.EntryRole) is rows[1] and model.row_of("d2") == 1 and model.row_of("x") == -1
    assert not can_keep_both(rows[0]) and can_keep_both(rows[1])
    model.set_rows([], {}, "mine")
    assert model.rowCount() == 0


def test_values_side_by_side_with_a_base_or_none(qtbot):
    model = ConflictValuesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entry(three_way(), {TAG: "Heritage/Archives"})
    assert model.columnCount() == 4 and model.headerData(3, Qt.Orientation.Horizontal) == "Base (last shared)"
    assert [model.index(0, c).data() for c in range(4)] == ["Tags", "Heritage/Archives", "(empty)", "(empty)"]
    assert [model.index(1, c).data() for c in range(4)] == ["Title", "Mine", "Theirs", "Base"]
    model.set_entry(two_way())
    assert [model.index(0, c).data() for c in range(4)] == ["Title", "A", "B", NO_BASE]
    assert model.index(0, 3).data(Qt.ItemDataRole.FontRole).italic() and model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert [model.index(1, c).data() for c in range(1, 3)] == ["(differs; not shown)"] * 2
    assert [model.index(2, c).data() for c in range(1, 3)] == ["in the trash", "not in the trash"]
    model.set_entry(None)
    assert model.rowCount() == 0
