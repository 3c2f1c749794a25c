"""The one stored form of text, and positions in it.

Every body text Pressmark stores is normalised by :func:`normalise`: Unicode NFC, LF line
endings, no byte-order mark, no NUL. Quote offsets are Unicode code points into that string
(Python ``str`` indices). Qt widgets count UTF-16 code units; the GUI converts at its boundary
with :func:`utf16_to_codepoint` / :func:`codepoint_to_utf16`.
"""

from __future__ import annotations

import re
import unicodedata

CONTEXT_CHARS = 32

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    """Return ``text`` in stored form: NFC, LF line endings, no BOM, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """Return the prefix and suffix (``width`` code points each) around ``text[start:end]``."""
    return text[max(0, start - width) : start], text[end : end + width]


def reanchor(text: str, exact: str, prefix: str, suffix: str, hint: int = 0) -> tuple[int, int] | None:
    """Find ``exact`` in ``text`` again after the text was corrected.

    Chooses, among all occurrences of ``exact``, the one whose surroundings agree best with
    ``prefix``/``suffix`` (ties go to the one nearest ``hint``). Returns ``(start, end)`` or
    None when ``exact`` no longer occurs.
    """
    if not exact:
        return None
    best: tuple[int, int, int] | None = None
    pos = text.find(exact)
    while pos >= 0:
        end = pos + len(exact)
        before = text[max(0, pos - len(prefix)) : pos]
        after = text[end : end + len(suffix)]
        score = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        key = (score, -abs(pos - hint))
        if best is None or key > (best[0], best[1]):
            best = (score, -abs(pos - hint), pos)
        pos = text.find(exact, pos + 1)
    if best is None:
        return None
    return best[2], best[2] + len(exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def utf16_to_codepoint(text: str, utf16_pos: int) -> int:
    """Convert a UTF-16 code-unit offset (what Qt counts) into a code-point offset."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_pos:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def codepoint_to_utf16(text: str, cp_pos: int) -> int:
    """Convert a code-point offset into a UTF-16 code-unit offset (what Qt counts)."""
    prefix = text[:cp_pos]
    return len(prefix) + sum(1 for char in prefix if ord(char) > 0xFFFF)


def squash_spaces(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return re.sub(r"\s+", " ", text).strip()


_DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")


def normalise_doi(value: str) -> str:
    """A DOI as ``10.NNNN/suffix``: the ``doi:`` or ``https://doi.org/`` in front of it taken
    off, its case kept (DOIs compare without case). "" stays "". Raises ValueError for text
    that is not a DOI."""
    doi = _DOI_PREFIX.sub("", value.strip())
    if doi and not _DOI.match(doi):
        raise ValueError(f"“{value.strip()}” is not a DOI (one reads 10.1234/abc, with or without https://doi.org/)")
    return doi
