"""The History tab's model of revisions, checked by QAbstractItemModelTester."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from catalog.revisions.history import RevisionView
from gui.models.revision_list import RevisionListModel, action_text, when_text


def revision(action: str, changes: dict, at: datetime, label: str = "Edit document") -> RevisionView:
    return RevisionView("r-" + label, None, "document", "u", action, label, "Ana Lucas", at, "op", changes)


def test_rows_show_time_author_label_and_what_changed(qtbot):
    at = datetime(2026, 12, 3, 14, 5, tzinfo=UTC)
    model = RevisionListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = [
        revision("update", {"title": ("A", "B"), "notes": ("", "n")}, at),
        revision("update", {"deleted": (None, "2026-12-03T14:00:00")}, at, "Delete 1 record"),
        revision("create", {"title": (None, "A")}, at, "Import a.md"),
    ]
    model.set_rows(rows)
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Change"
    assert [model.index(0, c).data() for c in range(1, 4)] == ["Ana Lucas", "Edit document", "title, notes"]
    assert model.index(1, 3).data() == "to the trash" and model.index(2, 3).data() == "created"
    assert model.index(0, 0).data() == when_text(rows[0])
    assert "Ana Lucas" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data(RevisionListModel.RevisionRole) is rows[2]
    model.set_rows([])
    assert model.rowCount() == 0


def test_times_show_in_local_time_shortly():
    at = datetime(2026, 12, 3, 14, 5, tzinfo=UTC)
    local = at.astimezone()
    view = revision("update", {}, at)
    assert when_text(view, now=local) == local.strftime("%H:%M")
    another_day = local.replace(day=28 if local.day != 28 else 1)
    assert when_text(view, now=another_day) == f"{local.day} {local:%b %H:%M}"
    assert when_text(view, now=local.replace(year=local.year + 1)) == f"{local.day} {local:%b %Y}"
    assert action_text(revision("delete", {"title": ("A", None)}, at)) == "removed for good"
