"""MinHash signatures and LSH band keys of passages, as ``datasketch`` defines them.

The one module that knows how ``datasketch`` builds a MinHash (issue 15; STYLE 23): its
``affine32`` scheme pre-mixes each 32-bit shingle hash with the MurmurHash3 finalizer, then
takes, for each of ``num_perm`` permutations ``a * h + b mod 2**32`` (from
``MinHash(num_perm, seed).permutations``), the least value over the passage's shingles. That
is computed here for thousands of passages at once with numpy, rather than one
``MinHash.update_batch`` call per passage; ``tests/catalog/reuse/test_sketch.py`` checks it
against ``datasketch`` itself, so an upgrade that changes the scheme fails there, loudly.

The bands (``b`` bands of ``r`` values each) are what ``datasketch.MinHashLSH`` chooses for
:data:`THRESHOLD`, with a missed match weighted above a false candidate (a candidate costs one
exact comparison; a miss loses a reprint). Each band's values hash to one 32-bit key, the band's
number mixed in, so one table of keys serves every band.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.5  # shingle Jaccard at which two passages carry the same statement
NUM_PERM = 30
SEED = 15
WEIGHTS = (0.3, 0.7)  # false positive, false negative
SCHEME = "affine32"
_GOLDEN = np.uint32(0x9E3779B1)
_FNV = np.uint32(0x01000193)


def fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (multiplication wraps, as intended)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


class Sketcher:
    """Signatures and band keys with one fixed set of permutations and bands.

    Build one per rebuild or query (it keeps a cache of word hashes); not shared between
    threads. :attr:`parameters` names everything that makes keys comparable: a ledger built
    with other parameters must be rebuilt.
    """

    def __init__(self) -> None:
        permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
        self._a = np.asarray(permutations[0], dtype=np.uint32)
        self._b = np.asarray(permutations[1], dtype=np.uint32)
        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=WEIGHTS)
        self.bands, self.rows = int(lsh.b), int(lsh.r)
        self._words: dict[str, int] = {}
        self.parameters = f"{SCHEME}/{NUM_PERM}/{SEED}/{self.bands}x{self.rows}/crc32-pairs"

    def word_hashes(self, norms: Sequence[str]) -> np.ndarray:
        """32-bit hashes of normalised words (CRC-32 of their UTF-8)."""
        cache = self._words
        if len(cache) > 2_000_000:  # a bound on memory for a huge vocabulary
            cache.clear()
        for word in set(norms).difference(cache):
            cache[word] = zlib.crc32(word.encode("utf-8"))
        return np.fromiter(map(cache.__getitem__, norms), dtype=np.uint32, count=len(norms))

    @staticmethod
    def pair_hashes(word_hashes: np.ndarray) -> np.ndarray:
        """One hash for each pair of neighbouring words (``len - 1`` of them; a lone word's
        hash is its pair with nothing, as :func:`catalog.reuse.passages.shingles` has it)."""
        if len(word_hashes) == 1:
            return fmix32(word_hashes * _GOLDEN)
        return fmix32((word_hashes[:-1] * _GOLDEN) ^ word_hashes[1:])

    def signatures(self, shingle_hashes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The MinHash signature (``NUM_PERM`` values) of each passage, one row each.

        Passage ``k`` is the shingles ``shingle_hashes[starts[k] : starts[k] + lengths[k]]``;
        passages may overlap; every length must be at least 1.
        """
        count = len(starts)
        if count == 0:
            return np.empty((0, NUM_PERM), dtype=np.uint32)
        lengths = lengths.astype(np.int64)
        offsets = np.zeros(count, dtype=np.int64)
        np.cumsum(lengths[:-1], out=offsets[1:])
        total = int(offsets[-1] + lengths[-1])
        gather = np.arange(total, dtype=np.int64) + np.repeat(starts.astype(np.int64) - offsets, lengths)
        mixed = fmix32(shingle_hashes[gather])[:, None]
        permuted = mixed * self._a + self._b
        return np.minimum.reduceat(permuted, offsets, axis=0)

    def band_keys(self, signatures: np.ndarray) -> np.ndarray:
        """Each passage's ``bands`` keys, one row each (uint32)."""
        keys = np.empty((len(signatures), self.bands), dtype=np.uint32)
        for band in range(self.bands):
            key = np.full(len(signatures), ((band + 1) * int(_GOLDEN)) & 0xFFFFFFFF, dtype=np.uint32)
            for column in range(band * self.rows, (band + 1) * self.rows):
                key = fmix32((key * _FNV) ^ signatures[:, column])
            keys[:, band] = key
        return keys
