"""Opening catalogues, schema migrations, and the index as a derived, self-repairing store."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import inspect

from catalog import db
from catalog.catalog import Catalog
from catalog.errors import CatalogUnavailable
from catalog.models import Base


def test_alembic_upgrades_an_empty_catalogue_to_head(tmp_path):
    engine = db.open_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    assert db.current_revision(engine) is None
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_migrated_schema_matches_the_models(tmp_path):
    """Autogenerate finds nothing to do: the revisions and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = db.open_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    db.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(catalog):
    with catalog.store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_catalogue_is_a_folder_with_database_index_and_originals(catalog, sample_file):
    catalog.documents.import_file(sample_file)
    assert (catalog.path / "catalog.sqlite").is_file()
    assert (catalog.path / "index").is_dir()
    originals = list((catalog.path / "originals").rglob("*.md"))
    assert len(originals) == 1 and originals[0].read_bytes() == sample_file.read_bytes()


def test_open_without_create_refuses_a_missing_catalogue(tmp_path):
    with pytest.raises(CatalogUnavailable, match="no Pressmark catalogue here"):
        Catalog(tmp_path / "nothing", create=False)


def test_a_file_is_not_a_catalogue(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(CatalogUnavailable, match="is a file"):
        Catalog(tmp_path / "file")


def test_deleted_index_is_rebuilt_on_open(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.documents.import_file(sample_file)
        before = cat.search.run("archive").total
        assert before >= 1
    shutil.rmtree(tmp_path / "c" / "index")
    with Catalog(tmp_path / "c") as cat:
        assert cat.index_problem is None
        assert cat.search.run("archive").total == before


def test_stale_index_is_noticed_and_can_be_repaired_later(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.documents.import_file(sample_file)
    # another writer changed the database behind the index's back
    with Catalog(tmp_path / "c") as cat:
        cat.store.index.close()
        cat.store.index.mark_unsynced()
    with Catalog(tmp_path / "c", index_repair="later") as cat:
        assert cat.index_problem == "the search index is behind the catalogue"
        assert cat.search.repair_index() > 0
        assert cat.index_problem is None
        assert cat.search.run("Saltmere").total >= 1


def test_garbage_in_the_index_folder_is_detected(tmp_path, sample_file):
    with Catalog(tmp_path / "c") as cat:
        cat.documents.import_file(sample_file)
    for segment in (tmp_path / "c" / "index").glob("*.seg"):
        segment.write_bytes(b"\0garbage" * 10)
    for toc in (tmp_path / "c" / "index").glob("*.toc"):
        toc.write_bytes(b"not a toc")
    with Catalog(tmp_path / "c", index_repair="later") as cat:
        assert cat.index_problem and "damaged" in cat.index_problem
        cat.search.repair_index()
        assert cat.search.run("Saltmere").total >= 1


def test_reindex_reports_progress_and_can_be_cancelled(catalog, sample_file):
    from catalog.store import Cancelled, CancelToken

    catalog.documents.import_file(sample_file)
    seen = []
    count = catalog.search.reindex(lambda done, total, message: seen.append((done, total)))
    assert count == catalog.store.index.doc_count() and seen[-1] == (count, count)
    token = CancelToken()
    token.cancel()
    # cancelling happens every 200 records; with fewer the rebuild simply finishes
    assert catalog.search.reindex(cancel=token) == count
    assert isinstance(Cancelled(), Exception)


def test_changes_bump_the_generation_and_index_agrees(catalog, sample_file):
    assert catalog.maintenance.generation() == 0
    catalog.documents.import_file(sample_file)
    assert catalog.maintenance.generation() == 1
    assert catalog.store.index.synced_generation() == 1
    catalog.tags.add("Heritage")
    assert catalog.store.index.synced_generation() == catalog.maintenance.generation() == 2


def test_a_batch_with_savepoints_is_one_transaction(catalog, tmp_path, monkeypatch):
    """A failure after the first file of a batch must take the first file with it."""
    from catalog import importing
    from catalog.errors import SaveFailed

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Title {i}\n\nBody number {i} of a small test article.\n")
    original = importing.add_prepared
    calls = []

    def failing_add(session, *args):
        calls.append(args)
        if len(calls) == 3:
            from sqlalchemy.exc import OperationalError

            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        result = original(session, *args)
        session.flush()  # the first files are really written before the failure
        return result

    monkeypatch.setattr(importing, "add_prepared", failing_add)
    outcomes = catalog.documents.import_paths([folder], batch=10)
    assert [o.status for o in outcomes] == ["failed"] * 3
    assert "the disk is full" in outcomes[0].message
    assert catalog.maintenance.stats()["documents"] == 0
    assert isinstance(SaveFailed("x"), Exception)
