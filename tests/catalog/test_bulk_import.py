"""Bulk import: workers prepare files ahead of the writer; the result is the same as without."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog import import_pool, importing
from catalog.catalog import Catalog
from catalog.models import Proposal

ARTICLE = """# {title}

By {author}

Published 2024-03-0{day}

The harbour board met on Tuesday. "We will rebuild the north quay before winter," said
Mara Olsen, the board's chair, adding that the Harbour Trust had agreed to pay half.
Story {n} of the test set: {filler}.
"""


def _folder(tmp_path, count: int = 12):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        author = ["Ines Varga", "Tom Reyes", "Ines Varga"][n % 3]
        text = ARTICLE.format(title=f"Quay story {n}", author=author, day=1 + n % 9, n=n, filler="x" * n)
        (folder / f"{n:02d}.md").write_text(text, encoding="utf-8")
    (folder / "05b.md").write_text((folder / "05.md").read_text("utf-8"), encoding="utf-8")
    (folder / "zz-empty.md").write_text("   \n", encoding="utf-8")
    return folder


def _run(tmp_path, name: str, workers: str, monkeypatch) -> tuple[list[tuple[str, str]], list, dict]:
    monkeypatch.setenv("PRESSMARK_IMPORT_WORKERS", workers)
    catalog = Catalog(tmp_path / name)
    try:
        outcomes = catalog.documents.import_paths([_folder(tmp_path / name)], batch=4)
        with catalog.store.reading() as session:
            proposals = sorted(
                (p.document.title, p.kind, json.dumps(json.loads(p.payload), sort_keys=True))
                for p in session.scalars(select(Proposal))
            )
        hits = catalog.search.run("quay", limit=50, facets=False).total
        stats = catalog.maintenance.stats()
        stats["hits"] = hits
        shown = [(o.path.rsplit("/", 1)[-1], o.status) for o in outcomes]
        return shown, proposals, stats
    finally:
        catalog.close()


def test_workers_give_the_same_catalogue_as_one_process(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(import_pool, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(import_pool, "PIECE", 3)
    alone = _run(tmp_path, "alone", "0", monkeypatch)
    pooled = _run(tmp_path, "pooled", "1", monkeypatch)
    assert pooled == alone
    assert not [r for r in caplog.records if r.name == "catalog.import_pool"]  # no fallback
    statuses = dict(alone[0])
    assert statuses["05b.md"] == "duplicate"  # a duplicate of a file in the same batch
    assert statuses["zz-empty.md"] == "failed"
    assert alone[2]["documents"] == 12 and alone[2]["hits"] == 12
    assert alone[2]["actors"] == 2  # each author once, though both recur across batches
    assert any(kind == "actor" and "Mara Olsen" in payload for _t, kind, payload in alone[1])


def test_a_dead_worker_does_not_stop_the_import(tmp_path, monkeypatch):
    monkeypatch.setattr(import_pool, "POOL_MIN_FILES", 1)
    monkeypatch.setenv("PRESSMARK_IMPORT_WORKERS", "1")

    submit = import_pool.Preparer._submit

    def submit_then_kill(self, index):
        submit(self, index)
        for process in list(self.pool._processes.values()):
            os.kill(process.pid, signal.SIGKILL)

    monkeypatch.setattr(import_pool.Preparer, "_submit", submit_then_kill)
    catalog = Catalog(tmp_path / "cat")
    try:
        outcomes = catalog.documents.import_paths([_folder(tmp_path)], batch=4)
        assert sum(o.status == "imported" for o in outcomes) == 12
    finally:
        catalog.close()


def test_an_unexpected_error_fails_its_file_alone(tmp_path, monkeypatch):
    """A bug while adding one file rolls the batch back and adds the others one by one."""
    original = importing.add_prepared

    def flaky(session, changes, item, *rest):
        if item.name.endswith("03.md"):
            raise ValueError("a bug")
        return original(session, changes, item, *rest)

    monkeypatch.setattr(importing, "add_prepared", flaky)
    catalog = Catalog(tmp_path / "cat")
    try:
        outcomes = catalog.documents.import_paths([_folder(tmp_path)], batch=4)
        failed = [o for o in outcomes if o.status == "failed"]
        assert [o.path.rsplit("/", 1)[-1] for o in failed] == ["03.md", "zz-empty.md"]
        assert "internal error: ValueError: a bug" in failed[0].message
        assert catalog.maintenance.stats()["documents"] == 11
        assert catalog.search.run("quay", limit=50, facets=False).total == 11
        report = catalog.maintenance.check()
        assert report.ok, report.problems
    finally:
        catalog.close()


@pytest.mark.parametrize("count", [1, 3])
def test_originals_are_stored_under_their_hash(tmp_path, count):
    originals = importing.Originals(tmp_path / "orig")
    paths = [originals.add(f"file {i}".encode(), f"{i:02d}" + "a" * 62, ".MD") for i in range(count)]
    assert not any(p.exists() for p in paths)  # not under their final name before commit
    originals.commit()
    assert [p.read_bytes() for p in paths] == [f"file {i}".encode() for i in range(count)]
    assert not list((tmp_path / "orig").rglob(".incoming-*"))


def _keys_and_hits(catalog: Catalog) -> tuple[set[str], dict[str, int]]:
    hits = {q: catalog.search.run(q, limit=100, facets=False).total for q in ("quay", "harbour", '"north quay"', "varga")}
    return catalog.store.index.keys(), hits


def test_segment_workers_index_a_big_change_like_one_process(tmp_path, monkeypatch):
    """Many new records (a bundle, a rebuild) are written by worker processes as new
    segments; the index holds the same entries and answers the same."""
    from catalog.search import index as search_index

    monkeypatch.setattr(search_index, "PARALLEL_MIN", 5)
    monkeypatch.setattr(search_index, "PARALLEL_CHUNK", 3)
    results = {}
    for workers in ("0", "2"):
        monkeypatch.setenv("PRESSMARK_INDEX_WORKERS", workers)
        catalog = Catalog(tmp_path / f"cat-{workers}")
        try:
            source = tmp_path / f"in-{workers}"
            source.mkdir()
            catalog.documents.import_paths([_folder(source)], batch=50)
            imported = _keys_and_hits(catalog)
            assert catalog.search.reindex() == len(imported[0])
            assert _keys_and_hits(catalog) == imported
            results[workers] = imported
            assert catalog.maintenance.check().ok
        finally:
            catalog.close()
    assert results["2"][1] == results["0"][1] and len(results["2"][0]) == len(results["0"][0])


def test_a_failing_segment_worker_leaves_the_index_to_be_rebuilt(tmp_path, monkeypatch):
    from catalog.search import index as search_index

    monkeypatch.setattr(search_index, "PARALLEL_MIN", 5)
    monkeypatch.setenv("PRESSMARK_INDEX_WORKERS", "2")

    def broken_finish(self, timeout=0):
        self.stop()
        raise RuntimeError("an index worker failed: killed")

    monkeypatch.setattr(search_index.SegmentWorkers, "finish", broken_finish)
    catalog = Catalog(tmp_path / "cat")
    try:
        outcomes = catalog.documents.import_paths([_folder(tmp_path)], batch=50)
        assert sum(o.status == "imported" for o in outcomes) == 12  # the database has them
        assert catalog.index_problem and "rebuilt" in catalog.index_problem
    finally:
        catalog.close()
    monkeypatch.undo()
    with Catalog(tmp_path / "cat") as reopened:  # the stale index is noticed and rebuilt
        assert reopened.index_problem is None
        assert reopened.search.run("quay", limit=50, facets=False).total == 12


def test_cancel_stops_at_the_next_file_and_keeps_committed_batches(tmp_path):
    from catalog.store import CancelToken

    catalog = Catalog(tmp_path / "cat")
    token = CancelToken()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if done == 6:
            token.cancel()

    try:
        outcomes = catalog.documents.import_paths([_folder(tmp_path)], progress=progress, cancel=token, batch=4)
        assert len(outcomes) == 4  # the first batch; the second was cancelled part-way
        assert catalog.maintenance.stats()["documents"] == 4
        assert seen[:6] == [1, 2, 3, 4, 5, 6]
        assert catalog.maintenance.check().ok
    finally:
        catalog.close()



def test_an_import_of_many_batches_writes_the_index_once_at_the_end(tmp_path, monkeypatch):
    """Each batch commits without writing the index (marked out of date meanwhile, so a kill
    leaves it to be rebuilt); at the end every batch's records are found, in one write."""
    catalog = Catalog(tmp_path / "cat")
    applied, during = [], []
    real_apply = catalog.store.index.apply

    def apply(upserts, deletes, generation):
        applied.append(len(upserts))
        return real_apply(upserts, deletes, generation)

    def progress(done, total, message):
        if message.startswith("imported"):
            during.append(catalog.store.index.synced_generation())
        if message.startswith("Indexing"):
            during.append(message)

    monkeypatch.setattr(catalog.store.index, "apply", apply)
    try:
        catalog.documents.import_paths([_folder(tmp_path)], progress=progress, batch=4)
        assert len(applied) == 1 and applied[0] >= 12, applied  # one write for the four batches
        assert set(during[:-1]) == {None} and during[-1].startswith("Indexing "), during
        assert catalog.store.index.synced_generation() == catalog.store.generation()
        assert catalog.search.run("quay", limit=50, facets=False).total == 12
        assert catalog.maintenance.check().ok
    finally:
        catalog.close()
    with Catalog(tmp_path / "cat") as reopened:
        assert reopened.index_problem is None


def test_what_committed_before_a_failure_is_indexed_all_the_same(tmp_path):
    catalog = Catalog(tmp_path / "cat")
    try:
        with pytest.raises(RuntimeError), catalog.store.index_deferred():
            catalog.documents.import_paths([_folder(tmp_path)], batch=100)  # nested: deferred as well
            assert catalog.store.index.synced_generation() is None
            assert catalog.search.run("quay", limit=50, facets=False).total == 0
            raise RuntimeError("the import's caller fails")
        assert catalog.search.run("quay", limit=50, facets=False).total == 12
        assert catalog.store.index.synced_generation() == catalog.store.generation()
    finally:
        catalog.close()


def _killed_in_a_deferral(tmp_path, monkeypatch, after_commit: bool):
    """Import in a deferral that never ends (the process "killed"): before its index write,
    or after the write committed its segment but before the index was marked in sync.
    Returns the deferral, to be held: collected, it would end and write the index."""
    catalog = Catalog(tmp_path / "cat")
    catalog.documents.import_paths([_folder(tmp_path)], batch=100)
    catalog.documents.update(catalog.documents.find()[0].uuid, notes="before the import")
    deferral = catalog.store.index_deferred()
    deferral.__enter__()
    more = tmp_path / "more"
    more.mkdir()
    for n in range(20, 26):
        text = ARTICLE.format(title=f"Later quay story {n}", author="Ada Lind", day=3, n=n, filler="y" * n)
        (more / f"{n}.md").write_text(text, encoding="utf-8")
    catalog.documents.import_paths([more], batch=4)
    first = catalog.documents.find()[0]
    catalog.documents.update(first.uuid, title="Retitled in the deferral")
    if after_commit:
        def killed(generation):
            raise KeyboardInterrupt  # not caught by the index's error handling: as a kill
        monkeypatch.setattr(catalog.store.index, "mark_synced", killed)
        with pytest.raises(KeyboardInterrupt):
            deferral.__exit__(None, None, None)
    catalog.store.lock.release()  # what the kill's end of the process does
    return deferral


@pytest.mark.parametrize("after_commit", [False, True])
def test_an_import_killed_before_its_index_write_catches_up_without_a_rebuild(tmp_path, monkeypatch, after_commit):
    held = _killed_in_a_deferral(tmp_path, monkeypatch, after_commit)
    monkeypatch.undo()
    from catalog.services.search import SearchService

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(SearchService, "reindex", no_rebuild)
    with Catalog(tmp_path / "cat") as reopened:
        assert reopened.index_problem is None
        assert reopened.store.index.synced_generation() == reopened.store.generation()
        assert reopened.search.run("quay", limit=100, facets=False).total == 18
        assert reopened.search.run('"Retitled in the deferral"', facets=False).total == 1
        assert reopened.maintenance.check().ok
    assert held is not None

def test_a_rebuild_inside_a_deferral_starts_it_afresh(tmp_path):
    """The rebuild already holds what the deferral gathered: at the deferral's end those
    records are not added a second time, and what came after the rebuild is found once."""
    catalog = Catalog(tmp_path / "cat")
    try:
        with catalog.store.index_deferred():
            catalog.documents.import_paths([_folder(tmp_path)], batch=100)
            catalog.search.reindex()
            assert catalog.search.run("quay", limit=50, facets=False).total == 12
            catalog.documents.update(catalog.documents.find()[0].uuid, title="Retitled after the rebuild")
        assert catalog.search.run("quay", limit=50, facets=False).total == 12
        assert catalog.search.run('"Retitled after the rebuild"', facets=False).total == 1
        assert catalog.store.index.synced_generation() == catalog.store.generation()
        assert catalog.maintenance.check().ok
    finally:
        catalog.close()


def test_a_kill_after_a_rebuild_inside_a_deferral_catches_up_from_the_rebuild(tmp_path, monkeypatch):
    catalog = Catalog(tmp_path / "cat")
    deferral = catalog.store.index_deferred()
    deferral.__enter__()
    catalog.documents.import_paths([_folder(tmp_path)], batch=100)
    catalog.search.reindex()
    catalog.documents.update(catalog.documents.find()[0].uuid, title="Retitled after the rebuild")
    catalog.store.lock.release()  # the process "killed" inside the deferral
    from catalog.services.search import SearchService

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(SearchService, "reindex", no_rebuild)
    with Catalog(tmp_path / "cat") as reopened:
        assert reopened.index_problem is None
        assert reopened.search.run("quay", limit=50, facets=False).total == 12
        assert reopened.search.run('"Retitled after the rebuild"', facets=False).total == 1
        assert reopened.maintenance.check().ok
    assert deferral is not None


def test_merging_after_an_import_keeps_the_big_segment(tmp_path):
    """Merging costs what was added, not a rewrite of the catalogue's biggest segment."""
    catalog = Catalog(tmp_path / "cat")
    try:
        catalog.documents.import_paths([_folder(tmp_path)], batch=50)
        catalog.store.index.merge_segments(optimize=True)
        (big,) = catalog.store.index._index._segments()
        for n, view in enumerate(catalog.documents.find()[:3]):
            catalog.documents.update(view.uuid, notes=f"note {n}")  # small segments beside the big one
        assert catalog.store.index.segment_count() == 4
        assert catalog.search.maintain_index(max_segments=3)
        names = [segment.segment_id() for segment in catalog.store.index._index._segments()]
        assert big.segment_id() in names and len(names) == 2
        assert catalog.search.run("quay", limit=50, facets=False).total == 12
        assert catalog.maintenance.check().ok
    finally:
        catalog.close()


def test_a_commit_reopens_only_the_segments_it_changed(tmp_path):
    catalog = Catalog(tmp_path / "cat")
    try:
        catalog.documents.import_paths([_folder(tmp_path)], batch=50)
        catalog.store.index.merge_segments(optimize=True)
        assert catalog.search.run("quay", limit=50, facets=False).total == 12
        (big,) = catalog.store.index._readers.values()
        docs = catalog.documents.find()
        catalog.quotes.add(docs[0].uuid, 0, 10)  # a new small segment; the big one is unchanged
        assert catalog.search.run("quay", limit=50, facets=False).total == 13
        assert big in catalog.store.index._readers.values() and len(catalog.store.index._readers) == 2
        catalog.trash.delete([docs[1].uuid])  # a deletion in the big segment: its reader is replaced
        assert catalog.search.run("quay", limit=50, facets=False).total == 12
        assert big not in catalog.store.index._readers.values()
        assert docs[1].uuid not in {hit.uuid for hit in catalog.search.run("quay", limit=50, facets=False).hits}
    finally:
        catalog.close()


_KILLED_PARENT = """
import os, signal, sys
from pathlib import Path
from catalog import import_pool
from catalog.proposals import KnownNames
from catalog.search.index import SearchIndex, SegmentWorkers

folder, notes = Path(sys.argv[1]), sorted(Path(sys.argv[2]).iterdir())
import_pool.POOL_MIN_FILES = 1
preparer = import_pool.Preparer([notes[:1], notes[1:]], KnownNames())
preparer.result(0)
index = SearchIndex(folder)
index.create_empty()
workers = SegmentWorkers(folder, 2)
pids = [p.pid for p in preparer.pool._processes.values()] + [p.pid for p in workers.processes]
print(" ".join(map(str, pids)), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads process states from /proc (Linux)")
def test_workers_end_when_their_parent_is_killed(tmp_path, monkeypatch):
    import subprocess
    import sys
    import time

    monkeypatch.setenv("PRESSMARK_IMPORT_WORKERS", "1")
    notes = tmp_path / "notes"
    notes.mkdir()
    for n in range(3):
        (notes / f"{n}.txt").write_text(f"Note {n}\n\nAbout the quay.\n", encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_PARENT, str(tmp_path / "index"), str(notes)],
        cwd=repo, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    pids = [int(pid) for pid in run.stdout.split()]
    assert len(pids) == 3
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
        time.sleep(0.2)
    alive = [pid for pid in pids if Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid)]
    assert not alive, f"workers outlived their parent: {alive}"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "gone"
