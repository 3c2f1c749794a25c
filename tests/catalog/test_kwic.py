"""Keyword in context: each occurrence of a search's words in the documents and quotes it
finds, with the words either side, as the index matched them; and the CSV it is exported as."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest

from catalog import InvalidInput, kwic_lines, left_sort_key, write_kwic_csv
from tests.conftest import add_text

MILLS = (
    "The old mills at Saltmere grind again. A mill wall fell in March, and the tide mill "
    "stood still. “We kept the mill turning,” said the miller."
)
TRAVEL = "Delegates flew from Vienna to Zürich. The Viennese envoy spoke of the Taliban and of nothing else."


@pytest.fixture
def documents(catalog) -> dict[str, str]:
    return {
        "mills": add_text(catalog, "Saltmere mills", MILLS, published_at=datetime(2024, 3, 14, 9, 30)),
        "travel": add_text(catalog, "Envoys", TRAVEL),
    }


def hits(lines) -> list[str]:
    return [line.hit for line in lines]


def test_each_occurrence_is_a_line_with_the_words_either_side(catalog, documents):
    lines = kwic_lines(catalog, "mill", words=2)
    assert hits(lines) == ["mills", "mill", "mill", "mill"]  # the index's stemming: mills is mill
    first = lines[0]
    assert (first.left, first.hit, first.right) == ("The old", "mills", "at Saltmere")
    assert (first.document, first.date, first.kind, first.uuid) == ("Saltmere mills", "2024-03-14", "document", documents["mills"])
    assert MILLS[first.start : first.start + len(first.hit)] == "mills"  # code points into the body
    # punctuation clinging to a hit comes with its context, and does not count as a word
    assert (lines[3].left, lines[3].right) == ("kept the", "turning,” said")
    assert (lines[2].left, lines[2].hit, lines[2].right) == ("the tide", "mill", "stood still.")


def test_a_phrase_is_one_hit_and_words_under_not_are_none(catalog, documents):
    assert [(line.left, line.hit, line.right) for line in kwic_lines(catalog, '"tide mill"', words=1)] == [("the", "tide mill", "stood")]
    lines = kwic_lines(catalog, "grind NOT wall", words=1)
    assert hits(lines) == []  # the only document with "grind" has "wall": the search finds nothing
    lines = kwic_lines(catalog, "saltmere NOT envoy", words=1)
    assert hits(lines) == ["Saltmere"]


def test_prefixes_fuzzy_words_and_accents_match_as_the_index_matches(catalog, documents):
    assert hits(kwic_lines(catalog, "vien*")) == ["Vienna", "Viennese"]
    assert hits(kwic_lines(catalog, "talban~")) == ["Taliban"]
    assert hits(kwic_lines(catalog, "zurich")) == ["Zürich"]
    assert hits(kwic_lines(catalog, "envoys")) == ["envoy"]  # in the body; the title is not a line


def test_a_quote_is_a_line_of_its_own_with_its_document_around_it(catalog, documents):
    start = MILLS.index("We kept")
    quote, _changes = catalog.quotes.add(documents["mills"], start, start + len("We kept the mill turning,"), speaker=None)
    lines = kwic_lines(catalog, "turning", words=3)
    by_kind = {line.kind: line for line in lines}
    assert set(by_kind) == {"document", "quote"}
    in_quote = by_kind["quote"]
    assert in_quote.uuid == quote and in_quote.document_uuid == documents["mills"]
    assert (in_quote.document, in_quote.date, in_quote.hit) == ("Saltmere mills", "2024-03-14", "turning")
    assert in_quote.left == "kept the mill" and in_quote.right.startswith(",” said")
    assert in_quote.start == len("We kept the mill ")  # within the quote's own words


def test_no_words_either_side_and_a_bad_query(catalog, documents):
    assert [(line.left, line.right) for line in kwic_lines(catalog, "saltmere", words=0)] == [("", "")]
    with pytest.raises(InvalidInput):
        kwic_lines(catalog, "saltmere", words=-1)
    with pytest.raises(InvalidInput):
        kwic_lines(catalog, '"never closed')


def test_the_csv_has_a_header_and_one_row_per_line_read_back_exactly(catalog, documents):
    lines = kwic_lines(catalog, "mill", words=3)
    out = io.StringIO(newline="")
    assert write_kwic_csv(lines, out) == len(lines)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0] == ["document", "date", "left", "hit", "right", "kind", "record"]
    assert rows[1:] == [[*line.row(), line.kind, line.uuid] for line in lines]
    assert any("," in cell or "“" in cell for row in rows[1:] for cell in row)  # quoted, not split


def test_the_left_context_sorts_from_the_word_next_to_the_hit():
    lefts = ["the old stone", "a wooden", "an old"]
    assert sorted(lefts, key=left_sort_key) == ["an old", "the old stone", "a wooden"]


def test_inflected_forms_in_other_languages_are_hits_in_context_as_the_search_finds_them(catalog):
    """Each text's words are stemmed in its document's language, as the index stems them: the
    German plural is a hit for the singular typed, and the English text beside it is not
    stemmed as German."""
    add_text(catalog, "Hafen", "Die alten Häuser am Hafen werden abgerissen. Ein Haus bleibt stehen.", language="de")
    add_text(catalog, "Harbour", "The old houses by the harbour will come down; one house stays.", language="en")
    german = [line for line in kwic_lines(catalog, "haus") if line.document == "Hafen"]
    assert [line.hit for line in german] == ["Häuser", "Haus"]
    english = [line.hit for line in kwic_lines(catalog, "house") if line.document == "Harbour"]
    assert english == ["houses", "house"]
