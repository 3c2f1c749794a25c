"""Reversible text patches: forwards gives the new text, backwards the old, for any pair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.revisions.textpatch import (
    apply_backward,
    apply_forward,
    encode_change,
    make_patch,
    new_value,
    old_value,
)

words = st.lists(st.sampled_from(["the", "Taliban", "said", "Kabul", "ﾃｽﾄ", "قال", "\n", " ", ",", "Muḥammad"]), max_size=60)


@given(words, words)
@settings(max_examples=300, deadline=None)
def test_a_patch_goes_both_ways(a, b):
    old, new = " ".join(a), " ".join(b)
    hunks = make_patch(old, new)
    assert apply_forward(old, hunks) == new
    assert apply_backward(new, hunks) == old


def test_a_small_edit_of_a_long_text_is_stored_small():
    old = "The opposition met in Vienna. " * 200
    new = old.replace("Vienna", "Geneva", 1)
    change = encode_change(old, new)
    assert len(change) == 3 and len(repr(change)) < 200
    assert new_value(change, old) == new
    assert old_value(change, new) == old


def test_short_or_unrelated_texts_are_stored_whole():
    assert encode_change("Title", "New title") == ["Title", "New title"]
    old, new = "a " * 300, "b " * 300
    assert encode_change(old, new) == [old, new]
    assert old_value([1, 2], 2) == 1 and new_value([1, 2], 1) == 2


def test_a_patch_refuses_a_text_it_was_not_made_for():
    hunks = make_patch("one two three", "one 2 three")
    with pytest.raises(ValueError):
        apply_forward("one four three", hunks)
    with pytest.raises(ValueError):
        apply_backward("one four three", hunks)
