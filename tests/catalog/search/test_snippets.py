"""Snippets: matches marked as printed, found without re-analysing long texts, only for the page."""

from __future__ import annotations

import re

import pytest

from catalog.importers.base import ParsedDocument
from catalog.importing import add_parsed
from catalog.search import snippets
from catalog.search.analysis import text_analyzer
from tests.conftest import add_text

FILLER = "Nothing of note happened in the harbour that week. " * 40


def _add(catalog, title: str, body: str) -> str:
    with catalog.store.writing() as (session, changes):
        parsed = ParsedDocument(format="text", title=title, body=body)
        doc = add_parsed(session, changes, parsed, f"{title}.txt", body.encode(), catalog.store.originals_dir)
        uuid = doc.uuid
    return uuid


def _marked(snippet: str) -> list[str]:
    return re.findall(r'<b class="match[^"]*">(.*?)</b>', snippet)


def _only_hit(catalog, query: str, uuid: str):
    hits = [hit for hit in catalog.search.run(query).hits if hit.uuid == uuid]
    assert hits, query
    return hits[0]


@pytest.mark.parametrize(
    ("query", "printed"),
    [
        ("turkiye", "Türkiye’s"),
        ("resisting", "resisted"),
        ("possibly", "possibility"),
        ("افغانستان", "أفغانستان"),
        ("مغلقة", "مُغلقة"),
        ('"delegates met"', "Delegates"),
    ],
)
def test_a_match_deep_in_a_long_text_is_marked_as_printed(catalog, query, printed):
    body = FILLER + "Delegates met in Türkiye’s capital and resisted; the possibility of talks in أفغانستان stays مُغلقة. " + FILLER
    uuid = _add(catalog, "Harbour", body)
    snippet = _only_hit(catalog, query, uuid).snippet
    assert printed in _marked(snippet), snippet
    assert 60 < len(snippet) < 700  # context around the match, not the whole text


def test_snippet_marks_every_match_near_it_and_escapes_the_rest(catalog):
    uuid = _add(catalog, "Prices", "Oil <prices> fell & oil rose. " + FILLER + "Later oil again.")
    snippet = _only_hit(catalog, "oil", uuid).snippet
    assert _marked(snippet)[:2] == ["Oil", "oil"]
    assert "&lt;prices&gt;" in snippet and "&amp;" in snippet


def test_title_only_match_highlights_the_title(catalog):
    uuid = _add(catalog, "Vienna talks", FILLER)
    snippet = _only_hit(catalog, "title:vienna", uuid).snippet
    assert _marked(snippet) == ["Vienna"]


def test_prefix_and_fuzzy_matches_are_marked(catalog):
    uuid = _add(catalog, "Campus", FILLER + "Opposition groups resisted the Taliban at the university. " + FILLER)
    assert _marked(_only_hit(catalog, "universit*", uuid).snippet) == ["university"]
    assert _marked(_only_hit(catalog, "talban~", uuid).snippet) == ["Taliban"]


def test_a_short_quote_is_shown_whole_with_its_match_marked(catalog):
    doc = _add(catalog, "Speech", FILLER + "We will never give up the harbour, she said. " + FILLER)
    body = catalog.documents.get(doc).body
    start = body.index("We will")
    uuid, _ = catalog.quotes.add(doc, start, start + len("We will never give up the harbour"))
    hit = _only_hit(catalog, "type:quote harbour", uuid)
    assert hit.snippet.startswith("We will never give up the <b") and _marked(hit.snippet) == ["harbour"]


def test_without_a_confirmed_candidate_the_whole_text_is_highlighted(catalog, monkeypatch):
    uuid = _add(catalog, "Harbour", FILLER + "The ceasefire held. " + FILLER)
    monkeypatch.setattr(snippets, "matched_tokens", lambda *args, **kwargs: [])
    assert _marked(_only_hit(catalog, "ceasefire", uuid).snippet) == ["ceasefire"]


def test_an_arabic_singular_marks_its_broken_plurals_too(catalog):
    """The index holds رؤساء as رئيس: the plural is marked beside the singular, though its
    letters are not the singular's."""
    body = "استقبل الرئيس الوفد في القصر، ثم اجتمع الرؤساء مع وزرائهم في القاعة الكبرى."
    uuid = add_text(catalog, "قمة", body, language="ar")
    assert _marked(_only_hit(catalog, "رئيس", uuid).snippet) == ["الرئيس", "الرؤساء"]
    assert _marked(_only_hit(catalog, "وزير", uuid).snippet) == ["وزرائهم"]
    assert _marked(_only_hit(catalog, "رؤساء", uuid).snippet) == ["الرئيس", "الرؤساء"]


def test_matched_tokens_point_into_the_text_as_given():
    text = "Straße und Türkiye’s ﬁnance; قالت الأمم المتحدة"
    analyzer = text_analyzer()
    words = frozenset(t.text for t in analyzer("strasse turkiye finance الامم"))
    found = [text[t.startchar : t.endchar] for t in snippets.matched_tokens(text, words, analyzer)]
    assert found == ["Straße", "Türkiye’s", "ﬁnance", "الأمم"]


def test_snippets_are_computed_only_for_the_hits_returned(catalog, monkeypatch):
    for n in range(6):
        _add(catalog, f"Report {n}", f"The harbour report number {n}. " + FILLER)
    loaded: list[str] = []
    highlighted: list[str] = []
    real_snippet = snippets.snippet

    def counting(hit, key, *args):
        highlighted.append(key)
        return real_snippet(hit, key, *args)

    monkeypatch.setattr(snippets, "snippet", counting)
    from catalog.services import search as store

    real_texts = store._texts_for
    monkeypatch.setattr(store, "_texts_for", lambda session, keys: loaded.extend(keys) or real_texts(session, keys))
    results = catalog.search.run("harbour", limit=2, offset=1)
    assert results.total == 6 and len(results.hits) == 2
    assert loaded == highlighted == [hit.key for hit in results.hits]
