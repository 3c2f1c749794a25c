"""The columns searches read per segment (facet values, dates, lexicons, lengths) are kept on
disk beside the index, so the first search after opening a catalogue loads them instead of
reading every posting again; a damaged or stale file never changes an answer."""

from __future__ import annotations

import pytest

from catalog.catalog import Catalog
from catalog.search import columns as search_columns
from tests.conftest import add_text


def _fill(catalog, count: int = 12) -> None:
    for n in range(count):
        add_text(catalog, f"Harbour report {n}", f"The harbour board met on day {n}. Ferry fares rose, the council said.",
                 publication=("Coast Herald", "Port Ledger")[n % 2])  # fmt: skip


def _files(folder):
    found = folder / "index" / search_columns.FOLDER
    return sorted(p.name for p in found.iterdir()) if found.exists() else []


def _answer(catalog):
    results = catalog.search.run("harbour", limit=5)
    return results.total, results.facets, [hit.uuid for hit in results.hits]


def test_a_reopened_catalogue_answers_from_the_columns_it_kept(tmp_path, monkeypatch):
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
        first = _answer(catalog)
    assert any(name.endswith(".facets") for name in _files(folder))

    def no_reading(*_args):
        raise AssertionError("read from the postings again")

    monkeypatch.setattr(search_columns, "_read_facets", no_reading)
    with Catalog(folder) as catalog:
        assert _answer(catalog) == first
    assert first[1]["publication"] == {"Coast Herald": 6, "Port Ledger": 6}


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "foreign"])
def test_a_damaged_column_file_is_read_again_and_rewritten(tmp_path, damage):
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
        first = _answer(catalog)
    kept = [p for p in (folder / "index" / search_columns.FOLDER).iterdir() if p.name.endswith(".facets")]
    assert kept
    for path in kept:
        data = path.read_bytes()
        path.write_bytes({
            "flip": data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:],
            "truncate": data[: len(data) // 2],
            "empty": b"",
            "foreign": b"\x80\x04\x95 not ours at all",
        }[damage])  # fmt: skip
    with Catalog(folder) as catalog:
        assert _answer(catalog) == first
    for path in kept:
        assert path.read_bytes().startswith(search_columns._MAGIC)


def test_columns_of_merged_segments_are_removed(tmp_path):
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        for round_ in range(8):  # a segment each
            add_text(catalog, f"Harbour round {round_}", f"The harbour board met, round {round_}.")
            catalog.search.run("harbour")
        before = {name.split(".")[0] for name in _files(folder)}
        assert len(before) > 2
        assert catalog.search.maintain_index(max_segments=1)
        catalog.search.run("harbour")
        after = {name.split(".")[0] for name in _files(folder)}
        live = {search_columns.segment_key(r) for r, _o in catalog.store.index.searcher().reader().leaf_readers()}
    assert after == live and len(live) < len(before) and before - live


def test_a_read_only_catalogue_writes_no_columns(tmp_path):
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
    with Catalog(folder, read_only=True) as reader:
        assert reader.search.run("harbour").total == 12
    assert _files(folder) == []


def test_column_files_of_a_kind_no_longer_kept_are_removed(tmp_path):
    """An earlier version kept "values" files; they are removed when the columns are next
    tidied, and the files of the kinds kept now stay."""
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
        catalog.search.run("harbour")
        kept = _files(folder)
        segment = kept[0].split(".")[0]
        stale = folder / "index" / search_columns.FOLDER / f"{segment}.f_actor.values"
        stale.write_bytes(b"from an earlier version")
        catalog.search.warm()  # tidies the folder for the segments searched
        assert not stale.exists()
        assert set(kept) <= set(_files(folder))


def _postings_files(folder):
    return [name for name in _files(folder) if name.endswith(".postings")]


def _hits(catalog, query: str):
    results = catalog.search.run(query, limit=20, facets=False)
    return results.total, [(hit.uuid, round(hit.score, 9)) for hit in results.hits]


def test_a_frequent_term_s_postings_are_kept_on_disk_and_read_back_without_decoding(tmp_path, monkeypatch):
    """A term in at least POSTINGS_ON_DISK of a segment's documents is kept decoded on disk;
    the next catalogue opened reads it from there (whoosh's postings are not decoded again)
    and ranks exactly as before. A rarer term gets no file."""
    monkeypatch.setattr(search_columns.SegmentColumns, "POSTINGS_ON_DISK", 6)
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
        add_text(catalog, "Quiet day", "Nothing happened at the ferry office.")
        first = {query: _hits(catalog, query) for query in ("harbour", "ferry", "fares", "harbour ferry")}
    kept = _postings_files(folder)
    assert kept  # harbour, ferry, fares: in 12 or 13 documents
    with Catalog(folder) as catalog:
        decoded = []
        real = search_columns.read_blocks
        monkeypatch.setattr(search_columns, "read_blocks", lambda reader, field, btext, **kw: decoded.append(btext) or real(reader, field, btext, **kw))
        assert {query: _hits(catalog, query) for query in first} == first
        assert b"harbour" not in decoded and b"ferri" not in decoded and b"fare" not in decoded
        assert catalog.search.run("quiet", limit=5).total == 1  # rare: decoded, no file
    assert _postings_files(folder) == kept


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_a_damaged_postings_file_is_decoded_again(tmp_path, monkeypatch, damage):
    monkeypatch.setattr(search_columns.SegmentColumns, "POSTINGS_ON_DISK", 6)
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
        first = _hits(catalog, "harbour")
    paths = [folder / "index" / search_columns.FOLDER / name for name in _postings_files(folder)]
    assert paths
    for path in paths:
        data = path.read_bytes()
        path.write_bytes({"flip": data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:], "truncate": data[: len(data) // 2],
                          "foreign": b"\x80\x04\x95 not ours at all"}[damage])  # fmt: skip
    with Catalog(folder) as catalog:
        assert _hits(catalog, "harbour") == first


@pytest.mark.parametrize("share", [0.9, 0.01])
def test_postings_kept_as_bits_or_as_numbers_come_back_the_same(share):
    """Dense postings are kept as a bitmap, sparse ones as document numbers; with few
    weights as one byte each, with many as four."""
    import numpy as np

    rng = np.random.default_rng(7)
    size = 5000
    ids = np.flatnonzero(rng.random(size) < share).astype(np.int32)
    lengths = rng.integers(0, 256, size, dtype=np.uint8).tobytes()
    for distinct in (3, 300):
        weights = sorted({float(w) for w in range(1, distinct + 1)})
        codes = rng.integers(0, len(weights), len(ids))
        wide = len(weights) > 256
        keys = (codes << 8) | np.frombuffer(lengths, dtype=np.uint8)[ids]
        from array import array

        postings = search_columns.TermPostings(
            array("i", ids.tobytes()), array("I" if wide else "H", keys.astype(np.uint32 if wide else np.uint16).tobytes()), weights, size
        )
        plain = postings.plain()
        assert plain[1] is (share > 1 / 32)
        back = search_columns.TermPostings.from_plain(plain, lengths)
        assert back is not None
        assert back.ids == postings.ids and back.keys == postings.keys and back.weights == weights and back.size == size
        assert search_columns.TermPostings.from_plain(plain[:4] + ((1.0,),), lengths) is None  # codes past the weights
        assert search_columns.TermPostings.from_plain(plain, lengths[:100]) is None


def test_a_frequent_word_s_positions_are_kept_on_disk_for_phrases(tmp_path, monkeypatch):
    """A frequent word's positions (for phrases) are kept on disk like its postings; the next
    catalogue opened finds the same phrases without decoding them; a damaged file is
    decoded again."""
    monkeypatch.setattr(search_columns.SegmentColumns, "POSTINGS_ON_DISK", 6)
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        _fill(catalog)
        add_text(catalog, "Fares", "Fares rose. The council said harbour board members met.")
        first = {query: _hits(catalog, query) for query in ('"harbour board"', '"council said"', '"board harbour"')}
    assert first['"harbour board"'][0] == 13 and first['"board harbour"'][0] == 0
    kept = [name for name in _files(folder) if name.endswith(".occurrences")]
    assert kept
    with Catalog(folder) as catalog:
        decoded = []
        real = search_columns.read_blocks
        monkeypatch.setattr(search_columns, "read_blocks", lambda reader, field, btext, **kw: decoded.append((btext, kw)) or real(reader, field, btext, **kw))
        assert {query: _hits(catalog, query) for query in first} == first
        assert not [btext for btext, kw in decoded if kw.get("values")]
    for name in kept:
        path = folder / "index" / search_columns.FOLDER / name
        path.write_bytes(path.read_bytes()[:-5])
    with Catalog(folder) as catalog:
        assert {query: _hits(catalog, query) for query in first} == first


@pytest.mark.parametrize("wide", [False, True])
def test_occurrences_kept_on_disk_come_back_the_same(wide):
    """Positions and counts are kept in two bytes where every one fits, else four; a plain
    value that does not add up is refused."""
    import numpy as np

    rng = np.random.default_rng(11)
    size = 3000
    docs = np.flatnonzero(rng.random(size) < 0.5)
    keys = []
    for doc in docs:
        count = 66_000 if wide and doc == docs[-1] else int(rng.integers(1, 6))
        top = 100_000 if wide else 60_000
        for position in sorted(rng.choice(top, size=count, replace=False).tolist()):
            keys.append((int(doc) << 32) | position)
    keys_array = np.array(keys, dtype=np.uint64)
    documents, plain = search_columns._plain_occurrences(keys_array, size)
    assert documents == len(docs) and plain[4] is wide and plain[6] is wide
    assert np.array_equal(search_columns._occurrences_from_plain(plain), keys_array)
    assert search_columns._occurrences_from_plain(plain[:5] + (plain[5][:-2], plain[6])) is None
