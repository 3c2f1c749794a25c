"""The window imports web archives and saved pages: dropped on it, or chosen in File →
Import…, and its report tells what each archive came to."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from gui.dialogs.report_dialog import ReportDialog
from tests.catalog.importers.crawls import Crawl, corpus_page, mhtml, standard_crawl, wacz
from tests.gui.support import wait_idle
from tests.gui.test_main_window import drop_files


def _saved_files(folder):
    crawl, pages = standard_crawl()
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(crawl.bytes())
    plain = Crawl(gzip_records=False)
    cnn = corpus_page("readability/cnn")
    plain.response(cnn.url, cnn.html)
    (folder / "plain.warc").write_bytes(plain.bytes())
    nytimes = corpus_page("readability/nytimes-1")
    session = Crawl(filename="session.warc.gz")
    session.response(nytimes.url, nytimes.html)
    wacz(folder / "session.wacz", {"session.warc.gz": session.bytes()}, [nytimes])
    (folder / "ars.mht").write_bytes(mhtml(corpus_page("readability/herald-sun-1")))
    (folder / "telegraph.mhtml").write_bytes(mhtml(corpus_page("readability/telegraph"), "base64"))
    return [folder / name for name in ("crawl.warc.gz", "plain.warc", "session.wacz", "ars.mht", "telegraph.mhtml")], pages


def test_dropped_web_archives_and_single_file_pages_import_with_a_report_per_archive(qtbot, window, workspace, tmp_path):
    files, pages = _saved_files(tmp_path / "saved")
    before = window.centre.records.model.rowCount()
    drop = drop_files(window.centre.records.table.viewport(), files)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=60000)
    report = window.commands.dialog
    lines = report.summary.text().splitlines()
    assert lines[0] == "8 imported, 1 already in the catalogue, 0 failed."
    assert lines[1].startswith("crawl.warc.gz: 3 articles imported, 1 page kept as not an article")
    assert lines[2].startswith("plain.warc: 1 article imported") and lines[3].startswith("session.wacz: 1 article imported")
    rows = {report.model.item(r, 0).text(): report.model.item(r, 1).text() for r in range(report.model.rowCount())}
    assert rows[f"crawl.warc.gz › {pages[1].url}"] == "Imported"
    assert rows["crawl.warc.gz"] == "Skipped" and rows["ars.mht"] == "Imported" and rows["telegraph.mhtml"] == "Imported"
    wait_idle(qtbot, workspace)
    assert window.centre.records.model.rowCount() == before + 8


def test_file_import_offers_web_archives_and_saved_pages(qtbot, window, workspace, tmp_path, monkeypatch):
    files, _pages = _saved_files(tmp_path / "saved")
    offered = {}

    def choose(_parent, _caption, _folder, filters):
        offered["filters"] = filters
        return [str(files[3]), str(files[2])], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.actions_.import_files.trigger()
    first = offered["filters"].split(";;")[0]
    for pattern in ("*.warc", "*.warc.gz", "*.wacz", "*.mht", "*.mhtml", "*.html", "*.pdf"):
        assert pattern in first.split("(")[1].rstrip(")").split()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=30000)
    assert window.commands.dialog.summary.text().startswith("2 imported")
