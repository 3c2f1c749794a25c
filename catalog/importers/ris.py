"""RIS reference lists (Zotero, Mendeley, EndNote) read with ``rispy``.

The structure is checked first, line by line, since ``rispy`` silently drops what it cannot
place (lines before the first ``TY``, an entry with no ``ER``): every entry must open with
``TY  - `` and close with ``ER  - ``, and text outside an entry is refused with its line
number. Each entry is then parsed on its own by ``rispy`` and mapped: TI or T1 the title; AU
and A1 the authors; T2, JO, JF, JA or J2 the publication; DA, PY or Y1 the date; UR the URL;
DO the DOI; AB or N2 and N1 the notes; KW keywords; LA, SE; TY and ID go into the provenance.
Pure; any thread.
"""

from __future__ import annotations

import re

import rispy

from catalog.errors import ImportFailed
from catalog.importers.references import (
    Reference,
    author_from_text,
    checked_doi,
    clean,
    date_of,
    notes_of,
    reference_document,
)
from catalog.messages import Message

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")


def read(text: str, name: str) -> list[Reference]:
    """The entries of an RIS text. Raises ImportFailed for a file whose structure is broken."""
    return [_reference(lines, first_line, index) for index, (first_line, lines) in enumerate(entries(text, name), 1)]


def entries(text: str, name: str) -> list[tuple[int, list[str]]]:
    """Each entry's first line number and lines (TY to ER). Raises ImportFailed."""
    found: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), 1):
        match = _TAG_LINE.match(line.rstrip())
        tag = match.group(1) if match else None
        if current is None:
            if not line.strip():
                continue
            if tag != "TY":
                raise ImportFailed(name, Message("ris_outside_entry", line=number, text=line.strip()[:40]))
            current, start = [], number
        elif tag == "TY":
            raise ImportFailed(name, Message("ris_no_end_before", start=start, line=number))
        current.append(line.rstrip("\r"))
        if tag == "ER":
            found.append((start, current))
            current = None
    if current is not None:
        raise ImportFailed(name, Message("ris_no_end", start=start))
    return found


def _reference(lines: list[str], first_line: int, index: int) -> Reference:
    label = Message("ris_entry", index=index, line=first_line)
    (record,) = rispy.loads("\n".join(lines), skip_unknown_tags=True)

    def first(*keys: str) -> str:
        for key in keys:
            value = record.get(key)
            if isinstance(value, list):
                value = next((v for v in value if clean(v)), "")
            if value and clean(value):
                return clean(value)
        return ""

    title = first("title", "primary_title", "short_title", "translated_title")
    if not title:
        return Reference(label, None, problem=Message("ris_no_title"))
    notices: list[str] = []
    published_at, published_text = date_of(first("date", "year", "publication_year"))
    urls = [clean(u) for u in record.get("urls", []) if clean(u)]
    authors = [a for a in (author_from_text(t) for t in [*record.get("authors", []), *record.get("first_authors", [])]) if a]
    fields = {
        "title": title,
        "publication": first("secondary_title", "journal_name", "alternate_title3", "alternate_title2", "alternate_title1")[:300],
        "section": first("section")[:200],
        "published_at": published_at,
        "published_text": published_text,
        "url": urls[0] if urls else "",
        "doi": checked_doi(first("doi"), notices),
        "language": first("language")[:35],
        "notes": notes_of(first("abstract", "notes_abstract"), *[clean(n) for n in record.get("notes", [])]),
    }
    provenance = {"source": "RIS", "type": first("type_of_reference"), "id": first("id")}
    keywords = [clean(k) for k in record.get("keywords", []) if clean(k)]
    return Reference(label, reference_document(fields, authors, provenance), keywords, notices=notices)
