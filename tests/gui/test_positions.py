"""Qt positions (UTF-16) and catalogue positions (code points) meet in one module."""

from __future__ import annotations

from gui.positions import body_span_to_qt, qt_span_to_body

BODY = "Smile 😀 then الذاكرة أمانة and 𝒳 end"


def test_round_trip_across_astral_characters():
    start = BODY.index("الذاكرة")
    end = start + len("الذاكرة أمانة")
    qt = body_span_to_qt(BODY, 10, start, end)
    assert qt[0] == 10 + start + 1  # the emoji counts twice in UTF-16
    assert qt_span_to_body(BODY, 10, *qt) == (start, end)


def test_selection_is_clipped_to_the_body_and_may_run_backwards():
    length_utf16 = len(BODY.encode("utf-16-le")) // 2
    assert qt_span_to_body(BODY, 5, 0, 8) == (0, 3)
    assert qt_span_to_body(BODY, 5, 5 + length_utf16 + 20, 5 + length_utf16 - 3) == (len(BODY) - 3, len(BODY))
    assert qt_span_to_body(BODY, 5, 0, 4) is None
