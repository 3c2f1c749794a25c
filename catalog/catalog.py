"""``Catalog``: the one object the GUI and the CLI talk to. See :mod:`catalog.store`."""

from __future__ import annotations

from catalog.checking import CheckOps
from catalog.ops.actors import ActorOps
from catalog.ops.browse import BrowseOps
from catalog.ops.documents import DocumentOps
from catalog.ops.exchange import ExchangeOps
from catalog.ops.gui_support import GuiSupportOps
from catalog.ops.quotes import QuoteOps
from catalog.ops.suggest import SuggestOps
from catalog.ops.tags import TagOps
from catalog.ops.trash import TrashOps
from catalog.store import CatalogCore


class Catalog(
    DocumentOps,
    QuoteOps,
    ActorOps,
    TagOps,
    TrashOps,
    SuggestOps,
    CheckOps,
    BrowseOps,
    ExchangeOps,
    GuiSupportOps,
    CatalogCore,
):
    """A catalogue folder, opened. Construct with ``Catalog(path)``; close with ``close()``.

    Every method is a unit of work or a read; see each mixin for its contract.
    """
