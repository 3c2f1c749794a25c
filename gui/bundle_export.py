"""Exporting a bundle on the task runner: what to export (:class:`ExportScope`), the work,
and the message once it is written.

Used by File → Export bundle… (:meth:`gui.window_commands.WindowCommands.ask_export_bundle`).
Exporting reads the catalogue and writes one zip; it changes no record, so it is not an
operation and not undoable. A cancelled or failed export leaves nothing at the target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from catalog import CancelToken, InvalidInput
from gui.i18n import QT_TRANSLATE_NOOP, grouped, isolated, translate
from gui.tasks import TaskRunner

SCOPES = ("all", "selection", "tag", "saved", "search")


@dataclass
class ExportScope:
    """What to export. ``kind`` is one of ``SCOPES``; ``value`` is, by kind: nothing, the
    selected record UUIDs, a tag path, a saved search's name, or a query."""

    kind: str = "all"
    value: str = ""
    uuids: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """What is exported, in the interface language: "the whole catalogue", "3 selected
        records", "documents tagged “Heritage”"."""
        if self.kind == "selection":
            n = len(self.uuids)
            return grouped(translate("BundleExport", "%n selected record", None, n) if n == 1 else translate("BundleExport", "%n selected records", None, n), n)
        if self.kind == "all":
            return translate("BundleExport", "the whole catalogue")
        scope = {
            "tag": QT_TRANSLATE_NOOP("BundleExport", "documents tagged “{value}”"),
            "saved": QT_TRANSLATE_NOOP("BundleExport", "saved search “{value}”"),
            "search": QT_TRANSLATE_NOOP("BundleExport", "search “{value}”"),
        }[self.kind]
        return translate("BundleExport", scope).format(value=isolated(self.value))

    def query(self, catalog):
        """The ``query`` of ``Catalog.export_bundle`` for this scope. Worker thread.

        A selection stands for its documents (a quote for its document, an actor for the
        documents naming or quoting it); a tag for the documents tagged with it or one of its
        sub-tags and the documents of quotes so tagged (as the search ``tag:`` finds them).
        Raises InvalidInput when a selection or tag stands for no document.
        """
        if self.kind == "all":
            return None
        if self.kind in ("saved", "search"):
            return self.value
        if self.kind == "selection":
            documents = catalog.documents.of(self.uuids)
        else:
            tagged = catalog.search.record_ids("document", tag=self.value) + catalog.search.record_ids("quote", tag=self.value)
            documents = catalog.documents.of(tagged)
        if not documents:
            raise InvalidInput(translate("BundleExport", "nothing to export: no document found for {scope}").format(scope=self.describe()))
        return documents


def start_export(
    tasks: TaskRunner,
    catalog,
    scope: ExportScope,
    path: Path,
    on_done: Callable[[object], None],
    on_failure: Callable[[BaseException], None],
) -> CancelToken:
    """Export ``scope`` to ``path`` in the background, with progress and cancel in the
    status bar; ``on_done(ExportSummary)`` or ``on_failure(exception)`` on the main thread."""

    def work(progress, cancel):
        return catalog.exchange.export_bundle(path, scope.query(catalog), progress=progress, cancel=cancel)

    return tasks.run(translate("BundleExport", "Exporting a bundle"), work, on_done, on_failure, shows_progress=True)


def bundle_path(text: str) -> Path | None:
    """The target a user typed, with ``.zip`` added when missing; None for nothing typed."""
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")
