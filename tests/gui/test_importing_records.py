"""Reference lists and REFI-QDA projects reach the window: dropped or chosen in File → Import,
they import whole, and the report lists each entry: imported, enriched, skipped."""

from __future__ import annotations

from gui.dialogs.report_dialog import ReportDialog
from tests.catalog.cli.test_import_records_cli import RIS
from tests.catalog.exchange.test_qdpx_import import qualcoder_project
from tests.gui.support import wait_idle
from tests.gui.test_main_window import drop_files


def report_rows(report: ReportDialog) -> list[tuple[str, str, str]]:
    model = report.model
    return [tuple(model.item(row, column).text() for column in range(3)) for row in range(model.rowCount())]


def test_dropping_a_reference_list_and_a_project_reports_every_entry(qtbot, window, workspace, tmp_path):
    library = tmp_path / "library.ris"
    library.write_text(RIS, "utf-8")
    project = qualcoder_project(tmp_path)
    drop = drop_files(window.centre.records.table.viewport(), [library, project])
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=20000)
    report = window.commands.dialog
    assert report.summary.text() == "2 imported, 1 enriched, 2 skipped, 0 already in the catalogue, 0 failed."
    rows = report_rows(report)
    assert [(name, result) for name, result, _ in rows] == [
        ("library.ris", "Enriched"), ("library.ris", "Imported"), ("library.ris", "Skipped"),
        ("interviews.qdpx", "Imported"), ("interviews.qdpx", "Skipped"),
    ]  # fmt: skip
    assert "filled URL, DOI" in rows[0][2] and "has no title" in rows[2][2] and "picture source" in rows[4][2]
    wait_idle(qtbot, workspace)
    assert window.centre.records.model.rowCount() == 3
    assert window.tags.model.rowCount() >= 3  # Heritage, and the project's Loss and Reassurance


def test_file_import_offers_reference_lists_and_projects_and_imports_the_one_chosen(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    library = tmp_path / "library.ris"
    library.write_text(RIS, "utf-8")
    offered = []

    def choose(_parent, _caption, _folder, filters):
        offered.append(filters.split(";;")[0])
        return [str(library)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.commands.ask_import_files()
    assert all(f"*{suffix}" in offered[0] for suffix in (".ris", ".json", ".qdpx", ".html", ".pdf"))
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=20000)
    assert window.commands.dialog.summary.text() == "1 imported, 1 enriched, 1 skipped, 0 already in the catalogue, 0 failed."
