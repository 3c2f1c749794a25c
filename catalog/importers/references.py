"""Reference lists from Zotero, Mendeley or EndNote (RIS, CSL-JSON) as plain data.

A reference list is not one article but many entries, each a bibliographic record with no text
of its own. :func:`read_references` turns a file's bytes into :class:`Reference` values: a
:class:`~catalog.importers.base.ParsedDocument` (``page_kind`` ``reference``, an empty body) per
entry, its keywords, and for an entry that cannot be read, why (the others are still read).
A file that cannot be read at all (not UTF-8, text garbled by a wrong encoding on the way, no
entries, too big) raises :class:`~catalog.errors.ImportFailed`; nothing of it is imported then.
The catalogue adds the entries (:mod:`catalog.exchange.tool_import`). Pure; any thread.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import datetime

from catalog.errors import ImportFailed
from catalog.importers import MB, megabytes
from catalog.importers.base import ParsedActor, ParsedDocument
from catalog.messages import Message
from catalog.text import normalise, normalise_doi, squash_spaces

# measured (README, "Coming from other tools"): 10,000 RIS entries with abstracts, 7 MB, import
# and index in 47 s and 0.37 GB on 2 shared cores; these bounds keep a list near a minute and a half
MAX_REFERENCE_BYTES = 16 * MB
MAX_ENTRIES = 20_000
FIELD_MAX = 100_000  # characters of one field (an abstract) kept

# UTF-8 read as Latin-1 or Windows-1252 and saved again: "Ã©" for "é", "â€™" for "’"
_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")
_DATE = re.compile(r"(\d{4})(?:[-/](\d{1,2})?(?:[-/](\d{1,2})?)?)?[-/]?(?:\s.*)?")


@dataclass
class Reference:
    """One entry: ``label`` names it in messages ("entry 3 (line 12)"); ``parsed`` is None
    when it was refused, ``problem`` then says why; ``notices`` are fields left out."""

    label: str
    parsed: ParsedDocument | None
    keywords: list[str] = field(default_factory=list)
    problem: str = ""
    notices: list[str] = field(default_factory=list)


def reference_format(data: bytes, name: str) -> str:
    """``ris`` or ``csl-json`` when ``data`` (named ``name``) is a reference list, else ""."""
    lowered = name.lower()
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").replace(b"\x00", b"")
    if lowered.endswith(".ris") or re.match(rb"TY  -", head):
        return "ris"
    if lowered.endswith((".json", ".csljson")) or head[:1] == b"[":
        return "csl-json"
    return ""


def read_references(data: bytes, name: str) -> list[Reference]:
    """Every entry of the RIS or CSL-JSON file ``data``. Raises ImportFailed naming ``name``."""
    from catalog.importers import csl_json, ris

    if len(data) > MAX_REFERENCE_BYTES:
        raise ImportFailed(name, Message("references_too_big", size=megabytes(len(data)), most=megabytes(MAX_REFERENCE_BYTES)))
    kind = reference_format(data, name)
    if kind == "ris":
        references = ris.read(decode_references(data, name), name)
    elif kind == "csl-json":
        references = csl_json.read(data, name)
    else:
        raise ImportFailed(name, Message("not_references"))
    if not references:
        raise ImportFailed(name, Message("references_empty"))
    if len(references) > MAX_ENTRIES:
        raise ImportFailed(name, Message("references_too_many", count=f"{len(references):,}", most=f"{MAX_ENTRIES:,}"))
    return references


def decode_references(data: bytes, name: str) -> str:
    """The text of a reference file: UTF-8 (or UTF-16 with its BOM), refusing bytes that are
    not, and text that was garbled by being read in the wrong encoding on its way here."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = f"0x{data[exc.start]:02x}"
        reason = Message("references_not_utf8", byte=byte, line=line)
        if encoding != "utf-16":
            sample = data[max(exc.start - 20, 0) : exc.start + 20].decode("cp1252", "replace")
            reason = Message("references_not_utf8_latin", byte=byte, line=line, sample=squash_spaces(sample))
        raise ImportFailed(name, reason) from None
    garbled = mojibake(text)
    if garbled:
        offset, found, meant = garbled
        line = text.count("\n", 0, offset) + 1
        raise ImportFailed(name, Message("references_garbled", line=line, found=found, meant=meant, advice=GARBLED_ADVICE))
    return text


def mojibake(text: str) -> tuple[int, str, str] | None:
    """Where ``text`` looks garbled by a wrong encoding (UTF-8 read as Latin-1 or
    Windows-1252, then saved as UTF-8): (offset, what it reads, what was meant), or None."""
    for match in _MOJIBAKE.finditer(text):
        for encoding in ("cp1252", "latin-1"):
            try:
                return match.start(), match.group(), match.group().encode(encoding).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return None


GARBLED_ADVICE = Message("garbled_advice")


def clean(value: object) -> str:
    """A field's text as stored: normalised, spaces squashed, bounded."""
    return squash_spaces(normalise(str(value)))[:FIELD_MAX] if value is not None else ""


def date_of(text: str) -> tuple[datetime | None, str]:
    """A date as (published_at, published_text): a full date is the first; a year or a
    month, or words, the second ("2023", "2023-05", "Spring 2023")."""
    text = clean(text).strip("/ ")
    match = _DATE.fullmatch(text)
    if not match:
        return None, text[:200]
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if month and day:
        try:
            return datetime(year, month, day), ""
        except ValueError:
            return None, text[:200]
    return None, f"{year:04d}-{month:02d}" if 1 <= month <= 12 else f"{year:04d}"


def checked_doi(value: str, notices: list[str]) -> str:
    """``value`` as a DOI (see :func:`catalog.text.normalise_doi`), or "" with a notice."""
    try:
        return normalise_doi(clean(value))
    except ValueError:
        notices.append(Message("not_a_doi", value=clean(value)[:60]))
        return ""


def person(family: str, given: str = "") -> ParsedActor:
    """A person named in a reference, in the order Pressmark keeps names ("Given Family")."""
    return ParsedActor(name=clean(f"{given} {family}"), type="person")


def author_from_text(text: str) -> ParsedActor | None:
    """An author as a reference manager writes one line of it: "Family, Given" is a person,
    a name without a comma an organisation ("Reuters", "World Health Organization")."""
    text = clean(text)
    if not text:
        return None
    if "," in text:
        family, given = text.split(",", 1)
        given = given.strip().rstrip(",")
        return person(family.strip(), given) if family.strip() else None
    return ParsedActor(name=text, type="organisation")


def reference_document(fields: dict, authors: list[ParsedActor], provenance: dict[str, str]) -> ParsedDocument:
    """The document an entry stands for: ``fields`` are ParsedDocument's own names."""
    unique: dict[str, ParsedActor] = {}
    for author in authors:
        unique.setdefault(author.name.lower(), author)
    return ParsedDocument(
        format="reference", page_kind="reference", authors=list(unique.values()),
        provenance={k: v for k, v in provenance.items() if v}, **fields,
    )  # fmt: skip


def notes_of(*parts: str) -> str:
    """Abstract and notes, each its own paragraph."""
    return "\n\n".join(p for p in (normalise(str(part)).strip()[:FIELD_MAX] for part in parts if part) if p)
