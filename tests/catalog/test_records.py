"""Quotes, actors, tags and the trash through the Catalog API."""

from __future__ import annotations

import pytest

from catalog.errors import DuplicateDocument, InvalidInput, NotFound
from catalog.models import MAX_TAG_DEPTH


@pytest.fixture
def doc(catalog, sample_file):
    return catalog.import_file(sample_file).document_uuid


def _span(catalog, doc, words):
    body = catalog.document(doc).body
    start = body.index(words)
    return start, start + len(words)


def test_import_twice_adds_nothing(catalog, sample_file, doc):
    with pytest.raises(DuplicateDocument, match="already in the catalogue"):
        catalog.import_file(sample_file)
    # same text under another name and bytes: still a duplicate
    data = sample_file.read_bytes().replace(b"Est. 1911", b"Est. 1912")
    with pytest.raises(DuplicateDocument, match="same (short URL|text)"):
        catalog.import_bytes(data, "copy.md")
    assert catalog.stats()["documents"] == 1


def test_quote_offsets_are_code_points_with_context(catalog, doc):
    start, end = _span(catalog, doc, "memory is a trust")
    uuid, changes = catalog.add_quote(doc, start, end, kind="excerpt", note="the motto")
    quote = catalog.quote(uuid)
    body = catalog.document(doc).body
    assert body[quote.start : quote.end] == quote.exact == "memory is a trust"
    assert body[: quote.start].endswith(quote.prefix) and body[quote.end :].startswith(quote.suffix)
    assert "quote" in changes.created and uuid in changes.created["quote"]
    # the Arabic motto precedes it: offsets count code points, not bytes or UTF-16 units
    arabic = body.index("الذاكرة")
    assert arabic < quote.start


@pytest.mark.parametrize("span", [(-1, 4), (5, 5), (10, 10**7), (10, 4)])
def test_bad_offsets_are_refused(catalog, doc, span):
    with pytest.raises(InvalidInput):
        catalog.add_quote(doc, *span)
    assert catalog.stats()["quotes"] == 0


def test_speaker_links_actor_to_document(catalog, doc):
    start, end = _span(catalog, doc, "most of the damage is reversible")
    uuid, _ = catalog.add_quote(doc, start, end, speaker="Idris Haddad", new_speaker_type="person")
    actor = catalog.actor("Idris Haddad")
    assert actor.quote_count == 1
    assert (doc, "quoted") in {(d, role) for d, _, role in actor.documents}
    with pytest.raises(NotFound):
        catalog.add_quote(doc, start, end, speaker="Nobody Known")


def test_merge_actors_keeps_every_link(catalog, doc):
    start, end = _span(catalog, doc, "most of the damage is reversible")
    quote, _ = catalog.add_quote(doc, start, end, speaker="I. Haddad", new_speaker_type="person")
    keep, _ = catalog.add_actor("Idris Haddad", "person", identifiers={"wikidata": "Q0"})
    catalog.link_actor(doc, "I. Haddad", "subject")
    catalog.tag_records([catalog.actor("I. Haddad").uuid], "People/Conservators")
    catalog.merge_actors(keep, "I. Haddad")
    merged = catalog.actor(keep)
    assert "I. Haddad" in merged.aliases
    assert catalog.quote(quote).speaker.uuid == keep
    assert {role for d, _, role in merged.documents if d == doc} == {"quoted", "subject"}
    assert merged.tags == ["People/Conservators"]
    assert catalog.actor("I. Haddad").uuid == keep  # the old name now finds the merged actor
    assert catalog.search('speaker:"I. Haddad"').hits[0].uuid == quote


def test_relations_between_actors(catalog):
    catalog.add_actor("Helen Castellan")
    catalog.add_actor("Saltmere Archive Trust", "organisation")
    catalog.relate_actors("Helen Castellan", "chair of", "Saltmere Archive Trust")
    relations = catalog.actor("Helen Castellan").relations
    assert [(r, ref.name) for r, ref in relations] == [("chair of", "Saltmere Archive Trust")]
    with pytest.raises(InvalidInput):
        catalog.add_actor("Helen Castellan")
    with pytest.raises(InvalidInput):
        catalog.add_actor("X", "spaceship")


def test_tags_hierarchy_rename_merge_delete(catalog, doc):
    catalog.tag_records([doc], "Heritage/Archives")
    catalog.add_tag("Heritage/Floods", colour="#1e90ff")
    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.add_quote(doc, start, end, tags=["Heritage/Floods"])
    paths = {t.path: t for t in catalog.tags()}
    assert paths["Heritage/Floods"].colour == "#1e90ff" and paths["Heritage/Floods"].quotes == 1
    catalog.rename_tag("Heritage", "Local/Heritage")
    assert catalog.document(doc).tags == ["Local/Heritage/Archives"]
    assert catalog.search("tag:Local").total == 2
    catalog.merge_tags("Local/Heritage/Floods", "Local/Heritage/Archives")
    assert catalog.quote(quote).tags == ["Local/Heritage/Archives"]
    assert "Local/Heritage/Floods" not in {t.path for t in catalog.tags()}
    catalog.delete_tag("Local")
    assert catalog.document(doc).tags == [] and catalog.quote(quote).tags == []
    assert catalog.search("tag:Local").total == 0
    with pytest.raises(InvalidInput):
        catalog.add_tag("a//b")
    with pytest.raises(InvalidInput):
        catalog.add_tag("x", colour="red")


def test_merge_tags_with_clashing_children(catalog, doc):
    catalog.tag_records([doc], "A/Child")
    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.add_quote(doc, start, end, tags=["B/Child"])
    catalog.merge_tags("A", "B")
    assert catalog.document(doc).tags == ["B/Child"] and catalog.quote(quote).tags == ["B/Child"]
    with pytest.raises(InvalidInput):
        catalog.rename_tag("B", "B/Child/Deeper")
    # namesakes at every level are merged, each link once
    catalog.tag_records([doc], "C/X/Y/Z")
    catalog.tag_records([doc, quote], "D/X/Y/W")
    catalog.tag_records([quote], "D/X/Y/Z")
    catalog.merge_tags("C", "D")
    assert sorted(catalog.document(doc).tags) == ["B/Child", "D/X/Y/W", "D/X/Y/Z"]
    assert sorted(catalog.quote(quote).tags) == ["B/Child", "D/X/Y/W", "D/X/Y/Z"]
    assert not [t for t in catalog.tags() if t.path.startswith("C")]


def _levels(count: int, stem: str = "L") -> str:
    return "/".join(f"{stem}{i}" for i in range(count))


def test_tags_are_at_most_max_tag_depth_levels_deep(catalog, doc):
    """Deeper tags cannot be exchanged (REFI-QDA nests codes as XML elements): refuse them when made."""
    deepest = _levels(MAX_TAG_DEPTH)
    catalog.add_tag(deepest)
    too_deep = f"at most {MAX_TAG_DEPTH} levels deep"
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.add_tag(deepest + "/Deeper")
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.add_tag(_levels(1000))
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.tag_records([doc], deepest + "/Deeper")
    start, end = _span(catalog, doc, "memory is a trust")
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.add_quote(doc, start, end, tags=[deepest + "/Deeper"])
    catalog.add_tag("Top/Two/Three")
    before = {t.path for t in catalog.tags()}
    # moving or merging a branch may not push its sub-tags past the limit either
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.rename_tag("Top", _levels(MAX_TAG_DEPTH - 2) + "/Top")
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.merge_tags("Top", _levels(MAX_TAG_DEPTH - 1))
    assert {t.path for t in catalog.tags()} == before and catalog.stats()["quotes"] == 0
    catalog.rename_tag("Top", _levels(MAX_TAG_DEPTH - 3) + "/Top")
    catalog.merge_tags(_levels(MAX_TAG_DEPTH - 3) + "/Top", _levels(MAX_TAG_DEPTH - 2))
    assert max(t.path.count("/") + 1 for t in catalog.tags()) == MAX_TAG_DEPTH


def test_trash_restore_and_empty(catalog, doc):
    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.add_quote(doc, start, end)
    catalog.delete([doc])
    assert catalog.stats()["documents"] == 0 and catalog.search("Saltmere").total == 0
    assert [i.kind for i in catalog.trash()] == ["document"]
    catalog.restore([doc])
    assert catalog.search("Saltmere").total >= 1
    assert quote in {h.uuid for h in catalog.search("trust").hits}
    catalog.delete([doc])
    catalog.empty_trash()
    assert catalog.stats() == {"documents": 0, "quotes": 0, "actors": catalog.stats()["actors"], "tags": 0, "trash": 0}
    with pytest.raises(NotFound):
        catalog.quote(quote, include_deleted=True)


def test_an_id_shared_by_two_kinds_can_still_be_told_apart(catalog, doc):
    """A catalogue damaged before bundles were checked for it may have an actor with a
    document's id: deleting by that id names both and says how to choose one."""
    from sqlalchemy import update

    from catalog.models import Actor

    actor, _ = catalog.add_actor("Petra Lund")
    with catalog.writing() as (session, changes):
        session.execute(update(Actor).where(Actor.uuid == actor).values(uuid=doc))
        changes.edit("actor", doc)
    with pytest.raises(InvalidInput, match=f"“{doc}” names both a document and an actor: give it as actor:{doc}"):
        catalog.delete([doc])
    catalog.delete([f"actor:{doc}"])
    assert [(i.kind, i.label) for i in catalog.trash()] == [("actor", "Petra Lund")]
    catalog.restore([f"ACTOR:{doc[:8]}"])
    assert catalog.trash() == [] and catalog.document(doc).title
    with pytest.raises(InvalidInput, match="“dragon” is not a kind of record"):
        catalog.delete([f"dragon:{doc}"])


def test_update_document_fields(catalog, doc):
    catalog.update_document(doc, section="Local news", published_at="2024-03-15T10:00", notes="checked against print")
    view = catalog.document(doc)
    assert view.section == "Local news" and view.published_at.day == 15
    with pytest.raises(InvalidInput):
        catalog.update_document(doc, body="rewritten")
    with pytest.raises(InvalidInput):
        catalog.update_document(doc, published_at="tomorrow")


def test_check_reanchors_a_quote_after_the_text_is_corrected(catalog, doc):
    from sqlalchemy import update

    from catalog.models import Document

    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.add_quote(doc, start, end)
    with catalog.writing() as (session, changes):
        body = catalog.document(doc).body
        session.execute(update(Document).where(Document.uuid == doc).values(body="A correction. " + body))
        changes.edit("document", doc)
    report = catalog.check()
    assert any("moved" in p.what for p in report.problems)
    report = catalog.check(repair=True)
    fixed = catalog.quote(quote)
    assert catalog.document(doc).body[fixed.start : fixed.end] == "memory is a trust"
    assert catalog.check().ok and not catalog.check().problems


def test_check_finds_a_missing_original(catalog, doc):
    for path in catalog.originals_dir.rglob("*.md"):
        path.unlink()
    report = catalog.check()
    assert not report.ok and any("missing" in p.what for p in report.problems)


@pytest.mark.parametrize("damage", ["deleted", "altered", "a link", "a FIFO"])
def test_check_says_what_an_original_needs_and_does_not_offer_repair_for_it(catalog, doc, damage):
    import os

    from catalog.cli.render import check_report

    (original,) = catalog.originals_dir.rglob("*.md")
    if damage == "deleted":
        original.unlink()
    elif damage == "altered":
        original.write_bytes(original.read_bytes() + b" and an edit")
    elif damage == "a link":
        original.unlink()
        original.symlink_to("/dev/zero")  # reading it would never end
    else:
        original.unlink()
        os.mkfifo(original)  # nor would reading this
    assert (catalog.original_path(doc) is None) == (damage != "altered")  # what "open original" opens
    for repair in (False, True):
        report = catalog.check(repair=repair)
        (problem,) = [p for p in report.problems if p.record == doc]
        assert not report.ok and not problem.repairable and not problem.repaired
        assert "harbour-ledger-archive.md" in problem.what
        assert str(original.relative_to(catalog.path)) in problem.needs
        assert "source file" in problem.needs and "copy of the catalogue folder" in problem.needs
        text = check_report(report)
        assert "--repair cannot" in text and "run `pressmark check --repair`" not in text.lower()


def test_check_offers_repair_only_for_what_it_can_repair(catalog, doc):
    from catalog.cli.render import check_report

    (catalog.path / "index" / "pressmark-sync.json").unlink()  # the index is now "behind"
    (original,) = catalog.originals_dir.rglob("*.md")
    original.unlink()
    catalog.index_problem = None
    report = catalog.check()
    index_problem = next(p for p in report.problems if "index" in p.what)
    assert index_problem.repairable
    text = check_report(report)
    assert "Run `pressmark check --repair` to fix 1 of them" in text and "--repair cannot" in text
    report = catalog.check(repair=True)
    assert next(p for p in report.problems if "index" in p.what).repaired
    assert "Run `pressmark check --repair`" not in check_report(report)


def test_tag_counts_leave_out_the_trash(catalog, doc):
    catalog.tag_records([doc], "Heritage")
    assert {t.path: t.documents for t in catalog.tags()} == {"Heritage": 1}
    catalog.delete([doc])
    assert {t.path: t.documents for t in catalog.tags()} == {"Heritage": 0}
