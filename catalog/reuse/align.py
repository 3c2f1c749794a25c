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

    def describe(self, separator: str = " ") -> str:
        """The change in words: ``changed “shut” for “close”``, ``added “very”``, ``left out
        “northern”``, ``moved “at dawn”`` (``separator`` follows the kind: ": " in the CLI)."""
        if self.kind == "changed":
            return f"changed{separator}“{self.words}” for “{self.statement_words}”"
        if self.kind == "left out":
            return f"left out{separator}“{self.statement_words}”"
        return f"{self.kind}{separator}“{self.words}”"


@dataclass(frozen=True)
class Alignment:
    """Where a statement lies in a stretch of text, how alike, and the words that differ."""

    start: int
    end: int
    similarity: float
    changes: tuple[WordChange, ...]


def align(statement: str, text: str, start: int, end: int) -> Alignment | None:
    """Find ``statement`` in ``text[start:end]``: the run of words there most like it (by the
    share of word pairs in common, so attribution around a reported statement falls away, and
    a clause moved to the front stays in), then compare. None when no pair is shared."""
    said = words(statement)
    region = words(text[start:end])
    pairs = shingles(said.norms) if len(said) else set()
    window = _best_window(pairs, region.norms)
    if window is None:
        return None
    first, last = window
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


def _best_window(pairs: set[tuple[str, str]], norms: list[str]) -> tuple[int, int] | None:
    """The first and last word of the run of ``norms`` whose pairs are most like ``pairs``
    (shared over all, counting a pair once per place): the last shared pair fixes the end and
    the best start is found for it, then the best end for that start. None when no pair is
    shared."""
    hits = [(norms[i], norms[i + 1]) in pairs for i in range(len(norms) - 1)]
    if not any(hits):
        return None
    total = len(pairs)
    before = [0]  # shared pairs before each pair index
    for hit in hits:
        before.append(before[-1] + hit)

    def likeness(low: int, high: int) -> float:  # pairs low..high inclusive
        shared = before[high + 1] - before[low]
        return shared / (total + (high - low + 1) - shared)

    high = max(i for i, hit in enumerate(hits) if hit)
    low = max(range(high + 1), key=lambda i: (likeness(i, high), -i))
    high = max(range(low, len(hits)), key=lambda i: (likeness(low, i), -i))
    return low, high + 1


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
