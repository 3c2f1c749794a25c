"""Word positions of the text fields: worked out a text at a time, stored in a few bytes.

Whoosh's ``Positions`` format makes a ``Token`` object per word, passes it through the
analyzer's generators and pickles each term's list of positions: in a profile of an index
worker, working out and encoding the postings of a text was 30 % of its time, and a pickled
list costs ten bytes of header whatever it holds. :class:`CompactPositions` gives the same
terms, frequencies and weights (a test compares them with whoosh's on many texts), but for
the catalogue's own analyzer reads a text's words in one pass
(:func:`catalog.search.analysis.index_words`), and stores a term's positions as the
differences between them, a byte each when they are under 256, else two or four bytes, after
a byte that says which (a pickled list took ten bytes more, and its count four).

The format is the index's, so every reader of positions (whoosh's phrase matchers,
:mod:`catalog.search.ranking`, snippets) decodes them through it. Changing the encoding
needs a new ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import sys
from array import array
from collections import defaultdict
from itertools import accumulate

from whoosh.analysis import CompositeAnalyzer
from whoosh.formats import Positions

from catalog.search.analysis import FoldingTokenizer, LanguageFilter, index_words

_SWAP = sys.byteorder != "little"  # the stored arrays are little-endian on every machine
_WIDE = "I" if array("I").itemsize == 4 else "L"  # four bytes a number
_WIDTHS = {b"B": 1, b"H": 2, b"I": 4}


class CompactPositions(Positions):
    """Whoosh's ``Positions`` with fast analysis for the catalogue's analyzer and compact values."""

    def word_values(self, value, analyzer, **kwargs):
        if not _is_ours(analyzer) or kwargs.get("start_pos") or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        found: defaultdict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(index_words(value)):
            found[word].append(position)
        boost = self.field_boost
        for word, positions in found.items():
            yield word, len(positions), len(positions) * boost, self.encode(positions)

    def encode(self, poslist):
        """A byte saying how wide the numbers are (B, H or I: one, two or four bytes), then
        the first position and the difference from each to the next. The frequency is the
        count of numbers."""
        deltas = [poslist[0], *(b - a for a, b in zip(poslist, poslist[1:], strict=False))] if poslist else []
        widest = max(deltas, default=0)
        if widest < 0x100:
            return b"B" + bytes(deltas)
        numbers = array("H" if widest < 0x10000 else _WIDE, deltas)
        if _SWAP:
            numbers.byteswap()
        return (b"H" if numbers.itemsize == 2 else b"I") + numbers.tobytes()

    def decode_positions(self, valuestring):
        kind, body = valuestring[:1], valuestring[1:]
        if kind == b"B":
            return list(accumulate(body))
        numbers = array("H" if kind == b"H" else _WIDE, body)
        if _SWAP:
            numbers.byteswap()
        return list(accumulate(numbers))

    def decode_frequency(self, valuestring):
        return (len(valuestring) - 1) // _WIDTHS[valuestring[:1]]

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost


def _is_ours(analyzer) -> bool:
    """Whether ``analyzer`` is :func:`~catalog.search.analysis.text_analyzer`'s, which
    :func:`index_words` stands for; any other goes through whoosh's tokens."""
    return type(analyzer) is CompositeAnalyzer and [type(item) for item in analyzer.items] == [FoldingTokenizer, LanguageFilter]
