"""Where sentences begin and end, good enough for attribution and name heuristics.

Offsets are code points into the text given. A full stop after an honorific or a single
initial ("Rep. Mike McCaul", "John F. Kennedy") does not end a sentence; a colon does start
a new clause for capitalisation purposes ("one thing is certain: More than ...").
"""

from __future__ import annotations

import re

from catalog.proposals.lexicon import HONORIFICS

OPENING_MARKS = "“\"‘'([«*_—–"
CLOSING_MARKS = "”\"’')]»*_"
TERMINATORS = ".!?…"

_ABBREVIATIONS = HONORIFICS | {"U.S", "U.K", "U.N", "e.g", "i.e", "vs", "No", "Nos"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# Where a sentence may end: the scans below jump from one of these to the next (in C)
# rather than look at every character, which in a text with few of them was the most
# of a long text's quotation proposals.
_STOPS = "\n" + TERMINATORS
_NEXT_STOP = re.compile(f"[{_STOPS}]")


def _last_stop(text: str, floor: int, end: int) -> int:
    """The offset of the last line break or terminator in ``text[floor:end]``, or -1."""
    return max(text.rfind(char, floor, end) for char in _STOPS)


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text[max(0, dot - 24) : dot])
    if not match:
        return False
    word = match.group(1)
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def ends_sentence(text: str, pos: int) -> bool:
    """True when the terminator at ``text[pos]`` closes a sentence (not an abbreviation)."""
    char = text[pos]
    if char not in TERMINATORS:
        return False
    if char == "." and _is_abbreviation(text, pos):
        return False
    after = pos + 1
    while after < len(text) and text[after] in CLOSING_MARKS:
        after += 1
    return after >= len(text) or text[after].isspace()


def is_sentence_start(text: str, pos: int) -> bool:
    """True when the word at ``pos`` is the first of a sentence, line or colon clause."""
    j = pos - 1
    while j >= 0 and (text[j] in " \t\u00a0" or text[j] in OPENING_MARKS):
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    if text[j] == ":":
        return True
    k = j
    while k >= 0 and text[k] in CLOSING_MARKS:
        k -= 1
    return k >= 0 and text[k] in TERMINATORS and ends_sentence(text, k)


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Offset where the sentence containing ``pos`` begins (never before ``floor``).

    A line break ends a sentence unless the text before it ends with ":" or "," (an
    attribution introducing a quotation on the next line: "She said:\\n“...”").
    """
    j = pos - 1
    while j >= floor:
        j = _last_stop(text, floor, j + 1)
        if j < floor:
            break
        char = text[j]
        if char == "\n":
            k = j
            while k >= floor and text[k].isspace():
                k -= 1
            if k < floor or text[k] not in ":,":
                return j + 1
            j = k
            continue
        if char in TERMINATORS and ends_sentence(text, j):
            end = j + 1
            while end < pos and text[end] in CLOSING_MARKS:
                end += 1
            return end
        j -= 1
    return floor


def sentence_end(text: str, pos: int, ceiling: int | None = None) -> int:
    """Offset just past the sentence containing ``pos`` (its terminator included)."""
    limit = len(text) if ceiling is None else ceiling
    j = pos
    while j < limit:
        stop = _NEXT_STOP.search(text, j, limit)
        if stop is None:
            break
        j = stop.start()
        if text[j] == "\n":
            return j
        if ends_sentence(text, j):
            return j + 1
        j += 1
    return limit
