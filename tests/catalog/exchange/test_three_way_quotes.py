"""Quotes merged three-way: a colleague's fix to a quote comes back, and mine stays.

A marks a quote and exports; B imports it, edits its note and speaker, and exports; meanwhile
A changes its kind. A imports B's bundle with the defaults: the quote has B's note and speaker
and A's kind, and no conflict. A field both changed differently is exactly one conflict; a
quote trashed here and edited there is a conflict; a quote that moved on either side, and the
quotes of bundles from before quotes carried their revision, keep the two-way rules.
"""

from __future__ import annotations

import pytest

from catalog.revisions.state import read_states
from tests.catalog.exchange.crafting import without_history, without_quote_history


@pytest.fixture
def quoted(a_and_b):
    """A's quote (note "Ann's note", no speaker), exported by A and imported by B."""
    a, b, doc, tmp = a_and_b
    body = a.documents.get(doc).body
    words = body.split(". ")[2][:40]
    start = body.index(words)
    quote, _ = a.quotes.add(doc, start, start + len(words), note="Ann's note")
    a.exchange.export_bundle(tmp / "a1.zip")
    b.exchange.import_bundle(tmp / "a1.zip")
    return a, b, quote, tmp


def _state(catalog, quote: str) -> dict:
    with catalog.store.reading() as session:
        return read_states(session, "quote", [quote])[quote]


def _quote_entry(report, quote: str):
    return next(e for e in report.entries if e.kind == "quote" and e.uuid == quote)


def test_a_colleagues_note_and_speaker_come_back_with_my_kind(quoted):
    a, b, quote, tmp = quoted
    b.quotes.update(quote, note="Ben's note", speaker="Ines Marr", new_speaker_type="person")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.quotes.update(quote, kind="pull_quote")
    before = _state(a, quote)

    report = a.exchange.import_bundle(tmp / "b1.zip")
    assert not report.conflicts, [e.describe() for e in report.conflicts]
    mine = a.quotes.get(quote)
    assert (mine.note, mine.speaker.name if mine.speaker else None, mine.kind) == ("Ben's note", "Ines Marr", "pull_quote")
    entry = _quote_entry(report, quote)
    assert entry.action == "updated" and entry.shared_base and entry.fields == ["note", "speaker"]

    # the history shows Ben's change under his name, and our merge after it
    views = a.history.of(quote)
    assert views[0].label.startswith("Import bundle") and views[0].author == "Ann Archivist"
    assert any(v.action == "foreign" and v.author == "Ben Researcher" and {"note", "speaker"} <= set(v.changes) for v in views)

    # the same bundle again changes nothing
    generation = a.maintenance.generation()
    again = a.exchange.import_bundle(tmp / "b1.zip")
    assert a.maintenance.generation() == generation and not again.conflicts
    assert _quote_entry(again, quote).action == "kept"  # theirs is merged here: ours is newer

    # undo puts the quote back as it was, and takes Ben's revisions away with the import
    a.history.undo()
    assert _state(a, quote) == before
    assert not any(v.action == "foreign" for v in a.history.of(quote))
    assert a.quotes.get(quote).note == "Ann's note"
    a.exchange.import_bundle(tmp / "b1.zip")
    assert a.quotes.get(quote).note == "Ben's note"


def test_a_note_changed_differently_on_both_sides_is_exactly_one_conflict(quoted):
    a, b, quote, tmp = quoted
    b.quotes.update(quote, note="Ben's note", kind="excerpt")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.quotes.update(quote, note="Ann's second note")

    report = a.exchange.import_bundle(tmp / "b1.zip")
    assert len(report.conflicts) == 1, [e.describe() for e in report.conflicts]
    conflict = report.conflicts[0]
    assert (conflict.kind, conflict.uuid, conflict.fields, conflict.resolution) == ("quote", quote, ["note"], "kept mine")
    assert conflict.shared_base and conflict.values == {"note": {"mine": "Ann's second note", "theirs": "Ben's note", "base": "Ann's note"}}
    assert "took their kind" in conflict.detail
    mine = a.quotes.get(quote)
    assert (mine.note, mine.kind) == ("Ann's second note", "excerpt")  # their kind, changed there only, is taken
    listed = report.to_json()["conflicts"]
    assert [(c["kind"], c["field"], c["mine"], c["theirs"], c["base"]) for c in listed] == [
        ("quote", "note", "Ann's second note", "Ben's note", "Ann's note")
    ]


def test_a_speaker_conflict_shows_the_speakers_names(quoted):
    a, b, quote, tmp = quoted
    b.quotes.update(quote, speaker="Ines Marr", new_speaker_type="person")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.quotes.update(quote, speaker="Olaf Brandt", new_speaker_type="person")

    report = a.exchange.import_bundle(tmp / "b1.zip", on_conflict="theirs")
    (conflict,) = report.conflicts
    assert conflict.fields == ["speaker"] and conflict.resolution == "took theirs"
    assert conflict.values == {"speaker": {"mine": "Olaf Brandt", "theirs": "Ines Marr", "base": None}}
    speaker = a.quotes.get(quote).speaker
    assert speaker is not None and speaker.name == "Ines Marr"


def test_tags_added_on_both_sides_are_united(quoted):
    a, b, quote, tmp = quoted
    b.tags.apply([quote], "Ben/Checked")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.tags.apply([quote], "Ann/Cited")

    report = a.exchange.import_bundle(tmp / "b1.zip")
    assert not report.conflicts, [e.describe() for e in report.conflicts]
    assert sorted(a.quotes.get(quote).tags) == ["Ann/Cited", "Ben/Checked"]
    assert _quote_entry(report, quote).fields == ["tags"]


def test_a_quote_trashed_here_and_edited_there_is_a_conflict(quoted):
    a, b, quote, tmp = quoted
    b.quotes.update(quote, note="Ben's note")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.trash.delete([quote])

    report = a.exchange.import_bundle(tmp / "b1.zip")
    (conflict,) = report.conflicts
    assert conflict.kind == "quote" and conflict.fields == ["deleted"] and conflict.resolution == "kept mine"
    assert conflict.values["deleted"]["mine"] and conflict.values["deleted"]["theirs"] is None
    assert "not taken" in conflict.detail
    kept = a.quotes.get(quote, include_deleted=True)
    assert kept.deleted and kept.note == "Ann's note"

    # that import changed nothing, so it kept nothing of theirs either: it can be decided again
    report = a.exchange.import_bundle(tmp / "b1.zip", on_conflict="theirs")
    assert report.conflicts[0].resolution == "took theirs"
    back = a.quotes.get(quote)
    assert not back.deleted and back.note == "Ben's note"


def test_my_own_older_bundle_leaves_a_quote_i_trashed_since_in_the_trash(quoted):
    a, _b, quote, tmp = quoted
    a.trash.delete([quote])
    report = a.exchange.import_bundle(tmp / "a1.zip")
    assert not report.conflicts and _quote_entry(report, quote).action == "kept"
    assert a.quotes.get(quote, include_deleted=True).deleted


def test_a_quote_moved_here_keeps_the_two_way_rules(quoted):
    a, b, quote, tmp = quoted
    b.quotes.update(quote, note="Ben's note")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.quotes.update(quote, end=a.quotes.get(quote).end - 1)

    report = a.exchange.import_bundle(tmp / "b1.zip")
    (conflict,) = report.conflicts
    assert conflict.kind == "quote" and not conflict.shared_base
    assert conflict.fields == ["position", "note"] and conflict.resolution == "kept mine"
    assert a.quotes.get(quote).note == "Ann's note"
    generation = a.maintenance.generation()
    again = a.exchange.import_bundle(tmp / "b1.zip")
    assert a.maintenance.generation() == generation and len(again.conflicts) == 1

    # taking theirs puts it where they have it, with their note
    report = a.exchange.import_bundle(tmp / "b1.zip", on_conflict="theirs")
    assert report.conflicts[0].resolution == "took theirs"
    assert a.quotes.get(quote).note == "Ben's note" and a.quotes.get(quote).exact == b.quotes.get(quote).exact


@pytest.mark.parametrize("older", [without_history, without_quote_history], ids=["format 1", "format 2"])
def test_a_bundle_without_quote_revisions_merges_quotes_two_way(quoted, older):
    a, b, quote, tmp = quoted
    b.quotes.update(quote, note="Ben's note")
    older(b.exchange.export_bundle(tmp / "b1.zip").path, tmp / "b1-old.zip")
    a.quotes.update(quote, kind="pull_quote")

    report = a.exchange.import_bundle(tmp / "b1-old.zip")
    (conflict,) = report.conflicts  # with no shared version, any field that differs is one
    assert conflict.kind == "quote" and not conflict.shared_base
    assert conflict.fields == ["kind", "note"] and conflict.resolution == "kept mine"
    mine = a.quotes.get(quote)
    assert (mine.note, mine.kind) == ("Ann's note", "pull_quote")
    generation = a.maintenance.generation()
    again = a.exchange.import_bundle(tmp / "b1-old.zip")
    assert a.maintenance.generation() == generation and len(again.conflicts) == 1


def test_a_bundle_carries_its_quotes_revisions(quoted):
    a, b, quote, tmp = quoted
    assert b.quotes.get(quote).note == "Ann's note"
    # B's copy continues A's chain: its first revision's parent is the version A exported
    with a.store.reading() as session:
        exported = session.scalar(_revision_of(quote))
    history = b.history.of(quote)
    assert history[-1].action == "foreign" and history[-1].rev_id == exported
    assert any(v.parent_rev == exported for v in history if v.action != "foreign")


def _revision_of(quote: str):
    from sqlalchemy import select

    from catalog.models import Quote

    return select(Quote.revision).where(Quote.uuid == quote)
