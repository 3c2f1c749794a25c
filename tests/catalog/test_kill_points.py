"""Kill a bulk import, a bundle import and a reindex with SIGKILL at random points; the
catalogue survives.

The default suite tries a few kill points per operation; set PRESSMARK_KILL_POINTS=50 (as the
slow run in .ci does) for the full run. After each kill the catalogue opens, ``check`` reports it
consistent, every committed batch is whole, every document equals what its original parses to,
and the index agrees with the database.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog.catalog import Catalog
from catalog.importers import parse_bytes
from catalog.text import normalise

REPO = Path(__file__).resolve().parents[2]
KILL_POINTS = int(os.environ.get("PRESSMARK_KILL_POINTS", "4"))
BATCH = 5
FILES = 40


def _articles(folder: Path) -> Path:
    folder.mkdir()
    rng = random.Random(7)
    words = "harbour archive council flood volunteer register minutes quay storm ledger trust page".split()
    for i in range(FILES):
        body = "\n\n".join(" ".join(rng.choice(words) for _ in range(60)).capitalize() + "." for _ in range(6))
        quote = f'"We will keep every page of volume {i} safe," said Archivist Number{i}.'
        (folder / f"a{i:03}.md").write_text(f"# Article {i} about the harbour\n\n{body}\n\n{quote}\n", "utf-8")
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "catalog.cli.main", *args]


# the same command with the worker processes a big import or rebuild uses, at this small size
_WITH_WORKERS = (
    "import sys; import catalog.import_pool as pool, catalog.search.index as index; "
    "pool.POOL_MIN_FILES = 1; pool.PIECE = 3; index.PARALLEL_MIN = 5; index.PARALLEL_CHUNK = 7; "
    "from catalog.cli.main import main; sys.exit(main(sys.argv[1:]))"
)


def _cli_with_workers(*args: str) -> list[str]:
    return [sys.executable, "-c", _WITH_WORKERS, *args]


@pytest.fixture(params=["one process", "workers"])
def cli(request, monkeypatch):
    """The CLI as it runs a small job (one process) and a big one (worker processes)."""
    if request.param == "one process":
        return _cli, KILL_POINTS
    monkeypatch.setenv("PRESSMARK_IMPORT_WORKERS", "1")
    monkeypatch.setenv("PRESSMARK_INDEX_WORKERS", "2")
    return _cli_with_workers, max(2, KILL_POINTS // 5)


def _run_and_kill(argv: list[str], delay: float) -> int:
    proc = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    return proc.wait(timeout=120)


def _assert_consistent(folder: Path, sources: Path) -> int:
    with Catalog(folder) as cat:
        report = cat.check()
        assert report.ok, [p.what for p in report.problems]
        docs = cat.documents()
        # batches are all or nothing
        assert len(docs) % BATCH == 0 or len(docs) == FILES, len(docs)
        for view in docs:
            source = sources / view.original_name
            parsed = parse_bytes(source.read_bytes(), source.name)
            assert view.body == normalise(parsed.body) and view.title == parsed.title
        assert cat.index.doc_count() == sum(cat.stats()[k] for k in ("documents", "quotes", "actors"))
        return len(docs)


def _time(argv: list[str]) -> float:
    start = time.monotonic()
    subprocess.run(argv, cwd=REPO, check=True, capture_output=True, timeout=600)
    return time.monotonic() - start


@pytest.mark.slow
def test_bulk_import_survives_sigkill(tmp_path, cli):
    command, points = cli
    sources = _articles(tmp_path / "in")
    full = _time(command("--catalog", str(tmp_path / "timing"), "import", "--batch", str(BATCH), str(sources)))
    rng = random.Random(int(os.environ.get("PRESSMARK_KILL_SEED", "1")))
    seen = set()
    for point in range(points):
        folder = tmp_path / f"cat{point}"
        delay = rng.uniform(0.05, full)
        _run_and_kill(command("--catalog", str(folder), "import", "--batch", str(BATCH), str(sources)), delay)
        if not (folder / "catalog.sqlite").exists():
            continue  # killed before the catalogue was created: nothing to lose
        seen.add(_assert_consistent(folder, sources))
        # and the import can simply be run again to finish the job
        subprocess.run(_cli("--catalog", str(folder), "import", str(sources)), cwd=REPO, capture_output=True, timeout=600)
        assert _assert_consistent(folder, sources) == FILES
    assert seen, "no kill landed after the catalogue was created"


@pytest.mark.slow
def test_reindex_survives_sigkill(tmp_path, cli):
    command, points = cli
    sources = _articles(tmp_path / "in")
    folder = tmp_path / "cat"
    subprocess.run(_cli("--catalog", str(folder), "import", str(sources)), cwd=REPO, check=True, capture_output=True, timeout=600)
    subprocess.run(_cli("--catalog", str(folder), "suggest", "--accept-all"), cwd=REPO, check=True, capture_output=True, timeout=600)
    full = _time(command("--catalog", str(folder), "reindex"))
    rng = random.Random(int(os.environ.get("PRESSMARK_KILL_SEED", "2")))
    for _ in range(points):
        _run_and_kill(command("--catalog", str(folder), "reindex"), rng.uniform(0.05, full))
        assert _assert_consistent(folder, sources) == FILES


@pytest.mark.slow
def test_bundle_import_survives_sigkill(tmp_path):
    """A bundle import is one transaction: after a kill, all of the bundle or none of it."""
    sources = _articles(tmp_path / "in")
    origin = tmp_path / "origin"
    subprocess.run(_cli("--catalog", str(origin), "import", str(sources)), cwd=REPO, check=True, capture_output=True, timeout=600)
    subprocess.run(_cli("--catalog", str(origin), "suggest", "--accept-all"), cwd=REPO, check=True, capture_output=True, timeout=600)
    subprocess.run(_cli("--catalog", str(origin), "tag", "add", "Harbour/Archive", *[d.uuid for d in _documents(origin)[:10]]), cwd=REPO, check=True, capture_output=True, timeout=600)
    bundle = tmp_path / "bundle.zip"
    subprocess.run(_cli("--catalog", str(origin), "bundle", "export", str(bundle)), cwd=REPO, check=True, capture_output=True, timeout=600)
    expected = _counts(origin)
    full = _time(_cli("--catalog", str(tmp_path / "timing"), "bundle", "import", str(bundle)))
    rng = random.Random(int(os.environ.get("PRESSMARK_KILL_SEED", "3")))
    outcomes = set()
    for point in range(KILL_POINTS):
        folder = tmp_path / f"cat{point}"
        Catalog(folder).close()
        _run_and_kill(_cli("--catalog", str(folder), "bundle", "import", str(bundle)), rng.uniform(0.05, full))
        with Catalog(folder) as cat:
            report = cat.check()
            assert report.ok, [p.what for p in report.problems]
            counts = _counts_of(cat)
            assert counts in ({"documents": 0, "quotes": 0, "actors": 0, "tags": 0}, expected), counts
            assert cat.index.doc_count() == counts["documents"] + counts["quotes"] + counts["actors"]
        outcomes.add(counts == expected)
        # importing again completes the job and changes nothing more after that
        subprocess.run(_cli("--catalog", str(folder), "bundle", "import", str(bundle)), cwd=REPO, check=True, capture_output=True, timeout=600)
        assert _counts(folder) == expected


def _documents(folder: Path):
    with Catalog(folder) as cat:
        return cat.documents()


def _counts_of(cat: Catalog) -> dict[str, int]:
    stats = cat.stats()
    return {k: stats[k] for k in ("documents", "quotes", "actors", "tags")}


def _counts(folder: Path) -> dict[str, int]:
    with Catalog(folder) as cat:
        return _counts_of(cat)
