"""CSL-JSON reference lists (Zotero's "CSL JSON" export, citeproc's input) as entries.

The file is parsed with the strict JSON reader of :mod:`catalog.exchange.safe_parse` (size and
depth caps, no duplicate keys) and must be a list of items. Each item is checked as the
CSL-JSON schema (csl-data.json) checks it: an object with a string or number ``id`` and a
``type`` from CSL's list; no property CSL does not define (besides ``custom``); strings,
numbers, name lists and dates where CSL says so. An item that fails is skipped with its
reason; the rest are read. Mapped: title; author (family/given a person, literal an
organisation); container-title the publication; issued the date; URL; DOI; abstract and note
the notes; keyword (comma- or semicolon-separated) tags; language; section; type and id go
into the provenance. Pure; any thread.
"""

from __future__ import annotations

import re

from catalog.errors import ImportFailed
from catalog.exchange.refusal import Refused
from catalog.exchange.safe_parse import load_json
from catalog.importers.base import ParsedActor
from catalog.importers.references import (
    GARBLED_ADVICE,
    MAX_REFERENCE_BYTES,
    Reference,
    checked_doi,
    clean,
    date_of,
    mojibake,
    notes_of,
    person,
    reference_document,
)
from catalog.messages import Message

TYPES = frozenset("""
article article-journal article-magazine article-newspaper bill book broadcast chapter classic
collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing
interview legal_case legislation manuscript map motion_picture musical_score pamphlet
paper-conference patent performance periodical personal_communication post post-weblog regulation
report review review-book software song speech standard thesis treaty webpage
""".split())
# CSL 1.0.2's variables, by the kind of value each takes
STRINGS = frozenset("""
type citation-key language journalAbbreviation shortTitle abstract annote archive archive_collection
archive_location archive-place authority call-number citation-label collection-title container-title
container-title-short dimensions division DOI event event-title event-place genre ISBN ISSN
jurisdiction keyword medium note original-publisher original-publisher-place original-title
part-title PMCID PMID publisher publisher-place references reviewed-genre reviewed-title scale
section source status title title-short URL version volume-title volume-title-short year-suffix
""".split())
NUMBERS = frozenset("""
id chapter-number citation-number collection-number edition first-reference-note-number issue
locator number number-of-pages number-of-volumes page page-first part printing supplement volume
""".split())  # a string or a number
NAMES = frozenset("""
author chair collection-editor compiler composer container-author contributor curator director
editor editorial-director executive-producer guest host interviewer illustrator narrator organizer
original-author performer producer recipient reviewed-author script-writer series-creator
translator
""".split())
DATES = frozenset("accessed available-date event-date issued original-date submitted".split())
_NAME_PARTS = {"family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal"}
_NAME_FLAGS = {"comma-suffix", "static-ordering", "parse-names"}
_DATE_PARTS = {"date-parts", "season", "circa", "literal", "raw"}


def read(data: bytes, name: str) -> list[Reference]:
    """The items of a CSL-JSON file. Raises ImportFailed when it is not a list of items."""
    try:
        items = load_json(data, name, max_bytes=MAX_REFERENCE_BYTES)
    except Refused as exc:
        said = exc.reason  # load_json's "{name}: {reason}": the file is named once, by ImportFailed
        reason = said.fields["reason"] if isinstance(said, Message) and said.key == "in_file" else said
        raise ImportFailed(name, str(reason) if not isinstance(reason, str) else reason) from None
    if not isinstance(items, list):
        holds = Message("csl_holds_object") if isinstance(items, dict) else Message("csl_holds_other", type=type(items).__name__)
        raise ImportFailed(name, holds)
    return [_reference(item, index) for index, item in enumerate(items, 1)]


def item_problem(item: object) -> str:
    """Why ``item`` is not a CSL-JSON item as the schema has it, or ""."""
    if not isinstance(item, dict):
        return Message("csl_not_object")
    for key in ("id", "type"):
        if key not in item:
            return Message("csl_lacks", key=key)
    if item["type"] not in TYPES:
        return Message("csl_bad_type", type=str(item["type"])[:40])
    for key, value in item.items():
        problem = _value_problem(key, value)
        if problem:
            return problem
    return ""


def _value_problem(key: str, value: object) -> str:
    if key in STRINGS:
        ok = isinstance(value, str)
    elif key in NUMBERS:
        ok = isinstance(value, str | int | float) and not isinstance(value, bool)
    elif key in NAMES:
        ok = isinstance(value, list) and all(_is_name(n) for n in value)
    elif key in DATES:
        ok = _is_date(value)
    elif key == "categories":
        ok = isinstance(value, list) and all(isinstance(c, str) for c in value)
    elif key == "custom":
        ok = isinstance(value, dict)
    else:
        return Message("csl_not_variable", key=key[:40])
    return "" if ok else Message("csl_wrong_kind", key=key, type=type(value).__name__)


def _is_name(name: object) -> bool:
    if not isinstance(name, dict) or not set(name) <= _NAME_PARTS | _NAME_FLAGS:
        return False
    return all(isinstance(name[k], str) for k in _NAME_PARTS & set(name)) and all(
        isinstance(name[k], str | int | float | bool) for k in _NAME_FLAGS & set(name)
    )


def _is_date(date: object) -> bool:
    if not isinstance(date, dict) or not set(date) <= _DATE_PARTS:
        return False
    if any(not isinstance(date[k], str) for k in ("literal", "raw") if k in date):
        return False
    parts = date.get("date-parts", [[0]])
    return (
        isinstance(parts, list) and 1 <= len(parts) <= 2
        and all(isinstance(p, list) and 1 <= len(p) <= 3 and all(isinstance(x, str | int | float) and not isinstance(x, bool) for x in p) for p in parts)
    )  # fmt: skip


def _reference(item: object, index: int) -> Reference:
    label = Message("csl_item", index=index)
    if isinstance(item, dict) and isinstance(item.get("id"), str | int):
        label = Message("csl_item_with_id", index=index, id=str(item["id"])[:40])
    problem = item_problem(item)
    if problem:
        return Reference(label, None, problem=problem)
    assert isinstance(item, dict)
    for key, value in item.items():
        garbled = mojibake(value) if isinstance(value, str) else None
        if garbled:
            _offset, found, meant = garbled
            return Reference(label, None, problem=Message("csl_garbled", key=key, found=found, meant=meant, advice=GARBLED_ADVICE))
    title = clean(item.get("title", "")) or clean(item.get("title-short", ""))
    if not title:
        return Reference(label, None, problem=Message("csl_no_title"))
    notices: list[str] = []
    published_at, published_text = _issued(item.get("issued"))
    fields = {
        "title": title,
        "publication": clean(item.get("container-title", ""))[:300],
        "section": clean(item.get("section", ""))[:200],
        "published_at": published_at,
        "published_text": published_text,
        "url": clean(item.get("URL", "")),
        "doi": checked_doi(item.get("DOI", ""), notices),
        "language": clean(item.get("language", ""))[:35],
        "notes": notes_of(item.get("abstract", ""), item.get("note", "")),
    }
    authors = [a for a in (_author(n) for n in item.get("author", [])) if a]
    keywords = [clean(k) for k in re.split(r"[,;]", item.get("keyword", "")) if clean(k)]
    provenance = {"source": "CSL-JSON", "type": item["type"], "id": str(item["id"])}
    return Reference(label, reference_document(fields, authors, provenance), keywords, notices=notices)


def _issued(date: dict | None):
    if not date:
        return None, ""
    parts = date.get("date-parts")
    if parts:
        numbers = [str(p) for p in parts[0]]
        return date_of("-".join(numbers))
    return date_of(date.get("raw") or date.get("literal") or "")


def _author(name: dict) -> ParsedActor | None:
    if name.get("literal"):
        return ParsedActor(name=clean(name["literal"]), type="organisation")
    family = " ".join(filter(None, [name.get("non-dropping-particle", ""), name.get("family", "")]))
    given = " ".join(filter(None, [name.get("given", ""), name.get("dropping-particle", "")]))
    if not clean(family + given):
        return None
    found = person(family, given)
    if name.get("suffix"):
        found.name = f"{found.name} {clean(name['suffix'])}"
    return found
