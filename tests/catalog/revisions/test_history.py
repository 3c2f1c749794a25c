"""Undo and redo in the catalogue: each one transaction, surviving a restart, refusing when a
later change stands in the way; and the history of a record."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog.catalog import Catalog
from catalog.revisions.history import UndoBlocked
from catalog.revisions.state import MODELS, RECORD_TYPES, read_states
from tests.catalog.revisions.test_state import BODY
from tests.conftest import add_text


def dump(catalog):
    with catalog.store.reading() as session:
        return {t: read_states(session, t, session.scalars(select(MODELS[t].uuid))) for t in RECORD_TYPES}


@pytest.fixture
def doc(catalog):
    return add_text(catalog, "Talks in Vienna", BODY, publication="The Ledger")


def _steps(catalog, doc):
    """Each step: a name and a function doing one unit of work."""
    start = BODY.index("We will")
    return [
        ("edit title", lambda: catalog.documents.update(doc, title="Talks in Geneva", notes="checked")),
        ("add actor", lambda: catalog.actors.add("Amina Rahimi", aliases=["A. Rahimi"])),
        ("quote", lambda: catalog.quotes.add(doc, start, start + 19, speaker="Amina Rahimi", tags=["Talks/Vienna"])),
        ("tag", lambda: catalog.tags.apply([doc], "Europe/Austria")),
        ("add organisation", lambda: catalog.actors.add("Vienna Group", type="organisation")),
        ("relate", lambda: catalog.actors.relate("Amina Rahimi", "member of", "Vienna Group")),
        ("add variant", lambda: catalog.actors.add("Amina R.", description="spokeswoman")),
        ("merge actors", lambda: catalog.actors.merge("Amina Rahimi", "Amina R.")),
        ("rename tag", lambda: catalog.tags.rename("Europe", "Continent")),
        ("merge tags", lambda: catalog.tags.merge("Talks/Vienna", "Continent/Austria")),
        ("delete tag", lambda: catalog.tags.delete("Continent")),
        ("trash doc", lambda: catalog.trash.delete([doc])),
        ("empty trash", lambda: catalog.trash.empty()),
    ]


def test_every_step_undoes_to_the_state_before_it_and_redoes_to_the_state_after(catalog, doc):
    for name, step in _steps(catalog, doc):
        before = dump(catalog)
        step()
        after = dump(catalog)
        assert after != before, name
        assert catalog.history.undo_status().undo, name
        catalog.history.undo()
        assert dump(catalog) == before, f"undo of {name}"
        catalog.history.redo()
        assert dump(catalog) == after, f"redo of {name}"


def test_undo_walks_back_through_many_steps_and_redo_forward_again(catalog, doc):
    states = [dump(catalog)]
    steps = _steps(catalog, doc)
    for _, step in steps:
        step()
        states.append(dump(catalog))
    for expected in reversed(states[:-1]):
        catalog.history.undo()
        assert dump(catalog) == expected
    for expected in states[1:]:
        catalog.history.redo()
        assert dump(catalog) == expected
    with pytest.raises(UndoBlocked, match="nothing to redo"):
        catalog.history.redo()


def test_undo_survives_a_restart(tmp_path):
    with Catalog(tmp_path / "c") as cat:
        doc = add_text(cat, "Talks in Vienna", BODY)
        cat.documents.update(doc, title="Talks in Geneva")
    with Catalog(tmp_path / "c") as cat:
        assert cat.history.undo_status().undo == "Edit document"
        cat.history.undo()
        assert cat.documents.get(doc).title == "Talks in Vienna"
    with Catalog(tmp_path / "c") as cat:
        assert cat.history.undo_status().redo == "Edit document"


def test_a_later_change_blocks_the_undo_and_the_status_says_why(catalog, doc):
    catalog.documents.update(doc, title="Talks in Geneva")
    catalog.history.depth = 100
    catalog.documents.update(doc, notes="checked")  # a second op on the same record
    catalog.history.undo()  # undoes the notes
    catalog.documents.update(doc, section="World")  # a new change ends the redo
    assert catalog.history.undo_status().redo == ""
    catalog.history.undo()
    # the title edit is next, and nothing changed the document since it: allowed
    status = catalog.history.undo_status()
    assert status.undo and not status.undo_blocked


def test_undo_is_blocked_when_the_record_was_changed_since(catalog, doc):
    catalog.documents.update(doc, title="Talks in Geneva")
    with catalog.store.writing("Someone else's edit", kind="merge") as (session, changes):
        from catalog.models import Document

        record = session.scalar(select(Document).where(Document.uuid == doc))
        record.notes = "a colleague's note"
        changes.edit("document", doc)
    with catalog.store.reading() as session:
        from catalog.models import Operation

        merge = session.scalar(select(Operation).where(Operation.kind == "merge"))
        merge.undo_state  # noqa: B018
    with catalog.store.writing("close", kind="merge") as (session, changes):
        from catalog.models import Operation

        session.execute(Operation.__table__.update().where(Operation.kind == "merge").values(undo_state="closed"))
        changes.proposals = True
    status = catalog.history.undo_status()
    assert status.undo == "Edit document"
    assert "changed since by “Someone else's edit”" in status.undo_blocked
    with pytest.raises(UndoBlocked, match="cannot be undone"):
        catalog.history.undo()
    assert catalog.documents.get(doc).title == "Talks in Geneva"


def test_history_lists_each_revision_with_both_sides(catalog, doc):
    catalog.documents.update(doc, title="Talks in Geneva")
    catalog.documents.update(doc, title="Talks in Bern")
    views = catalog.history.of(doc)
    assert [v.action for v in views] == ["update", "update", "create"]
    assert views[0].changes["title"] == ("Talks in Geneva", "Talks in Bern")
    assert views[1].changes["title"] == ("Talks in Vienna", "Talks in Geneva")
    assert views[2].changes["title"] == (None, "Talks in Vienna")
    assert all(v.author == catalog.author.name for v in views)
    catalog.history.restore(doc, views[1].rev_id)
    assert catalog.documents.get(doc).title == "Talks in Geneva"
    catalog.history.restore(doc, views[2].rev_id)
    assert catalog.documents.get(doc).title == "Talks in Vienna"


def test_undoing_accept_all_reopens_the_proposals_and_removes_what_they_made(catalog, doc):
    pending = catalog.proposals.find(doc)
    assert pending, "the sample text should propose something"
    before = dump(catalog)
    accepted, _ = catalog.proposals.accept_all(doc)
    assert accepted and not catalog.proposals.find(doc)
    catalog.history.undo()
    assert dump(catalog) == before
    assert [p.id for p in catalog.proposals.find(doc)] == [p.id for p in pending]


def test_undo_and_redo_report_the_trash_as_delete_and_restore_do(catalog, doc):
    start = BODY.index("We will")
    quote, _ = catalog.quotes.add(doc, start, start + 19)
    catalog.trash.delete([doc])
    changes = catalog.history.undo()  # out of the trash: new to lists and counts, like restore()
    assert changes.created["document"] == {doc} and changes.created["quote"] == {quote}
    changes = catalog.history.redo()
    assert changes.deleted["document"] == {doc} and changes.deleted["quote"] == {quote}
    assert catalog.search.run("Vienna").total == 0
    catalog.history.undo()
    assert catalog.search.run("Vienna").total >= 1


def test_undo_reaches_only_as_deep_as_the_catalogue_was_opened_to(tmp_path):
    with Catalog(tmp_path / "c", undo_depth=2) as cat:
        doc = add_text(cat, "Talks in Vienna", BODY)
        for section in ("World", "Europe", "Austria"):
            cat.documents.update(doc, section=section)
        cat.history.undo()
        cat.history.undo()
        assert cat.documents.get(doc).section == "World"
        status = cat.history.undo_status()
        assert status.undo == "" or status.undo_blocked  # the third change back lies beyond the depth
        with pytest.raises(UndoBlocked):
            cat.history.undo()
