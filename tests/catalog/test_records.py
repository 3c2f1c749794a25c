"""Quotes, actors, tags and the trash through the Catalog API."""

from __future__ import annotations

import pytest

from catalog.errors import DuplicateDocument, InvalidInput, NotFound
from catalog.models import MAX_TAG_DEPTH


@pytest.fixture
def doc(catalog, sample_file):
    return catalog.documents.import_file(sample_file).document_uuid


def _span(catalog, doc, words):
    body = catalog.documents.get(doc).body
    start = body.index(words)
    return start, start + len(words)


def test_import_twice_adds_nothing(catalog, sample_file, doc):
    with pytest.raises(DuplicateDocument, match="already in the catalogue"):
        catalog.documents.import_file(sample_file)
    # same text under another name and bytes: still a duplicate
    data = sample_file.read_bytes().replace(b"Est. 1911", b"Est. 1912")
    with pytest.raises(DuplicateDocument, match="same (short URL|text)"):
        catalog.documents.import_bytes(data, "copy.md")
    assert catalog.maintenance.stats()["documents"] == 1


def test_quote_offsets_are_code_points_with_context(catalog, doc):
    start, end = _span(catalog, doc, "memory is a trust")
    uuid, changes = catalog.quotes.add(doc, start, end, kind="excerpt", note="the motto")
    quote = catalog.quotes.get(uuid)
    body = catalog.documents.get(doc).body
    assert body[quote.start : quote.end] == quote.exact == "memory is a trust"
    assert body[: quote.start].endswith(quote.prefix) and body[quote.end :].startswith(quote.suffix)
    assert "quote" in changes.created and uuid in changes.created["quote"]
    # the Arabic motto precedes it: offsets count code points, not bytes or UTF-16 units
    arabic = body.index("الذاكرة")
    assert arabic < quote.start


@pytest.mark.parametrize("span", [(-1, 4), (5, 5), (10, 10**7), (10, 4)])
def test_bad_offsets_are_refused(catalog, doc, span):
    with pytest.raises(InvalidInput):
        catalog.quotes.add(doc, *span)
    assert catalog.maintenance.stats()["quotes"] == 0


def test_speaker_links_actor_to_document(catalog, doc):
    start, end = _span(catalog, doc, "most of the damage is reversible")
    uuid, _ = catalog.quotes.add(doc, start, end, speaker="Idris Haddad", new_speaker_type="person")
    actor = catalog.actors.get("Idris Haddad")
    assert actor.quote_count == 1
    assert (doc, "quoted") in {(d, role) for d, _, role in actor.documents}
    with pytest.raises(NotFound):
        catalog.quotes.add(doc, start, end, speaker="Nobody Known")


def test_merge_actors_keeps_every_link(catalog, doc):
    start, end = _span(catalog, doc, "most of the damage is reversible")
    quote, _ = catalog.quotes.add(doc, start, end, speaker="I. Haddad", new_speaker_type="person")
    keep, _ = catalog.actors.add("Idris Haddad", "person", identifiers={"wikidata": "Q0"})
    catalog.actors.link(doc, "I. Haddad", "subject")
    catalog.tags.apply([catalog.actors.get("I. Haddad").uuid], "People/Conservators")
    catalog.actors.merge(keep, "I. Haddad")
    merged = catalog.actors.get(keep)
    assert "I. Haddad" in merged.aliases
    assert catalog.quotes.get(quote).speaker.uuid == keep
    assert {role for d, _, role in merged.documents if d == doc} == {"quoted", "subject"}
    assert merged.tags == ["People/Conservators"]
    assert catalog.actors.get("I. Haddad").uuid == keep  # the old name now finds the merged actor
    assert catalog.search.run('speaker:"I. Haddad"').hits[0].uuid == quote


def test_relations_between_actors(catalog):
    catalog.actors.add("Helen Castellan")
    catalog.actors.add("Saltmere Archive Trust", "organisation")
    catalog.actors.relate("Helen Castellan", "chair of", "Saltmere Archive Trust")
    relations = catalog.actors.get("Helen Castellan").relations
    assert [(r, ref.name) for r, ref in relations] == [("chair of", "Saltmere Archive Trust")]
    with pytest.raises(InvalidInput):
        catalog.actors.add("Helen Castellan")
    with pytest.raises(InvalidInput):
        catalog.actors.add("X", "spaceship")


def test_tags_hierarchy_rename_merge_delete(catalog, doc):
    catalog.tags.apply([doc], "Heritage/Archives")
    catalog.tags.add("Heritage/Floods", colour="#1e90ff")
    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.quotes.add(doc, start, end, tags=["Heritage/Floods"])
    paths = {t.path: t for t in catalog.tags.find()}
    assert paths["Heritage/Floods"].colour == "#1e90ff" and paths["Heritage/Floods"].quotes == 1
    catalog.tags.rename("Heritage", "Local/Heritage")
    assert catalog.documents.get(doc).tags == ["Local/Heritage/Archives"]
    assert catalog.search.run("tag:Local").total == 2
    catalog.tags.merge("Local/Heritage/Floods", "Local/Heritage/Archives")
    assert catalog.quotes.get(quote).tags == ["Local/Heritage/Archives"]
    assert "Local/Heritage/Floods" not in {t.path for t in catalog.tags.find()}
    catalog.tags.delete("Local")
    assert catalog.documents.get(doc).tags == [] and catalog.quotes.get(quote).tags == []
    assert catalog.search.run("tag:Local").total == 0
    with pytest.raises(InvalidInput):
        catalog.tags.add("a//b")
    with pytest.raises(InvalidInput):
        catalog.tags.add("x", colour="red")


def test_merge_tags_with_clashing_children(catalog, doc):
    catalog.tags.apply([doc], "A/Child")
    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.quotes.add(doc, start, end, tags=["B/Child"])
    catalog.tags.merge("A", "B")
    assert catalog.documents.get(doc).tags == ["B/Child"] and catalog.quotes.get(quote).tags == ["B/Child"]
    with pytest.raises(InvalidInput):
        catalog.tags.rename("B", "B/Child/Deeper")
    # namesakes at every level are merged, each link once
    catalog.tags.apply([doc], "C/X/Y/Z")
    catalog.tags.apply([doc, quote], "D/X/Y/W")
    catalog.tags.apply([quote], "D/X/Y/Z")
    catalog.tags.merge("C", "D")
    assert sorted(catalog.documents.get(doc).tags) == ["B/Child", "D/X/Y/W", "D/X/Y/Z"]
    assert sorted(catalog.quotes.get(quote).tags) == ["B/Child", "D/X/Y/W", "D/X/Y/Z"]
    assert not [t for t in catalog.tags.find() if t.path.startswith("C")]


def _levels(count: int, stem: str = "L") -> str:
    return "/".join(f"{stem}{i}" for i in range(count))


def test_tags_are_at_most_max_tag_depth_levels_deep(catalog, doc):
    """Deeper tags cannot be exchanged (REFI-QDA nests codes as XML elements): refuse them when made."""
    deepest = _levels(MAX_TAG_DEPTH)
    catalog.tags.add(deepest)
    too_deep = f"at most {MAX_TAG_DEPTH} levels deep"
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.tags.add(deepest + "/Deeper")
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.tags.add(_levels(1000))
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.tags.apply([doc], deepest + "/Deeper")
    start, end = _span(catalog, doc, "memory is a trust")
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.quotes.add(doc, start, end, tags=[deepest + "/Deeper"])
    catalog.tags.add("Top/Two/Three")
    before = {t.path for t in catalog.tags.find()}
    # moving or merging a branch may not push its sub-tags past the limit either
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.tags.rename("Top", _levels(MAX_TAG_DEPTH - 2) + "/Top")
    with pytest.raises(InvalidInput, match=too_deep):
        catalog.tags.merge("Top", _levels(MAX_TAG_DEPTH - 1))
    assert {t.path for t in catalog.tags.find()} == before and catalog.maintenance.stats()["quotes"] == 0
    catalog.tags.rename("Top", _levels(MAX_TAG_DEPTH - 3) + "/Top")
    catalog.tags.merge(_levels(MAX_TAG_DEPTH - 3) + "/Top", _levels(MAX_TAG_DEPTH - 2))
    assert max(t.path.count("/") + 1 for t in catalog.tags.find()) == MAX_TAG_DEPTH


def test_trash_restore_and_empty(catalog, doc):
    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.quotes.add(doc, start, end)
    catalog.trash.delete([doc])
    assert catalog.maintenance.stats()["documents"] == 0 and catalog.search.run("Saltmere").total == 0
    assert [i.kind for i in catalog.trash.items()] == ["document"]
    catalog.trash.restore([doc])
    assert catalog.search.run("Saltmere").total >= 1
    assert quote in {h.uuid for h in catalog.search.run("trust").hits}
    catalog.trash.delete([doc])
    catalog.trash.empty()
    assert catalog.maintenance.stats() == {"documents": 0, "quotes": 0, "actors": catalog.maintenance.stats()["actors"], "tags": 0, "trash": 0}
    with pytest.raises(NotFound):
        catalog.quotes.get(quote, include_deleted=True)


def test_an_id_shared_by_two_kinds_can_still_be_told_apart(catalog, doc):
    """A catalogue damaged before bundles were checked for it may have an actor with a
    document's id: deleting by that id names both and says how to choose one."""
    from sqlalchemy import update

    from catalog.models import Actor

    actor, _ = catalog.actors.add("Petra Lund")
    with catalog.store.writing() as (session, changes):
        session.execute(update(Actor).where(Actor.uuid == actor).values(uuid=doc))
        changes.edit("actor", doc)
    with pytest.raises(InvalidInput, match=f"“{doc}” names both a document and an actor: give it as actor:{doc}"):
        catalog.trash.delete([doc])
    catalog.trash.delete([f"actor:{doc}"])
    assert [(i.kind, i.label) for i in catalog.trash.items()] == [("actor", "Petra Lund")]
    catalog.trash.restore([f"ACTOR:{doc[:8]}"])
    assert catalog.trash.items() == [] and catalog.documents.get(doc).title
    with pytest.raises(InvalidInput, match="“dragon” is not a kind of record"):
        catalog.trash.delete([f"dragon:{doc}"])


def test_update_document_fields(catalog, doc):
    catalog.documents.update(doc, section="Local news", published_at="2024-03-15T10:00", notes="checked against print")
    view = catalog.documents.get(doc)
    assert view.section == "Local news" and view.published_at.day == 15
    with pytest.raises(InvalidInput):
        catalog.documents.update(doc, body="rewritten")
    with pytest.raises(InvalidInput):
        catalog.documents.update(doc, published_at="tomorrow")


def test_check_reanchors_a_quote_after_the_text_is_corrected(catalog, doc):
    from sqlalchemy import update

    from catalog.models import Document

    start, end = _span(catalog, doc, "memory is a trust")
    quote, _ = catalog.quotes.add(doc, start, end)
    with catalog.store.writing() as (session, changes):
        body = catalog.documents.get(doc).body
        session.execute(update(Document).where(Document.uuid == doc).values(body="A correction. " + body))
        changes.edit("document", doc)
    report = catalog.maintenance.check()
    assert any("moved" in p.what for p in report.problems)
    report = catalog.maintenance.check(repair=True)
    fixed = catalog.quotes.get(quote)
    assert catalog.documents.get(doc).body[fixed.start : fixed.end] == "memory is a trust"
    assert catalog.maintenance.check().ok and not catalog.maintenance.check().problems


def test_check_reads_quotes_a_few_documents_at_a_time_and_misses_none(catalog, monkeypatch):
    """The texts are read in chunks of documents (CHECK_CHUNK): a moved quote and a lost one
    in different chunks are both found, and every quote is counted once."""
    from sqlalchemy import update

    from catalog.models import Document
    from catalog.services import maintenance
    from tests.conftest import add_text

    monkeypatch.setattr(maintenance, "CHECK_CHUNK", 2)
    docs = [add_text(catalog, f"Harbour {n}", f"The board met on day {n}. The harbour dues rose, the board said.") for n in range(5)]
    quotes = []
    for doc in docs:
        body = catalog.documents.get(doc).body
        start = body.index("harbour dues rose")
        quotes.append(catalog.quotes.add(doc, start, start + len("harbour dues rose"))[0])
    with catalog.store.writing() as (session, changes):
        session.execute(update(Document).where(Document.uuid == docs[1]).values(body="A correction. " + catalog.documents.get(docs[1]).body))
        session.execute(update(Document).where(Document.uuid == docs[4]).values(body="Nothing of the kind was said."))
        changes.edit("document", docs[1])
        changes.edit("document", docs[4])
    report = catalog.maintenance.check()
    assert report.checked["quotes"] == 5 and report.checked["documents"] == 5
    assert {p.record: p.severity for p in report.problems} == {quotes[1]: "warning", quotes[4]: "error"}


def test_check_finds_a_missing_original(catalog, doc):
    for path in catalog.store.originals_dir.rglob("*.md"):
        path.unlink()
    report = catalog.maintenance.check()
    assert not report.ok and any("missing" in p.what for p in report.problems)


@pytest.mark.parametrize("damage", ["deleted", "altered", "a link", "a FIFO"])
def test_check_says_what_an_original_needs_and_does_not_offer_repair_for_it(catalog, doc, damage):
    import os

    from catalog.cli.render import check_report

    (original,) = catalog.store.originals_dir.rglob("*.md")
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
    assert (catalog.documents.original_path(doc) is None) == (damage != "altered")  # what "open original" opens
    for repair in (False, True):
        report = catalog.maintenance.check(repair=repair)
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
    (original,) = catalog.store.originals_dir.rglob("*.md")
    original.unlink()
    catalog.store.index_problem = None
    report = catalog.maintenance.check()
    index_problem = next(p for p in report.problems if "index" in p.what)
    assert index_problem.repairable
    text = check_report(report)
    assert "Run `pressmark check --repair` to fix 1 of them" in text and "--repair cannot" in text
    report = catalog.maintenance.check(repair=True)
    assert next(p for p in report.problems if "index" in p.what).repaired
    assert "Run `pressmark check --repair`" not in check_report(report)


def test_tag_counts_leave_out_the_trash(catalog, doc):
    catalog.tags.apply([doc], "Heritage")
    assert {t.path: t.documents for t in catalog.tags.find()} == {"Heritage": 1}
    catalog.trash.delete([doc])
    assert {t.path: t.documents for t in catalog.tags.find()} == {"Heritage": 0}


def test_check_reads_an_original_shared_by_many_documents_once(catalog, tmp_path, monkeypatch):
    """A web archive is the original of every page it yields: checking reads it once, not once
    a page (500 pages of a 1 GB archive took about ten minutes)."""

    for n in range(3):
        (tmp_path / f"page{n}.txt").write_text(f"Harbour page {n}: the board met.\n", encoding="utf-8")
    catalog.documents.import_paths(sorted(tmp_path.glob("page*.txt")))
    from catalog.models import Document

    with catalog.store.writing("share one original") as (session, changes):
        docs = list(session.query(Document).order_by(Document.id))
        for doc in docs[1:]:
            doc.original_sha256, doc.original_name = docs[0].original_sha256, docs[0].original_name
            changes.edit("document", doc.uuid)
    service = type(catalog.maintenance)
    reads = []
    real = service._original_problem

    def counting(self, uuid, sha256, name):
        reads.append(uuid)
        return real(self, uuid, sha256, name)

    monkeypatch.setattr(service, "_original_problem", counting)
    report = catalog.maintenance.check()
    assert report.ok, [p.what for p in report.problems]
    assert len(reads) == 1
