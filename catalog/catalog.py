"""``Catalog``: the one object the GUI and the CLI talk to.

A catalogue folder, opened: one :class:`~catalog.store.Store` (the database, originals, index,
lock and the unit of work) and the services built on it, the way Anki's ``Collection``
composes its managers. Each service is a typed object given the store (and the search service
where it needs one); none reaches into another's state.

=====================  =========================================================
``catalog.documents``  import files, list, show, edit documents
``catalog.quotes``     mark, edit, list quotes
``catalog.actors``     authority records: add, edit, link, relate, merge
``catalog.tags``       the tag tree: add, apply, rename, merge, delete, counts
``catalog.trash``      delete to the trash, restore, empty
``catalog.proposals``  what import found: accept or reject
``catalog.exchange``   bundles: export, verify, import with three-way merge
``catalog.search``     full-text search, browsing by filters, saved searches, the index
``catalog.maintenance`` check and repair, backups, counts
``catalog.history``    revisions: undo, redo, history, restore a version
``catalog.citations``  a document or quote with its source, bibliographies, in a CSL style
``catalog.statements`` the same statement across documents: trace a quote, reused passages
=====================  =========================================================

Every mutating method is one unit of work (:meth:`Store.writing`): one transaction that
records its revisions, returns a :class:`~catalog.changes.Changes` and syncs the search index
before it returns. Reads may run on any thread. Failures raise
:class:`~catalog.errors.PressmarkError` subclasses with one clear line.
"""

from __future__ import annotations

from pathlib import Path

from catalog import backup
from catalog.revisions.author import Author
from catalog.revisions.history import DEFAULT_DEPTH, HistoryService
from catalog.services.actors import ActorService
from catalog.services.citations import CitationService
from catalog.services.documents import DocumentService
from catalog.services.exchange import ExchangeService
from catalog.services.maintenance import MaintenanceService
from catalog.services.proposals import ProposalService
from catalog.services.quotes import QuoteService
from catalog.services.search import SearchService
from catalog.services.statements import StatementService
from catalog.services.tags import TagService
from catalog.services.trash import TrashService
from catalog.store import Store


class Catalog:
    """A catalogue folder, opened. Construct with ``Catalog(path)``; close with ``close()``."""

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = True,
        index_repair: str = "now",
        read_only: bool | None = False,
        backups_keep: int = backup.DEFAULT_KEEP,
        author: Author | None = None,
        undo_depth: int = DEFAULT_DEPTH,
    ):
        """Open (or, with ``create``, make) the catalogue in folder ``path``.

        ``index_repair`` is ``"now"`` (rebuild a stale or broken index before returning) or
        ``"later"`` (leave it for ``search.repair_index``, e.g. on a GUI worker thread). See
        :class:`~catalog.store.Store` for ``read_only``, ``backups_keep`` and the errors.
        ``undo_depth`` bounds how many of the newest changes ``history.undo()`` can reach.
        """
        self.store = Store(Path(path), create=create, read_only=read_only, backups_keep=backups_keep, author=author)
        try:
            self.search = SearchService(self.store)
            self.statements = StatementService(self.store)
            self.documents = DocumentService(self.store, self.search, self.statements)
            self.quotes = QuoteService(self.store)
            self.actors = ActorService(self.store)
            self.tags = TagService(self.store)
            self.trash = TrashService(self.store)
            self.proposals = ProposalService(self.store)
            self.exchange = ExchangeService(self.store, self.search)
            self.maintenance = MaintenanceService(self.store, self.search, self.statements)
            self.history = HistoryService(self.store, depth=undo_depth)
            self.citations = CitationService(self.store)
            if self.store.index_problem and index_repair == "now" and not self.store.read_only:
                self.search.repair_index()
        except BaseException:
            self.store.close()
            raise

    # ----- what the window and the command line show about the folder -----------------------
    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def name(self) -> str:
        return self.store.name

    @property
    def read_only(self) -> bool:
        """Opened read-only (asked for, or because another process is writing)."""
        return self.store.read_only

    @property
    def in_use_by(self) -> str:
        """Who holds the catalogue when it was opened read-only because it is in use."""
        return self.store.in_use_by

    @property
    def author(self) -> Author:
        """Whom the revisions of this session's units of work name."""
        return self.store.author

    @author.setter
    def author(self, author: Author) -> None:
        self.store.author = author

    @property
    def index_problem(self) -> str | None:
        """Why the search index cannot be trusted now (``search.repair_index`` mends it), or None."""
        return self.store.index_problem

    # ----- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.statements.close()
        self.store.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
