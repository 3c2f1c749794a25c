"""Spreadsheets and reference managers: ``documents.csv``, ``quotes.csv`` and ``documents.ris``.

CSV: one row per document / quote, UTF-8 with a byte-order mark (so spreadsheet programs
read it as UTF-8), RFC 4180 quoting. A cell that would start with ``=``, ``+``, ``-``, ``@``,
tab or carriage return gets a leading apostrophe, so a spreadsheet never runs catalogue
text as a formula (OWASP's "CSV injection" advice); the exact texts stay in records.json
and the annotations. RIS: ``TY  - NEWS`` records, one value per line, CRLF line ends.
Pure functions.
"""

from __future__ import annotations

import csv
import io

from catalog.exchange.csl import csl_name
from catalog.exchange.records import BundleContent

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

DOCUMENT_COLUMNS = [
    "uuid", "title", "subtitle", "publication", "section", "published_at", "published_text", "url",
    "short_url", "language", "authors", "actors", "tags", "quotes", "notes", "rights", "original_name",
    "doi", "page_kind", "captured_at",
]  # fmt: skip
QUOTE_COLUMNS = [
    "uuid", "document_uuid", "document_title", "start", "end", "exact", "prefix", "suffix", "kind",
    "speaker", "speaker_uuid", "tags", "note",
]  # fmt: skip


def safe_cell(value: object) -> str:
    """``value`` as CSV cell text that no spreadsheet will read as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def documents_csv(content: BundleContent) -> bytes:
    actors = content.actors_by_uuid()
    links = content.links_by_document()
    paths = content.tag_paths()
    counts: dict[str, int] = {}
    for quote in content.quotes:
        counts[quote.document] = counts.get(quote.document, 0) + 1
    rows = []
    for doc in content.documents:
        named = links.get(doc.uuid, [])
        rows.append({
            **{key: getattr(doc, key) for key in DOCUMENT_COLUMNS if hasattr(doc, key)},
            "authors": "; ".join(actors[link.actor].name for link in named if link.role == "author"),
            "actors": "; ".join(f"{actors[link.actor].name} ({link.role})" for link in named if link.role != "author"),
            "tags": "; ".join(sorted(paths[t] for t in doc.tags)),
            "quotes": counts.get(doc.uuid, 0),
        })  # fmt: skip
    return _csv(DOCUMENT_COLUMNS, rows)


def quotes_csv(content: BundleContent) -> bytes:
    actors = content.actors_by_uuid()
    titles = {d.uuid: d.title for d in content.documents}
    paths = content.tag_paths()
    rows = [
        {
            "uuid": q.uuid, "document_uuid": q.document, "document_title": titles[q.document],
            "start": q.start, "end": q.end, "exact": q.exact, "prefix": q.prefix, "suffix": q.suffix,
            "kind": q.kind, "speaker": actors[q.speaker].name if q.speaker else "",
            "speaker_uuid": q.speaker or "", "tags": "; ".join(sorted(paths[t] for t in q.tags)), "note": q.note,
        }  # fmt: skip
        for q in content.quotes
    ]
    return _csv(QUOTE_COLUMNS, rows)


def _csv(columns: list[str], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(column, "")) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")


def documents_ris(content: BundleContent) -> bytes:
    """Every document as an RIS ``NEWS`` record."""
    actors = content.actors_by_uuid()
    links = content.links_by_document()
    paths = content.tag_paths()
    lines: list[str] = []

    def put(tag: str, value: object) -> None:
        text = " ".join(str(value).split()) if value is not None else ""
        if text:
            lines.append(f"{tag}  - {text}")

    for doc in content.documents:
        lines.append("TY  - NEWS")
        put("TI", doc.title)
        for link in links.get(doc.uuid, []):
            if link.role == "author":
                name = csl_name(actors[link.actor])
                put("AU", name.get("literal") or f"{name['family']}, {name['given']}")
        put("T2", doc.publication)
        put("SE", doc.section)
        if doc.published_at:
            put("PY", doc.published_at[:4])
            put("DA", doc.published_at[:10].replace("-", "/"))
        elif doc.published_text:
            put("DA", doc.published_text)
        put("UR", doc.url or doc.short_url)
        put("DO", doc.doi)
        put("LA", doc.language)
        put("AB", doc.subtitle)
        for tag in sorted(paths[t] for t in doc.tags):
            put("KW", tag)
        put("N1", doc.notes)
        put("ID", doc.uuid)
        lines.append("ER  - ")
        lines.append("")
    return "\r\n".join(lines).encode("utf-8")
