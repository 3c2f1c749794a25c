"""Three-way merge of one record's fields, and the base found in a revision graph."""

from __future__ import annotations

from catalog.revisions.three_way import find_base, merge_fields

BASE = {"title": "Old", "section": "", "notes": "n", "tags": ["a", "b"]}


def test_a_field_changed_on_one_side_is_taken_from_that_side():
    mine = {**BASE, "notes": "my note"}
    theirs = {**BASE, "title": "New", "section": "World"}
    result = merge_fields(BASE, mine, theirs)
    assert result.merged == {"title": "New", "section": "World", "notes": "my note", "tags": ["a", "b"]}
    assert sorted(result.taken) == ["section", "title"] and not result.conflicts


def test_only_a_field_changed_differently_on_both_sides_is_a_conflict():
    result = merge_fields(BASE, {**BASE, "title": "Mine"}, {**BASE, "title": "Theirs"})
    assert result.conflicts == {"title": ("Mine", "Theirs", "Old")}
    assert result.merged["title"] == "Mine"
    agreed = merge_fields(BASE, {**BASE, "title": "Same"}, {**BASE, "title": "Same"})
    assert not agreed.conflicts and not agreed.taken


def test_sets_merge_what_each_side_added_and_removed():
    mine = {**BASE, "tags": ["a", "b", "m"]}  # I added m
    theirs = {**BASE, "tags": ["b", "t"]}  # they removed a and added t
    result = merge_fields(BASE, mine, theirs)
    assert result.merged["tags"] == ["b", "m", "t"] and not result.conflicts


def test_local_fields_never_travel():
    result = merge_fields({"proposals": {}}, {"proposals": {"x": "pending"}}, {"proposals": {"x": "accepted"}})
    assert result.merged == {"proposals": {"x": "pending"}} and not result.conflicts


def test_the_base_is_the_nearest_shared_revision_through_merges():
    parents = {"b3": ["b2"], "b2": ["b1"], "b1": ["a1"], "m": ["b2", "x"], "x": ["a0"]}
    assert find_base("b3", parents, {"a1", "a0"}) == "a1"
    assert find_base("b3", parents, {"b2", "a1"}) == "b2"
    assert find_base("m", parents, {"a0"}) == "a0"
    assert find_base("b3", parents, set()) is None
    assert find_base(None, parents, {"a1"}) is None
