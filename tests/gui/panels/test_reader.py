"""The reader: quotes highlighted, right-to-left text selectable, positions in code points."""

from __future__ import annotations

import pytest

from gui.panels.reader import DocumentReader


@pytest.fixture
def reader(qtbot, workspace):
    widget = DocumentReader()
    qtbot.addWidget(widget)
    widget.resize(600, 800)
    widget.show()
    catalog = workspace.catalog
    widget.show_document(catalog.documents.get(catalog.search.record_ids("document")[0]))
    return widget


def test_every_quote_is_highlighted_and_clickable(reader):
    for quote in reader.view.quotes:
        middle = reader.body_offset + (quote.start + quote.end) // 2
        assert reader.quote_at(middle) == quote.uuid
    assert reader.quote_at(reader.body_offset) == ""


def test_end_matter_is_apart_from_the_body(reader):
    text = reader.toPlainText()
    assert text.index(reader.view.end_matter) > text.index(reader.view.body[-40:])
    assert reader.selected_span() is None


def test_arabic_selection_maps_to_code_points(reader):
    body = reader.view.body
    phrase = "الذاكرة أمانة"
    cursor = reader.document().find(phrase)
    assert cursor.hasSelection()
    reader.setTextCursor(cursor)
    start = body.index(phrase)
    assert reader.selected_span() == (start, start + len(phrase))
    assert cursor.block().textDirection().name == "LeftToRight"  # an English paragraph with an Arabic run


def test_a_right_to_left_paragraph_lays_out_right_to_left(qtbot, reader, workspace):
    view = reader.view
    arabic = "قال المتحدث: الذاكرة أمانة 😀 في الأرشيف."
    reader.show_document(type(view)(**{**view.__dict__, "body": arabic + "\n\nEnglish line.", "quotes": []}))
    cursor = reader.document().find("الأرشيف")
    assert cursor.block().textDirection().name == "RightToLeft"
    reader.setTextCursor(cursor)
    start = arabic.index("الأرشيف")
    assert reader.selected_span() == (start, start + len("الأرشيف"))
    reader.select_span(start, start + len("الأرشيف"))
    assert reader.textCursor().selectedText() == "الأرشيف"


def test_show_quote_scrolls_and_marks_it(reader):
    quote = reader.view.quotes[-1]
    assert reader.show_quote(quote.uuid)
    assert reader.extraSelections()[0].cursor.selectedText() == quote.exact
    assert not reader.show_quote("no-such-quote")
