"""Reversible patches for long texts, so a revision of a 10,000-word body costs its edit.

A patch is a list of hunks ``[position, removed, inserted]``: ``position`` is a code-point
offset into the *old* text. Applying it forwards turns the old text into the new one;
applying it backwards turns the new text into the old one. Pure functions, any thread.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

Hunk = list  # [int, str, str]

# words and the runs between them: a patch over words stays small and readable
_TOKENS = re.compile(r"\w+|\W+", re.UNICODE)
WORTH_PATCHING = 256  # shorter texts are stored whole: a patch would save nothing


def make_patch(old: str, new: str) -> list[Hunk]:
    """The hunks that turn ``old`` into ``new`` (empty when they are equal)."""
    a = _TOKENS.findall(old)
    b = _TOKENS.findall(new)
    starts = [0]
    for token in a:
        starts.append(starts[-1] + len(token))
    hunks: list[Hunk] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            hunks.append([starts[i1], "".join(a[i1:i2]), "".join(b[j1:j2])])
    return hunks


def apply_forward(old: str, hunks: list[Hunk]) -> str:
    """The new text, from the old one and its patch. Raises ValueError if they do not fit."""
    parts: list[str] = []
    cursor = 0
    for position, removed, inserted in hunks:
        if position < cursor or old[position : position + len(removed)] != removed:
            raise ValueError("the patch does not fit this text")
        parts.append(old[cursor:position])
        parts.append(inserted)
        cursor = position + len(removed)
    parts.append(old[cursor:])
    return "".join(parts)


def apply_backward(new: str, hunks: list[Hunk]) -> str:
    """The old text, from the new one and the patch that made it. Raises ValueError if they do not fit."""
    parts: list[str] = []
    cursor = 0
    shift = 0  # how far positions in the new text have moved from those in the old
    for position, removed, inserted in hunks:
        at = position + shift
        if at < cursor or new[at : at + len(inserted)] != inserted:
            raise ValueError("the patch does not fit this text")
        parts.append(new[cursor:at])
        parts.append(removed)
        cursor = at + len(inserted)
        shift += len(inserted) - len(removed)
    parts.append(new[cursor:])
    return "".join(parts)


def encode_change(old: object, new: object) -> list:
    """A field's change as stored in a revision: ``[old, new]``, or ``{"patch": hunks}`` for
    two long texts whose patch is smaller than the texts themselves."""
    if isinstance(old, str) and isinstance(new, str) and min(len(old), len(new)) >= WORTH_PATCHING:
        hunks = make_patch(old, new)
        size = sum(len(h[1]) + len(h[2]) for h in hunks)
        if size < (len(old) + len(new)) // 2:
            return [None, None, hunks]
    return [old, new]


def old_value(change: list, new: object) -> object:
    """The value before a change, given the value after it."""
    if len(change) == 3:
        return apply_backward(str(new), change[2])
    return change[0]


def new_value(change: list, old: object) -> object:
    """The value after a change, given the value before it."""
    if len(change) == 3:
        return apply_forward(str(old), change[2])
    return change[1]
