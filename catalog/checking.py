"""The integrity check: database, quotes against their text, originals, index agreement."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from catalog.models import Document, Quote
from catalog.store import restore_command
from catalog.text import context_of, reanchor


@dataclass
class Problem:
    """One finding. ``repairable``: ``check(repair=True)`` fixes it; otherwise ``needs`` says
    what the user must do instead (``--repair`` cannot recreate an original or a database)."""

    severity: str  # error | warning
    what: str
    record: str = ""
    repaired: bool = False
    repairable: bool = False
    needs: str = ""


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" and not p.repaired for p in self.problems)

    @property
    def repairable(self) -> list[Problem]:
        """Problems not yet repaired that ``check(repair=True)`` would fix."""
        return [p for p in self.problems if p.repairable and not p.repaired]

    @property
    def beyond_repair(self) -> list[Problem]:
        """Errors ``check(repair=True)`` cannot fix; each one's ``needs`` says what will."""
        return [p for p in self.problems if p.severity == "error" and not p.repairable and not p.repaired]




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
            restore = self._restore_advice()
            if integrity != ["ok"]:
                for line in integrity[:20]:
                    report.problems.append(Problem("error", f"database: {line}", needs=restore))
                # reading the records of a damaged database fails or misleads: the backup is the way back
                return report
            if self.engine.dialect.name == "sqlite":
                for row in session.execute(text("PRAGMA foreign_key_check")):
                    report.problems.append(Problem("error", f"broken link in table {row[0]} (row {row[1]})", needs=restore))
            moved: list[tuple[str, int, int]] = []
            quotes = list(session.scalars(select(Quote).join(Document)))
            report.checked["quotes"] = len(quotes)
            for quote in quotes:
                body = quote.document.body
                if body[quote.start : quote.end] == quote.exact:
                    continue
                found = reanchor(body, quote.exact, quote.prefix, quote.suffix, quote.start)
                if found is None:
                    report.problems.append(
                        Problem(
                            "error",
                            "quote text no longer in its document; cannot re-anchor",
                            quote.uuid,
                            needs="mark the quote again in the document's text, or delete it",
                        )
                    )
                else:
                    report.problems.append(
                        Problem("warning", f"quote moved from {quote.start} to {found[0]}", quote.uuid, repaired=repair, repairable=True)
                    )
                    moved.append((quote.uuid, *found))
            docs = list(session.scalars(select(Document)))
            report.checked["documents"] = len(docs)
            for doc in docs:
                if not doc.original_sha256:
                    continue
                problem = self._original_problem(doc)
                if problem is not None:
                    report.problems.append(problem)
        if moved and repair:
            with self.writing("Re-anchor quotes") as (session, changes):
                for uuid, start, end in moved:
                    quote = session.scalar(select(Quote).where(Quote.uuid == uuid))
                    quote.start, quote.end = start, end
                    quote.prefix, quote.suffix = context_of(quote.document.body, start, end)
                    changes.edit("quote", uuid)
        problem = self._open_index() if self.index_problem is None else self.index_problem
        if problem:
            report.problems.append(Problem("error", problem, repaired=repair, repairable=True))
            if repair:
                self.index_problem = problem
                self.repair_index()
        report.checked["index entries"] = self.index.doc_count() if self.index.is_open else 0
        return report

    def _original_problem(self, doc: Document) -> Problem | None:
        """What is wrong with a document's original file, or None when it is intact.

        Reads only a plain file, in pieces: a link or a FIFO planted under the original's
        name (to /dev/zero, say) would otherwise be read for ever.
        """
        folder = self.originals_dir / doc.original_sha256[:2]
        candidates = sorted(folder.glob(doc.original_sha256 + "*"))
        # named as Originals.add names it: the hash and the imported file's suffix
        place = candidates[0] if candidates else folder / (doc.original_sha256 + Path(doc.original_name or "").suffix.lower()[:10])
        where = place.relative_to(self.path).as_posix()
        needs = (
            f"repairing cannot bring an original back: copy the source file it was imported from, or the same file "
            f"from a copy of the catalogue folder, to {where}"
        )
        name = f"original file “{doc.original_name}”"
        if not candidates:
            return Problem("error", f"{name} is missing ({where})", doc.uuid, needs=needs)
        try:
            info = place.lstat()
            if not stat.S_ISREG(info.st_mode):
                return Problem("error", f"{name} is not a plain file ({where})", doc.uuid, needs=needs)
            digest = hashlib.sha256()
            with place.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError as exc:
            return Problem("error", f"{name} cannot be read ({where}: {exc.strerror or exc})", doc.uuid, needs=needs)
        if digest.hexdigest() != doc.original_sha256:
            return Problem("error", f"{name} was altered: its checksum differs ({where})", doc.uuid, needs=needs)
        return None

    def _restore_advice(self) -> str:
        command = restore_command(self.path)
        if command is None:
            return "repairing cannot mend the database file, and the catalogue has no backup: put back a copy of its folder"
        return f"repairing cannot mend the database file: put back the newest backup with `{command}`"
