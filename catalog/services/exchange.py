"""Exchange bundles: export, verify, import and merge (``catalog.exchange``).

A bundle is one zip (see :mod:`catalog.exchange`) that a colleague can read in a browser,
open in a reference manager or a qualitative-analysis tool, or import into their own
Pressmark. Every method here may run on a worker thread; ``progress(done, total, message)``
and ``cancel`` (a :class:`~catalog.store.CancelToken`) work as for the other long jobs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from catalog.errors import InvalidBundle, InvalidInput, SaveFailed
from catalog.exchange import export, snapshot
from catalog.exchange.merge import check_ids_are_free, merge_content
from catalog.exchange.merge_report import POLICIES, MergeReport
from catalog.exchange.refusal import Refused
from catalog.exchange.verify import BundleCheck, opened_bundle
from catalog.importing import Originals
from catalog.lookup import by_ref
from catalog.messages import Message
from catalog.models import new_revision_id, new_uuid, utcnow
from catalog.services.search import SearchService
from catalog.store import Store


class ExchangeService:
    """``catalog.exchange``: built with the store, and the search service that chooses what a
    bundle of a search or a saved search carries."""

    def __init__(self, store: Store, search: SearchService):
        self.store = store
        self.search = search

    def export_bundle(self, path: Path | str, query: str | Sequence[str] | None = None, progress=None, cancel=None) -> export.ExportSummary:
        """Export live records as a bundle zip at ``path``; returns what was written.

        ``query`` chooses the documents: None for the whole catalogue (every actor and tag
        comes too); the name of a saved search, or a search (``tag:Heritage``,
        ``speaker:Castellan``, words…) for the documents it finds (a quote found brings its
        document); or a sequence of document ids. A selection brings its documents' quotes,
        the actors they name or quote and the tags they use. Raises InvalidInput for a bad
        search, NotFound for an unknown document id, OSError when ``path`` cannot be written,
        Cancelled when ``cancel`` is set (nothing is left at ``path`` then).
        """
        uuids, label = self._bundle_selection(query)
        with self.store.reading() as session:
            content = snapshot.read_content(
                session, uuids, bundle_id=new_uuid(), label=label, exported_at=utcnow().isoformat(timespec="seconds")
            )
        originals = snapshot.original_files(self.store.originals_dir, [d.original_sha256 for d in content.documents])
        return export.write_bundle(content, originals, Path(path), progress, cancel)

    def verify_bundle(self, path: Path | str) -> BundleCheck:
        """Check a bundle completely without importing it, and that none of its ids names a
        record of another kind in this catalogue. Raises InvalidBundle with the reason."""
        with opened_bundle(path) as loaded:
            with self.store.reading() as session:
                try:
                    check_ids_are_free(session, loaded.content)
                except Refused as exc:
                    raise InvalidBundle(Path(path).name, exc.reason) from None
            return BundleCheck(Path(path).name, loaded.content.label, loaded.counts(), loaded.info)

    def import_bundle(
        self,
        path: Path | str,
        dry_run: bool = False,
        on_conflict: str = "mine",
        progress=None,
        cancel=None,
        decisions: Mapping[str, str] | None = None,
    ) -> MergeReport:
        """Check the bundle, then merge it into this catalogue in one unit of work.

        ``on_conflict`` (mine, theirs or both) resolves records edited differently here and
        there; see :mod:`catalog.exchange.merge`. ``decisions`` (a bundle record's UUID ->
        mine, theirs or both) overrides it for those records, as chosen one by one in a
        preview; every other conflict follows ``on_conflict``. With ``dry_run`` the merge runs
        in a transaction that is rolled back and no original file is written: the report says
        exactly what would change (given the same ``on_conflict`` and ``decisions``). Raises
        InvalidBundle (the catalogue untouched) for a bundle that fails any check,
        InvalidInput for an unknown policy (in ``decisions`` too), Cancelled when cancelled
        (nothing committed; originals already written are harmless orphans).
        """
        for policy in (on_conflict, *(decisions or {}).values()):
            if policy not in POLICIES:
                raise InvalidInput(f"“{policy}” is not a conflict policy ({', '.join(POLICIES)})")
        total = 12

        def checking(done: int, _total: int, message: str) -> None:
            if progress is not None:
                progress(done, total, message)

        def merging(done: int, _total: int, message: str) -> None:
            if progress is not None:
                progress(6 + done, total, message)

        with opened_bundle(path, progress=checking, cancel=cancel) as loaded:

            # written under temporary names, made durable together before the commit
            originals = Originals(self.store.originals_dir)

            def store(payload: str, sha256: str) -> None:
                source = loaded.original_file(payload)
                originals.add(source.read_bytes(), sha256, source.suffix)

            try:
                op_id = new_revision_id()  # the colleague's revisions it brings name it, so undo takes them too
                with self.store.writing(Message("op_import_bundle", name=Path(path).name), kind="merge", op_id=op_id) as (session, changes):
                    report = merge_content(
                        session, changes, loaded.content, on_conflict, decisions=decisions, bundle_name=Path(path).name,
                        dry_run=dry_run, store_originals=None if dry_run else store, progress=merging, cancel=cancel,
                        op_id=op_id,
                    )  # fmt: skip
                    if dry_run:
                        # the same merge as for real, in the same unit of work, rolled back
                        raise _RolledBack(report)
                    try:
                        originals.commit()
                    except OSError as exc:
                        raise SaveFailed(Message("originals_not_stored", path=self.store.path, reason=exc.strerror or str(exc))) from exc
            except _RolledBack as rolled_back:
                return rolled_back.report
            except Refused as exc:  # by the merge, before it changed anything
                raise InvalidBundle(Path(path).name, exc.reason) from None
            finally:
                originals.discard()
            return report

    def _bundle_selection(self, query) -> tuple[list[str] | None, str]:
        """Document UUIDs chosen by ``query`` (None: all) and a label for the bundle."""
        if query is None or (isinstance(query, str) and not query.strip()):
            return None, f"Catalogue “{self.store.name}”"
        if not isinstance(query, str):
            with self.store.reading() as session:
                uuids = [by_ref(session, "document", ref).uuid for ref in query]
            return uuids, f"{len(uuids)} documents from “{self.store.name}”"
        text = query.strip()
        saved = {s.name: s.query for s in self.search.saved()}
        label = f"Search “{text}” in “{self.store.name}”"
        if text in saved:
            label, text = f"Saved search “{text}” in “{self.store.name}”", saved[text]
        return self.search.document_uuids(text), label  # InvalidInput for a bad query


class _RolledBack(Exception):
    """Raised inside a dry run's unit of work so that it rolls back; carries the report."""

    def __init__(self, report: MergeReport):
        super().__init__("dry run")
        self.report = report
