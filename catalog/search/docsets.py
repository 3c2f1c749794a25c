"""Sets of document numbers of one index segment as bitmaps: a Python ``int`` whose bit ``d`` is
set when document ``d`` is in the set.

AND, OR and NOT of two sets are one big-integer operation, and a set's size is
``int.bit_count()``: microseconds for a segment of a million documents, where Python sets
of the same documents cost milliseconds. The conversions from and to sorted lists of
document numbers run in C (``bytearray`` item assignment by ``map``, ``int(…, 2)``,
``bin()`` and ``itertools.compress``), never a Python loop per document.

Pure functions; any thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from itertools import compress, repeat

_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_DIGITS = bytes.maketrans(b"01", b"\x00\x01")


def from_ids(ids: Sequence[int], size: int) -> int:
    """The bitmap of ``ids`` (each ``0 <= id < size``)."""
    if not ids:
        return 0
    flags = bytearray(size)
    deque(map(flags.__setitem__, ids, repeat(1, len(ids))), maxlen=0)
    return from_flags(flags)


def from_flags(flags: bytes | bytearray) -> int:
    """The bitmap of the positions of ``flags`` that hold 1 (the others hold 0)."""
    return int(flags[::-1].translate(_TO_DIGITS), 2) if flags else 0


def to_flags(bits: int, size: int) -> bytes:
    """``size`` bytes, 1 where ``bits`` has its bit set and 0 elsewhere (for lookups by document)."""
    if not bits:
        return bytes(size)
    return bin(bits)[:1:-1].ljust(size, "0").encode("ascii")[:size].translate(_FROM_DIGITS)


def to_ids(bits: int) -> list[int]:
    """The set bits of ``bits``, ascending."""
    if not bits:
        return []
    digits = bin(bits)[:1:-1].encode("ascii").translate(_FROM_DIGITS)
    return list(compress(range(len(digits)), digits))


def below(size: int) -> int:
    """Every document of a segment of ``size`` documents."""
    return (1 << size) - 1


def union(bitmaps: Iterable[int]) -> int:
    out = 0
    for bits in bitmaps:
        out |= bits
    return out
