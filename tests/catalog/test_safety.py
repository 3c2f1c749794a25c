"""One writer per catalogue, read-only fallback, and backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.catalog import Catalog
from catalog.errors import CatalogUnavailable, InvalidInput


def test_second_writer_is_told_the_catalogue_is_in_use(tmp_path):
    with Catalog(tmp_path / "c"):
        with pytest.raises(CatalogUnavailable, match="in use by process"):
            Catalog(tmp_path / "c")


def test_second_opener_may_read_only(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as first:
        first.documents.import_file(sample_file)
        with Catalog(tmp_path / "c", read_only=None) as second:
            assert second.read_only and "process" in second.in_use_by
            assert second.maintenance.stats()["documents"] == 1
            assert second.search.run("Saltmere").total >= 1
            with pytest.raises(CatalogUnavailable, match="read-only"):
                second.tags.add("Nope")
        first.tags.add("Yes")  # the first writer is unaffected


def test_lock_of_a_killed_process_is_not_honoured(tmp_path):
    folder = tmp_path / "c"
    Catalog(folder).close()
    repo = str(Path(__file__).resolve().parents[2])
    script = (
        f"import os, signal, sys; sys.path.insert(0, {repo!r})\n"
        "from catalog.catalog import Catalog\n"
        f"c = Catalog({str(folder)!r})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -9
    assert (folder / "pressmark.lock").exists()  # the file is left behind ...
    with Catalog(folder) as again:  # ... but the lock died with its process
        assert not again.read_only


def test_backup_and_restore(tmp_path, sample_file):
    folder = tmp_path / "c"
    with Catalog(folder) as cat:
        doc = cat.documents.import_file(sample_file).document_uuid
        path = cat.maintenance.backup()
        assert path.exists() and cat.maintenance.backups()[0] == path
        cat.trash.delete([doc])
        cat.trash.empty()
        assert cat.maintenance.stats()["documents"] == 0
    from catalog.backup import restore_backup

    safety = restore_backup(path, folder / "catalog.sqlite", folder)
    assert safety.exists()
    with Catalog(folder) as cat:
        assert cat.maintenance.stats()["documents"] == 1
        assert cat.search.run("Saltmere").total >= 1  # the index noticed and was rebuilt
        assert cat.maintenance.check().ok


def test_backups_are_pruned_to_keep(tmp_path):
    with Catalog(tmp_path / "c", backups_keep=3) as cat:
        for _ in range(5):
            cat.maintenance.backup()
        assert len(cat.maintenance.backups()) == 3


def test_a_broken_file_is_not_restored(tmp_path):
    from catalog.backup import restore_backup

    folder = tmp_path / "c"
    Catalog(folder).close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InvalidInput, match="not a"):
        restore_backup(bad, folder / "catalog.sqlite", folder)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table x(y)").connection.commit()
    with pytest.raises(InvalidInput, match="not a sound Pressmark backup"):
        restore_backup(other, folder / "catalog.sqlite", folder)


def test_daily_backup_on_open_of_an_existing_catalogue(tmp_path):
    Catalog(tmp_path / "c").close()
    assert not (tmp_path / "c" / "backups").exists()  # a brand-new catalogue has nothing to keep
    with Catalog(tmp_path / "c") as cat:
        assert len(cat.maintenance.backups()) == 1
    with Catalog(tmp_path / "c") as cat:
        assert len(cat.maintenance.backups()) == 1  # not again the same day


# ----- control files: the lock and what the catalogue writes in its folder ---------------------
def _victim(tmp_path: Path) -> Path:
    victim = tmp_path / "elsewhere" / "precious.txt"
    victim.parent.mkdir(exist_ok=True)
    victim.write_text("precious")
    return victim


@pytest.mark.parametrize("how", [{}, {"read_only": None}])
def test_a_lock_file_that_is_a_link_is_refused_and_its_target_untouched(tmp_path, how):
    folder = tmp_path / "c"
    Catalog(folder).close()
    victim = _victim(tmp_path)
    lock = folder / "pressmark.lock"
    lock.unlink()
    lock.symlink_to(victim)
    with pytest.raises(CatalogUnavailable, match="pressmark.lock is a symbolic link"):
        Catalog(folder, **how)
    assert victim.read_text() == "precious"
    lock.unlink()
    lock.symlink_to(tmp_path / "elsewhere" / "not-yet")  # a dangling link is not followed either
    with pytest.raises(CatalogUnavailable, match="symbolic link"):
        Catalog(folder, **how)
    assert not (tmp_path / "elsewhere" / "not-yet").exists()
    with Catalog(folder, read_only=True) as reader:  # takes no lock, so needs none
        assert reader.maintenance.stats()["documents"] == 0
    assert victim.read_text() == "precious" and not (tmp_path / "elsewhere" / "not-yet").exists()


def test_a_lock_file_that_is_not_a_plain_file_is_refused(tmp_path):
    import os

    folder = tmp_path / "c"
    Catalog(folder).close()
    lock = folder / "pressmark.lock"
    lock.unlink()
    os.mkfifo(lock)  # opening a FIFO for reading would wait for a writer for ever
    with pytest.raises(CatalogUnavailable, match="pressmark.lock is not a plain file"):
        Catalog(folder)
    lock.unlink()
    lock.mkdir()
    with pytest.raises(CatalogUnavailable, match="pressmark.lock is not a plain file"):
        Catalog(folder)
    lock.rmdir()
    victim = _victim(tmp_path)
    os.link(victim, lock)  # a second name of someone else's file
    with pytest.raises(CatalogUnavailable, match="pressmark.lock has other names"):
        Catalog(folder)
    assert victim.read_text() == "precious"


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(tmp_path):
    folder = tmp_path / "c"
    with Catalog(folder) as first:
        (folder / "pressmark.lock").unlink()
        with pytest.raises(CatalogUnavailable, match="in use"):
            Catalog(folder)
        with Catalog(folder, read_only=None) as second:
            assert second.read_only
        (folder / "pressmark.lock").unlink()
        (folder / "pressmark.lock").write_text("{}")  # replaced by another file
        with pytest.raises(CatalogUnavailable, match="in use"):
            Catalog(folder)
        first.tags.add("Still the only writer")
    with Catalog(folder) as again:  # released on close as before
        assert not again.read_only and again.tags.find()


def _plant_link(folder: Path, name: str, target: Path, sample_file: Path) -> Path:
    import hashlib

    if name == "original":
        digest = hashlib.sha256(sample_file.read_bytes()).hexdigest()
        name = f"originals/{digest[:2]}/{digest}.md"
    link = folder / name
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(target)
    return link


# files the catalogue writes in its folder under names anyone can predict
CONTROL_FILE_LINKS = ["index/pressmark-sync.json.tmp", "index/pressmark_WRITELOCK", "index.rebuild", "original"]


@pytest.mark.parametrize("name", CONTROL_FILE_LINKS)
def test_control_files_are_never_written_through_a_link(tmp_path, sample_file, name):
    folder = tmp_path / "c"
    Catalog(folder).close()
    victim = _victim(tmp_path)
    target = victim.parent if name == "index.rebuild" else victim
    _plant_link(folder, name, target, sample_file)
    with Catalog(folder) as cat:
        cat.documents.import_file(sample_file)
        cat.search.reindex()
        cat.maintenance.backup()
        assert cat.maintenance.check().ok
        assert cat.search.run("Saltmere").total >= 1
    assert victim.read_text() == "precious"
    assert sorted(p.name for p in victim.parent.iterdir()) == ["precious.txt"]


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal", ""])
def test_a_database_file_that_is_a_link_is_refused_clearly(tmp_path, side):
    folder = tmp_path / "c"
    Catalog(folder).close()
    victim = _victim(tmp_path)
    db = folder / f"catalog.sqlite{side}"
    db.unlink(missing_ok=True)
    db.symlink_to(victim)
    with pytest.raises(CatalogUnavailable, match=f"catalog.sqlite{side} is a symbolic link"):
        Catalog(folder)
    assert victim.read_text() == "precious"


def test_a_whoosh_lock_that_is_a_fifo_does_not_hang_the_index(tmp_path, sample_file):
    import os

    folder = tmp_path / "c"
    Catalog(folder).close()
    lock = folder / "index" / "pressmark_WRITELOCK"
    lock.unlink(missing_ok=True)
    os.mkfifo(lock)  # opening it to write would wait for a reader for ever
    with Catalog(folder) as cat:
        cat.documents.import_file(sample_file)
        assert cat.search.run("Saltmere").total >= 1
