"""A 100,000-document catalogue opens and shows its first page without loading every row."""

from __future__ import annotations

import time

from gui.main_window import MainWindow
from gui.models.record_table import RecordTableModel
from tests.gui.support import generate_documents

COUNT = 100_000


def test_window_on_a_huge_catalogue_loads_only_what_it_shows(qtbot, gui_env):
    catalog = gui_env.open_catalog(sample=False)
    generate_documents(catalog, COUNT)
    started = time.perf_counter()
    window = MainWindow(gui_env.workspace(catalog), gui_env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_first_document()
    model = window.centre.records.model
    elapsed = time.perf_counter() - started
    assert model.rowCount() == COUNT
    assert model.rows_fetched <= 3 * RecordTableModel.PAGE_SIZE
    assert window.record.reader.view.title == "Generated article 099999"  # newest first
    assert window.centre.records.count.text() == "100,000 documents"
    assert elapsed < 15, f"opening took {elapsed:.1f}s"
    table = window.centre.records.table
    table.scrollToBottom()
    table.viewport().repaint()  # paints the last rows now
    assert table.indexAt(table.viewport().rect().bottomLeft()).row() > COUNT - 100
    assert model.rows_fetched <= 6 * RecordTableModel.PAGE_SIZE
