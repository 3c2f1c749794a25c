"""``check`` verifies the revision chains and ``check --repair`` mends them.

Every record names its current revision and every revision its parent. The chains are damaged
here with raw SQL on the closed database, as a crash of another program, a hand edit or a
bug would leave them; check names each break, and repair gives a record whose current revision
is missing a fresh, empty one (in a "Repair revision chain" operation) and links a revision
whose parent is missing to the one before it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog.catalog import Catalog
from catalog.models import Document, Operation, Revision
from tests.catalog.cli.test_cli import run
from tests.catalog.revisions.test_history import _steps, dump
from tests.catalog.revisions.test_state import BODY
from tests.conftest import add_text


def _chain_problems(report) -> list:
    return [p for p in report.problems if p.what.startswith("revision chain:")]


def _sql(folder: Path, statement: str, *args) -> None:
    with sqlite3.connect(folder / "catalog.sqlite") as connection:
        assert connection.execute(statement, args).rowcount >= 1
    connection.close()


@pytest.fixture
def edited(tmp_path):
    """A closed catalogue: a document made, then edited; an actor; a quote of the document by the actor."""
    folder = tmp_path / "cat"
    with Catalog(folder) as cat:
        doc = add_text(cat, "Talks in Vienna", BODY)
        cat.documents.update(doc, title="Talks in Geneva")
        cat.actors.add("Amina Rahimi")
        start = BODY.index("We will")
        quote, _ = cat.quotes.add(doc, start, start + 19, speaker="Amina Rahimi")
    return folder, doc, quote


def _revisions(cat: Catalog, uuid: str) -> list:
    """The record's revisions, oldest first, as rows (rev_id, parent_rev, action, fields)."""
    with cat.store.reading() as session:
        query = select(Revision.rev_id, Revision.parent_rev, Revision.action, Revision.fields).where(Revision.record_uuid == uuid)
        return list(session.execute(query.order_by(Revision.id)))


def test_every_change_leaves_whole_chains(catalog):
    doc = add_text(catalog, "Talks in Vienna", BODY, publication="The Ledger")
    for _name, step in _steps(catalog, doc):
        step()
    for _ in range(4):
        catalog.history.undo()
    catalog.history.redo()
    report = catalog.maintenance.check()
    assert report.ok and not _chain_problems(report)
    assert report.checked["revisions"] > 20


def test_a_missing_current_revision_is_reported_and_repaired(edited):
    folder, doc, quote = edited
    _sql(folder, "UPDATE documents SET revision = 'ffffffffffffffffffffffffffffffff' WHERE uuid = ?", doc)
    _sql(folder, "UPDATE quotes SET revision = NULL WHERE uuid = ?", quote)
    with Catalog(folder) as cat:
        before, newest = dump(cat), _revisions(cat, doc)[-1].rev_id
        with cat.store.reading() as session:
            modified = session.scalar(select(Document.modified_at).where(Document.uuid == doc))
        report = cat.maintenance.check()
        assert not report.ok
        found = {p.record: p for p in _chain_problems(report)}
        assert set(found) == {doc, quote}
        assert "ffffffffffffffffffffffffffffffff is not in its history" in found[doc].what
        assert "the quote has no current revision" in found[quote].what
        assert all(p.severity == "error" and p.repairable for p in found.values())

        repaired = cat.maintenance.check(repair=True)
        assert repaired.ok and all(p.repaired for p in _chain_problems(repaired))
        assert cat.maintenance.check().ok and not _chain_problems(cat.maintenance.check())
        # nothing but the history changed
        assert dump(cat) == before
        with cat.store.reading() as session:
            assert session.scalar(select(Document.modified_at).where(Document.uuid == doc)) == modified
            operation = session.execute(select(Operation.kind, Operation.undo_state).where(Operation.label == "Repair revision chain")).one()
            assert tuple(operation) == ("repair", "closed")
            pointer = session.scalar(select(Document.revision).where(Document.uuid == doc))
        mended = _revisions(cat, doc)[-1]
        assert (mended.rev_id, mended.action, json.loads(mended.fields or "{}")) == (pointer, "update", {})
        assert mended.parent_rev == newest
        # the record's history reads through the repair, and the repair is not offered for undo
        views = cat.history.of(doc)
        assert (views[0].label, views[0].changes, views[1].rev_id) == ("Repair revision chain", {}, newest)
        assert cat.history.undo_status().undo != "Repair revision chain"
        # and the record can be edited and the edit undone as before
        cat.documents.update(doc, notes="checked")
        cat.history.undo()
        assert cat.documents.get(doc).notes == ""


def test_a_missing_parent_is_reported_and_linked_to_the_revision_before(edited):
    folder, doc, _quote = edited
    with Catalog(folder) as cat:
        created, edit = _revisions(cat, doc)[:2]
    _sql(folder, "UPDATE revisions SET parent_rev = 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' WHERE rev_id = ?", edit.rev_id)
    with Catalog(folder) as cat:
        problems = _chain_problems(cat.maintenance.check())
        assert [(p.record, p.severity) for p in problems] == [(doc, "error")]
        assert f"revision {edit.rev_id} of the document names a parent eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee" in problems[0].what
        assert cat.maintenance.check(repair=True).ok
        assert [r.parent_rev for r in _revisions(cat, doc)[:2]] == [None, created.rev_id]
        assert not _chain_problems(cat.maintenance.check())
        # a repair that only relinks parents records no operation of its own
        assert cat.history.operations()[0].label == "Create quote"


def test_a_colleagues_revisions_may_name_parents_from_elsewhere_and_an_undone_import_may_name_theirs(tmp_path, sample_file):
    """Their first revision's parent may be one only their catalogue holds; and undoing the
    import takes their revisions away while our undone merge still names them."""
    with Catalog(tmp_path / "a") as a, Catalog(tmp_path / "b") as b:
        doc = a.documents.import_file(sample_file).document_uuid
        a.exchange.export_bundle(tmp_path / "a1.zip")
        b.exchange.import_bundle(tmp_path / "a1.zip")
        b.documents.update(doc, title="A corrected title")
        b.actors.add("Someone New")
        b.exchange.export_bundle(tmp_path / "b1.zip")
        a.documents.update(doc, notes="Ann's notes")
        a.exchange.import_bundle(tmp_path / "b1.zip")
        assert not _chain_problems(a.maintenance.check())
    _sql(tmp_path / "a", "UPDATE revisions SET parent_rev = 'dddddddddddddddddddddddddddddddd' WHERE action = 'foreign'")
    with Catalog(tmp_path / "a") as a:
        assert not _chain_problems(a.maintenance.check())
        a.history.undo()
        with a.store.reading() as session:
            assert session.scalars(select(Revision).where(Revision.action == "foreign")).first() is None
        report = a.maintenance.check()
        assert report.ok and not _chain_problems(report)
        a.history.redo()
        assert not _chain_problems(a.maintenance.check())


def test_a_missing_merge_parent_of_a_bundle_import_not_undone_is_reported(tmp_path, sample_file):
    """A colleague's revision lost from an import that stands: the merge names it."""
    with Catalog(tmp_path / "a") as a, Catalog(tmp_path / "b") as b:
        doc = a.documents.import_file(sample_file).document_uuid
        a.exchange.export_bundle(tmp_path / "a1.zip")
        b.exchange.import_bundle(tmp_path / "a1.zip")
        b.documents.update(doc, title="A corrected title")
        b.exchange.export_bundle(tmp_path / "b1.zip")
        a.documents.update(doc, notes="Ann's notes")
        a.exchange.import_bundle(tmp_path / "b1.zip")
    _sql(tmp_path / "a", "DELETE FROM revisions WHERE action = 'foreign'")
    with Catalog(tmp_path / "a") as a:
        problems = _chain_problems(a.maintenance.check())
        assert problems and all("second parent" in p.what and p.record == doc for p in problems)
        assert a.maintenance.check(repair=True).ok and not _chain_problems(a.maintenance.check())
        assert a.documents.get(doc).title == "A corrected title"


def test_the_command_line_reports_and_repairs_a_broken_chain(edited):
    folder, doc, _quote = edited
    _sql(folder, "UPDATE documents SET revision = NULL WHERE uuid = ?", doc)
    code, out, _ = run("check", catalog_path=folder)
    assert code == 1 and "revision chain: the document has no current revision" in out and doc in out
    assert "Run `pressmark check --repair` to fix 1 of them." in out
    code, out, _ = run("check", "--repair", catalog_path=folder)
    assert code == 0 and "[repaired] revision chain" in out
    code, out, _ = run("check", catalog_path=folder)
    assert code == 0 and "revision chain" not in out
    code, out, _ = run("history", catalog_path=folder)
    assert "Repair revision chain" in out
