"""How the window behaves on a big catalogue: first paint, memory, a search, scrolling the list.

    python bench/gui_bench.py [--catalog PATH] [--quick] [--runs N] [--search-catalog PATH]
                              [--query WORDS] [--workdir DIR]

Without ``--catalog`` a catalogue is generated with ``bench/generate.py`` (100,000 documents,
500,000 quotes; ``--quick``: 10,000 and 50,000) into ``--workdir`` and reused by later runs.
Each run measures, in fresh processes (offscreen):

* **screenshot**: wall time of ``python main.py --catalog PATH --screenshot OUT.png`` (process
  start → window painted with the first page of the list and the first document → PNG saved →
  exit) and that child's peak memory (``ru_maxrss`` from ``os.wait4``). The app waits for its
  start-up work, so on a catalogue without a search index this includes the rebuild.
* **in-process** (a child running this file with ``--probe``): opening the catalogue, building
  ``MainWindow`` to the first paint of both the list's viewport and the reader (after
  ``select_first_document``), peak memory; then a query typed into the search bar until the
  results model is filled (with and without the bar's 250 ms debounce), and the record list
  scrolled page by page to its end with events processed, counting the rows the lazy model
  fetched against the rows it lists.

The search needs the catalogue's index; ``--search-catalog`` points the search at another
(indexed) catalogue when the main one has none. Prints medians (min–max) of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.stats import Spread  # noqa: E402

TIMEOUT = 900
FULL = {"documents": 100_000, "quotes": 500_000, "actors": 20_000, "tags": 2_000}
QUICK = {"documents": 10_000, "quotes": 50_000, "actors": 2_000, "tags": 200}


# ----- the catalogue ---------------------------------------------------------------------
def ensure_catalogue(path: Path, sizes: dict[str, int]) -> Path:
    """Generate ``path`` (with its index) unless it already holds a catalogue."""
    from bench.generate import generate
    from catalog.location import DB_NAME

    if (path / DB_NAME).exists():
        print(f"reusing {path}", flush=True)
        return path
    print(f"generating {path} ({sizes['documents']:,} documents, {sizes['quotes']:,} quotes)…", flush=True)
    last = [0.0]

    def progress(done: int, total: int, message: str) -> None:
        if time.perf_counter() - last[0] > 30 or done == total:
            last[0] = time.perf_counter()
            print(f"  {message}: {done:,}/{total:,}", flush=True)

    seconds = generate(path, sizes["documents"], sizes["quotes"], sizes["actors"], sizes["tags"], 1, progress)
    print(f"  generated in {seconds['generate']:.0f} s, indexed in {seconds['reindex']:.0f} s", flush=True)
    return path


def has_index(path: Path) -> bool:
    """True when the catalogue's search index holds entries (the app would not rebuild it)."""
    from catalog.catalog import Catalog

    with Catalog(path, index_repair="later", read_only=True) as catalog:
        return catalog.index_problem is None


# ----- child processes -------------------------------------------------------------------
def child_env(settings_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings_dir), HOME=str(settings_dir))
    env.pop("PRESSMARK_CATALOG", None)
    return env


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, int, float, str]:
    """(wall seconds, exit status, peak memory MiB, stdout) of one child process."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    return wall, process.returncode, usage.ru_maxrss / 1024, text


def screenshot_run(catalog: Path, work: Path) -> dict[str, float]:
    png = work / "window.png"
    wall, code, rss, _ = run_child([sys.executable, "main.py", "--catalog", str(catalog), "--screenshot", str(png)],
                                   child_env(work / "settings"))  # fmt: skip
    if code != 0:
        print(f"  screenshot run exited {code}", flush=True)
        return {}
    return {"screenshot_s": wall, "screenshot_rss_mib": rss}


def probe_run(catalog: Path, search_catalog: Path | None, query: str, work: Path, scroll: bool = True) -> dict[str, float]:
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", str(catalog), "--query", query]
    if not scroll:
        command.append("--no-scroll")
    if search_catalog is not None:
        command += ["--search-catalog", str(search_catalog)]
    _wall, code, rss, text = run_child(command, child_env(work / "settings"))
    if code != 0:
        print(f"  probe exited {code}", flush=True)
        return {}
    figures = json.loads(text.strip().splitlines()[-1])
    figures["probe_rss_mib"] = rss
    return figures


# ----- inside the probe child --------------------------------------------------------------
def probe(catalog_path: Path, search_path: Path | None, query: str, scroll: bool = True) -> dict[str, float]:
    """Measure one window in this process; returns the figures (seconds, rows, MiB)."""
    import resource

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from catalog.catalog import Catalog
    from gui import signal_refcount_fix
    from gui.app import application
    from gui.errors import ErrorReporter
    from gui.main_window import MainWindow
    from gui.settings import AppSettings
    from gui.workspace import Workspace

    figures: dict[str, float] = {}
    signal_refcount_fix.install()
    app = application([])
    settings_dir = Path(tempfile.mkdtemp(prefix="gui-bench-settings-"))
    settings = AppSettings(QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat))

    started = time.perf_counter()
    catalog = Catalog(catalog_path, index_repair="later")
    figures["open_catalog_s"] = time.perf_counter() - started
    workspace = Workspace.create(catalog, ErrorReporter().report)

    class FirstPaints(QObject):
        def __init__(self, targets):
            super().__init__()
            self.pending = set(targets)
            self.done_at = 0.0
            self.loop = QEventLoop()
            for target in targets:
                target.installEventFilter(self)

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and watched in self.pending:
                self.pending.discard(watched)
                if not self.pending:
                    self.done_at = time.perf_counter()
                    QTimer.singleShot(0, self.loop.quit)
            return False

    started = time.perf_counter()
    window = MainWindow(workspace, settings)
    window.resize(1440, 900)
    figures["construct_s"] = time.perf_counter() - started
    selected = window.select_first_document()
    records = window.centre.records
    paints = FirstPaints([records.table.viewport(), window.record.reader.viewport()])
    window.show()
    QTimer.singleShot(60000, paints.loop.quit)
    paints.loop.exec()
    figures["construct_to_first_paint_s"] = (paints.done_at - started) if paints.done_at else float("nan")
    figures["first_document_shown"] = float(selected and window.record.kind == "document")
    figures["paint_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # ----- scrolling the list, page by page ----------------------------------------------
    model, table = records.model, records.table
    figures["rows_total"] = model.rowCount()
    figures["rows_fetched_at_first_paint"] = model.rows_fetched
    if scroll:  # (a million rows take many minutes: --no-scroll leaves it out)
        bar = table.verticalScrollBar()
        pages = 0
        started = time.perf_counter()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            table.viewport().repaint()  # the view asks the model for the rows it now shows
            QApplication.processEvents()
            pages += 1
        figures["scroll_s"] = time.perf_counter() - started
        figures["scroll_pages"] = pages
        figures["scroll_ms_per_page"] = 1000 * figures["scroll_s"] / max(pages, 1)
        figures["rows_fetched_after_scroll"] = model.rows_fetched
        figures["pages_cached"] = len(model._pages)  # bounded by RecordTableModel.MAX_PAGES
        figures["scroll_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # ----- a search typed in the bar -----------------------------------------------------
    if search_path is not None and search_path != catalog_path:
        window.close()
        workspace.close()
        catalog = Catalog(search_path, index_repair="later")
        workspace = Workspace.create(catalog, ErrorReporter().report)
        window = MainWindow(workspace, settings)
        window.resize(1440, 900)
        window.show()
        QApplication.processEvents()
    results = window.centre.results
    loop = QEventLoop()
    marks: dict[str, float] = {}
    results.searched.connect(lambda _total: (marks.setdefault("filled", time.perf_counter()), loop.quit()))
    results.query_failed.connect(lambda message: (marks.setdefault("failed", time.perf_counter()), loop.quit()) if message else None)
    window.search.edit.setFocus()
    started = time.perf_counter()
    QTest.keyClicks(window.search.edit, query)
    typed = time.perf_counter()
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    if "filled" in marks and "failed" not in marks:
        QApplication.processEvents()  # the results list paints its first hits
        figures["search_typed_to_results_s"] = marks["filled"] - started
        figures["search_typing_s"] = typed - started
        figures["search_hits_shown"] = results.model.rowCount()
        window.centre.search("")  # again without the debounce: the query alone
        marks.clear()
        started = time.perf_counter()
        window.centre.search(query)  # runs on the reading thread: wait for its results
        QTimer.singleShot(60000, loop.quit)
        loop.exec()
        if "filled" in marks:
            figures["search_query_to_results_s"] = marks["filled"] - started
    else:
        figures["search_failed"] = 1.0
    window.close()
    workspace.close()
    del app
    return figures


# ----- the report --------------------------------------------------------------------------
ROWS = [
    ("screenshot_s", "main.py --screenshot, process wall time (s)", 2),
    ("screenshot_rss_mib", "  its peak memory, ru_maxrss (MiB)", 0),
    ("open_catalog_s", "open the catalogue (s)", 3),
    ("construct_s", "MainWindow() (s)", 3),
    ("construct_to_first_paint_s", "MainWindow() → list and first document painted (s)", 3),
    ("paint_rss_mib", "  peak memory at first paint (MiB)", 0),
    ("search_typed_to_results_s", "search typed → results model filled, incl. 250 ms debounce (s)", 3),
    ("search_query_to_results_s", "  the query alone (CentrePanel.search) → results model filled (s)", 3),
    ("search_hits_shown", "  hits shown", 0),
    ("scroll_s", "scroll the list top → bottom, page by page (s)", 2),
    ("scroll_pages", "  pages scrolled", 0),
    ("scroll_ms_per_page", "  per page (ms)", 1),
    ("rows_total", "  rows listed", 0),
    ("rows_fetched_at_first_paint", "  rows fetched at first paint", 0),
    ("rows_fetched_after_scroll", "  rows fetched after scrolling", 0),
    ("pages_cached", "  pages of rows cached at the end", 0),
    ("scroll_rss_mib", "  peak memory after scrolling (MiB)", 0),
]


def report(runs: list[dict[str, float]]) -> str:
    lines = []
    for key, label, digits in ROWS:
        spread = Spread.of([r.get(key) for r in runs])
        lines.append(f"{label:<68} {spread.text(digits)}")
    return "\n".join(lines)


def default_query(catalog_path: Path) -> str:
    """A word of the first document's title: a query every catalogue answers."""
    from catalog.catalog import Catalog

    with Catalog(catalog_path, index_repair="later", read_only=True) as catalog:
        first = catalog.search.record_ids("document")[:1]
        title = catalog.documents.get(first[0]).title if first else "harbour"
    return max(title.split(), key=len).strip(".,;:'\"").lower() or "harbour"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Time the window on a large catalogue.")
    parser.add_argument("--catalog", type=Path, help="an existing catalogue (else one is generated)")
    parser.add_argument("--search-catalog", type=Path, help="an indexed catalogue to time the search on")
    parser.add_argument("--quick", action="store_true", help="10,000 documents instead of 100,000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", help="what to type in the search bar (default: a title word)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "pressmark-gui-bench")
    parser.add_argument("--no-screenshot", action="store_true", help="skip the main.py --screenshot runs")
    parser.add_argument("--no-scroll", action="store_true", help="skip scrolling the whole list (a million rows take minutes)")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)  # inside the child
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(json.dumps(probe(args.probe, args.search_catalog, args.query, scroll=not args.no_scroll)), flush=True)
        os._exit(0)  # skip interpreter teardown: PySide 6.12 can abort while collecting Qt objects

    sizes = QUICK if args.quick else FULL
    catalog = args.catalog or ensure_catalogue(args.workdir / f"documents-{sizes['documents']}", sizes)
    indexed = has_index(catalog)
    search_catalog = args.search_catalog or catalog
    if not indexed and args.search_catalog is None:
        print(f"{catalog} has no search index: the app rebuilds it at start (the screenshot waits for "
              "it) and the search cannot run; pass --search-catalog", flush=True)  # fmt: skip
    query = args.query or default_query(search_catalog)
    print(f"catalogue {catalog} (index: {'yes' if indexed else 'no'}); search on {search_catalog}: {query!r}", flush=True)
    runs = []
    with tempfile.TemporaryDirectory(prefix="gui-bench-") as tmp:
        work = Path(tmp)
        for number in range(1, args.runs + 1):
            figures = {} if args.no_screenshot else screenshot_run(catalog, work)
            figures.update(probe_run(catalog, search_catalog if search_catalog != catalog else None, query, work, scroll=not args.no_scroll))
            runs.append(figures)
            print(f"run {number}/{args.runs}: " + ", ".join(f"{k}={v:.3g}" for k, v in sorted(figures.items())), flush=True)
    print()
    print(f"Pressmark GUI bench: {catalog}, {args.runs} runs, median (min–max)")
    print(report(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
