"""Contracts of the whoosh internals the search layer reads (catalog.search.internals):
each is checked against whoosh's public, slow way of getting the same answer."""

from __future__ import annotations

import random

import pytest

from catalog.search import internals
from catalog.search.index import SearchIndex


@pytest.fixture
def index(tmp_path):
    rng = random.Random(3)
    words = "alpha beta gamma delta the of harbour ships".split()
    search_index = SearchIndex(tmp_path / "index")
    search_index.create_empty()
    entries = [{"key": f"document:{n}", "type": "document", "uuid": str(n), "doc_uuid": str(n),
                "title": " ".join(rng.choices(words, k=rng.randint(0, 5))),
                "body": " ".join(rng.choices(words, k=rng.randint(1, 400)))} for n in range(300)]  # fmt: skip
    search_index.apply(entries, [], generation=1)
    search_index.apply([], [f"document:{n}" for n in range(0, 300, 7)], generation=2)
    yield search_index
    search_index.close()


def test_length_bytes_are_whoosh_s_lengths(index):
    from whoosh.util.numeric import length_to_byte

    for reader, _offset in index.searcher().reader().leaf_readers():
        for fieldname in ("title", "body"):
            stored = internals.length_bytes(reader, fieldname)
            assert stored is not None and len(stored) == reader.doc_count_all()
            expected = [
                length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0)
                for d in range(reader.doc_count_all())
            ]
            assert list(stored) == expected


@pytest.mark.parametrize("deleted_too", [False, True])
def test_postings_read_by_blocks_are_the_matcher_s(index, deleted_too):
    for reader, _offset in index.searcher().reader().leaf_readers():
        for btext in (b"alpha", b"the", b"harbour", b"nothing"):
            ids, weights = internals.read_postings(
                reader, "body", btext, weights=True, deleted_too=deleted_too
            )
            expected = []
            if ("body", btext) in reader:
                matcher = reader.postings("body", btext)
                while matcher.is_active():
                    expected.append((matcher.id(), matcher.weight()))
                    matcher.next()
            if deleted_too:
                assert len(ids) >= len(expected)
                expected_ids = {d for d, _w in expected}
                assert [
                    (d, w) for d, w in zip(ids, weights, strict=True) if d in expected_ids
                ] == expected
            else:
                assert list(zip(ids, weights, strict=True)) == expected


def test_values_read_by_blocks_are_the_matcher_s(index):
    rng = random.Random(5)
    for reader, _offset in index.searcher().reader().leaf_readers():
        live = [d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)]
        for wanted in (set(live), set(rng.sample(live, 9)), {live[-1]}, set()):
            for btext in (b"alpha", b"the", b"harbour", b"nothing"):
                found = internals.read_values(reader, "body", btext, wanted)
                expected = {}
                if ("body", btext) in reader:
                    matcher = reader.postings("body", btext)
                    while matcher.is_active():
                        if matcher.id() in wanted:
                            expected[matcher.id()] = (matcher.weight(), matcher.value())
                        matcher.next()
                assert found == expected
                assert all(
                    reader.schema["body"].format.decode_positions(value) for _w, value in found.values()
                )


@pytest.mark.parametrize("values", [False, True])
def test_blocks_are_the_matcher_s_deleted_included(index, values):
    for reader, _offset in index.searcher().reader().leaf_readers():
        for btext in (b"alpha", b"the", b"harbour", b"nothing"):
            blocks = internals.read_blocks(reader, "body", btext, values=values)
            expected = []
            if ("body", btext) in reader:
                matcher = reader.postings("body", btext)
                while matcher.is_active():
                    expected.append((matcher.id(), matcher.weight(), matcher.value() if values else None))
                    matcher.next()
            found = list(zip(blocks.ids.tolist(), blocks.weights.tolist(), blocks.values or [None] * len(blocks.ids), strict=True))
            assert [f for f in found if not reader.is_deleted(f[0])] == expected
            assert blocks.ids.tolist() == sorted(blocks.ids.tolist()) and len(found) >= len(expected)


def test_blocks_of_a_long_term_are_read_across_many_blocks(tmp_path):
    """A term in hundreds of documents spans several posting blocks (whoosh writes 128 to a
    block), with weights that differ, compressed: read exactly as the matcher reads them."""
    search_index = SearchIndex(tmp_path / "index")
    search_index.create_empty()
    entries = [{"key": f"document:{n}", "type": "document", "uuid": str(n), "doc_uuid": str(n),
                "body": " ".join(["harbour"] * (1 + n % 5) + ["ships"] * (n % 3))} for n in range(700)]  # fmt: skip
    search_index.apply(entries, [], generation=1)
    try:
        for reader, _offset in search_index.searcher().reader().leaf_readers():
            for btext in (b"harbour", b"ship"):
                blocks = internals.read_blocks(reader, "body", btext, values=True)
                matcher = reader.postings("body", btext)
                expected = []
                while matcher.is_active():
                    expected.append((matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
                assert len(expected) > 300
                assert list(zip(blocks.ids.tolist(), blocks.weights.tolist(), blocks.values or [], strict=True)) == expected
    finally:
        search_index.close()


def test_a_mapped_segment_part_reads_as_whoosh_s_copy_would(tmp_path):
    """The reads StructFile makes through ``file`` (bytes, lines, pickles, varints, arrays,
    seeks from each end) give what whoosh's own ``BytesIO`` copy gives."""
    from array import array

    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.structfile import BufferFile, StructFile

    internals.read_segments_in_place()
    storage = FileStorage(str(tmp_path))
    with storage.create_file("part") as part:
        part.write(b"head\nline two\n")
        part.write_varint(300)
        part.write_pickle({"terms": [1, 2, 3]})
        part.write_array(array("i", [5, 6, 7]))
        part.write_int(-9)
    CompoundStorage.assemble(storage.create_file("segment.seg"), storage, ["part"])
    compound = CompoundStorage(storage.open_file("segment.seg"))
    mapped = compound.open_file("part")
    assert type(mapped) is not BufferFile and isinstance(mapped, BufferFile), "whoosh no longer opens parts through compound.BufferFile"
    data = bytes(mapped._buf)
    plain = StructFile(__import__("io").BytesIO(data))
    for reader in (mapped, plain):
        assert reader.readline() == b"head\n" and reader.read(9) == b"line two\n"
        assert reader.read_varint() == 300
        assert reader.read_pickle() == {"terms": [1, 2, 3]}
        assert list(reader.read_array("i", 3)) == [5, 6, 7]
        assert reader.read_int() == -9 and reader.read(10) == b""
        reader.seek(-4, 2)
        assert reader.read_int() == -9 and reader.tell() == len(data)
        reader.seek(5)
        reader.seek(5, 1)
        assert reader.read(4) == b"two\n"
    assert mapped.subset(5, 8).read() == b"line two"
    mapped.close()
    compound.close()


def test_opening_a_segment_part_copies_none_of_it(tmp_path):
    """Whoosh's BufferFile copied a whole part when it was opened (the term dictionary, the
    postings): 490 MB when a 20,000-document catalogue opened."""
    import tracemalloc

    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    internals.read_segments_in_place()
    storage = FileStorage(str(tmp_path))
    with storage.create_file("big") as part:
        part.write(bytes(range(256)) * 40_000)  # 10 MB
    CompoundStorage.assemble(storage.create_file("segment.seg"), storage, ["big"])
    compound = CompoundStorage(storage.open_file("segment.seg"))
    tracemalloc.start()
    opened = compound.open_file("big")
    assert opened.read(3) == b"\x00\x01\x02" and opened.get(256, 2) == b"\x00\x01"
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1_000_000, f"opening a 10 MB part allocated {peak:,} bytes"
    opened.close()
    compound.close()


def test_read_toc_names_the_segments_a_searcher_reads(index):
    toc = internals.read_toc(index._index)
    searcher = index.searcher()
    assert sorted(s.segment_id() for s in toc.segments) == sorted(r.segment().segment_id() for r, _o in searcher.reader().leaf_readers())


def test_a_choosing_fuzzy_term_chooses_among_whoosh_s_own_expansions(index):
    from whoosh import query as wq

    class FirstOnly(internals.ChoosingFuzzyTerm):
        def choose(self, ixreader, btexts):
            return sorted(btexts)[:1]

    reader = index.searcher().reader()
    whoosh_s = sorted(wq.FuzzyTerm("body", "eta", maxdist=2, prefixlength=0)._btexts(reader))
    assert {"beta", "delta"} <= set(whoosh_s)
    assert list(FirstOnly("body", "eta", maxdist=2, prefixlength=0)._btexts(reader)) == whoosh_s[:1]


def test_pool_processes_are_the_pool_s_live_workers():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        pids = set(pool.map(_pid, range(4)))
        processes = internals.pool_processes(pool)
        assert processes and {p.pid for p in processes} >= pids
    assert internals.pool_processes(pool) == []


def _pid(_n: int) -> int:
    import os

    return os.getpid()


def _postings_written(folder, entries, monkeypatch, whoosh_s_pool: bool, merge: bool) -> list[tuple]:
    from catalog.search.index import _Writer

    if whoosh_s_pool:
        monkeypatch.setattr(internals, "use_pool", lambda writer, pool: None)
    search_index = SearchIndex(folder)
    search_index.create_empty()
    for part in (entries[:150], entries[150:]) if merge else (entries,):
        writer = _Writer(search_index._index, limitmb=1)  # a megabyte: several runs on disk
        for entry in part:
            writer.add_document(**entry)
        writer.commit(merge=False)
    if merge:  # the second path into a pool: whoosh's add_reader, segments one after another
        writer = _Writer(search_index._index, limitmb=1)
        writer.commit(optimize=True)
    search_index.close()
    search_index.open()
    reader = search_index.searcher().reader()
    found = list(reader.iter_postings())
    assert len(list(reader.leaf_readers())) == 1
    monkeypatch.undo()
    search_index.close()
    return found


@pytest.mark.parametrize("merge", [False, True])
def test_a_term_pool_writes_the_segment_whoosh_s_pool_writes(tmp_path, monkeypatch, merge):
    rng = random.Random(5)
    words = [f"w{n}" for n in range(3000)] + "alpha beta the of".split() * 200
    entries = [{"key": f"document:{n}", "type": "document", "uuid": str(n), "doc_uuid": str(n),
                "title": " ".join(rng.choices(words, k=rng.randint(0, 6))), "tag": "a,b" if n % 3 else "",
                "body": " ".join(rng.choices(words, k=rng.randint(1, 600)))} for n in range(300)]  # fmt: skip
    ours = _postings_written(tmp_path / "ours", entries, monkeypatch, whoosh_s_pool=False, merge=merge)
    whoosh_s = _postings_written(tmp_path / "whoosh", entries, monkeypatch, whoosh_s_pool=True, merge=merge)
    assert len(ours) > 50_000  # more than a megabyte's worth: runs were written and merged
    assert ours == whoosh_s
    assert not [p for p in (tmp_path / "ours").rglob("*.terms")]  # every run file removed


def test_a_field_s_postings_are_each_term_s_blocks(index):
    """field_postings gives every term of a field, in order, with read_blocks' documents
    (deleted included): terms in one document (inlined in the term info) and in many."""
    for reader, _offset in index.searcher().reader().leaf_readers():
        for fieldname in ("title", "body", "key"):
            found = list(internals.field_postings(reader, fieldname))
            expected = [(btext, internals.read_blocks(reader, fieldname, btext).ids.tolist()) for btext in reader.lexicon(fieldname)]
            assert found == expected and found
            assert any(len(ids) == 1 for _b, ids in found) or fieldname != "key"
