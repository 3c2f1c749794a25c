"""Importing web archives (WARC, WARC.gz, WACZ): one prepared document per page, and what
each archive came to.

:func:`prepare_archive` reads an archive (:mod:`catalog.importers.web_archive`) page by page
and prepares each as :func:`catalog.importing.prepare` prepares a file, every page keeping the
archive, stored once, as its original; the documents service adds them in batches
(``DocumentService.import_paths``). :func:`archive_tallies` sums an import's outcomes per
archive for its report. No database; any thread.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from catalog import importers
from catalog.errors import ImportFailed, PressmarkError, describe
from catalog.importers import web_archive
from catalog.importers.base import ParsedDocument
from catalog.importing import ImportOutcome, Prepared, prepare
from catalog.messages import Message, joined

if TYPE_CHECKING:
    from catalog.store import CancelToken


@dataclass
class ArchiveTally:
    """What importing one web archive came to: pages imported as articles and as other
    pages (``page_kind`` "page"), duplicates, failures, and responses skipped by kind."""

    path: str
    articles: int = 0
    pages: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """One sentence for the import report (the CLI's and the window's)."""

        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        parts = [
            count(self.articles, "article imported", "articles imported"),
            count(self.pages, "page kept as not an article (kind “page”)", "pages kept as not articles (kind “page”)"),
            count(self.duplicates, "duplicate", "duplicates"),
        ]
        if self.failed:
            parts.append(count(self.failed, "failure", "failures"))
        total = sum(self.skipped.values())
        skipped = count(total, "response skipped", "responses skipped")
        if total:
            kinds = sorted(self.skipped.items(), key=lambda item: (-item[1], item[0]))
            skipped += " (" + ", ".join(f"{n} {kind}" for kind, n in kinds) + ")"
        parts.append(skipped)
        return f"{Path(self.path).name}: " + ", ".join(parts)


def archive_tallies(outcomes: list[ImportOutcome]) -> list[ArchiveTally]:
    """One tally per web archive among ``outcomes``, in the order they first appear."""
    tallies: dict[str, ArchiveTally] = {}
    for outcome in outcomes:
        if not outcome.web_archive:
            continue
        tally = tallies.setdefault(outcome.path, ArchiveTally(outcome.path))
        if outcome.status == "imported":
            if outcome.page_kind == "page":
                tally.pages += 1
            else:
                tally.articles += 1
        elif outcome.status == "duplicate":
            tally.duplicates += 1
        elif outcome.status == "failed" and outcome.record:
            tally.failed += 1
        for kind, n in outcome.skipped.items():
            tally.skipped[kind] = tally.skipped.get(kind, 0) + n
    return list(tallies.values())


def is_web_archive(path: Path) -> bool:
    """Whether the file at ``path`` is a web archive (WARC, WARC.gz, WACZ), by its first
    bytes or its name; False for what cannot be read (the import then says why)."""
    return _archive_format(path) is not None


def _archive_format(path: Path) -> str | None:
    head = b""
    try:
        # without waiting: a named pipe among the paths must not hold the import up
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        fd = -1
    if fd >= 0:
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                head = os.read(fd, web_archive.HEAD_BYTES)
        except OSError:
            pass
        finally:
            os.close(fd)
    if not head and not web_archive.is_archive_name(path):
        return None
    return web_archive.archive_format(path, head)


def prepare_archive(path: Path, known: dict[str, tuple[str, str]], cancel: CancelToken | None = None):
    """The pages of the web archive at ``path``, each prepared (or its failure), in order;
    then the archive's own outcome: the responses it skipped, by kind, and where it was
    damaged or cut short, if it was.

    A generator: pages are read, parsed and prepared one at a time, so an archive of any
    size takes the memory of the pages the caller holds. Every page keeps the archive
    (stored once) as its original. A revisit record (the same page fetched again) is
    prepared as a copy of the page it repeats, which the duplicate check then reports.
    Raises Cancelled when ``cancel`` is set (polled between records and inside each page).
    """
    name = os.fsencode(path).decode("utf-8", "replace")
    reading = web_archive.ArchiveReading(path, _archive_format(path) or "warc")
    suffix = ".warc.gz" if path.name.lower().endswith(".gz") else "." + reading.format
    earlier: dict[str, Prepared] = {}  # payload digest or URL -> the page it held

    def failed(message: str, record: str = "") -> ImportOutcome:
        return ImportOutcome(name, "failed", message, web_archive=True, record=record)

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ImportFailed(name, Message("not_regular_file"))
        for found in web_archive.read_archive(reading, cancel):
            if isinstance(found, web_archive.Recapture):
                first = earlier.get(found.digest) or earlier.get(found.refers_to) or earlier.get(found.uri)
                if first is None:
                    reading.skipped["revisit of a page not imported from this archive"] += 1
                    continue
                parsed = ParsedDocument(**{**vars(first.parsed), "captured_at": found.captured_at, "provenance": found.provenance})
                yield Prepared(**{**vars(first), "parsed": parsed, "record": found.uri})
                continue
            try:
                parsed = web_archive.parse_capture(found, reading)
                if len(parsed.body) > importers.MAX_TEXT_CHARS:
                    raise ImportFailed(f"{name} › {found.uri}", importers.text_refusal(len(parsed.body)))
                item = prepare(parsed, b"", name, known, cancel)
            except web_archive.NotAPage as exc:
                reading.skipped[exc.kind] += 1
                continue
            except PressmarkError as exc:
                yield failed(describe(exc), found.uri)
                continue
            item.sha256, item.record, item.original = reading.sha256, found.uri, str(path)
            item.suffix, item.original_size = suffix, reading.size
            for key in (found.digest, found.uri):
                if key:
                    earlier[key] = item
            if len(earlier) > _EARLIER_PAGES:
                del earlier[next(iter(earlier))]
            yield item
    except ImportFailed as exc:
        yield failed(describe(exc))
        return
    if reading.skipped:
        total = sum(reading.skipped.values())
        kinds = joined("list_pair", [Message("count_of", count=n, skipped=kind) for kind, n in sorted(reading.skipped.items(), key=lambda i: (-i[1], i[0]))])
        key = "archive_response_skipped" if total == 1 else "archive_responses_skipped"
        yield ImportOutcome(name, "skipped", Message(key, count=total, kinds=kinds), web_archive=True, skipped=dict(reading.skipped))
    for damage in reading.damage:
        yield failed(Message("archive_damaged", name=name, damage=damage))
    if reading.broken:
        yield failed(Message("archive_cut_short", name=name, broken=reading.broken))


_EARLIER_PAGES = 2_000  # pages of an archive a revisit may repeat (the latest, by capture)
