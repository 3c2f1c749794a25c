"""The signatures computed here in bulk are ``datasketch``'s own MinHash signatures, and the
bands are what ``datasketch.MinHashLSH`` chooses: an upgrade that changes either fails here."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

from catalog.reuse import sketch
from catalog.reuse.passages import words
from catalog.reuse.sketch import Sketcher


def _datasketch_signature(hashes) -> np.ndarray:
    minhash = MinHash(num_perm=sketch.NUM_PERM, seed=sketch.SEED, scheme=sketch.SCHEME, hashfunc=lambda value: value)
    minhash.update_batch([int(h) for h in hashes])
    return minhash.hashvalues


def test_bulk_signatures_equal_datasketch_minhash_of_each_passage():
    rng = np.random.default_rng(15)
    hashes = rng.integers(0, 2**32, size=200, dtype=np.uint64).astype(np.uint32)
    starts = np.array([0, 5, 5, 120, 199])
    lengths = np.array([5, 1, 60, 80, 1])  # overlapping, single, up to the last
    ours = Sketcher().signatures(hashes, starts, lengths)
    for row, (start, length) in enumerate(zip(starts, lengths, strict=True)):
        assert np.array_equal(ours[row], _datasketch_signature(hashes[start : start + length]))


def test_the_bands_are_those_datasketch_chooses_for_the_threshold():
    lsh = MinHashLSH(threshold=sketch.THRESHOLD, num_perm=sketch.NUM_PERM, weights=sketch.WEIGHTS)
    sketcher = Sketcher()
    assert (sketcher.bands, sketcher.rows) == (lsh.b, lsh.r)
    assert sketcher.bands * sketcher.rows <= sketch.NUM_PERM


def test_equal_signatures_share_every_band_key_and_one_changed_value_changes_one_band():
    sketcher = Sketcher()
    signature = np.arange(sketch.NUM_PERM, dtype=np.uint32)[None, :] * np.uint32(2654435761)
    changed = signature.copy()
    changed[0, sketcher.rows] ^= np.uint32(1)  # a value of the second band
    keys = sketcher.band_keys(np.vstack([signature, signature, changed]))
    assert np.array_equal(keys[0], keys[1])
    assert [band for band in range(sketcher.bands) if keys[0, band] != keys[2, band]] == [1]
    assert len(set(keys[0].tolist())) == sketcher.bands  # the band's number is in its key


def test_texts_differing_in_punctuation_and_case_get_the_same_signature():
    sketcher = Sketcher()

    def signature(text: str) -> np.ndarray:
        pairs = sketcher.pair_hashes(sketcher.word_hashes(words(text).norms))
        return sketcher.signatures(pairs, np.array([0]), np.array([len(pairs)]))[0]

    plain = signature("We won't close the harbour while boats depend on it")
    assert np.array_equal(plain, signature("“WE WONT close the Harbour—while boats depend on it!”"))
    assert not np.array_equal(plain, signature("We will close the harbour while boats depend on it"))
