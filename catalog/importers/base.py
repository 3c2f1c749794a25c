"""What every importer returns: a :class:`ParsedDocument`, plain data with no database in it.

An importer module exposes ``FORMAT`` (a short name), ``sniff(data: bytes, name: str) -> int``
(0 = not mine, higher = more confident) and ``parse(data: bytes, name: str) -> ParsedDocument``,
which raises :class:`catalog.errors.ImportFailed` with a clear reason on bad input.
Text fields are returned already normalised (:func:`catalog.text.normalise`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ParsedActor:
    """An actor named by the document's own metadata (typically an author)."""

    name: str
    type: str = "person"
    description: str = ""  # e.g. the author's bio line
    identifiers: dict[str, str] = field(default_factory=dict)  # scheme -> value, e.g. twitter
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    # (relation, object name, object type), e.g. ("senior fellow of", "Hudson Institute", "organisation")


@dataclass
class ParsedQuote:
    """A span the source itself marks (e.g. a pull-quote box), as text to find in the body."""

    exact: str
    kind: str = "pull_quote"
    speaker: str = ""  # a name; resolved to an actor by the catalogue


@dataclass
class ParsedDocument:
    format: str
    title: str = ""
    subtitle: str = ""
    publication: str = ""
    section: str = ""
    published_at: datetime | None = None
    published_text: str = ""
    url: str = ""
    short_url: str = ""
    language: str = ""
    image_caption: str = ""
    body: str = ""
    end_matter: str = ""
    rights: str = ""
    notes: str = ""
    authors: list[ParsedActor] = field(default_factory=list)
    marked_quotes: list[ParsedQuote] = field(default_factory=list)
    # the source told us which spans it emphasised; quote proposals may use them
    emphasis: list[str] = field(default_factory=list)
    doi: str = ""
    page_kind: str = "article"  # catalog.vocabulary.PAGE_KINDS
    captured_at: datetime | None = None  # when a crawler or a browser captured the page
    # where the capture came from (a WARC record's id, the target URL, the tool), as
    # JSON-ready values; stored as JSON text
    provenance: dict[str, str] = field(default_factory=dict)
