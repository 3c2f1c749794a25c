"""Line a statement up with a stretch of another text: where it starts and ends there, how
alike the two are, and which words differ.

Pure functions of strings; offsets are code points into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from catalog.reuse.passages import Words, jaccard, shingles, words

CHANGED, ADDED, LEFT_OUT, MOVED = "changed", "added", "left out", "moved"
REACH = 3  # words looked past at either end for one the statement has
_STOPS = re.compile(r"[“”\"«».!?;:,]")


@dataclass(frozen=True)
class WordChange:
    """Words that differ between the traced statement and one occurrence of it.

    ``kind`` is ``changed`` (other words in their place), ``added`` (words only here),
    ``left out`` (words of the statement not here) or ``moved`` (the same words, elsewhere in
    the statement). ``words`` are the words here (empty when left out), ``statement_words``
    those of the traced statement (empty when added); ``start``/``end`` place ``words`` in the
    occurrence's document (equal, where the words left out would have been).
    """

    kind: str
    words: str
    statement_words: str
    start: int
    end: int


@dataclass(frozen=True)
class Alignment:
    """Where a statement lies in a stretch of text, how alike, and the words that differ."""

    start: int
    end: int
    similarity: float
    changes: tuple[WordChange, ...]


def align(statement: str, text: str, start: int, end: int) -> Alignment | None:
    """Find ``statement`` in ``text[start:end]``: trim that stretch to the first and last of its
    word pairs the statement has too (so attribution around a reported statement falls away,
    and a clause moved to the front stays in), then compare. None when no pair is shared."""
    said = words(statement)
    region = words(text[start:end])
    pairs = shingles(said.norms) if len(said) else set()
    first = next((i for i in range(len(region) - 1) if (region.norms[i], region.norms[i + 1]) in pairs), None)
    if first is None:
        return None
    last = next(i for i in range(len(region) - 1, 0, -1) if (region.norms[i - 1], region.norms[i]) in pairs)
    # a changed word at either end ("won't" for "will not") shares no pair: reach past it to a
    # word of the statement close by, but not across the quotation mark or full stop that
    # ends what was said
    vocabulary = set(said.norms)
    stretch = text[start:end]
    first = _reach(region, vocabulary, stretch, first, -1)
    last = _reach(region, vocabulary, stretch, last, +1)
    kept = Words(region.norms[first : last + 1], region.spans[first : last + 1])
    similarity = jaccard(pairs, shingles(kept.norms))
    return Alignment(
        start + kept.spans[0][0],
        start + kept.spans[-1][1],
        similarity,
        differences(statement, said, text, kept, start),
    )


def _reach(region: Words, vocabulary: set[str], stretch: str, index: int, step: int) -> int:
    """The farthest of the next :data:`REACH` words from ``index`` (going ``step``) that the
    statement has, with nothing that ends a statement (or sets off the words around it, as a comma does)
    on the way; else ``index``."""
    best = index
    here = index
    for _ in range(REACH):
        there = here + step
        if not 0 <= there < len(region):
            break
        left, right = (there, here) if step < 0 else (here, there)
        if _STOPS.search(stretch, region.spans[left][1], region.spans[right][0]):
            break
        here = there
        if region.norms[here] in vocabulary:
            best = here
    return best


def differences(statement: str, said: Words, text: str, found: Words, offset: int) -> tuple[WordChange, ...]:
    """The words that differ between ``said`` (the words of ``statement``) and ``found`` (words
    of ``text`` whose spans count from ``offset``), as the shortest word-by-word edit shows
    them; the same words left out in one place and added in another are one ``moved`` change."""
    matcher = SequenceMatcher(None, said.norms, found.norms, autojunk=False)
    changes: list[WordChange] = []
    left_out: dict[tuple[str, ...], int] = {}
    added: dict[tuple[str, ...], int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        ours = statement[said.spans[i1][0] : said.spans[i2 - 1][1]] if i2 > i1 else ""
        if j2 > j1:
            begin, finish = offset + found.spans[j1][0], offset + found.spans[j2 - 1][1]
        else:  # nothing here: the place where the words would have been
            begin = finish = offset + (found.spans[j1][0] if j1 < len(found) else found.spans[-1][1])
        kind = CHANGED if tag == "replace" else ADDED if tag == "insert" else LEFT_OUT
        if kind == LEFT_OUT:
            left_out.setdefault(tuple(said.norms[i1:i2]), len(changes))
        elif kind == ADDED:
            added.setdefault(tuple(found.norms[j1:j2]), len(changes))
        changes.append(WordChange(kind, text[begin:finish], ours, begin, finish))
    dropped: set[int] = set()
    for moved_words, where in added.items():
        gone = left_out.get(moved_words)
        if gone is not None:
            change = changes[where]
            changes[where] = WordChange(MOVED, change.words, changes[gone].statement_words, change.start, change.end)
            dropped.add(gone)
    return tuple(c for i, c in enumerate(changes) if i not in dropped)
