"""The one place where Qt's text positions meet the catalogue's.

The catalogue counts Unicode code points into a document's stored body; Qt counts UTF-16
code units into a ``QTextDocument``, where the body starts at ``body_offset``. Both
directions live here and nowhere else (see :mod:`catalog.text`).
"""

from __future__ import annotations

from catalog import codepoint_to_utf16, utf16_to_codepoint


def qt_span_to_body(body: str, body_offset: int, qt_start: int, qt_end: int) -> tuple[int, int] | None:
    """Code-point span of ``body`` covered by Qt positions ``qt_start..qt_end``.

    The span is clipped to the body (a selection that runs into the title or the end matter
    keeps only its body part). Returns None when nothing of the body is selected.
    """
    start, end = sorted((qt_start - body_offset, qt_end - body_offset))
    length = codepoint_to_utf16(body, len(body))
    start, end = max(0, start), min(length, end)
    if start >= end:
        return None
    return utf16_to_codepoint(body, start), utf16_to_codepoint(body, end)


def body_span_to_qt(body: str, body_offset: int, start: int, end: int) -> tuple[int, int]:
    """Qt positions of the code-point span ``start..end`` of ``body``."""
    return body_offset + codepoint_to_utf16(body, start), body_offset + codepoint_to_utf16(body, end)
