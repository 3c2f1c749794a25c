"""How a revision reads in the History tab: field values as text, and word differences as HTML.

Plain functions of plain values (no widgets), so the History tab and its tests share them.
A record's state holds links by UUID (tags, actors, a quote's document); ``names`` maps those
UUIDs to what a person recognises (a tag's path, an actor's name, a document's title).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from difflib import SequenceMatcher

REMOVED_STYLE = "background-color:#f9d0d0; color:#7a1010; text-decoration:line-through"
ADDED_STYLE = "background-color:#c9efc9; color:#0b4d0b"
ELIDE_AFTER = 400  # characters: a longer text shows its changes with some words around each
CONTEXT_WORDS = 12  # words kept on each side of a change in a long text
HIDDEN_FIELDS = ("proposal_payloads",)  # kept with a removal so undo can bring proposals back
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")  # words, runs of space, single punctuation marks


def field_label(name: str) -> str:
    """``published_text`` → "Published text"."""
    return name.replace("_", " ").capitalize()


def value_text(name: str, value: object, names: Mapping[str, str]) -> str:
    """A state's field value as one line (or paragraph) of plain text; "" for no value."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if name == "proposals" and isinstance(value, dict):
        counts: dict[str, int] = {}
        for status in value.values():
            counts[str(status)] = counts.get(str(status), 0) + 1
        return ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    if name == "deleted":
        return f"in the trash since {str(value).replace('T', ' ')[:16]}"
    if name == "actors" and isinstance(value, list):
        return "; ".join(f"{_name(uuid, names)} ({role})" for uuid, role in value)
    if name == "relations" and isinstance(value, list):
        return "; ".join(f"{relation} {_name(uuid, names)}" for relation, uuid in value)
    if name == "identifiers" and isinstance(value, list):
        return "; ".join(f"{scheme}: {ident}" for scheme, ident in value)
    if isinstance(value, list):
        return ", ".join(_name(str(item), names) for item in value)
    if isinstance(value, str):
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
    return names.get(uuid) or f"(removed record {uuid[:8]})"
