"""Every stored catalogue of an earlier schema opens, upgrades to head and passes ``check``.

``tests/reference/catalogues/NNNN.sqlite`` is a catalogue made at revision NNNN from our own
sample article (with accepted proposals and tags). Add one whenever a revision is added.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from catalog import db
from catalog.catalog import Catalog

REFERENCE = Path(__file__).resolve().parents[1] / "reference" / "catalogues"
STORED = sorted(REFERENCE.glob("*.sqlite"))


def test_there_is_a_stored_catalogue_for_every_revision():
    from alembic.script import ScriptDirectory

    revisions = {r.revision for r in ScriptDirectory.from_config(db.alembic_config()).walk_revisions()}
    assert {p.stem for p in STORED} == revisions


@pytest.mark.parametrize("stored", STORED, ids=[p.stem for p in STORED])
def test_stored_catalogue_upgrades_and_checks(stored, tmp_path, sample_file):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(stored, folder / "catalog.sqlite")
    with sqlite3.connect(folder / "catalog.sqlite") as connection:
        sha = connection.execute("select original_sha256 from documents").fetchone()[0]
        expected = {t: connection.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "quotes", "actors", "tags")}  # noqa: S608
    (folder / "originals" / sha[:2]).mkdir(parents=True)
    shutil.copy(sample_file, folder / "originals" / sha[:2] / f"{sha}.md")
    with Catalog(folder) as cat:
        assert db.current_revision(cat.store.engine) == db.head_revision()
        stats = cat.maintenance.stats()
        assert {k: stats[k + "s" if k[-1] != "s" else k] for k in ()} == {}
        assert (stats["documents"], stats["quotes"], stats["actors"], stats["tags"]) == tuple(expected.values())
        report = cat.maintenance.check()
        assert report.ok, [p.what for p in report.problems]
        assert cat.search.run("Saltmere").total >= 1  # the index was built for the upgraded catalogue
        if stored.stem != db.head_revision():
            assert any("before-upgrade" in p.name for p in cat.maintenance.backups())


def test_upgrading_to_revisions_gives_every_record_its_initial_revision(tmp_path):
    """Revision 0003: one 'initial' operation, and one revision per record that it points to."""
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(REFERENCE / "0002.sqlite", folder / "catalog.sqlite")
    with sqlite3.connect(folder / "catalog.sqlite") as connection:
        connection.execute("insert into saved_searches (name, query) values ('Harbours', 'harbour')")
    with Catalog(folder) as cat:
        cat.close()
    with sqlite3.connect(folder / "catalog.sqlite") as connection:
        kinds = connection.execute("select kind, undo_state from operations").fetchall()
        assert kinds == [("initial", "closed")]
        for table in ("documents", "quotes", "actors", "tags", "saved_searches"):
            rows = connection.execute(
                f"select count(*), count(r.id), count(distinct t.revision) from {table} t left join revisions r on r.rev_id = t.revision and r.record_uuid = t.uuid"  # noqa: S608
            ).fetchone()
            assert rows[0] > 0 and rows[0] == rows[1] == rows[2], table
        uuid = connection.execute("select uuid from saved_searches").fetchone()[0]
        assert len(uuid) == 36 and uuid[14] == "4"
