"""Importing a bundle: check it and dry-run the merge on the task runner, then (after the
preview) apply it with ``WindowCommands.import_bundle`` (undoable in the catalogue).

Used by File → Import bundle… (:class:`gui.window_commands.WindowCommands`). A bundle that
fails a check is refused with its reason (:func:`refused_box`) and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from catalog import CancelToken, Changes, InvalidBundle, MergeReport
from gui.catalog_text import catalog_text
from gui.dialogs.import_preview_dialog import entry_row, records_text, sorted_entries, summary_text
from gui.dialogs.report_dialog import ReportDialog
from gui.i18n import QT_TRANSLATE_NOOP, clauses, listed, translate
from gui.panels.history_panel import linked_names
from gui.revision_text import uuids_in
from gui.tasks import TaskRunner


def start_preview(
    tasks: TaskRunner,
    catalog,
    path: Path,
    policy: str,
    on_done: Callable[[object, MergeReport, dict[str, str]], None],
    on_failure: Callable[[BaseException], None],
    verify: bool = True,
    decisions: Mapping[str, str] | None = None,
) -> CancelToken:
    """In the background: ``verify_bundle`` (unless ``verify`` is False, for a re-run) and
    a dry-run ``import_bundle`` with ``policy`` and ``decisions``; then
    ``on_done(BundleCheck | None, report, names)`` on the main thread, ``names`` naming the
    records the conflicts' values link to (see :func:`conflict_names`). The catalogue does
    not change."""

    def work(progress, cancel):
        check = catalog.exchange.verify_bundle(path) if verify else None
        report = catalog.exchange.import_bundle(path, dry_run=True, on_conflict=policy, decisions=decisions, progress=progress, cancel=cancel)
        return check, report, conflict_names(catalog, report)

    return tasks.run(translate("BundleImport", "Checking the bundle"), work, lambda result: on_done(*result), on_failure, shows_progress=True)


def conflict_names(catalog, report: MergeReport) -> dict[str, str]:
    """A readable name for each record the conflicts' values link to by UUID (their tags and
    actors): the bundle's own label for the records it brings (the dry run's new ones are
    gone again), else this catalogue's. Worker thread."""
    linked: set[str] = set()
    for entry in report.conflicts:
        linked |= uuids_in(entry.values)
    if not linked:
        return {}
    names = {e.local_uuid: e.label for e in report.entries if e.local_uuid in linked and e.kind in ("tag", "actor")}
    names.update(linked_names(catalog, linked - names.keys()))
    return names


# what a unit of work did to records of some kinds, translated where shown
CHANGE_VERBS = (
    ("created", QT_TRANSLATE_NOOP("BundleImport", "created {records}")),
    ("edited", QT_TRANSLATE_NOOP("BundleImport", "edited {records}")),
    ("deleted", QT_TRANSLATE_NOOP("BundleImport", "deleted {records}")),
)


def refused_box(path: Path, error: InvalidBundle, parent=None) -> QMessageBox:
    """The message for a refused bundle: its reason (the catalogue's words), and that nothing
    was imported."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("BundleImport", "Import bundle"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(translate("BundleImport", "Pressmark refused “{bundle}”. Nothing was imported.").format(bundle=Path(path).name))
    box.setInformativeText(translate("BundleImport", "Reason: {reason}").format(reason=catalog_text(error.reason)))
    box.setDetailedText(translate(
        "BundleImport",
        "Bundles are checked completely before anything is imported: the zip's entries and sizes, "
        "every checksum of the BagIt bag, the records and their references, and every quote's "
        "position in its text. A bundle that fails any check may be damaged or crafted.",
    ))  # fmt: skip
    return box


def changes_text(changes: Changes) -> str:
    """What a unit of work changed, in the interface language: "created 1 document, 5
    quotes; edited 1 tag", or "no change"."""
    parts = []
    for name, verb in CHANGE_VERBS:
        table = getattr(changes, name)
        counts = [records_text(kind, len(uuids)) for kind, uuids in table.items() if uuids]
        if counts:
            parts.append(translate("BundleImport", verb).format(records=listed(counts)))
    return clauses(parts) if parts else translate("BundleImport", "no change")


def import_result(report: MergeReport, parent=None) -> ReportDialog:
    """What an applied import did, record by record (unchanged records left out)."""
    rows = [entry_row(e) for e in sorted_entries([e for e in report.entries if e.action != "unchanged"])]
    summary = translate("BundleImport", "{summary} Catalogue: {changes}.").format(summary=summary_text(report), changes=changes_text(report.changes))
    headers = [translate("BundleImport", "Record"), translate("BundleImport", "Result"), translate("BundleImport", "Details")]
    title = translate("BundleImport", "Imported {bundle}").format(bundle=report.bundle)
    return ReportDialog(title, summary, headers, rows, parent)
