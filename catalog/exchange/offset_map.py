"""Positions in a text as another program wrote it, carried into Pressmark's stored text.

Pressmark stores every text normalised (:func:`catalog.text.normalise`: NFC, LF line endings,
no byte-order mark, no control characters) and counts positions in code points of that form.
A text another tool wrote may differ: CR LF line endings, decomposed accents (macOS), stray
control characters. :class:`OffsetMap` takes a position counted in code points of the text as
written and gives the position of the same place in the normalised text, so a selection made
there selects the same words here.

``crlf_as_one`` says how the other tool counted a CR LF: as one character (the text it showed
had LF only) or as two (the code points as written). Pure; any thread.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

# what normalise deletes one by one (besides the CR of a CR LF): control characters and a BOM
_DELETED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# an ASCII character never composes with what precedes it and never decomposes, so NFC of a
# text is NFC of its pieces cut before each ASCII character
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


class OffsetMap:
    """Code-point positions in ``raw`` (a text as written) to positions in ``normalise(raw)``.

    ``text`` is the normalised text. Building the map reads the text once; each lookup takes
    a binary search (and, inside a run of characters that NFC changed, normalising that run).
    """

    def __init__(self, raw: str, crlf_as_one: bool = False):
        if crlf_as_one:
            raw = raw.replace("\r\n", "\n")
        self.raw_length = len(raw)
        # positions in ``raw`` of the characters normalise drops
        deleted = [m.start() for m in _DELETED.finditer(raw)]
        deleted += [m.start() for m in re.finditer(r"\r\n", raw)]
        lead = len(raw) - len(raw.lstrip("\ufeff"))
        deleted += range(lead)
        self._deleted = sorted(set(deleted))
        kept = self._kept_text(raw)
        self.text = unicodedata.normalize("NFC", kept)
        # runs whose NFC differs from themselves: (start in kept, end in kept, shift before, run)
        self._runs: list[tuple[int, int, int, str]] = []
        if self.text != kept:
            shift = 0
            for match in _NON_ASCII_RUN.finditer(kept):
                start = max(match.start() - 1, 0)  # the ASCII letter an accent may sit on
                run = kept[start : match.end()]
                composed = unicodedata.normalize("NFC", run)
                if composed != run:
                    self._runs.append((start, match.end(), shift, run))
                    shift += len(composed) - len(run)
        self._run_starts = [run[0] for run in self._runs]

    def _kept_text(self, raw: str) -> str:
        if not self._deleted:
            return raw.replace("\r", "\n")
        pieces, last = [], 0
        for position in self._deleted:
            pieces.append(raw[last:position])
            last = position + 1
        pieces.append(raw[last:])
        return "".join(pieces).replace("\r", "\n")

    def position(self, raw_position: int) -> int:
        """Where ``raw_position`` (0 ≤ it ≤ the raw text's length) lies in :attr:`text`.

        A position inside a character that normalising merged with its neighbour (an accent
        composed onto its letter) lands after the merged character. Raises ValueError for a
        position outside the text.
        """
        if not 0 <= raw_position <= self.raw_length:
            raise ValueError(f"position {raw_position} lies outside a text of {self.raw_length} characters")
        kept = raw_position - bisect_left(self._deleted, raw_position)
        index = bisect_right(self._run_starts, kept) - 1
        if index < 0:
            return kept
        start, end, shift, run = self._runs[index]
        composed_length = len(unicodedata.normalize("NFC", run))
        if kept >= end:
            return kept + shift + composed_length - len(run)
        return start + shift + len(unicodedata.normalize("NFC", run[: kept - start]))
