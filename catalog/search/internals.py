"""Whoosh's private names that the search layer reads, in one place.

Each function states the whoosh behaviour it relies on; ``tests/catalog/search/test_internals.py``
checks each against the public, slow way of getting the same answer, so that a whoosh
upgrade that changes one fails there, loudly.
"""

from __future__ import annotations

from whoosh.matching import FilterMatcher


def read_postings(
    reader, fieldname: str, btext: bytes, weights: bool, deleted_too: bool = False
) -> tuple[list[int], list[float]]:
    """The live documents of the leaf ``reader`` holding a term (with ``deleted_too``, the
    deleted ones as well), and (with ``weights``) each one's weight, a posting block at a time.

    Reading whole block arrays (``_ids``, ``_weights`` of whoosh 3's ``W3LeafMatcher``)
    instead of stepping the matcher one posting at a time is what makes a frequent term
    cheap; other matchers (e.g. postings inlined in the term info) are stepped.
    """
    if (fieldname, btext) not in reader:
        return [], []
    matcher = reader.postings(fieldname, btext)
    deleted = None
    if isinstance(matcher, FilterMatcher):
        deleted = None if deleted_too else reader.deleted_docs_set
        matcher = matcher.child
    ids: list[int] = []
    found: list[float] = []
    if (
        hasattr(matcher, "_read_ids")
        and hasattr(matcher, "_read_weights")
        and hasattr(matcher, "_next_block")
    ):
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            ids.extend(matcher._ids[matcher._i : matcher._blocklength])
            if weights:
                if matcher._weights is None:
                    matcher._read_weights()
                found.extend(matcher._weights[matcher._i : matcher._blocklength])
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            if weights:
                found.append(matcher.weight())
            matcher.next()
    if deleted:
        keep = [i for i, docnum in enumerate(ids) if docnum not in deleted]
        ids = [ids[i] for i in keep]
        found = [found[i] for i in keep] if weights else found
    return ids, found


def length_bytes(reader, fieldname: str) -> bytes | None:
    """Each document's length in ``fieldname`` as whoosh stores it, one byte a document
    (``whoosh.util.numeric.byte_to_length`` decodes it; 0 when the document has none).

    Whoosh 3 keeps the lengths as a column of fixed one-byte values, cut short after the
    last document that has one; this reads the column's bytes at once instead of asking
    ``doc_field_length`` document by document. None when the reader is not a whoosh 3
    segment (the caller then asks document by document).
    """
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield

    perdoc = getattr(reader, "_perdoc", None)
    if not isinstance(perdoc, W3PerDocReader):
        return None
    size = reader.doc_count_all()
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return bytes(size)
    count = min(column._count, size)
    stored = column._dbfile.get(column._basepos, count) if count else b""
    return bytes(stored) + bytes(size - count)
