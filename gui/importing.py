"""Importing files and folders on the task runner, with progress, cancel and a report.

Used by File → Import… and by dropping files on the window. The catalogue commits a big import
in batches of files, each a change Edit → Undo can take back (the newest first); a reference
list (RIS, CSL-JSON) or a REFI-QDA project (.qdpx) is one change of its own, and the report
lists its entries one per row: imported, enriched (an existing document's empty fields filled),
already there, or skipped, each with why, in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from catalog import CancelToken, Changes, Message, distinct_names, outcome_counts
from gui.catalog_text import catalog_text, skipped_kind
from gui.dialogs.report_dialog import ReportDialog
from gui.i18n import QT_TRANSLATE_NOOP, isolated, listed, translate
from gui.operations import Operations

STATUS_TITLES = {
    "imported": QT_TRANSLATE_NOOP("Importing", "Imported"),
    "enriched": QT_TRANSLATE_NOOP("Importing", "Enriched"),
    "duplicate": QT_TRANSLATE_NOOP("Importing", "Already there"),
    "skipped": QT_TRANSLATE_NOOP("Importing", "Skipped"),
    "failed": QT_TRANSLATE_NOOP("Importing", "Failed"),
}
# how many files (pages, entries) had each outcome, as the report's summary counts them
OUTCOME_COUNTS = {
    "imported": QT_TRANSLATE_NOOP("Importing", "{count} imported"),
    "enriched": QT_TRANSLATE_NOOP("Importing", "{count} enriched"),
    "skipped": QT_TRANSLATE_NOOP("Importing", "{count} skipped"),
    "duplicate": QT_TRANSLATE_NOOP("Importing", "{count} already in the catalogue"),
    "failed": QT_TRANSLATE_NOOP("Importing", "{count} failed"),
}
# File → Import…: articles, web archives, and what reference managers and qualitative-analysis
# tools export (what catalog.importing.IMPORTABLE reads): each kind's name, and its patterns
IMPORT_FILTERS = (
    (QT_TRANSLATE_NOOP("Importing", "Articles, web archives, reference lists and projects"),
     "*.html *.htm *.xhtml *.mht *.mhtml *.md *.markdown *.txt *.text *.pdf *.docx *.warc *.warc.gz *.wacz *.ris *.json *.qdpx"),
    (QT_TRANSLATE_NOOP("Importing", "Articles"), "*.html *.htm *.xhtml *.mht *.mhtml *.md *.markdown *.txt *.text *.pdf *.docx"),
    (QT_TRANSLATE_NOOP("Importing", "Web archives"), "*.warc *.warc.gz *.wacz"),
    (QT_TRANSLATE_NOOP("Importing", "Reference lists: RIS, CSL-JSON"), "*.ris *.json"),
    (QT_TRANSLATE_NOOP("Importing", "REFI-QDA projects"), "*.qdpx"),
    (QT_TRANSLATE_NOOP("Importing", "All files"), "*"),
)  # fmt: skip


def import_filter() -> str:
    """The file dialog's filter for File → Import…, its names in the interface language."""
    return ";;".join(f"{translate('Importing', name)} ({patterns})" for name, patterns in IMPORT_FILTERS)


def start_import(
    ops: Operations, paths: list[Path], parent, on_report: Callable[[ReportDialog], None] | None = None
) -> CancelToken:
    """Import ``paths`` (files or folders) in the background; returns the cancel token.

    When the import ends (or is cancelled) a :class:`ReportDialog` lists every file's
    outcome; ``on_report(dialog)`` receives it after it opened. A failure of the whole import
    (the disk full before the first batch) is titled "Could not import the files".
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

    return ops.mutate(
        translate("Importing", "Importing"), work, done, shows_progress=True, failure_title=translate("Importing", "Could not import the files")
    )


def import_report(outcomes, parent=None, archives=()) -> ReportDialog:
    """A dialog listing each file's outcome (and each page of a web archive's) under a
    summary, in the interface language: the counts, then one line per web archive
    (``archives``: the tallies of ``catalog.documents.archive_tallies``): articles, pages
    kept as not articles, duplicates, responses skipped by kind."""
    summary = summary_text(outcomes)
    summary = "\n".join([summary, *(tally_text(tally) for tally in archives)])
    names = distinct_names([o.path for o in outcomes])
    rows = [
        (f"{name} › {o.record}" if o.record else name, status_title(o.status), details_text(o.message))
        for name, o in zip(names, outcomes, strict=True)
    ]
    headers = [translate("Importing", "File"), translate("Importing", "Result"), translate("Importing", "Details")]
    return ReportDialog(translate("Importing", "Import"), summary, headers, rows, parent)


def status_title(status: str) -> str:
    """An outcome's status (imported, enriched, duplicate, skipped, failed) as the report's
    Result column says it."""
    return translate("Importing", STATUS_TITLES[status]) if status in STATUS_TITLES else status


def details_text(message: str) -> str:
    """An outcome's message as the report's Details column says it: in the interface
    language, a refused file's reason without its path (the File column names it)."""
    if isinstance(message, Message) and message.key == "import_failed":
        message = message.fields["reason"]
    return catalog_text(message)


def summary_text(outcomes) -> str:
    """The import in one sentence: "3 imported, 1 already in the catalogue, 0 failed.";
    enriched and skipped (which only reference lists, projects and web archives give) are
    named when they happen."""
    if not outcomes:
        return translate("Importing", "Nothing was imported: no files Pressmark can read were found.")
    counts = outcome_counts(outcomes)
    shown = ["imported", *(s for s in ("enriched", "skipped") if counts[s]), "duplicate", "failed"]
    parts = [translate("Importing", OUTCOME_COUNTS[status]).format(count=counts[status]) for status in shown]
    return translate("Importing", "{counts}.").format(counts=listed(parts))


def tally_text(tally) -> str:
    """What one web archive came to (an ``ArchiveTally``), in the interface language:
    "crawl.warc.gz: 3 articles imported, 1 page kept as not an article (kind “page”), 0
    duplicates, 12 responses skipped (9 image, 3 script)"."""
    n = tally.articles
    parts = [translate("Importing", "%n article imported", None, n) if n == 1 else translate("Importing", "%n articles imported", None, n)]
    n = tally.pages
    parts.append(
        translate("Importing", "%n page kept as not an article (kind “page”)", None, n) if n == 1
        else translate("Importing", "%n pages kept as not articles (kind “page”)", None, n)
    )  # fmt: skip
    n = tally.duplicates
    parts.append(translate("Importing", "%n duplicate", None, n) if n == 1 else translate("Importing", "%n duplicates", None, n))
    if tally.failed:
        n = tally.failed
        parts.append(translate("Importing", "%n failure", None, n) if n == 1 else translate("Importing", "%n failures", None, n))
    n = sum(tally.skipped.values())
    skipped = translate("Importing", "%n response skipped", None, n) if n == 1 else translate("Importing", "%n responses skipped", None, n)
    if n:
        kinds = sorted(tally.skipped.items(), key=lambda item: (-item[1], item[0]))
        said = listed(translate("Importing", "{count} {kind}").format(count=count, kind=skipped_kind(kind)) for kind, count in kinds)
        skipped = translate("Importing", "{skipped} ({kinds})").format(skipped=skipped, kinds=said)
    parts.append(skipped)
    return translate("Importing", "{archive}: {parts}").format(archive=isolated(Path(tally.path).name), parts=listed(parts))
