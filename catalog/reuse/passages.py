"""Cut a text into passages, and passages into the word pairs that are compared.

A *passage* is a stretch of a document's text that another document may carry: a sentence,
the words between quotation marks (a statement reported with different attribution around
it), or, in a sentence too long to compare as a whole, overlapping windows of it. Passages
are compared by their *shingles*: the pairs of neighbouring words, cased and punctuated the
same way (``casefold``, apostrophes dropped, anything but letters and digits ignored), so two
passages that differ only in punctuation or case have the same shingles, and a changed word
or a clause moved elsewhere in the sentence changes only the few pairs around it.

Pure functions of strings; offsets are code points into the text given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate

MIN_WORDS = 4  # fewer words than this is a phrase anyone might write, not a statement
LONG_SENTENCE = 60  # words; a longer sentence is compared in windows
WINDOW, STRIDE = 40, 20

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_WORD_PIECES = re.compile(r"(\w+(?:['’]\w+)*)")
_APOSTROPHES = str.maketrans("", "", "'’")
# a sentence ends at . ! ? … (and closing quotes or brackets) before a space and a next word
# that does not start in lower case, or at a line break
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[^a-z\s])|\n")
_QUOTED = re.compile(r"[“\"«]([^“”\"«»\n]+)[”\"»]")


@dataclass(frozen=True)
class Words:
    """The words of a text: each one's normalised form and its ``(start, end)`` in the text."""

    norms: list[str]
    spans: list[tuple[int, int]]

    def __len__(self) -> int:
        return len(self.norms)


def words(text: str) -> Words:
    """The words of ``text``, in order, normalised as shingles compare them."""
    folded = text.casefold()
    if len(folded) != len(text):  # a letter folded to two (ß): offsets differ, go word by word
        return _words_one_by_one(text)
    # split keeps the words at odd places; the running sum of the pieces' lengths places them
    pieces = _WORD_PIECES.split(folded)
    ends = list(accumulate(map(len, pieces)))
    found = pieces[1::2]
    if found and ("'" in folded or "’" in folded):
        found = "\x00".join(found).translate(_APOSTROPHES).split("\x00")
    return Words(found, list(zip(ends[0::2], ends[1::2], strict=False)))  # one more separator than words


def _words_one_by_one(text: str) -> Words:
    norms: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        norms.append(match.group().casefold().translate(_APOSTROPHES))
        spans.append(match.span())
    return Words(norms, spans)


def shingles(norms: list[str]) -> set[tuple[str, str]]:
    """The set of neighbouring word pairs (a single word stands alone)."""
    if len(norms) == 1:
        return {(norms[0], "")}
    return set(zip(norms, norms[1:], strict=False))


def jaccard(first: set, second: set) -> float:
    """Shared shingles over all shingles: 1.0 for the same set, 0.0 for none in common."""
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)


def passages(text: str, found: Words | None = None) -> list[tuple[int, int]]:
    """The passages of ``text`` as ``(first word, word after the last)`` indexes into its
    :func:`words` (pass ``found`` when they are already at hand): every sentence of at least
    :data:`MIN_WORDS` words (windows of a long one) and every quotation of that length, each
    once, in text order."""
    found = found if found is not None else words(text)
    starts = [start for start, _end in found.spans]
    if not starts:
        return []
    out: set[tuple[int, int]] = set()
    first = 0
    for end_match in [*_SENTENCE_END.finditer(text), None]:
        boundary = end_match.end() if end_match is not None else len(text)
        last = _index_before(starts, boundary, first)
        _add_sentence(out, first, last)
        first = last
    for match in _QUOTED.finditer(text):
        begin = _index_before(starts, match.start(1), 0)
        end = _index_before(starts, match.end(1), begin)
        if end - begin >= MIN_WORDS:
            out.add((begin, end))
    return sorted(out)


def _index_before(starts: list[int], offset: int, low: int) -> int:
    """How many words start before ``offset`` (searching from word ``low`` on)."""
    return bisect.bisect_left(starts, offset, low)


def _add_sentence(out: set[tuple[int, int]], first: int, last: int) -> None:
    count = last - first
    if count < MIN_WORDS:
        return
    if count <= LONG_SENTENCE:
        out.add((first, last))
        return
    for begin in range(first, last - STRIDE, STRIDE):
        out.add((begin, min(begin + WINDOW, last)))
