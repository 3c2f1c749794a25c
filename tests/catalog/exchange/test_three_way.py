"""The story the three-way merge exists for: a bundle sent to a colleague and back.

A exports a bundle; B imports it, corrects the title and the section, adds a quote and exports;
meanwhile A edits the notes. A imports B's bundle with the defaults: A ends with B's title and
section, B's quote and A's notes, and no conflict. Then both change one field differently:
exactly one conflict.
"""

from __future__ import annotations


def _quote_words(catalog, doc: str) -> str:
    body = catalog.documents.get(doc).body
    return body.split(". ")[1][:30]


def test_a_colleagues_corrections_come_back_with_mine_kept(a_and_b):
    a, b, doc, tmp = a_and_b
    a.exchange.export_bundle(tmp / "a1.zip")
    b.exchange.import_bundle(tmp / "a1.zip")
    b.documents.update(doc, title="A corrected title", section="Heritage")
    words = _quote_words(b, doc)
    start = b.documents.get(doc).body.index(words)
    b_quote, _ = b.quotes.add(doc, start, start + len(words), note="Ben's quote")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.documents.update(doc, notes="Ann's notes")

    report = a.exchange.import_bundle(tmp / "b1.zip")
    assert not report.conflicts, [e.describe() for e in report.conflicts]
    mine = a.documents.get(doc)
    assert (mine.title, mine.section, mine.notes) == ("A corrected title", "Heritage", "Ann's notes")
    assert b_quote in {q.uuid for q in a.quotes.find(document=doc)}
    entry = next(e for e in report.entries if e.kind == "document")
    assert entry.action == "updated" and set(entry.fields) == {"section", "title"}

    # the history shows Ben's change under his name, and our merge after it
    views = a.history.of(doc)
    assert views[0].label.startswith("Import bundle") and views[0].author == "Ann Archivist"
    assert any(v.action == "foreign" and v.author == "Ben Researcher" and "title" in v.changes for v in views)

    # the same bundle again changes nothing
    generation = a.maintenance.generation()
    again = a.exchange.import_bundle(tmp / "b1.zip")
    assert a.maintenance.generation() == generation and not again.conflicts

    # undo brings every overwritten field back, and the bundle can be merged again
    a.history.undo()
    back = a.documents.get(doc)
    assert back.notes == "Ann's notes"
    assert back.title != "A corrected title" and back.section == ""
    assert b_quote not in {q.uuid for q in a.quotes.find(document=doc)}
    a.exchange.import_bundle(tmp / "b1.zip")
    assert a.documents.get(doc).title == "A corrected title"


def test_one_field_changed_differently_on_both_sides_is_exactly_one_conflict(a_and_b):
    a, b, doc, tmp = a_and_b
    a.exchange.export_bundle(tmp / "a1.zip")
    b.exchange.import_bundle(tmp / "a1.zip")
    b.documents.update(doc, title="Ben's title", section="Heritage")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.documents.update(doc, title="Ann's title", notes="Ann's notes")

    report = a.exchange.import_bundle(tmp / "b1.zip")
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    assert conflict.fields == ["title"] and conflict.resolution == "kept mine"
    assert conflict.values["title"]["mine"] == "Ann's title"
    assert conflict.values["title"]["theirs"] == "Ben's title"
    assert conflict.values["title"]["base"] == a.history.of(doc)[-1].changes["title"][1]
    mine = a.documents.get(doc)
    assert (mine.title, mine.section, mine.notes) == ("Ann's title", "Heritage", "Ann's notes")
    listed = report.to_json()["conflicts"]
    assert [(c["field"], c["mine"], c["theirs"]) for c in listed] == [("title", "Ann's title", "Ben's title")]


def test_a_second_round_trip_finds_the_newer_shared_version(a_and_b):
    """After one exchange each way, the base is the version B sent, not the first one: A's
    notes, which B never saw, are not taken for B's change."""
    a, b, doc, tmp = a_and_b
    a.exchange.export_bundle(tmp / "a1.zip")
    b.exchange.import_bundle(tmp / "a1.zip")
    b.documents.update(doc, title="Ben's title")
    b.exchange.export_bundle(tmp / "b1.zip")
    a.documents.update(doc, notes="Ann's notes")
    a.exchange.import_bundle(tmp / "b1.zip")
    b.documents.update(doc, section="Heritage")
    b.exchange.export_bundle(tmp / "b2.zip")
    report = a.exchange.import_bundle(tmp / "b2.zip")
    assert not report.conflicts, [e.describe() for e in report.conflicts]
    mine = a.documents.get(doc)
    assert (mine.title, mine.section, mine.notes) == ("Ben's title", "Heritage", "Ann's notes")


def test_their_version_i_already_had_is_kept_as_mine(a_and_b):
    a, b, doc, tmp = a_and_b
    a.exchange.export_bundle(tmp / "a1.zip")
    a.documents.update(doc, title="Ann's newer title")
    report = a.exchange.import_bundle(tmp / "a1.zip")
    entry = next(e for e in report.entries if e.kind == "document")
    assert entry.action == "kept" and a.documents.get(doc).title == "Ann's newer title"
