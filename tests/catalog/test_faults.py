"""Faults on purpose: a full disk, a read-only database, a damaged database, a damaged or locked index."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from catalog.catalog import Catalog
from catalog.errors import CatalogDamaged, ImportFailed, PressmarkError, SaveFailed


def _limit_database(catalog: Catalog, pragma: str) -> None:
    """Apply ``pragma`` to every connection from now on (new pool, so it takes effect)."""
    catalog.store.engine.dispose()

    @event.listens_for(catalog.store.engine, "connect")
    def _apply(dbapi_connection, _record):
        dbapi_connection.execute(pragma)


def test_disk_full_keeps_the_last_good_state(catalog, sample_file, tmp_path):
    catalog.documents.import_file(sample_file)
    before = (catalog.maintenance.stats(), catalog.maintenance.generation())
    pages = catalog.store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite reports SQLITE_FULL exactly as on a full disk once the file may not grow
    _limit_database(catalog, f"PRAGMA max_page_count={pages}")
    big = tmp_path / "big.txt"
    big.write_text("A long article\n\n" + ("Every harbour has its archive and its storms. " * 4000))
    outcome = catalog.documents.import_paths([big])[0]
    assert outcome.status == "failed" and "the disk is full" in outcome.message
    with pytest.raises(SaveFailed, match="nothing was saved: the disk is full"):
        catalog.tags.add("Heritage/" + "x" * 150)
        catalog.tags.apply([catalog.documents.find()[0].uuid] * 1, "Heritage/" + "y" * 150)
        for i in range(2000):
            catalog.tags.add(f"Bulk/{i}/" + "z" * 150)
    _limit_database(catalog, "PRAGMA max_page_count=1073741823")
    assert catalog.maintenance.check().ok
    assert catalog.maintenance.stats()["documents"] == before[0]["documents"]


def test_read_only_database_is_a_clear_error(catalog, sample_file):
    catalog.documents.import_file(sample_file)
    _limit_database(catalog, "PRAGMA query_only=ON")
    with pytest.raises(SaveFailed, match="read-only"):
        catalog.tags.add("Nope")
    _limit_database(catalog, "PRAGMA query_only=OFF")
    assert catalog.maintenance.check().ok


def test_original_that_cannot_be_written_fails_that_file_only(catalog, sample_file, monkeypatch, tmp_path):
    import catalog.importing as importing

    original_add = importing.Originals.add

    def full_for_one(self, data, sha256, suffix):
        if b"HARBOUR LEDGER" in data[:400]:  # the sample article
            raise OSError(errno.ENOSPC, "No space left on device")
        return original_add(self, data, sha256, suffix)

    monkeypatch.setattr(importing.Originals, "add", full_for_one)
    with pytest.raises(ImportFailed, match="could not store the original file: No space left on device"):
        catalog.documents.import_file(sample_file)
    assert catalog.maintenance.stats()["documents"] == 0
    other = tmp_path / "other.txt"
    other.write_text("Another title\n\nA short second article about the quay.\n", encoding="utf-8")
    outcomes = catalog.documents.import_paths([sample_file, other])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert "No space left on device" in outcomes[0].message
    assert catalog.maintenance.stats()["documents"] == 1 and catalog.maintenance.check().ok


def test_original_written_in_the_background_that_fails_fails_that_file_only(catalog, sample_file, monkeypatch, tmp_path):
    """A batch writes its originals on threads; one that cannot be written is found when the
    batch waits for them, and the batch is added again one by one: that file alone fails."""
    import catalog.importing as importing

    original_write = importing._write_temporary

    def full_for_one(target, data):
        if b"HARBOUR LEDGER" in data[:400]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original_write(target, data)

    monkeypatch.setattr(importing, "_write_temporary", full_for_one)
    others = []
    for i in range(3):
        other = tmp_path / f"other{i}.txt"
        other.write_text(f"Another title {i}\n\nA short article number {i} about the quay.\n", encoding="utf-8")
        others.append(other)
    outcomes = catalog.documents.import_paths([others[0], sample_file, *others[1:]])
    assert [o.status for o in outcomes] == ["imported", "failed", "imported", "imported"]
    assert "No space left on device" in outcomes[1].message
    assert catalog.maintenance.stats()["documents"] == 3
    assert len(list(catalog.store.originals_dir.rglob("*.txt"))) == 3
    assert not list(catalog.store.originals_dir.rglob(".incoming-*"))
    assert catalog.maintenance.check().ok


def test_originals_that_cannot_be_flushed_save_nothing(catalog, sample_file, monkeypatch, tmp_path):
    """A disk that fills while the batch's originals are flushed: the batch is not saved."""
    import catalog.importing as importing

    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(importing, "_fsync", full)
    outcomes = catalog.documents.import_paths([sample_file])
    assert [o.status for o in outcomes] == ["failed"]
    assert "No space left on device" in outcomes[0].message
    assert catalog.maintenance.stats()["documents"] == 0
    assert not list(catalog.store.originals_dir.rglob("*.*"))  # no original left behind
    assert catalog.maintenance.check().ok


def test_stale_whoosh_lock_file_does_not_block(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.documents.import_file(sample_file)
    # a crashed writer leaves Whoosh's lock file; the OS lock died with it
    (tmp_path / "c" / "index" / "pressmark_WRITELOCK").write_text("")
    with Catalog(tmp_path / "c") as cat:
        cat.tags.add("Works")
        assert cat.index_problem is None and cat.maintenance.check().ok


def test_truncated_newest_segment_is_noticed_and_rebuilt(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.documents.import_file(sample_file)
        cat.proposals.accept_all()
    segments = sorted((tmp_path / "c" / "index").glob("*.seg"), key=lambda p: p.stat().st_mtime)
    newest = segments[-1]
    newest.write_bytes(newest.read_bytes()[: newest.stat().st_size // 3])
    with Catalog(tmp_path / "c", index_repair="later") as cat:
        assert cat.index_problem, "a truncated segment must not be trusted"
        cat.search.repair_index()
        assert cat.maintenance.check().ok and cat.search.run("Saltmere").total >= 1


def test_a_damaged_page_is_explained_and_checked_not_a_bug(tmp_path, sample_file):
    import sqlite3

    from catalog.errors import explain

    path = tmp_path / "cat"
    with Catalog(path) as catalog:
        catalog.documents.import_file(sample_file)
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
        for step in (catalog.documents.find, lambda: catalog.search.run("harbour"), lambda: catalog.tags.add("Heritage")):
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - any failure must be one we can explain
                sentence = explain(exc) or ""
                assert "the catalogue's database is damaged" in sentence or "the catalogue is damaged" in sentence, repr(exc)
        report = catalog.maintenance.check()
    assert not report.ok and any("database disk image is malformed" in p.what for p in report.problems)


def test_a_disk_that_fills_up_while_a_bundle_is_unpacked_is_a_clear_refusal(catalog, sample_file, tmp_path, monkeypatch):
    import tempfile

    from catalog.errors import InvalidBundle
    from catalog.exchange import safe_zip

    catalog.documents.import_file(sample_file)
    catalog.exchange.export_bundle(tmp_path / "b.zip")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_zip, "_copy_member", full)
    with Catalog(tmp_path / "other") as other:
        with pytest.raises(InvalidBundle, match=r"b.zip: refused: the disk filled up while it was unpacked .*TMPDIR"):
            other.exchange.import_bundle(tmp_path / "b.zip")
        assert other.maintenance.stats()["documents"] == 0 and other.maintenance.generation() == 0
    assert list(scratch.iterdir()) == []


def _catalogue_with_a_backup(folder: Path, sample_file: Path) -> Path:
    """A catalogue with one article and a backup of it; returns the backup (the newest)."""
    with Catalog(folder) as cat:
        cat.documents.import_file(sample_file)
        return cat.maintenance.backup()


def _another_programs_database(db: Path) -> None:
    db.unlink()
    connection = sqlite3.connect(db)
    connection.execute("create table notes(body)")
    connection.commit()
    connection.close()


def _tables_gone(db: Path) -> None:
    db.unlink()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")  # writes the header: an SQLite file with no tables
    connection.close()


# each way a disk, a sync tool or a careless hand leaves a catalogue without its database
DAMAGED_DATABASES = {
    "emptied": lambda db: db.write_bytes(b""),
    "deleted": lambda db: db.unlink(),
    "random bytes": lambda db: db.write_bytes(os.urandom(64 * 1024)),
    "truncated to half": lambda db: os.truncate(db, db.stat().st_size // 2),
    "missing its last page": lambda db: os.truncate(db, db.stat().st_size - 4096),
    "cut mid-page": lambda db: os.truncate(db, db.stat().st_size - 1000),
    "another program's database": _another_programs_database,
    "emptied of tables": _tables_gone,
}


@pytest.mark.parametrize("damage", DAMAGED_DATABASES)
def test_a_damaged_database_is_refused_and_left_as_it_is(tmp_path, sample_file, damage):
    folder = tmp_path / "c"
    newest = _catalogue_with_a_backup(folder, sample_file)
    db = folder / "catalog.sqlite"
    DAMAGED_DATABASES[damage](db)
    before = db.read_bytes() if db.exists() else None
    for how in ({}, {"create": False}, {"read_only": None}, {"read_only": True}, {"index_repair": "later"}):
        with pytest.raises(CatalogDamaged) as caught:
            Catalog(folder, **how)
        message = str(caught.value)
        assert "damaged" in message and "\n" not in message, message
        assert f"restore {newest}" in message, message  # names the newest backup to put back
    assert (db.read_bytes() if db.exists() else None) == before, "a damaged database must not be touched"
    assert len(list((folder / "backups").glob("*.sqlite"))) == 2  # no backup of the damage, none pruned


@pytest.mark.parametrize("damage", DAMAGED_DATABASES)
def test_a_damaged_database_can_be_restored(tmp_path, sample_file, damage):
    from catalog.backup import restore_into

    folder = tmp_path / "c"
    newest = _catalogue_with_a_backup(folder, sample_file)
    DAMAGED_DATABASES[damage](folder / "catalog.sqlite")
    restore_into(folder, newest)
    with Catalog(folder) as cat:
        assert cat.maintenance.stats()["documents"] == 1
        assert cat.search.run("Saltmere").total >= 1
        assert cat.maintenance.check().ok


def test_a_damaged_database_without_backups_says_there_is_none(tmp_path, sample_file):
    folder = tmp_path / "c"
    _catalogue_with_a_backup(folder, sample_file)
    for old in (folder / "backups").iterdir():
        old.unlink()
    (folder / "catalog.sqlite").write_bytes(b"")
    with pytest.raises(CatalogDamaged, match="no backup"):
        Catalog(folder)


@pytest.mark.parametrize(
    "leftover",
    [
        {},  # an empty folder
        {"catalog.sqlite": b""},  # a first open killed before the schema was written
        {"index/index.html": b"<html>", "notes.txt": b"mine"},  # someone's folder with an index of their own
    ],
)
def test_a_folder_without_a_catalogue_still_gets_a_new_one(tmp_path, leftover):
    folder = tmp_path / "new"
    folder.mkdir()
    for name, data in leftover.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    with Catalog(folder) as cat:
        assert cat.maintenance.stats()["documents"] == 0
    with Catalog(tmp_path / "not" / "yet") as cat:
        assert cat.maintenance.stats()["documents"] == 0


def test_damaged_pages_give_a_clear_error_never_a_fresh_catalogue(tmp_path, sample_file):
    folder = tmp_path / "c"
    _catalogue_with_a_backup(folder, sample_file)
    db = folder / "catalog.sqlite"
    data = bytearray(db.read_bytes())
    for page in range(1, len(data) // 4096):  # page 1 (the header and schema) stays
        data[page * 4096 + 100 : page * 4096 + 1100] = os.urandom(1000)
    db.write_bytes(bytes(data))
    try:
        with Catalog(folder, index_repair="later") as cat:
            report = cat.maintenance.check()
            assert not report.ok
            assert any("database" in p.what for p in report.problems)
    except PressmarkError as exc:
        assert "damaged" in str(exc) and "restore" in str(exc)
    assert db.read_bytes() == bytes(data)


@pytest.mark.parametrize(
    ("pattern", "garbage"),
    [
        (rb"Saltmere\S* flood", b"\x80"),  # a title no longer UTF-8
        (rb"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d", b"x"),  # a stored date no longer a date
    ],
    ids=["text", "date"],
)
def test_a_damaged_value_in_a_record_is_a_clear_error(tmp_path, sample_file, pattern, garbage):
    import re

    folder = tmp_path / "c"
    newest = _catalogue_with_a_backup(folder, sample_file)
    db = folder / "catalog.sqlite"
    data = bytearray(db.read_bytes())
    for found in re.finditer(pattern, bytes(data)):
        data[found.start() : found.start() + len(garbage)] = garbage
    db.write_bytes(bytes(data))
    with pytest.raises(CatalogDamaged, match=f"restore {re.escape(str(newest))}"):
        with Catalog(folder, index_repair="later") as cat:
            cat.documents.find()
            cat.maintenance.check()
