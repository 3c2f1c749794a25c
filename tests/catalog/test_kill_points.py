"""Kill a bulk import, a bundle import, a reindex, an undo, a redo and a three-way bundle
import with SIGKILL at random points; the catalogue survives.

The default suite tries a few kill points per operation; set PRESSMARK_KILL_POINTS=50 (as the
slow run in .ci does) for the full run. After each kill the catalogue opens, ``check`` reports it
consistent, every committed batch is whole, every document equals what its original parses to,
and the index agrees with the database.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog.catalog import Catalog
from catalog.importers import parse_bytes
from catalog.indexing import live_counts
from catalog.models import Operation, Revision
from catalog.revisions.author import Author
from catalog.revisions.state import MODELS, RECORD_TYPES, read_states
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
        report = cat.maintenance.check()
        assert report.ok, [p.what for p in report.problems]
        docs = cat.documents.find()
        # batches are all or nothing
        assert len(docs) % BATCH == 0 or len(docs) == FILES, len(docs)
        for view in docs:
            source = sources / view.original_name
            parsed = parse_bytes(source.read_bytes(), source.name)
            assert view.body == normalise(parsed.body) and view.title == parsed.title
        assert cat.store.index.doc_count() == sum(cat.maintenance.stats()[k] for k in ("documents", "quotes", "actors"))
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
            report = cat.maintenance.check()
            assert report.ok, [p.what for p in report.problems]
            counts = _counts_of(cat)
            assert counts in ({"documents": 0, "quotes": 0, "actors": 0, "tags": 0}, expected), counts
            assert cat.store.index.doc_count() == counts["documents"] + counts["quotes"] + counts["actors"]
        outcomes.add(counts == expected)
        # importing again completes the job and changes nothing more after that
        subprocess.run(_cli("--catalog", str(folder), "bundle", "import", str(bundle)), cwd=REPO, check=True, capture_output=True, timeout=600)
        assert _counts(folder) == expected


def _documents(folder: Path):
    with Catalog(folder) as cat:
        return cat.documents.find()


def _counts_of(cat: Catalog) -> dict[str, int]:
    stats = cat.maintenance.stats()
    return {k: stats[k] for k in ("documents", "quotes", "actors", "tags")}


def _counts(folder: Path) -> dict[str, int]:
    with Catalog(folder) as cat:
        return _counts_of(cat)


# ----- undo, redo and a three-way bundle import -------------------------------------------------
#
# Each is one unit of work: after a kill the catalogue is exactly as before it or exactly as after
# a complete run made beforehand in a copy of the same folder (every record's whole state, read
# with read_states), the undo status and the operations table agree with which one it is, check
# passes, and the index holds what a rebuild from the database holds.

# the last change of the catalogue whose undo and redo are killed: many records of every kind
UNDONE = {"accept": "Accept all proposals", "trash": f"Delete {FILES} records"}


def _dump(cat: Catalog) -> dict[str, dict[str, dict]]:
    with cat.store.reading() as session:
        return {t: read_states(session, t, session.scalars(select(MODELS[t].uuid))) for t in RECORD_TYPES}


def _operations(cat: Catalog) -> dict[str, tuple]:
    """op_id -> (kind, label, undo_state, brought_by, its revisions as (rev_id, record, action, parent))."""
    with cat.store.reading() as session:
        revisions: dict[int, list[tuple]] = {}
        for row in session.execute(select(Revision.operation_id, Revision.rev_id, Revision.record_uuid, Revision.action, Revision.parent_rev)):
            revisions.setdefault(row[0], []).append(tuple(row[1:]))
        return {
            o.op_id: (o.kind, o.label, o.undo_state, o.brought_by, sorted(revisions.get(o.id, [])))
            for o in session.scalars(select(Operation))
        }


def _shape(operations: dict[str, tuple]) -> list[tuple]:
    """The operations without their own random ids: kind, label, state and how many revisions."""
    return sorted((kind, label, state, len(revisions)) for kind, label, state, _by, revisions in operations.values())


def _index_terms(cat: Catalog) -> dict[tuple[str, bytes], frozenset[str]]:
    """Every term of the index and the keys of the live entries that hold it."""
    reader = cat.store.index.searcher().reader()
    keys = {docnum: fields["key"] for docnum, fields in reader.iter_docs()}
    terms: dict[tuple[str, bytes], frozenset[str]] = {}
    for fieldname, text in reader.all_terms():
        holders = frozenset(keys[d] for d in reader.postings(fieldname, text).all_ids() if d in keys)
        if holders:
            terms[(fieldname, text)] = holders
    return terms


def _opened_after_kill(folder: Path) -> tuple[Catalog, bool]:
    """Open the catalogue a kill left; the index must either hold exactly what a rebuild from the
    database holds or be known to be stale (then opening rebuilds it). Returns the open
    catalogue, checked consistent, and whether its index was stale."""
    cat = Catalog(folder, index_repair="later")
    try:
        stale = cat.index_problem is not None
        found = None if stale else _index_terms(cat)
        cat.search.reindex()
        if found is not None:
            assert found == _index_terms(cat), "the index differs from the database and nothing says so"
        report = cat.maintenance.check()
        assert report.ok, [p.what for p in report.problems]
        with cat.store.reading() as session:
            assert cat.store.index.doc_count() == live_counts(session)
    except BaseException:
        cat.close()
        raise
    return cat, stale


def _delays(rng: random.Random, ready: float, full: float, points: int) -> list[float]:
    """Kill times spread over the command's own work: after ``ready`` (its start-up, measured by a
    command that opens the catalogue and does nothing) up to a little past ``full``."""
    start = max(0.05, ready * 0.8)
    return [rng.uniform(start, max(start + 0.1, full * 1.05)) for _ in range(points)]


def _ready_time(folder: Path) -> float:
    return min(_time(_cli("--catalog", str(folder), "stats")) for _ in range(2))


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _prepared(tmp_path: Path) -> dict[str, Path]:
    """Catalogues whose last change touched many records: every proposal accepted (40 quotes and
    43 actors made, 40 documents edited), and every document trashed after that."""
    sources = _articles(tmp_path / "in")
    accept = tmp_path / "accept"
    with Catalog(accept) as cat:
        cat.documents.import_paths([sources])
        cat.proposals.accept_all()
        uuids = [d.uuid for d in cat.documents.find()]
    trash = _copy(accept, tmp_path / "trash")
    with Catalog(trash) as cat:
        cat.trash.delete(uuids)
    return {"accept": accept, "trash": trash}


def _history_kill_run(tmp_path: Path, verb: str, seed: str) -> None:
    """Kill ``pressmark undo`` (or ``redo``) at random points, alternating between the prepared
    catalogues; each ends exactly before or exactly after, with an undo status to match."""
    prepared = _prepared(tmp_path)
    if verb == "redo":  # start from the undone change
        for folder in prepared.values():
            with Catalog(folder) as cat:
                cat.history.undo()
    before, after, ops_after, full = {}, {}, {}, 0.0
    for name, folder in prepared.items():
        with Catalog(folder) as cat:
            before[name] = _dump(cat)
        reference = _copy(folder, tmp_path / f"{name}-reference")
        full = max(full, _time(_cli("--catalog", str(reference), verb)))
        with Catalog(reference) as cat:
            after[name], ops_after[name] = _dump(cat), _operations(cat)
        assert after[name] != before[name]
    ready = _ready_time(prepared["accept"])
    rng = random.Random(int(os.environ.get("PRESSMARK_KILL_SEED", seed)))
    outcomes = []
    for point, delay in enumerate(_delays(rng, ready, full, KILL_POINTS)):
        name = sorted(prepared)[point % len(prepared)]
        label = UNDONE[name]
        folder = _copy(prepared[name], tmp_path / f"cat{point}")
        with Catalog(folder) as cat:
            ops_before = _operations(cat)
        _run_and_kill(_cli("--catalog", str(folder), verb), delay)
        cat, stale = _opened_after_kill(folder)
        with cat:
            state = _dump(cat)
            assert state in (before[name], after[name]), f"{verb} half done at {delay:.2f}s"
            done = state == after[name]
            status = cat.history.undo_status()
            ops = _operations(cat)
            if done:
                assert (status.redo if verb == "undo" else status.undo) == label, status
                assert _shape(ops) == _shape(ops_after[name]) and set(ops_before) < set(ops)
            else:
                assert (status.undo if verb == "undo" else status.redo) == label, status
                assert ops == ops_before
                # and it can simply be done again
                getattr(cat.history, verb)()
                assert _dump(cat) == after[name]
        outcomes.append((round(delay, 2), name, done, stale))
        shutil.rmtree(folder)
    print(f"{verb}: ready {ready:.2f}s, full {full:.2f}s; (delay, catalogue, done, index stale): {sorted(outcomes)}")


@pytest.mark.slow
def test_undo_survives_sigkill(tmp_path):
    _history_kill_run(tmp_path, "undo", "4")


@pytest.mark.slow
def test_redo_survives_sigkill(tmp_path):
    _history_kill_run(tmp_path, "redo", "5")


def _colleagues(tmp_path: Path) -> tuple[Path, Path]:
    """Ann's catalogue of the 40 files, sent to Ben, and Ben's bundle back: Ben corrected several
    documents, tagged some, described the actors, annotated quotes; meanwhile Ann edited other
    documents and changed the kind of quotes, some of them Ben's. Returns Ann's folder, before
    she imports Ben's bundle, and the bundle."""
    sources = _articles(tmp_path / "in")
    ann, ben = tmp_path / "ann", tmp_path / "ben"
    with Catalog(ann, author=Author("Ann Archivist", "00000000-0000-4000-8000-00000000000a")) as cat:
        cat.documents.import_paths([sources])
        cat.proposals.accept_all()
        cat.exchange.export_bundle(tmp_path / "ann.zip")
    with Catalog(ben, author=Author("Ben Researcher", "00000000-0000-4000-8000-00000000000b")) as cat:
        cat.exchange.import_bundle(tmp_path / "ann.zip")
        docs = sorted(d.uuid for d in cat.documents.find())
        for i, uuid in enumerate(docs[:12]):
            cat.documents.update(uuid, title=f"Corrected title {i}", section="Heritage")
        cat.tags.apply(docs[8:20], "Harbour/Checked")
        for actor in cat.actors.find()[:10]:
            cat.actors.update(actor.uuid, description="checked against the register")
        quotes = sorted(q.uuid for q in cat.quotes.find())
        for uuid in quotes[:8]:
            cat.quotes.update(uuid, note="Ben's note")
        cat.exchange.export_bundle(tmp_path / "ben.zip")
    with Catalog(ann, author=Author("Ann Archivist", "00000000-0000-4000-8000-00000000000a")) as cat:
        for uuid in docs[10:25]:
            cat.documents.update(uuid, notes="Ann's notes")
        for uuid in quotes[4:12]:
            cat.quotes.update(uuid, kind="excerpt")
    return ann, tmp_path / "ben.zip"


@pytest.mark.slow
def test_three_way_bundle_import_survives_sigkill(tmp_path):
    """Killed anywhere, Ann's import of Ben's bundle has happened whole (the merge, its revisions
    and Ben's revisions under his name) or not at all; importing it again then merges it."""
    ann, bundle = _colleagues(tmp_path)
    with Catalog(ann) as cat:
        before, ops_before = _dump(cat), _operations(cat)
    reference = _copy(ann, tmp_path / "reference")
    full = _time(_cli("--catalog", str(reference), "bundle", "import", str(bundle)))
    with Catalog(reference) as cat:
        after, ops_after = _dump(cat), _operations(cat)
    merged = [d for d in after["document"].values() if d["notes"] == "Ann's notes" and d["title"].startswith("Corrected")]
    assert len(merged) == 2, "both sides' edits of documents 10 and 11 are kept"
    quotes = [q for q in after["quote"].values() if q["note"] == "Ben's note" and q["kind"] == "excerpt"]
    assert len(quotes) == 4, "both sides' edits of quotes 4 to 7 are kept"
    new_ops = {op: row for op, row in ops_after.items() if op not in ops_before}
    merge = next(row for row in new_ops.values() if row[0] == "merge")
    foreign = {op: row for op, row in new_ops.items() if row[0] == "foreign"}
    assert foreign and len(new_ops) == len(foreign) + 1
    ready = _ready_time(ann)
    rng = random.Random(int(os.environ.get("PRESSMARK_KILL_SEED", "6")))
    outcomes = []
    for point, delay in enumerate(_delays(rng, ready, full, KILL_POINTS)):
        folder = _copy(ann, tmp_path / f"cat{point}")
        _run_and_kill(_cli("--catalog", str(folder), "bundle", "import", str(bundle)), delay)
        cat, stale = _opened_after_kill(folder)
        with cat:
            state, ops = _dump(cat), _operations(cat)
            assert state in (before, after), f"bundle import half done at {delay:.2f}s"
            done = state == after
            if done:
                added = {op: row for op, row in ops.items() if op not in ops_before}
                ours = [op for op, row in added.items() if row[0] == "merge"]
                assert len(ours) == 1 and len(added) == len(new_ops)
                kind, label, undo_state, _by, revisions = added.pop(ours[0])
                assert (kind, label, undo_state) == merge[:3]
                assert sorted(r[1:3] for r in revisions) == sorted(r[1:3] for r in merge[4])
                # Ben's revisions, every one, under their own ids, brought by this import
                assert added == {op: (*row[:3], ours[0], row[4]) for op, row in foreign.items()}
                assert cat.history.undo_status().undo == label
            else:
                assert ops == ops_before
            # importing it again gives the merged result, and then changes nothing
            generation = cat.maintenance.generation()
            report = cat.exchange.import_bundle(bundle)
            assert not report.conflicts
            assert _dump(cat) == after
            assert (cat.maintenance.generation() == generation) == done
            assert _shape(_operations(cat)) == _shape(ops_after)
        outcomes.append((round(delay, 2), done, stale))
        shutil.rmtree(folder)
    print(f"three-way import: ready {ready:.2f}s, full {full:.2f}s; (delay, done, index stale): {sorted(outcomes)}")
