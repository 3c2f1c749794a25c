"""How the History tab writes values and word differences (gui/revision_text.py)."""

from __future__ import annotations

from gui.revision_text import ADDED_STYLE, REMOVED_STYLE, value_text, word_diff


def test_changed_words_are_marked_and_everything_is_escaped():
    before, after = word_diff("The <b>old</b> mill & the quay", "The <b>new</b> mill & the quay")
    assert f'<span style="{REMOVED_STYLE}">old</span>' in before
    assert f'<span style="{ADDED_STYLE}">new</span>' in after
    assert "&lt;b&gt;" in before and "&amp; the quay" in after and "<b>" not in before


def test_a_long_text_keeps_only_the_words_around_its_changes():
    words = [f"w{i}" for i in range(400)]
    old = " ".join(words)
    new = " ".join(words[:200] + ["changed"] + words[201:])
    before, after = word_diff(old, new)
    assert "w200" in before and "changed" in after
    assert "w190" in after and "w5 " not in after and "w390" not in after and "…" in after


def test_links_show_by_name():
    tag, actor = "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222"
    names = {tag: "Coast/Harbour", actor: "Helen Castellan"}
    assert value_text("tags", [tag], names) == "Coast/Harbour"
    assert value_text("actors", [[actor, "author"]], names) == "Helen Castellan (author)"
    assert value_text("speaker", actor, names) == "Helen Castellan"
    assert value_text("speaker", "33333333-3333-3333-3333-333333333333", names).startswith("(removed record 33333333")
    assert value_text("proposals", {"a": "pending", "b": "accepted", "c": "pending"}, {}) == "1 accepted, 2 pending"
    assert value_text("notes", None, {}) == "" and value_text("start", 12, {}) == "12"
