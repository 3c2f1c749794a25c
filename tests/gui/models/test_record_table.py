"""The lazy record table: checked by QAbstractItemModelTester, pages, sorting, Changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from catalog.changes import Changes
from gui.models.record_mime import uuids_from_mime
from gui.models.record_table import RecordTableModel
from tests.gui.support import generate_documents

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def catalog(gui_env):
    return gui_env.open_catalog()


@pytest.mark.parametrize("kind", ["document", "quote", "actor"])
def test_every_kind_passes_the_model_tester(qtbot, catalog, kind):
    model = RecordTableModel(catalog)
    QAbstractItemModelTester(model, FAIL)
    model.set_query(kind)
    assert model.rowCount() > 0
    assert model.index(0, 0).data()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.apply_changes(Changes())


def test_rows_are_fetched_a_page_at_a_time(gui_env):
    catalog = gui_env.open_catalog(sample=False)
    generate_documents(catalog, 450)
    model = RecordTableModel(catalog)
    model.set_query("document")
    assert model.rowCount() == 450
    assert model.rows_fetched == 0
    assert model.index(0, 0).data().startswith("Generated article")
    assert model.rows_fetched == RecordTableModel.PAGE_SIZE
    model.index(449, 0).data()
    assert model.rows_fetched == RecordTableModel.PAGE_SIZE + 450 % RecordTableModel.PAGE_SIZE


def test_sorting_asks_the_catalogue(catalog):
    model = RecordTableModel(catalog)
    model.set_query("actor")
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == list(reversed(names))


def test_changes_refetch_only_what_they_touched(catalog):
    model = RecordTableModel(catalog)
    model.set_query("document")
    uuid = model.uuid_at(0)
    assert "Heritage/Archives" in model.index(0, 4).data()
    changes = catalog.tags.apply([uuid], "Coast")
    model.apply_changes(changes)
    assert "Coast" in model.index(0, 4).data()
    model.apply_changes(catalog.trash.delete([uuid]))
    assert model.rowCount() == 0


def test_filters_narrow_the_rows(catalog):
    model = RecordTableModel(catalog)
    model.set_query("quote", {"tag": "Heritage/Volunteers"})
    assert model.rowCount() == 5
    model.set_query("quote", {"actor": "Helen Castellan"})
    assert model.rowCount() == 2
    model.set_query("document", {"month": "2024-03"})
    assert model.rowCount() == 1


def test_dragged_rows_carry_their_uuids(catalog):
    model = RecordTableModel(catalog)
    model.set_query("quote")
    mime = model.mimeData([model.index(0, 0), model.index(1, 2)])
    assert uuids_from_mime(mime) == [model.uuid_at(0), model.uuid_at(1)]
