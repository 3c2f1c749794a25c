"""Positions counted in a text as written land on the same words in its normalised form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.exchange.offset_map import OffsetMap
from catalog.text import normalise

# pieces that normalising changes, and pieces it keeps
PIECES = ["e\u0301", "\r\n", "\r", "\n", "\x07", "\ufeff", "🙂", "𝔘", "Å", "A\u030a", "\u1100\u1161", "word", " ", "ü", "u\u0308\u0323"]


def test_a_text_with_everything_normalising_changes():
    raw = "\ufeffCafe\u0301 🙂 said\r\n“𝔘nity”\x07 now"
    offsets = OffsetMap(raw)
    assert offsets.text == normalise(raw) == "Café 🙂 said\n“𝔘nity” now"
    start = raw.index("𝔘")
    assert offsets.text[offsets.position(start) : offsets.position(start + 5)] == "𝔘nity"
    assert offsets.text[offsets.position(raw.index("Cafe")) : offsets.position(raw.index(" 🙂"))] == "Café"


def test_crlf_as_one_counts_a_line_break_once():
    raw = "one\r\ntwo\r\nthree"
    offsets = OffsetMap(raw.replace("\r\n", "\n"))
    assert offsets.text[offsets.position(8) : offsets.position(13)] == "three"
    assert OffsetMap(raw).text[OffsetMap(raw).position(10) : OffsetMap(raw).position(15)] == "three"


def test_a_position_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside a text of 3 characters"):
        OffsetMap("abc").position(4)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_a_cut_before_plain_letters_lands_where_the_normalised_prefix_ends(pieces):
    """Before an ASCII letter or space nothing joins across the cut, so the normalised text up
    to the mapped position is the normalised text of what came before the cut."""
    raw = "".join(pieces)
    offsets = OffsetMap(raw)
    assert offsets.text == normalise(raw)
    cut, previous = 0, 0
    for piece in [*pieces, None]:
        position = offsets.position(cut)
        assert previous <= position <= len(offsets.text)
        if piece in ("word", " ", None):
            assert offsets.text[:position] == normalise(raw[:cut])
        previous = position
        cut += len(piece or "")
