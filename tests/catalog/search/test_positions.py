"""CompactPositions: the terms, frequencies, weights and positions whoosh's Positions gives."""

from __future__ import annotations

import random

import pytest
from whoosh.formats import Positions

from catalog.search.analysis import analysing_in, text_analyzer, words_as_typed
from catalog.search.positions import CompactPositions

TEXTS = [
    "",
    "   \n ",
    "The harbour board met on Tuesday. The harbour's board, the Board.",
    "Taliban’s talks in Vienna; the U.N. said 3.5% of 2,000 ships were late.",
    "L'école d'été : les élèves qu'on aime, aujourd'hui à Montréal.",
    "Die Straße in Köln: Grüße aus der Großstadt, 1990–2024.",
    "«قال وزير الخارجية إن المدارس والمستشفيات ستفتح» وأضاف أن الوزارة مستعدة.",
    ARABIC_PLURALS := "اجتمع الوزراء بالرؤساء وقال الوزير إن أسعار الأسواق ارتفعت، وإن رؤساؤهم وصلوا مع قادتهم والصحف والآلاف شهود.",
    "东京の会議で、首相は「改革を続ける」と述べた。",
    "Ὅμηρος and Ṭāhā, a naïve café co-operative; ﬁnal ligatures.",
    "word " * 300 + "end",
]


def _values(format_, text: str) -> list[tuple]:
    return sorted(
        (word, frequency, weight, format_.decode_positions(value), format_.decode_frequency(value), format_.decode_weight(value))
        for word, frequency, weight, value in format_.word_values(text, text_analyzer(), mode="index")
    )


@pytest.mark.parametrize("language", ["en", "fr", "ar", "de", "ja", None])
@pytest.mark.parametrize("boost", [1.0, 2.0])
def test_the_same_postings_as_whoosh_s_positions(language, boost):
    rng = random.Random(7)
    words = " ".join(TEXTS).split()
    texts = [*TEXTS, *(" ".join(rng.choices(words, k=rng.randint(1, 900))) for _ in range(30))]
    for text in texts:
        with words_as_typed() if language is None else analysing_in(language):
            ours = _values(CompactPositions(field_boost=boost), text)
            whoosh_s = _values(Positions(field_boost=boost), text)
        assert ours == whoosh_s, text[:80]


def test_both_paths_fold_arabic_broken_plurals_to_their_singulars():
    """The fast path and whoosh's tokens give one term to a singular and its broken plurals,
    at the plurals' own positions."""
    for format_ in (CompactPositions(), Positions()):
        with analysing_in("ar"):
            found = {word: positions for word, _f, _w, positions, _df, _dw in _values(format_, ARABIC_PLURALS)}
        assert found["وزير"] == [1, 4]  # الوزراء, الوزير
        assert found["رييس"] == [2, 10]  # بالرؤساء, رؤساؤهم
        assert found["سعر"] == [6]  # أسعار
        assert found["سوق"] == [7]  # الأسواق
        assert found["قايد"] == [13]  # قادتهم


def test_positions_round_trip_at_every_width():
    compact = CompactPositions()
    rng = random.Random(2)
    for widest in (1, 255, 256, 65_535, 65_536, 10_000_000):
        positions = sorted(rng.sample(range(widest + 1), min(widest + 1, 50)))
        positions[-1] = widest
        value = compact.encode(positions)
        assert compact.decode_positions(value) == positions
        assert compact.decode_frequency(value) == len(positions)


def test_a_word_is_a_few_bytes_not_a_pickle():
    assert len(CompactPositions().encode([40])) == 2 and len(Positions().encode([40])) == 13
    assert len(CompactPositions().encode([400, 900])) == 5
