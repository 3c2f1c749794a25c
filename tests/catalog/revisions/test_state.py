"""A record's state read and written back gives the same catalogue."""

from __future__ import annotations

import pytest

from catalog.changes import Changes
from catalog.revisions.state import RECORD_TYPES, StateConflict, read_states, write_state
from tests.conftest import add_text

BODY = "Ministers met in Vienna. “We will not give up,” said Amina Rahimi, the spokeswoman. The talks go on."


@pytest.fixture
def filled(catalog):
    doc = add_text(catalog, "Talks in Vienna", BODY, publication="The Ledger")
    catalog.actors.add("Amina Rahimi", type="person", aliases=["A. Rahimi"], identifiers={"wikidata": "Q1"})
    catalog.actors.add("Vienna Group", type="organisation")
    catalog.actors.relate("Amina Rahimi", "spokeswoman of", "Vienna Group")
    start = BODY.index("We will")
    quote, _ = catalog.quotes.add(doc, start, start + len("We will not give up"), speaker="Amina Rahimi", tags=["Talks/Vienna"])
    catalog.tags.apply([doc], "Europe/Austria")
    catalog.actors.link(doc, "Vienna Group", "mentioned")
    return catalog, doc, quote


def _all_states(catalog):
    from sqlalchemy import select

    from catalog.revisions.state import MODELS

    with catalog.store.reading() as session:
        return {t: read_states(session, t, session.scalars(select(MODELS[t].uuid))) for t in RECORD_TYPES}


def test_states_name_links_by_uuid(filled):
    catalog, doc, quote = filled
    states = _all_states(catalog)
    q = states["quote"][quote]
    assert q["document"] == doc and q["exact"] == "We will not give up"
    assert states["actor"][q["speaker"]]["name"] == "Amina Rahimi"
    d = states["document"][doc]
    assert d["title"] == "Talks in Vienna" and d["deleted"] is None
    assert [states["actor"][a]["name"] for a, role in d["actors"] if role == "mentioned"] == ["Vienna Group"]
    assert {states["tag"][t]["name"] for t in d["tags"]} == {"Austria"}
    amina = states["actor"][q["speaker"]]
    assert [r for r, _ in amina["relations"]] == ["spokeswoman of"]


def test_deleting_everything_and_writing_the_states_back_restores_the_catalogue(filled):
    catalog, _, _ = filled
    before = _all_states(catalog)
    from catalog.revisions.state import proposal_payloads

    with catalog.store.reading() as session:
        payloads = {uuid: proposal_payloads(session, uuid) for uuid in before["document"]}
    with catalog.store.writing() as (session, changes):
        for record_type in reversed(RECORD_TYPES):
            for uuid in before[record_type]:
                write_state(session, changes, record_type, uuid, None)
    assert all(not states for states in _all_states(catalog).values())
    with catalog.store.writing() as (session, changes):
        for record_type in RECORD_TYPES:
            pending = dict(before[record_type])
            while pending:  # tags: parents before children
                for uuid, state in list(pending.items()):
                    if record_type == "tag" and state["parent"] in pending:
                        continue
                    if record_type == "actor":
                        state = {**state, "relations": []}
                    if record_type == "document":  # as a deletion's revision keeps them
                        state = {**state, "proposal_payloads": payloads[uuid]}
                    write_state(session, changes, record_type, uuid, state)
                    del pending[uuid]
        for uuid, state in before["actor"].items():
            write_state(session, changes, "actor", uuid, state)
    assert _all_states(catalog) == before
    assert catalog.search.run("Vienna").total >= 2


def test_a_state_naming_a_missing_record_is_refused(filled):
    catalog, doc, quote = filled
    with catalog.store.reading() as session:
        state = read_states(session, "quote", [quote])[quote]
    with pytest.raises(StateConflict), catalog.store.writing() as (session, changes):
        write_state(session, changes, "quote", quote, {**state, "speaker": "00000000-0000-4000-8000-000000000000"})
    assert _all_states(catalog)["quote"][quote] == state
    assert isinstance(Changes(), Changes)


def _revisions(catalog, uuid):
    import json

    from sqlalchemy import select

    from catalog.models import Operation, Revision

    with catalog.store.reading() as session:
        rows = session.execute(
            select(Revision, Operation).join(Operation, Operation.id == Revision.operation_id).where(Revision.record_uuid == uuid).order_by(Revision.id)
        ).all()
        return [(r.action, json.loads(r.fields) if r.fields else None, o.label, o.author_name, r.parent_rev, r.rev_id) for r, o in rows]


def test_every_unit_of_work_records_what_it_changed(filled):
    catalog, doc, quote = filled
    created = _revisions(catalog, doc)
    assert created[0][0] == "create" and created[0][1] is None
    catalog.documents.update(doc, title="Talks in Geneva")
    action, fields, label, author, parent, rev = _revisions(catalog, doc)[-1]
    assert action == "update" and fields == {"title": ["Talks in Vienna", "Talks in Geneva"]}
    assert author == catalog.author.name and parent == _revisions(catalog, doc)[-2][5]
    with catalog.store.reading() as session:
        from catalog.models import Document

        assert session.get(Document, 1).revision == rev
    catalog.trash.delete([quote])
    assert _revisions(catalog, quote)[-1][1] == {"deleted": [None, _revisions(catalog, quote)[-1][1]["deleted"][1]]}
    catalog.trash.empty()
    action, fields, *_ = _revisions(catalog, quote)[-1]
    assert action == "delete" and fields["exact"] == "We will not give up"
