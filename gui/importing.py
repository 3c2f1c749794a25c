"""Importing files and folders on the task runner, with progress, cancel and a report.

Used by File → Import… and by dropping files on the window. The catalogue commits a big import
in batches of files, each a change Edit → Undo can take back (the newest first).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from catalog import CancelToken, Changes
from gui.dialogs.report_dialog import ReportDialog
from gui.operations import Operations

STATUS_TITLES = {"imported": "Imported", "duplicate": "Already there", "failed": "Failed"}


def start_import(
    ops: Operations, paths: list[Path], parent, on_report: Callable[[ReportDialog], None] | None = None
) -> CancelToken:
    """Import ``paths`` (files or folders) in the background; returns the cancel token.

    When the import ends (or is cancelled) a :class:`ReportDialog` lists every file's
    outcome; ``on_report(dialog)`` receives it after it opened.
    """
    catalog = ops.catalog

    def work(progress, cancel) -> tuple[list, Changes]:
        outcomes = catalog.documents.import_paths(paths, progress=progress, cancel=cancel)
        changes = Changes()
        for outcome in outcomes:
            changes.merge(outcome.changes)
        return outcomes, changes

    def done(outcomes) -> None:
        dialog = import_report(outcomes, parent)
        dialog.open()
        if on_report is not None:
            on_report(dialog)

    return ops.mutate("Importing", work, done, shows_progress=True)


def import_report(outcomes, parent=None) -> ReportDialog:
    """A dialog listing each file's outcome under a one-line summary."""
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in STATUS_TITLES}
    summary = f"{counts['imported']} imported, {counts['duplicate']} already in the catalogue, {counts['failed']} failed."
    if not outcomes:
        summary = "Nothing was imported: no files Pressmark can read were found."
    names = distinct_names([o.path for o in outcomes])
    rows = [(name, STATUS_TITLES.get(o.status, o.status), o.message) for name, o in zip(names, outcomes, strict=True)]
    return ReportDialog("Import", summary, ["File", "Result", "Details"], rows, parent)


def distinct_names(paths: list[str]) -> list[str]:
    """Each path as its file name, with as many of its folders as it takes to tell it from
    the others: pages saved as ``aclu/source.html`` and ``cnn/source.html`` are not both
    ``source.html``. The same path twice stays the same name."""
    parts = [Path(path).parts for path in paths]
    depth = [1] * len(parts)
    while True:
        by_name: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for i, whole in enumerate(parts):
            by_name.setdefault(whole[-depth[i] :], set()).add(whole)
        longer = [
            i for i, whole in enumerate(parts)
            if len(by_name[whole[-depth[i] :]]) > 1 and depth[i] < len(whole)
        ]  # fmt: skip
        if not longer:
            return [str(Path(*whole[-depth[i] :])) if whole else "" for i, whole in enumerate(parts)]
        for i in longer:
            depth[i] += 1
