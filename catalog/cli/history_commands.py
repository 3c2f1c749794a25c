"""``pressmark undo|redo|history|edit``: thin wrappers over ``catalog.history`` and the editors.

The work is in :class:`catalog.revisions.history.HistoryService` and the catalogue's
``update_document`` / ``update_quote`` / ``update_actor``; here are only the arguments and the
printed report. Errors are PressmarkError subclasses, printed by ``main`` as one line.
"""

from __future__ import annotations

from typing import TextIO

from catalog import ACTOR_EDITABLE as ACTOR_FIELDS
from catalog import ACTOR_TYPES, QUOTE_KINDS, InvalidInput
from catalog import DOCUMENT_EDITABLE as DOCUMENT_FIELDS
from catalog import QUOTE_EDITABLE as QUOTE_FIELDS

_SHOWN = 160  # characters of a value shown in the history; --json gives them whole


def add_parsers(command) -> None:
    """Add the subcommands to the parser; ``command(name, help, json_flag)`` makes one."""
    command("undo", "undo the last change made to this catalogue (by the window or the command line)", True)
    command("redo", "redo the change undone last", True)
    p = command("history", "who changed what and when: the whole catalogue's operations, or one record's revisions", True)
    p.add_argument("ref", nargs="?", help="id (or first characters) of a document, quote or actor")
    p.add_argument("--limit", type=int, default=30, help="at most this many entries (default 30)")
    p = command("edit", "edit a document, quote or actor: pressmark edit ID title='New title' notes=…", True)
    p.add_argument("ref", help="id (or first characters) of a document, quote or actor")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help=_edit_help())


def _edit_help() -> str:
    return (
        f"document: {', '.join(sorted(DOCUMENT_FIELDS))}; quote: {', '.join(QUOTE_FIELDS)} "
        f"(kind one of {', '.join(QUOTE_KINDS)}); actor: {', '.join(ACTOR_FIELDS)} (type one of "
        f"{', '.join(ACTOR_TYPES)}; aliases as a|b|c, identifiers as scheme:value|…)"
    )


def _dump_json(data, out: TextIO) -> None:
    from catalog.cli.render import dump_json  # loaded with the catalogue, not for --help

    dump_json(data, out)


def _record_uuid(catalog, ref: str, include_deleted: bool = False) -> tuple[str, str]:
    return catalog.search.identify(ref, include_deleted=include_deleted)


def cmd_undo(catalog, args, out: TextIO) -> int:
    status = catalog.history.undo_status()
    changes = catalog.history.undo()
    return _report(out, args, "undone", status.undo, changes)


def cmd_redo(catalog, args, out: TextIO) -> int:
    status = catalog.history.undo_status()
    changes = catalog.history.redo()
    return _report(out, args, "redone", status.redo, changes)


def _report(out: TextIO, args, verb: str, label: str, changes) -> int:
    if args.json:
        _dump_json({verb: label, "changes": changes.summary()}, out)
    else:
        print(f"{verb.capitalize()}: {label} ({changes.summary()})", file=out)
    return 0


def cmd_history(catalog, args, out: TextIO) -> int:
    if args.ref:
        _kind, uuid = _record_uuid(catalog, args.ref, include_deleted=True)
        views = catalog.history.of(uuid, limit=args.limit)
        if args.json:
            _dump_json([_revision_json(v) for v in views], out)
            return 0
        for view in views:
            print(f"{view.at.astimezone():%Y-%m-%d %H:%M}  {view.author}  {view.label}  [{view.action} {view.rev_id[:8]}]", file=out)
            for name, (old, new) in sorted(view.changes.items()):
                if view.action == "update":
                    print(f"    {name}: {_short(old)} → {_short(new)}", file=out)
        return 0
    operations = catalog.history.operations(limit=args.limit)
    if args.json:
        _dump_json([vars(o) | {"at": o.at.isoformat()} for o in operations], out)
        return 0
    for operation in operations:
        state = {"open": "", "undone": "  (undone)", "closed": ""}[operation.undo_state]
        print(f"{operation.at.astimezone():%Y-%m-%d %H:%M}  {operation.author}  {operation.label}  ({operation.records} record{'s' if operation.records != 1 else ''}){state}", file=out)
    return 0


def _revision_json(view) -> dict:
    return {
        "revision": view.rev_id,
        "parent": view.parent_rev,
        "record": view.record_uuid,
        "type": view.record_type,
        "action": view.action,
        "label": view.label,
        "author": view.author,
        "at": view.at.isoformat(),
        "operation": view.op_id,
        "changes": {name: {"old": old, "new": new} for name, (old, new) in view.changes.items()},
    }


def _short(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def cmd_edit(catalog, args, out: TextIO) -> int:
    fields = parse_assignments(args.assignments)
    kind, uuid = _record_uuid(catalog, args.ref)
    if kind == "document":
        changes = catalog.documents.update(uuid, **fields)
    elif kind == "quote":
        changes = catalog.quotes.update(uuid, **_quote_fields(fields))
    else:
        changes = catalog.actors.update(uuid, **_actor_fields(fields))
    if args.json:
        _dump_json({"record": uuid, "type": kind, "changes": changes.summary()}, out)
    else:
        print(f"Edited {kind} {uuid[:8]}: {', '.join(sorted(fields))}" if changes else f"Nothing to change in {kind} {uuid[:8]}", file=out)
    return 0


def parse_assignments(assignments: list[str]) -> dict[str, str]:
    """``["title=New", "notes="]`` → ``{"title": "New", "notes": ""}``; raises InvalidInput."""
    fields: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not sep or not name:
            raise InvalidInput(f"“{item}” is not FIELD=VALUE (for example title='A new title')")
        if name in fields:
            raise InvalidInput(f"{name} is given twice")
        fields[name] = value
    return fields


def _quote_fields(fields: dict[str, str]) -> dict[str, object]:
    result: dict[str, object] = dict(fields)
    for name in ("start", "end"):
        if name in fields:
            try:
                result[name] = int(fields[name])
            except ValueError:
                raise InvalidInput(f"{name} must be a whole number (a code-point offset)") from None
    return result


def _actor_fields(fields: dict[str, str]) -> dict[str, object]:
    result: dict[str, object] = dict(fields)
    if "aliases" in fields:
        result["aliases"] = [a.strip() for a in fields["aliases"].split("|") if a.strip()]
    if "identifiers" in fields:
        identifiers: dict[str, str] = {}
        for item in filter(None, (i.strip() for i in fields["identifiers"].split("|"))):
            scheme, sep, value = item.partition(":")
            if not sep or not scheme.strip() or not value.strip():
                raise InvalidInput(f"“{item}” is not scheme:value (for example wikidata:Q42)")
            identifiers[scheme.strip()] = value.strip()
        result["identifiers"] = identifiers
    return result


COMMANDS = {"undo": cmd_undo, "redo": cmd_redo, "history": cmd_history, "edit": cmd_edit}
