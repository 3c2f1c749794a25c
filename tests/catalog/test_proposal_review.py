"""Reviewing proposals at scale: groups, evidence, filters, bulk decisions by kind, restore.

The article is written for these tests: three attributed quotations, one unattributed, and
people and an organisation mentioned by name.
"""

from __future__ import annotations

import pytest

from catalog import InvalidInput, ProposalFilter, group_words, plural
from tests.conftest import add_text

BODY = (
    "The Harbour Trust met on Monday to decide the future of the old ferry sheds.\n\n"
    "“We will not let these buildings fall into the sea,” said Helen Castellan, the chair of the trust.\n\n"
    "According to Marcus Webb, “the repairs will cost far more than anyone has admitted so far.”\n\n"
    "“Nobody asked the fishermen what they think about any of this,” the residents said.\n\n"
    "“The sheds have stood here for a hundred and twenty years and counting.”\n\n"
    "Helen Castellan later visited the sheds with Marcus Webb and the Harbour Trust engineers."
)


@pytest.fixture
def document(catalog) -> str:
    return add_text(catalog, "Ferry sheds", BODY)


def test_proposals_come_in_groups_with_human_words_evidence_and_confidence(catalog, document):
    proposals = catalog.proposals.find(document)
    groups = {p.group for p in proposals}
    assert {"quotation", "person", "organisation"} <= groups
    helen = next(p for p in proposals if p.kind == "quote" and p.data["speaker"] == "Helen Castellan")
    assert helen.evidence == "attribution words: “said”"
    assert helen.title() == "Quotation by Helen Castellan (chair of the trust)"
    assert "_" not in helen.describe() and f"confidence {helen.confidence:.0%}" in helen.describe()
    residents = next(p for p in proposals if p.kind == "quote" and p.data["exact"].startswith("Nobody asked"))
    assert residents.speaker == "the residents (no name given)"
    bare = next(p for p in proposals if p.kind == "quote" and p.data["exact"].startswith("The sheds"))
    assert bare.evidence == "quotation marks only, no attribution words"
    assert bare.confidence < helen.confidence
    person = next(p for p in proposals if p.kind == "actor" and p.data["name"] == "Marcus Webb")
    assert person.title() == "Person: Marcus Webb"
    assert person.evidence.startswith("2 mentions")
    assert plural(1, "mention") == "1 mention" and group_words("pull_quote", 3) == "3 pull quotes"
    assert group_words("person", 1) == "1 person" and group_words("person") == "People"


def test_filters_by_kind_confidence_and_text(catalog, document):
    everything = catalog.proposals.find(document)
    quotations = catalog.proposals.find(document, kind="quotation")
    assert quotations and all(p.group == "quotation" for p in quotations)
    assert {p.id for p in catalog.proposals.find(document, kind="quote")} == {p.id for p in everything if p.kind == "quote"}
    sure = catalog.proposals.find(document, min_confidence=0.8)
    assert sure and all(p.confidence >= 0.8 for p in sure) and len(sure) < len(everything)
    fishermen = catalog.proposals.find(document, text="FISHERMEN")
    assert [p.data["exact"][:14] for p in fishermen] == ["Nobody asked t"]
    assert catalog.proposals.find(document, text="Ferry sheds") == everything  # the document's title


@pytest.mark.parametrize(
    ("arguments", "words"),
    [({"kind": "speech"}, "unknown kind"), ({"status": "maybe"}, "unknown proposal status"), ({"min_confidence": 70}, "between 0 and 1")],
)
def test_a_filter_nothing_can_match_is_refused_with_a_clear_message(catalog, document, arguments, words):
    with pytest.raises(InvalidInput, match=words):
        catalog.proposals.find(document, **arguments)


def test_bulk_accept_by_kind_is_one_undoable_change_and_leaves_other_kinds_pending(catalog, document):
    # (the quotations' speakers are settled with them: what is left is the organisation)
    quotations = catalog.proposals.find(document, kind="quotation")
    actors = catalog.proposals.find(document, kind="actor")
    before = catalog.maintenance.stats()
    count, changes = catalog.proposals.accept_all(wanted=ProposalFilter(document, kind="quotation"))
    assert count == len(quotations) and len(changes.created["quote"]) == count
    assert catalog.history.undo_status().undo == "Accept all quotations"
    assert catalog.proposals.find(document, kind="quotation") == []
    assert [p.id for p in catalog.proposals.find(document, kind="actor")] == [p.id for p in actors if p.group == "organisation"]
    residents = next(q for q in catalog.documents.get(document).quotes if q.exact.startswith("Nobody asked"))
    assert residents.speaker is None and residents.note == "Said by the residents (no name given)"
    catalog.history.undo()
    assert catalog.maintenance.stats() == before
    assert [p.id for p in catalog.proposals.find(document, kind="quotation")] == [p.id for p in quotations]
    assert [p.id for p in catalog.proposals.find(document, kind="actor")] == [p.id for p in actors]


def test_bulk_accept_takes_only_proposals_above_the_minimum_confidence(catalog, document):
    sure = catalog.proposals.find(document, kind="quotation", min_confidence=0.8)
    count, _ = catalog.proposals.accept_all(wanted=ProposalFilter(document, kind="quotation", min_confidence=0.8))
    assert count == len(sure) > 0
    assert all(p.confidence < 0.8 for p in catalog.proposals.find(document, kind="quotation"))


def test_a_rejected_proposal_is_restored_as_an_undoable_change(catalog, document):
    first = catalog.proposals.find(document)[0]
    catalog.proposals.reject(first.id)
    assert first.id not in {p.id for p in catalog.proposals.find(document)}
    rejected = catalog.proposals.find(document, status="rejected")
    assert [p.id for p in rejected] == [first.id]
    changes = catalog.proposals.restore(first.id)
    assert changes.proposals and document in changes.touched("document")
    assert first.id in {p.id for p in catalog.proposals.find(document)}
    assert catalog.history.undo_status().undo == "Restore proposal"
    catalog.history.undo()
    assert [p.id for p in catalog.proposals.find(document, status="rejected")] == [first.id]


def test_only_a_rejected_proposal_can_be_restored(catalog, document):
    pending, accepted = catalog.proposals.find(document)[:2]
    catalog.proposals.accept(accepted.id)
    for proposal in (pending, accepted):
        with pytest.raises(InvalidInput, match="only a rejected proposal can be restored"):
            catalog.proposals.restore(proposal.id)


def test_bulk_reject_by_kind_then_restore_one(catalog, document):
    count, _ = catalog.proposals.reject_all(ProposalFilter(document, kind="person"))
    assert count >= 2 and catalog.proposals.find(document, kind="person") == []
    assert catalog.history.undo_status().undo == "Reject people"
    back = catalog.proposals.find(document, status="rejected", kind="person")[0]
    catalog.proposals.restore(back.id)
    assert [p.id for p in catalog.proposals.find(document, kind="person")] == [back.id]


def test_accepting_a_quote_settles_the_proposal_of_its_speaker(catalog, document):
    helen = next(p for p in catalog.proposals.find(document, kind="quote") if p.data["speaker"] == "Helen Castellan")
    catalog.proposals.accept(helen.id)
    assert "Helen Castellan" not in {p.data["name"] for p in catalog.proposals.find(document, kind="actor")}
    assert "Helen Castellan" in {p.data["name"] for p in catalog.proposals.find(document, status="accepted", kind="actor")}
    assert "Marcus Webb" in {p.data["name"] for p in catalog.proposals.find(document, kind="actor")}


def test_a_proposal_stored_before_speakers_had_to_be_names_is_read_as_now(catalog, document):
    """A catalogue made by an earlier version holds quotes proposed as said by "the
    participants" or "uber stepped in and": they show, and are accepted, without that speaker."""
    import json

    from catalog.models import Proposal

    old = {"start": 0, "end": 3, "exact": BODY[:3], "kind": "quotation", "speaker_type": "", "cue": "said", "confidence": 0.65}
    with catalog.store.writing() as (session, changes):
        doc = session.get(Proposal, catalog.proposals.find(document)[0].id).document
        for speaker in ("the participants", "uber stepped in and", "director Bong Joon Ho"):
            session.add(Proposal(document=doc, kind="quote", payload=json.dumps({**old, "speaker": speaker, "speaker_role": ""})))
        changes.proposals = True
    shown = [p for p in catalog.proposals.find(document) if p.kind == "quote" and p.data["exact"] == BODY[:3]]
    assert [(p.data["speaker"], p.data["speaker_role"], p.data["described_as"]) for p in shown] == [
        ("", "", "the participants"), ("", "", ""), ("Bong Joon Ho", "director", ""),
    ]  # fmt: skip
    catalog.proposals.accept(shown[0].id)
    quote = next(q for q in catalog.documents.get(document).quotes if q.start == 0)
    assert quote.speaker is None and quote.note == "Said by the participants (no name given)"
    assert "the participants" not in {a.name for a in catalog.actors.summaries()}
