"""Reused passages: the same statement carried by several documents.

Derived data, like the search index: :mod:`catalog.reuse.passages` cuts a text into the
passages that can be carried elsewhere (sentences, quoted words, windows of a long sentence),
:mod:`catalog.reuse.sketch` gives each a MinHash signature and its LSH band keys (the one place
that knows how ``datasketch`` builds them), :mod:`catalog.reuse.ledger` keeps them in
``statements.sqlite`` beside the database, and :mod:`catalog.reuse.align` lines a quote up with
a passage found elsewhere and says which words differ. The service that uses them is
:class:`catalog.services.statements.StatementService`. Nothing here imports Qt.
"""
