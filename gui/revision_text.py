"""How a revision reads in the History tab: field values as text, and word differences as HTML.

Plain functions of plain values (no widgets), so the History tab and its tests share them; the
words they add (a field's name, the catalogue's words a value holds) are in the interface
language.
A record's state holds links by UUID (tags, actors, a quote's document); ``names`` maps those
UUIDs to what a person recognises (a tag's path, an actor's name, a document's title).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from difflib import SequenceMatcher

from gui.i18n import QT_TRANSLATE_NOOP, clauses, isolated, listed, translate
from gui.theme import actor_type_label, kind_label, role_label

REMOVED_STYLE = "background-color:#f9d0d0; color:#7a1010; text-decoration:line-through"
ADDED_STYLE = "background-color:#c9efc9; color:#0b4d0b"
ELIDE_AFTER = 400  # characters: a longer text shows its changes with some words around each
CONTEXT_WORDS = 12  # words kept on each side of a change in a long text
HIDDEN_FIELDS = ("proposal_payloads",)  # kept with a removal so undo can bring proposals back
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")  # words, runs of space, single punctuation marks


# a record's fields, as the History tab and a bundle's conflicts name them (translated by
# field_label; English is the field's name, "published_text" → "Published text")
FIELD_LABELS = {
    # a document's
    "title": QT_TRANSLATE_NOOP("RevisionText", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("RevisionText", "Subtitle"),
    "publication": QT_TRANSLATE_NOOP("RevisionText", "Publication"),
    "section": QT_TRANSLATE_NOOP("RevisionText", "Section"),
    "published_at": QT_TRANSLATE_NOOP("RevisionText", "Published at"),
    "published_text": QT_TRANSLATE_NOOP("RevisionText", "Published text"),
    "url": QT_TRANSLATE_NOOP("RevisionText", "Url"),
    "short_url": QT_TRANSLATE_NOOP("RevisionText", "Short url"),
    "doi": QT_TRANSLATE_NOOP("RevisionText", "Doi"),
    "language": QT_TRANSLATE_NOOP("RevisionText", "Language"),
    "image_caption": QT_TRANSLATE_NOOP("RevisionText", "Image caption"),
    "body": QT_TRANSLATE_NOOP("RevisionText", "Body"),
    "end_matter": QT_TRANSLATE_NOOP("RevisionText", "End matter"),
    "text_sha256": QT_TRANSLATE_NOOP("RevisionText", "Text sha256"),
    "original_name": QT_TRANSLATE_NOOP("RevisionText", "Original name"),
    "original_format": QT_TRANSLATE_NOOP("RevisionText", "Original format"),
    "original_sha256": QT_TRANSLATE_NOOP("RevisionText", "Original sha256"),
    "original_size": QT_TRANSLATE_NOOP("RevisionText", "Original size"),
    "notes": QT_TRANSLATE_NOOP("RevisionText", "Notes"),
    "rights": QT_TRANSLATE_NOOP("RevisionText", "Rights"),
    "page_kind": QT_TRANSLATE_NOOP("RevisionText", "Page kind"),
    "provenance": QT_TRANSLATE_NOOP("RevisionText", "Provenance"),
    "accessioned_at": QT_TRANSLATE_NOOP("RevisionText", "Accessioned at"),
    "captured_at": QT_TRANSLATE_NOOP("RevisionText", "Captured at"),
    "actors": QT_TRANSLATE_NOOP("RevisionText", "Actors"),
    "tags": QT_TRANSLATE_NOOP("RevisionText", "Tags"),
    "proposals": QT_TRANSLATE_NOOP("RevisionText", "Proposals"),
    "deleted": QT_TRANSLATE_NOOP("RevisionText", "Deleted"),
    # a quote's
    "start": QT_TRANSLATE_NOOP("RevisionText", "Start"),
    "end": QT_TRANSLATE_NOOP("RevisionText", "End"),
    "exact": QT_TRANSLATE_NOOP("RevisionText", "Exact"),
    "prefix": QT_TRANSLATE_NOOP("RevisionText", "Prefix"),
    "suffix": QT_TRANSLATE_NOOP("RevisionText", "Suffix"),
    "kind": QT_TRANSLATE_NOOP("RevisionText", "Kind"),
    "note": QT_TRANSLATE_NOOP("RevisionText", "Note"),
    "document": QT_TRANSLATE_NOOP("RevisionText", "Document"),
    "speaker": QT_TRANSLATE_NOOP("RevisionText", "Speaker"),
    # an actor's, a tag's, a saved search's
    "type": QT_TRANSLATE_NOOP("RevisionText", "Type"),
    "name": QT_TRANSLATE_NOOP("RevisionText", "Name"),
    "description": QT_TRANSLATE_NOOP("RevisionText", "Description"),
    "dates": QT_TRANSLATE_NOOP("RevisionText", "Dates"),
    "aliases": QT_TRANSLATE_NOOP("RevisionText", "Aliases"),
    "identifiers": QT_TRANSLATE_NOOP("RevisionText", "Identifiers"),
    "relations": QT_TRANSLATE_NOOP("RevisionText", "Relations"),
    "colour": QT_TRANSLATE_NOOP("RevisionText", "Colour"),
    "parent": QT_TRANSLATE_NOOP("RevisionText", "Parent"),
    "query": QT_TRANSLATE_NOOP("RevisionText", "Query"),
}
# the catalogue's words a field holds, as the window says them
PROPOSAL_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("RevisionText", "pending"),
    "accepted": QT_TRANSLATE_NOOP("RevisionText", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("RevisionText", "rejected"),
}
PAGE_KIND_LABELS = {
    "article": QT_TRANSLATE_NOOP("RevisionText", "article"),
    "page": QT_TRANSLATE_NOOP("RevisionText", "page"),
    "reference": QT_TRANSLATE_NOOP("RevisionText", "reference"),
}


def field_label(name: str) -> str:
    """``published_text`` → "Published text", in the interface language."""
    if name in FIELD_LABELS:
        return translate("RevisionText", FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def value_text(name: str, value: object, names: Mapping[str, str]) -> str:
    """A state's field value as one line (or paragraph) of plain text, the catalogue's own
    words (a kind, a type, a role, a status) in the interface language; "" for no value."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if name == "proposals" and isinstance(value, dict):
        counts: dict[str, int] = {}
        for status in value.values():
            counts[str(status)] = counts.get(str(status), 0) + 1
        return listed(
            translate("RevisionText", "{count} {status}").format(count=n, status=_word(PROPOSAL_STATUSES, status))
            for status, n in sorted(counts.items())
        )
    if name == "deleted":
        since = isolated(str(value).replace("T", " ")[:16])  # a date keeps its order in a right-to-left sentence
        return translate("RevisionText", "in the trash since {when}").format(when=since)
    if name == "actors" and isinstance(value, list):
        return clauses(f"{_name(uuid, names)} ({role_label(role)})" for uuid, role in value)
    if name == "relations" and isinstance(value, list):
        return clauses(f"{relation} {_name(uuid, names)}" for relation, uuid in value)
    if name == "identifiers" and isinstance(value, list):
        return clauses(f"{scheme}: {ident}" for scheme, ident in value)
    if isinstance(value, list):
        return listed(_name(str(item), names) for item in value)
    if isinstance(value, str):
        if name == "kind":
            return kind_label(value)
        if name == "type":
            return actor_type_label(value)
        if name == "page_kind":
            return _word(PAGE_KIND_LABELS, value)
        return _name(value, names) if UUID.fullmatch(value) else value
    return str(value)


def uuids_in(value: object) -> set[str]:
    """Every UUID a state value names (to look their names up before showing it)."""
    return set(UUID.findall(repr(value)))


def word_diff(old: str, new: str) -> tuple[str, str]:
    """The two sides of a change as HTML, with the words only ``old`` has struck through in red
    and those only ``new`` has in green; text is escaped. In a long text the unchanged stretches
    between changes shrink to a few words either side of each change ("…")."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    elide = max(len(old), len(new)) > ELIDE_AFTER
    old_parts: list[str] = []
    new_parts: list[str] = []
    opcodes = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for position, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            same = _shared(before[i1:i2], first=position == 0, last=position == len(opcodes) - 1, elide=elide)
            old_parts.append(same)
            new_parts.append(same)
            continue
        if i2 > i1:
            old_parts.append(f'<span style="{REMOVED_STYLE}">{_escape("".join(before[i1:i2]))}</span>')
        if j2 > j1:
            new_parts.append(f'<span style="{ADDED_STYLE}">{_escape("".join(after[j1:j2]))}</span>')
    return "".join(old_parts), "".join(new_parts)


def plain_html(text: str, limit: int = ELIDE_AFTER) -> str:
    """``text`` escaped for HTML, cut after ``limit`` characters ("…")."""
    return _escape(text if len(text) <= limit else text[:limit].rstrip() + " …")


def _shared(tokens: list[str], *, first: bool, last: bool, elide: bool) -> str:
    words = [i for i, token in enumerate(tokens) if not token.isspace()]
    if not elide or len(words) <= 2 * CONTEXT_WORDS:
        return _escape("".join(tokens))
    head = "" if first else "".join(tokens[: words[CONTEXT_WORDS - 1] + 1])
    tail = "" if last else "".join(tokens[words[-CONTEXT_WORDS] :])
    return f"{_escape(head)} <span style=\"color:#777\">…</span> {_escape(tail)}"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _name(uuid: str, names: Mapping[str, str]) -> str:
    return names.get(uuid) or translate("RevisionText", "(removed record {id})").format(id=uuid[:8])


def _word(words: Mapping[str, str], value: str) -> str:
    return translate("RevisionText", words[value]) if value in words else value
