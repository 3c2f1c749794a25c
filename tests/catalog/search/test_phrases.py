"""Phrases a word at a time (catalog.search.phrases): the occurrence numbers decoded all at once
equal the positions CompactPositions decodes one document at a time, and phrase starts equal
a plain search of every document."""

from __future__ import annotations

import random

import pytest
from whoosh.formats import Positions

from catalog.search import phrases
from catalog.search.positions import CompactPositions


def _positions(rng: random.Random, gap: int) -> list[int]:
    out, at = [], rng.randrange(gap)
    for _ in range(rng.randint(1, 12)):
        out.append(at)
        at += rng.randint(1, gap)
    return out


@pytest.mark.parametrize("gaps", [(5,), (300,), (70_000,), (5, 300, 70_000)], ids=["bytes", "shorts", "longs", "mixed"])
def test_occurrence_keys_are_each_document_s_decoded_positions(gaps):
    rng = random.Random(len(gaps) * 31 + gaps[0])
    codec = CompactPositions()
    docnums = sorted(rng.sample(range(200_000), 300))
    lists = [_positions(rng, rng.choice(gaps)) for _ in docnums]
    values = [codec.encode(found) for found in lists]
    assert {value[:1] for value in values} >= ({b"B"} if gaps == (5,) else {b"B", b"H", b"I"} if len(gaps) == 3 else set())
    expected = [docnum << 32 | position for docnum, found in zip(docnums, lists, strict=True) for position in found]
    keys = phrases.occurrence_keys(docnums, values)
    assert keys.tolist() == expected
    assert all(codec.decode_positions(value) == found for value, found in zip(values, lists, strict=True))


def test_occurrence_keys_of_another_format_go_through_its_decoder():
    rng = random.Random(2)
    codec = Positions()
    docnums = [3, 9, 4000]
    lists = [_positions(rng, 400) for _ in docnums]
    values = [codec.encode(found) for found in lists]
    keys = phrases.occurrence_keys(docnums, values, codec.decode_positions)
    assert keys.tolist() == [d << 32 | p for d, found in zip(docnums, lists, strict=True) for p in found]
    with pytest.raises(ValueError, match="does not write"):
        phrases.occurrence_keys(docnums, values)  # pickled lists are not CompactPositions


def test_no_documents_no_keys():
    assert phrases.occurrence_keys([], []).tolist() == []
    assert phrases.phrase_starts([]).tolist() == []


def _brute_force(texts: dict[int, list[str]], phrase: list[str]) -> list[int]:
    width = len(phrase)
    return sorted(
        docnum for docnum, words in texts.items()
        if any(words[at : at + width] == phrase for at in range(len(words) - width + 1))
    )  # fmt: skip


def test_phrase_starts_find_the_documents_a_plain_search_finds():
    rng = random.Random(11)
    vocabulary = "a b c d e f".split()
    texts = {docnum: rng.choices(vocabulary, weights=[8, 4, 2, 1, 1, 1], k=rng.randint(1, 400))
             for docnum in sorted(rng.sample(range(5_000), 250))}  # fmt: skip
    codec = CompactPositions()
    keys = {}
    for word in vocabulary:
        held = [(d, [at for at, w in enumerate(words) if w == word]) for d, words in texts.items()]
        held = [(d, found) for d, found in held if found]
        keys[word] = phrases.occurrence_keys([d for d, _f in held], [codec.encode(f) for _d, f in held])
    for phrase in (["a", "b"], ["d", "a"], ["a", "a"], ["e", "f", "a"], ["b", "c", "d", "a"], ["c"], ["f", "e", "d", "c", "b"]):
        found = phrases.documents_of(phrases.phrase_starts([keys[word] for word in phrase]))
        assert found.tolist() == _brute_force(texts, phrase), phrase
    # a phrase whose rarest word comes second cannot start before the text does
    assert phrases.phrase_starts([keys["a"], keys["d"]]).tolist() == sorted(
        d << 32 | at for d, words in texts.items() for at in range(len(words) - 1) if words[at : at + 2] == ["a", "d"]
    )
