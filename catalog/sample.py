"""The sample article a new catalogue starts with, so the first window is not empty.

:func:`seed_sample` is a plain unit of work over the :class:`catalog.Catalog` API (no Qt):
the GUI calls it on its worker thread the first time it opens an empty catalogue.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from catalog.changes import Changes

SAMPLE_NAME = "harbour-ledger-archive.md"
DOCUMENT_TAG = "Heritage/Archives"
QUOTE_TAG = "Heritage/Volunteers"
TAG_COLOURS = {"Heritage": "#8e6c3a", DOCUMENT_TAG: "#2e86c1", QUOTE_TAG: "#27ae60"}


def sample_article_path() -> Path:
    """Where the sample article ships: ``resources/sample/`` of the installed package."""
    return Path(str(resources.files("resources") / "sample" / SAMPLE_NAME))


def seed_sample(catalog, path: Path) -> Changes:
    """Import the article at ``path``, accept every proposal, tag it and its quotes.

    The document gets ``Heritage/Archives``, its quotes ``Heritage/Volunteers``; the tags get
    colours. Returns everything that changed. Raises what ``import_file`` raises (e.g.
    DuplicateDocument when the article is already there); call it on an empty catalogue.
    """
    outcome = catalog.documents.import_file(path)
    changes = Changes().merge(outcome.changes)
    uuid = outcome.document_uuid
    _count, accepted = catalog.proposals.accept_all(uuid)
    changes.merge(accepted)
    changes.merge(catalog.tags.apply([uuid], DOCUMENT_TAG))
    quotes = [q.uuid for q in catalog.quotes.find(document=uuid)]
    if quotes:
        changes.merge(catalog.tags.apply(quotes, QUOTE_TAG))
    for tag_path, colour in TAG_COLOURS.items():
        changes.merge(catalog.tags.add(tag_path, colour=colour))
    return changes
