"""Faults on purpose: a full disk, a read-only database, a damaged or locked index."""

from __future__ import annotations

import errno

import pytest
from sqlalchemy import event

from catalog.catalog import Catalog
from catalog.errors import ImportFailed, SaveFailed


def _limit_database(catalog: Catalog, pragma: str) -> None:
    """Apply ``pragma`` to every connection from now on (new pool, so it takes effect)."""
    catalog.engine.dispose()

    @event.listens_for(catalog.engine, "connect")
    def _apply(dbapi_connection, _record):
        dbapi_connection.execute(pragma)


def test_disk_full_keeps_the_last_good_state(catalog, sample_file, tmp_path):
    catalog.import_file(sample_file)
    before = (catalog.stats(), catalog.generation())
    pages = catalog.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite reports SQLITE_FULL exactly as on a full disk once the file may not grow
    _limit_database(catalog, f"PRAGMA max_page_count={pages}")
    big = tmp_path / "big.txt"
    big.write_text("A long article\n\n" + ("Every harbour has its archive and its storms. " * 4000))
    outcome = catalog.import_paths([big])[0]
    assert outcome.status == "failed" and "the disk is full" in outcome.message
    with pytest.raises(SaveFailed, match="nothing was saved: the disk is full"):
        catalog.add_tag("Heritage/" + "x" * 150)
        catalog.tag_records([catalog.documents()[0].uuid] * 1, "Heritage/" + "y" * 150)
        for i in range(2000):
            catalog.add_tag(f"Bulk/{i}/" + "z" * 150)
    _limit_database(catalog, "PRAGMA max_page_count=1073741823")
    assert catalog.check().ok
    assert catalog.stats()["documents"] == before[0]["documents"]


def test_read_only_database_is_a_clear_error(catalog, sample_file):
    catalog.import_file(sample_file)
    _limit_database(catalog, "PRAGMA query_only=ON")
    with pytest.raises(SaveFailed, match="read-only"):
        catalog.add_tag("Nope")
    _limit_database(catalog, "PRAGMA query_only=OFF")
    assert catalog.check().ok


def test_original_that_cannot_be_written_fails_that_file_only(catalog, sample_file, monkeypatch, tmp_path):
    import catalog.importing as importing

    original_add = importing.Originals.add

    def full_for_one(self, data, sha256, suffix):
        if b"HARBOUR LEDGER" in data[:400]:  # the sample article
            raise OSError(errno.ENOSPC, "No space left on device")
        return original_add(self, data, sha256, suffix)

    monkeypatch.setattr(importing.Originals, "add", full_for_one)
    with pytest.raises(ImportFailed, match="could not store the original file: No space left on device"):
        catalog.import_file(sample_file)
    assert catalog.stats()["documents"] == 0
    other = tmp_path / "other.txt"
    other.write_text("Another title\n\nA short second article about the quay.\n", encoding="utf-8")
    outcomes = catalog.import_paths([sample_file, other])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert "No space left on device" in outcomes[0].message
    assert catalog.stats()["documents"] == 1 and catalog.check().ok


def test_originals_that_cannot_be_flushed_save_nothing(catalog, sample_file, monkeypatch, tmp_path):
    """A disk that fills while the batch's originals are flushed: the batch is not saved."""
    import catalog.importing as importing

    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(importing, "_fsync", full)
    outcomes = catalog.import_paths([sample_file])
    assert [o.status for o in outcomes] == ["failed"]
    assert "No space left on device" in outcomes[0].message
    assert catalog.stats()["documents"] == 0
    assert not list(catalog.originals_dir.rglob("*.*"))  # no original left behind
    assert catalog.check().ok


def test_stale_whoosh_lock_file_does_not_block(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.import_file(sample_file)
    # a crashed writer leaves Whoosh's lock file; the OS lock died with it
    (tmp_path / "c" / "index" / "pressmark_WRITELOCK").write_text("")
    with Catalog(tmp_path / "c") as cat:
        cat.add_tag("Works")
        assert cat.index_problem is None and cat.check().ok


def test_truncated_newest_segment_is_noticed_and_rebuilt(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.import_file(sample_file)
        cat.accept_all()
    segments = sorted((tmp_path / "c" / "index").glob("*.seg"), key=lambda p: p.stat().st_mtime)
    newest = segments[-1]
    newest.write_bytes(newest.read_bytes()[: newest.stat().st_size // 3])
    with Catalog(tmp_path / "c", index_repair="later") as cat:
        assert cat.index_problem, "a truncated segment must not be trusted"
        cat.repair_index()
        assert cat.check().ok and cat.search("Saltmere").total >= 1


def test_a_damaged_page_is_explained_and_checked_not_a_bug(tmp_path, sample_file):
    import sqlite3

    from catalog.errors import explain

    path = tmp_path / "cat"
    with Catalog(path) as catalog:
        catalog.import_file(sample_file)
    database = path / "catalog.sqlite"
    with sqlite3.connect(database) as connection:
        root, page_size = connection.execute(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = 'documents'"
        ).fetchone()
    connection.close()
    with database.open("r+b") as file:  # a failing disk garbles one page in the middle
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)
    with Catalog(path) as catalog:
        for step in (catalog.documents, lambda: catalog.search("harbour"), lambda: catalog.add_tag("Heritage")):
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - any failure must be one we can explain
                assert (explain(exc) or "").startswith("the catalogue's database is damaged"), repr(exc)
        report = catalog.check()
    assert not report.ok and any("the database is damaged" in p.what for p in report.problems)


def test_a_disk_that_fills_up_while_a_bundle_is_unpacked_is_a_clear_refusal(catalog, sample_file, tmp_path, monkeypatch):
    import tempfile

    from catalog.errors import InvalidBundle
    from catalog.exchange import safe_zip

    catalog.import_file(sample_file)
    catalog.export_bundle(tmp_path / "b.zip")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_zip, "_copy_member", full)
    with Catalog(tmp_path / "other") as other:
        with pytest.raises(InvalidBundle, match=r"b.zip: refused: the disk filled up while it was unpacked .*TMPDIR"):
            other.import_bundle(tmp_path / "b.zip")
        assert other.stats()["documents"] == 0 and other.generation() == 0
    assert list(scratch.iterdir()) == []
