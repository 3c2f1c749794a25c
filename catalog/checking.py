"""The integrity check: database, quotes against their text, originals, index agreement."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from catalog.models import Document, Quote
from catalog.text import context_of, reanchor


@dataclass
class Problem:
    severity: str  # error | warning
    what: str
    record: str = ""
    repaired: bool = False


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" and not p.repaired for p in self.problems)


DAMAGED = "the database is damaged"


class CheckOps:
    def check(self, repair: bool = False) -> CheckReport:
        """Check the catalogue; with ``repair``, fix what can be fixed (re-anchor quotes,
        rebuild the index) and report the rest. Reads run on the calling thread."""
        report = CheckReport()
        with self.reading() as session:
            try:
                integrity = session.execute(text("PRAGMA integrity_check")).scalars().all() if self.engine.dialect.name == "sqlite" else ["ok"]
            except DatabaseError as exc:  # too damaged for SQLite to walk its own pages
                integrity = [str(exc.orig)]
            if integrity != ["ok"]:
                for line in integrity[:20]:
                    report.problems.append(Problem("error", f"database: {line}"))
                # reading the records of a damaged database fails or misleads: the backup is the way back
                report.problems.append(Problem("error", f"{DAMAGED}; restore the newest backup ({len(self.backups())} kept)"))
                return report
            if self.engine.dialect.name == "sqlite":
                for row in session.execute(text("PRAGMA foreign_key_check")):
                    report.problems.append(Problem("error", f"broken link in table {row[0]} (row {row[1]})"))
            moved: list[tuple[str, int, int]] = []
            quotes = list(session.scalars(select(Quote).join(Document)))
            report.checked["quotes"] = len(quotes)
            for quote in quotes:
                body = quote.document.body
                if body[quote.start : quote.end] == quote.exact:
                    continue
                found = reanchor(body, quote.exact, quote.prefix, quote.suffix, quote.start)
                if found is None:
                    report.problems.append(Problem("error", "quote text no longer in its document; cannot re-anchor", quote.uuid))
                else:
                    report.problems.append(Problem("warning", f"quote moved from {quote.start} to {found[0]}", quote.uuid, repaired=repair))
                    moved.append((quote.uuid, *found))
            docs = list(session.scalars(select(Document)))
            report.checked["documents"] = len(docs)
            for doc in docs:
                if not doc.original_sha256:
                    continue
                candidates = list((self.originals_dir / doc.original_sha256[:2]).glob(doc.original_sha256 + "*"))
                if not candidates:
                    report.problems.append(Problem("error", f"original file “{doc.original_name}” is missing", doc.uuid))
                    continue
                digest = hashlib.sha256(candidates[0].read_bytes()).hexdigest()
                if digest != doc.original_sha256:
                    report.problems.append(Problem("error", f"original file “{doc.original_name}” is damaged (checksum differs)", doc.uuid))
        if moved and repair:
            with self.writing("Re-anchor quotes") as (session, changes):
                for uuid, start, end in moved:
                    quote = session.scalar(select(Quote).where(Quote.uuid == uuid))
                    quote.start, quote.end = start, end
                    quote.prefix, quote.suffix = context_of(quote.document.body, start, end)
                    changes.edit("quote", uuid)
        problem = self._open_index() if self.index_problem is None else self.index_problem
        if problem:
            report.problems.append(Problem("error", problem, repaired=repair))
            if repair:
                self.index_problem = problem
                self.repair_index()
        report.checked["index entries"] = self.index.doc_count() if self.index.is_open else 0
        return report
