"""How the import of one long plain text grows with its length: 50 KB to 10 MB.

    python bench/long_text_bench.py [--sizes 50k,200k,1m,10m] [--runs 3] [--stages-only]

Each text is Reuters stories (title and body, blank lines between) laid end to end up to the
size asked, written as one ``.txt`` file. For each size it prints the median wall and CPU
time of ``pressmark import`` of that file into a fresh catalogue (a subprocess, as the user
runs it: start-up, read, parse, propose, store, index) and, in this process, of the steps
that grow with the text: parsing, and preparing (hashes, quotation and actor proposals),
the latter also against a catalogue's actors ("known": the names proposed for 2 MB of
other Reuters stories, about 9,000 names and surnames, as a catalogue of the whole corpus
would hold).
CPU time is the steadier figure on a machine shared with other work. The last column is how
much more CPU time each step took than at the previous size, over how much longer the text
is: near 1 is linear, well above 1 grows faster than the input. A number, not a test (exit
0 either way, 2 without the corpus).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.reuters import load_stories  # noqa: E402

UNITS = {"k": 1_000, "m": 1_000_000}


def size_of(text: str) -> int:
    """``"200k"`` -> 200000, ``"10m"`` -> 10000000."""
    text = text.strip().lower()
    return int(float(text[:-1]) * UNITS[text[-1]]) if text[-1] in UNITS else int(text)


def long_text(size: int, skip: int = 0) -> str:
    """About ``size`` characters of Reuters stories, from the ``skip``-th usable story on,
    as one plain text with a title line. Raises FileNotFoundError without the corpus."""
    parts = ["Reuters stories laid end to end\n\n"]
    total = len(parts[0])
    for story in load_stories()[skip:]:
        part = f"{story.title}\n\n{story.body}\n\n"
        parts.append(part)
        total += len(part)
        if total >= size:
            break
    return "".join(parts)[:size].rstrip() + "\n"


Timing = tuple[float, float]  # (wall seconds, CPU seconds)


def time_cli_import(path: Path, scratch: Path) -> Timing:
    """Wall and CPU seconds for ``pressmark import path`` into a fresh catalogue under ``scratch``."""
    catalogue = Path(tempfile.mkdtemp(dir=scratch))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "main.py"),
            "--catalog",
            str(catalogue / "c"),
            "import",
            str(path),
        ],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"import of {path} failed: {done.stdout}{done.stderr}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, cpu


def _clock() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(started: Timing) -> Timing:
    now = _clock()
    return now[0] - started[0], now[1] - started[1]


def known_names(size: int = 2_000_000):
    """A catalogue's actors as the import sees them: every name (and a person's surname)
    proposed for ``size`` characters of stories from the end of the corpus, which the long
    texts (from its start) do not reach below 10 MB."""
    from catalog.proposals import KnownNames, propose_actors, propose_quotes

    parts, total = [], 0
    for story in reversed(load_stories()):
        parts.append(f"{story.title}\n\n{story.body}\n\n")
        total += len(parts[-1])
        if total >= size:
            break
    body = "".join(parts)
    names: dict[str, tuple[str, str]] = {}
    for actor in propose_actors(body, {}, propose_quotes(body)):
        names[actor.name.lower()] = (actor.name, actor.type)
        words = actor.name.split()
        if actor.type == "person" and len(words) > 1:
            names.setdefault(words[-1].lower(), (actor.name, actor.type))
    return KnownNames(names)


def time_stages(data: bytes, name: str, known) -> dict[str, Timing]:
    """Wall and CPU seconds for parsing, and for preparing (proposals) one file's bytes
    with an empty catalogue and with ``known`` actors."""
    from catalog.importers import parse_bytes
    from catalog.importing import prepare
    from catalog.proposals import KnownNames

    times: dict[str, Timing] = {}
    started = _clock()
    parsed = parse_bytes(data, name)
    times["parse"] = _since(started)
    started = _clock()
    prepare(parsed, data, name, KnownNames())
    times["prepare"] = _since(started)
    if known is not None:
        started = _clock()
        prepare(parsed, data, name, known)
        times["known"] = _since(started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50k,200k,1m,10m")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stages-only", action="store_true", help="skip the end-to-end CLI import")
    parser.add_argument(
        "--no-known", action="store_true", help="skip preparing against known actors"
    )
    args = parser.parse_args(argv)
    sizes = [size_of(s) for s in args.sizes.split(",")]
    try:
        texts = {size: long_text(size) for size in sizes}
        known = None if args.no_known else known_names()
    except FileNotFoundError as exc:
        print(f"long_text_bench: {exc}", file=sys.stderr)
        return 2
    previous: tuple[int, dict[str, float]] | None = None
    print(
        f"load average at start: {os.getloadavg()[0]:.1f}; known actors' names: {len(known or ())}"
    )
    with tempfile.TemporaryDirectory(prefix="pressmark-long-") as scratch_name:
        scratch = Path(scratch_name)
        print(
            f"{'bytes':>10} {'step':<8} {'wall s':>7} {'CPU s':>7}  {'wall runs':<22} growth/size"
        )
        for size in sizes:
            path = scratch / f"long-{size}.txt"
            path.write_text(texts[size], encoding="utf-8")
            data = path.read_bytes()
            runs: dict[str, list[Timing]] = {}
            for _ in range(args.runs):
                for step, timing in time_stages(data, path.name, known).items():
                    runs.setdefault(step, []).append(timing)
                if not args.stages_only:
                    runs.setdefault("import", []).append(time_cli_import(path, scratch))
            walls = {step: statistics.median(t[0] for t in values) for step, values in runs.items()}
            cpus = {step: statistics.median(t[1] for t in values) for step, values in runs.items()}
            for step, values in runs.items():
                growth = ""
                if previous is not None and previous[1].get(step):
                    ratio = (cpus[step] / previous[1][step]) / (len(data) / previous[0])
                    growth = f"{ratio:.2f}"
                shown = ", ".join(f"{t[0]:.2f}" for t in values)
                print(
                    f"{len(data):>10,} {step:<8} {walls[step]:>7.2f} {cpus[step]:>7.2f}  {shown:<22} {growth}",
                    flush=True,
                )
            previous = (len(data), cpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
