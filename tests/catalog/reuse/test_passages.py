"""Passages: sentences, quoted words and windows of long sentences, compared by word pairs
that ignore punctuation and case."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalog.reuse.align import align
from catalog.reuse.passages import (
    LONG_SENTENCE,
    MIN_WORDS,
    WINDOW,
    _words_one_by_one,
    jaccard,
    passages,
    shingles,
    words,
)


def _texts(text: str) -> list[str]:
    found = words(text)
    return [" ".join(found.norms[first:last]) for first, last in passages(text, found)]


def test_sentences_and_the_words_quoted_inside_them_are_passages():
    text = "The port stays open. “We will not close the harbour,” the mayor said on Monday. Boats in the bay cheered."
    assert _texts(text) == [
        "the port stays open",
        "we will not close the harbour",
        "we will not close the harbour the mayor said on monday",
        "boats in the bay cheered",
    ]


def test_a_sentence_shorter_than_the_minimum_is_no_passage():
    assert _texts("Yes. No way. It rained all day in the port.") == ["it rained all day in the port"]
    assert MIN_WORDS == 4


def test_an_abbreviation_followed_by_a_capital_ends_no_sentence_early_enough_to_lose_it():
    text = "Mr. Albani said the harbour stays open for every boat."
    assert "albani said the harbour stays open for every boat" in _texts(text)


def test_a_long_sentence_is_compared_in_overlapping_windows_covering_all_of_it():
    count = LONG_SENTENCE + 25
    text = " ".join(f"w{i}" for i in range(count)) + "."
    spans = passages(text)
    assert all(last - first <= WINDOW for first, last in spans)
    assert spans[0][0] == 0 and spans[-1][1] == count
    assert all(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:], strict=False))


def test_word_pairs_ignore_punctuation_case_and_apostrophes():
    first = shingles(words("We won't close the Harbour, ever!").norms)
    second = shingles(words("we wont close the harbour — EVER").norms)
    assert first == second
    assert jaccard(first, second) == 1.0
    assert jaccard(first, shingles(words("the harbour opens at dawn").norms)) < 0.2


def test_alignment_trims_attribution_and_names_a_changed_word():
    statement = "We will not close the northern harbour"
    text = "On Monday, “We will not shut the northern harbour,” the mayor said."
    found = align(statement, text, 0, len(text))
    assert found is not None
    assert text[found.start : found.end] == "We will not shut the northern harbour"
    assert [(c.kind, c.words, c.statement_words) for c in found.changes] == [("changed", "shut", "close")]


def test_text_sharing_no_word_pair_does_not_align():
    assert align("We will not close the harbour", "Harbour. Close. Not.", 0, 20) is None


@given(st.text(alphabet=st.sampled_from(list("abcXYZ éß'’-.,“” \n0İ")), max_size=60))
def test_the_quick_way_of_finding_words_agrees_with_the_word_by_word_one(text):
    assert words(text) == _words_one_by_one(text)
