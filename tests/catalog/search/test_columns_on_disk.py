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
