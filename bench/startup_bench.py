"""Start-up time of the frozen app against the same commands from source.

``python bench/startup_bench.py [--runs N] [--frozen PATH]``

Times, as whole processes (wall clock, start to exit), ``--version``, ``stats`` on a one-article
catalogue, and the window with ``--screenshot`` (offscreen: open, load, paint, save, exit), once
through the frozen executable (default: the Linux build ``bash installer/build.sh`` makes in
dist/) and once as ``python main.py`` from this checkout. One untimed warm-up run of each first
(so both read their files from the page cache), then N timed runs (default 7), frozen and
source alternating; prints the median (min–max) in seconds and the load average before and
after. Offline; the catalogue and settings live in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.stats import Spread  # noqa: E402
from catalog import __version__  # noqa: E402

SAMPLE = REPO / "resources" / "sample" / "harbour-ledger-archive.md"
TIMEOUT = 180


def default_frozen() -> Path:
    name = f"Pressmark-{__version__}-linux-{platform.machine()}"
    return REPO / "dist" / name / "pressmark" / "pressmark"


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from start to exit of ``command``; raises if it fails."""
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=env["HOME"], capture_output=True, timeout=TIMEOUT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command} exited {result.returncode}: {result.stderr.decode()[-400:]}")
    return elapsed


def measure(frozen: Path, runs: int) -> list[tuple[str, Spread, Spread]]:
    folder = Path(tempfile.mkdtemp(prefix="pressmark-startup-bench-"))
    try:
        home = folder / "home"
        home.mkdir()
        catalogue = folder / "catalogue"
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PRESSMARK_CATALOG": str(catalogue),
            "QT_QPA_PLATFORM": "offscreen",
        }
        source = [sys.executable, str(REPO / "main.py")]
        subprocess.run([*source, "import", str(SAMPLE)], env=env, check=True, capture_output=True)
        shot = str(folder / "shot.png")
        cases = [
            ("--version", ["--version"]),
            ("stats", ["stats"]),
            ("window --screenshot", ["--screenshot", shot]),
        ]
        rows = []
        programs = ([str(frozen)], source)
        for label, args in cases:
            times: tuple[list[float], list[float]] = ([], [])
            for program in programs:
                timed([*program, *args], env)  # warm-up
            # alternate the two, so that both see the same load from anything else running
            for _ in range(runs):
                for program, measured in zip(programs, times, strict=True):
                    measured.append(timed([*program, *args], env))
            rows.append((label, Spread.of(times[0]), Spread.of(times[1])))
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each command (default 7)")
    parser.add_argument("--frozen", type=Path, default=default_frozen(), help="the frozen executable")
    args = parser.parse_args(argv)
    if not args.frozen.is_file():
        print(f"{args.frozen} not found: build it first with `bash installer/build.sh`", file=sys.stderr)
        return 1
    print(f"Pressmark {__version__}: start-up, seconds, median (min–max) of {args.runs} runs")
    print(f"frozen: {args.frozen}\nsource: {sys.executable} main.py\n")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'command':<22} {'frozen':>22} {'source':>22}  frozen/source")
    for label, frozen, source in measure(args.frozen, args.runs):
        ratio = frozen.median / source.median if source.median else float("nan")
        print(f"{label:<22} {frozen.text(2):>22} {source.text(2):>22}  {ratio:.2f}×")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
