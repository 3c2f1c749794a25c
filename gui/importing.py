"""Importing files and folders on the task runner, with progress, cancel and a report.

Used by File → Import… and by dropping files on the window. The catalogue commits a big import
in batches of files, each a change Edit → Undo can take back (the newest first); a reference
list (RIS, CSL-JSON) or a REFI-QDA project (.qdpx) is one change of its own, and the report
lists its entries one per row: imported, enriched (an existing document's empty fields filled),
already there, or skipped, each with why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from catalog import CancelToken, Changes, distinct_names, outcome_summary
from gui.dialogs.report_dialog import ReportDialog
from gui.i18n import translate
from gui.operations import Operations

STATUS_TITLES = {
    "imported": "Imported",
    "enriched": "Enriched",
    "duplicate": "Already there",
    "skipped": "Skipped",
    "failed": "Failed",
}
# File → Import…: articles, web archives, and what reference managers and qualitative-analysis
# tools export (what catalog.importing.IMPORTABLE reads)
IMPORT_FILTER = (
    "Articles, web archives, reference lists and projects (*.html *.htm *.xhtml *.mht *.mhtml *.md *.markdown"
    " *.txt *.text *.pdf *.docx *.warc *.warc.gz *.wacz *.ris *.json *.qdpx);;"
    "Articles (*.html *.htm *.xhtml *.mht *.mhtml *.md *.markdown *.txt *.text *.pdf *.docx);;"
    "Web archives (*.warc *.warc.gz *.wacz);;"
    "Reference lists: RIS, CSL-JSON (*.ris *.json);;REFI-QDA projects (*.qdpx);;All files (*)"
)


def start_import(
    ops: Operations, paths: list[Path], parent, on_report: Callable[[ReportDialog], None] | None = None
) -> CancelToken:
    """Import ``paths`` (files or folders) in the background; returns the cancel token.

    When the import ends (or is cancelled) a :class:`ReportDialog` lists every file's
    outcome; ``on_report(dialog)`` receives it after it opened.
    """
    catalog = ops.catalog

    def work(progress, cancel) -> tuple[tuple[list, list], Changes]:
        outcomes = catalog.documents.import_paths(paths, progress=progress, cancel=cancel)
        changes = Changes()
        for outcome in outcomes:
            changes.merge(outcome.changes)
        return (outcomes, catalog.documents.archive_tallies(outcomes)), changes

    def done(result) -> None:
        outcomes, archives = result
        dialog = import_report(outcomes, parent, archives)
        dialog.open()
        if on_report is not None:
            on_report(dialog)

    return ops.mutate(translate("Importing", "Importing"), work, done, shows_progress=True)


def import_report(outcomes, parent=None, archives=()) -> ReportDialog:
    """A dialog listing each file's outcome (and each page of a web archive's) under a
    summary: the counts, then one line per web archive (``archives``: the tallies of
    ``catalog.documents.archive_tallies``): articles, pages kept as not articles,
    duplicates, responses skipped by kind."""
    summary = outcome_summary(outcomes, already="already in the catalogue") + "."
    if not outcomes:
        summary = "Nothing was imported: no files Pressmark can read were found."
    summary = "\n".join([summary, *(tally.line() for tally in archives)])
    names = distinct_names([o.path for o in outcomes])
    rows = [
        (f"{name} › {o.record}" if o.record else name, STATUS_TITLES.get(o.status, o.status), o.message)
        for name, o in zip(names, outcomes, strict=True)
    ]
    headers = [translate("Importing", "File"), translate("Importing", "Result"), translate("Importing", "Details")]
    return ReportDialog(translate("Importing", "Import"), summary, headers, rows, parent)
