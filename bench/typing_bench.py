"""Typing a search into the window on a big catalogue: how soon the results show, and whether
typing stutters meanwhile.

    python bench/typing_bench.py --catalog PATH [--runs N] [--query TEXT ...] [--repo DIR]
                                 [--baseline DIR] [--during reindex] [--key-ms 70] [--pause-ms 400]

Each run is a fresh process (offscreen) that opens ``--catalog`` (work on a copy: the window
may write to it), builds the main window, prepares the search caches and runs one search to
warm them, then types each query into the search box as a person would: one key every
``--key-ms``, with a pause of ``--pause-ms`` after each word but the last, long enough for the
bar's 250 ms debounce to start a search of the words so far while the next word is typed.
Keys are sent by timers of the event loop itself, so a busy UI thread delays them as it would
delay a person's keys. Meanwhile a 10 ms timer probes the event loop. Figures per query:

* **last key → results shown**: from the last key to the results of the whole query in the
  list (the ``searched`` signal for that text), the 250 ms debounce included;
* **search → results shown**: from the bar's ``search_changed`` for the whole query to its
  results shown (the search alone);
* **longest event-loop stall**: the largest lateness of the 10 ms probe from the first key to
  the results shown (how long the window could not repaint or take a key);
* **latest key**: the largest delay of a key behind its planned time.

``--repo`` runs another checkout's code (``gui``, ``catalog``) with this bench; with
``--baseline`` each run measures that checkout too, just before ``--repo``'s, so that both
see the same load of a shared machine: the figures before and after a change. ``--during
reindex`` types while the index is being rebuilt on the worker (Tools → Reindex). Prints
medians (min–max) over the runs.
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

DEFAULT_QUERIES = ["harbour council", "minister said", "port date:[2020-01-01 to 2024-01-01]"]
TIMEOUT = 600
PROBE_MS = 10


# ----- the parent: runs and report ----------------------------------------------------------
def probe_run(args: argparse.Namespace, repo: Path, work: Path) -> dict[str, dict[str, float]]:
    command = [
        sys.executable, str(Path(__file__).resolve()), "--probe", "--catalog", str(args.catalog), "--repo", str(repo),
        "--key-ms", str(args.key_ms), "--pause-ms", str(args.pause_ms), "--during", args.during, "--query", *args.query,
    ]  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work), HOME=str(work))
    env.pop("PRESSMARK_CATALOG", None)
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        print(f"  probe exited {done.returncode}: {done.stderr.strip()[-2000:]}", flush=True)
        return {}
    return json.loads(done.stdout.strip().splitlines()[-1])


ROWS = [
    ("last_key_to_results_s", "last key → results shown, 250 ms debounce included (s)", 3),
    ("search_to_results_s", "  search started → results shown (s)", 3),
    ("stall_max_ms", "longest event-loop stall while typing and searching (ms)", 0),
    ("key_late_max_ms", "latest key behind its planned time (ms)", 0),
    ("searches", "  searches started while typing", 0),
    ("hits", "  results of the whole query", 0),
]


def report(runs: list[dict[str, dict[str, float]]], queries: list[str]) -> str:
    from bench.stats import Spread

    lines = []
    for query in queries:
        lines.append(f"typing “{query}”")
        for key, label, digits in ROWS:
            spread = Spread.of([run.get(query, {}).get(key) for run in runs])
            lines.append(f"  {label:<66} {spread.text(digits)}")
    return "\n".join(lines)


# ----- the child: one window, typed into -----------------------------------------------------
def probe(catalog_path: Path, queries: list[str], key_ms: int, pause_ms: int, during: str) -> dict[str, dict[str, float]]:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from catalog.catalog import Catalog
    from gui import signal_refcount_fix
    from gui.app import application
    from gui.errors import ErrorReporter
    from gui.main_window import MainWindow
    from gui.settings import AppSettings
    from gui.workspace import Workspace

    signal_refcount_fix.install()
    app = application([])
    settings_dir = Path(tempfile.mkdtemp(prefix="typing-bench-settings-"))
    settings = AppSettings(QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat))
    catalog = Catalog(catalog_path, index_repair="later")
    workspace = Workspace.create(catalog, ErrorReporter().report)
    window = MainWindow(workspace, settings)
    window.resize(1440, 900)
    window.show()
    window.select_first_document()
    window.commands.warm_search()
    results, bar = window.centre.results, window.search

    def wait(condition, seconds: float) -> bool:
        deadline = time.perf_counter() + seconds
        while not condition() and time.perf_counter() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        return condition()

    wait(lambda: not workspace.tasks.busy, 300)
    shown: dict[str, float] = {}
    results.searched.connect(lambda _total: shown.setdefault(results.query, time.perf_counter()))
    started: dict[str, float] = {}
    # noted before the window searches (its own slot may search right there, on this thread)
    bar.search_changed.disconnect(window.centre.search)
    bar.search_changed.connect(lambda text: started.__setitem__(text, time.perf_counter()))
    bar.search_changed.connect(window.centre.search)
    bar.set_text("memory")  # the first search pays for what the caches still lack: not measured
    wait(lambda: "memory" in shown, 120)
    bar.set_text("")
    if during == "reindex":
        progressed: list[int] = []
        workspace.tasks.progressed.connect(lambda _label, done, _total, _message: progressed.append(done))
        window.commands.reindex()
        wait(lambda: len(progressed) >= 2, 60)  # the rebuild is reading records and writing them

    figures: dict[str, dict[str, float]] = {}
    for query in queries:
        bar.set_text("")
        bar.edit.setFocus()
        shown.clear()
        started.clear()
        figures[query] = type_query(bar, results, shown, started, query, key_ms, pause_ms)
    workspace.tasks.cancel_all()
    del app
    return figures


def type_query(bar, results, shown: dict[str, float], started: dict[str, float], query: str, key_ms: int, pause_ms: int) -> dict[str, float]:
    """Type ``query`` into the search ``bar`` by timers of the event loop until its results
    are shown (``shown[query]`` is set); the figures of :func:`probe`."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest

    plan: list[tuple[float, str]] = []  # (seconds after the first key, key)
    at = 0.0
    words = query.split(" ")
    for number, word in enumerate(words):
        for char in word + (" " if number < len(words) - 1 else ""):
            plan.append((at, char))
            at += key_ms / 1000
        if number < len(words) - 1:
            at += pause_ms / 1000
    lateness: list[float] = []
    stalls: list[float] = []
    loop = QEventLoop()
    first = time.perf_counter()
    clock = {"last_key": 0.0, "tick": first}

    def send(index: int) -> None:
        planned, char = plan[index]
        lateness.append(time.perf_counter() - first - planned)
        QTest.keyClick(bar.edit, char)
        if index + 1 < len(plan):
            delay = first + plan[index + 1][0] - time.perf_counter()
            QTimer.singleShot(max(0, round(delay * 1000)), lambda: send(index + 1))
        else:
            clock["last_key"] = time.perf_counter()

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - clock["tick"] - PROBE_MS / 1000)
        clock["tick"] = now
        if query in shown:
            loop.quit()

    probe_timer = QTimer()
    probe_timer.setInterval(PROBE_MS)
    probe_timer.timeout.connect(tick)
    probe_timer.start()
    QTimer.singleShot(0, lambda: send(0))
    QTimer.singleShot(TIMEOUT * 1000 // 4, loop.quit)
    loop.exec()
    probe_timer.stop()
    if query not in shown:
        return {"failed": 1.0}
    return {
        "last_key_to_results_s": shown[query] - clock["last_key"],
        "search_to_results_s": shown[query] - started.get(query, float("nan")),
        "stall_max_ms": 1000 * max(stalls, default=0.0),
        "key_late_max_ms": 1000 * max(lateness, default=0.0),
        "searches": float(len(started)),
        "hits": float(results.model.rowCount()),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Time typing a search into the window.")
    parser.add_argument("--catalog", type=Path, required=True, help="a copy of an indexed catalogue")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--query", nargs="+", default=DEFAULT_QUERIES)
    parser.add_argument("--repo", default=str(REPO), help="the checkout whose code is measured")
    parser.add_argument("--baseline", help="a checkout measured too, before --repo in each run")
    parser.add_argument("--key-ms", type=int, default=70)
    parser.add_argument("--pause-ms", type=int, default=400)
    parser.add_argument("--during", choices=["nothing", "reindex"], default="nothing")
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)  # inside the child
    args = parser.parse_args(argv)
    if args.probe:
        sys.path.insert(0, str(Path(args.repo).resolve()))  # the measured checkout's gui and catalog
        print(json.dumps(probe(args.catalog, args.query, args.key_ms, args.pause_ms, args.during)), flush=True)
        os._exit(0)  # skip interpreter teardown: PySide can abort while collecting Qt objects
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    checkouts = ([Path(args.baseline).resolve()] if args.baseline else []) + [Path(args.repo).resolve()]
    print(f"catalogue {args.catalog}; code of {', '.join(map(str, checkouts))}; during: {args.during}", flush=True)
    runs: dict[Path, list] = {repo: [] for repo in checkouts}
    with tempfile.TemporaryDirectory(prefix="typing-bench-") as tmp:
        for number in range(1, args.runs + 1):
            for repo in checkouts:
                figures = probe_run(args, repo, Path(tmp))
                runs[repo].append(figures)
                print(f"run {number}/{args.runs} of {repo}: {json.dumps(figures)}", flush=True)
    for repo in checkouts:
        print()
        print(f"Pressmark typing bench: {args.catalog}, code of {repo}, {args.runs} runs, median (min–max)")
        print(report(runs[repo], args.query))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
