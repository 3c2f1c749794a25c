"""``pressmark quote trace`` and ``pressmark statements reused|rebuild``: thin wrappers over
``catalog.statements``.

The work is in :class:`catalog.services.statements.StatementService`; here are the arguments
and the printed report (:func:`trace_lines`, :func:`reused_lines`, pure functions of what the
service returns). Errors are PressmarkError subclasses, printed by ``main`` as one line.
"""

from __future__ import annotations

from typing import TextIO

_SHOWN = 90  # characters of a passage shown on its line; --json gives it whole


def add_trace_parser(quote_actions) -> None:
    """Add ``trace`` to the actions of ``pressmark quote``."""
    q = quote_actions.add_parser(
        "trace", help="where else the quote's statement appears: the documents, first appearance marked, and the words they changed"
    )
    q.add_argument("quote", metavar="ID", help="id (or first characters) of the quote")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")


def add_parsers(command):
    """Add ``pressmark statements``; ``command(name, help, json_flag)`` makes one. Returns its
    actions, for the options every command takes."""
    p = command("statements", "passages several documents carry: list them, or rebuild what finds them")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("reused", help="every passage carried by several documents, most documents first")
    s.add_argument("--min-documents", type=int, default=2, help="carried by at least this many documents (default 2)")
    s.add_argument("--limit", type=int, help="at most this many passages (default: all)")
    s.add_argument("--json", action="store_true", help="print JSON for scripts")
    actions.add_parser("rebuild", help="find the passages of every document again (statements.sqlite)")
    return actions


def _json_of(value):
    from catalog import to_json  # loaded with the catalogue, not for --help

    return to_json(value)


def _dump_json(data, out: TextIO) -> None:
    from catalog.cli.render import dump_json

    dump_json(data, out)


def _progress(out: TextIO, quiet: bool):
    def report(done: int, total: int, message: str) -> None:
        if not quiet and total >= 1000:  # only work long enough to wait for
            print(f"\r{message}: {done}/{total}", end="", file=out, flush=True)

    return report


def cmd_trace(catalog, args, out: TextIO) -> int:
    occurrences = catalog.statements.trace(args.quote, _progress(out, args.json))
    notice = catalog.statements.repaired
    if args.json:
        _dump_json({"occurrences": _json_of(occurrences), "notice": notice}, out)
        return 0
    if notice:
        print(f"note: {notice}", file=out)
    print("\n".join(trace_lines(occurrences)), file=out)
    return 0


def cmd_statements(catalog, args, out: TextIO) -> int:
    if args.action == "rebuild":
        count = catalog.statements.rebuild(_progress(out, False))
        print(f"\nFound {count} passages", file=out)
        return 0
    if args.min_documents < 2:
        from catalog import InvalidInput

        raise InvalidInput("a passage is reused when at least 2 documents carry it: --min-documents is 2 or more")
    found = catalog.statements.reused(_progress(out, args.json), min_documents=args.min_documents)
    shown = found[: args.limit] if args.limit else found
    notice = catalog.statements.repaired
    if args.json:
        _dump_json({"passages": [_json_of(r) | {"documents": r.documents} for r in shown], "notice": notice}, out)
        return 0
    if notice:
        print(f"note: {notice}", file=out)
    print("\n".join(reused_lines(shown, len(found))), file=out)
    return 0


def trace_lines(occurrences) -> list[str]:
    """The occurrences of a traced statement, one line each in date order (``first`` marks the
    first appearance, ``quote`` the traced quote's own), each followed by the words it changed."""
    others = len(occurrences) - 1
    lines = [f"{'No other document carries' if others == 0 else f'{others} other document(s) carry'} this statement:"]
    for occurrence in occurrences:
        lines.append(_occurrence_line(occurrence))
        lines.extend(f"      {line}" for line in change_lines(occurrence.changes))
    return lines


def reused_lines(found, total: int) -> list[str]:
    """Reused passages, each with the documents carrying it (the first appearance marked)."""
    if not found:
        return ["No passage is carried by several documents."]
    lines = [f"{total} passage(s) carried by several documents" + (f"; the first {len(found)}:" if len(found) < total else ":")]
    for reused in found:
        lines.append("")
        lines.append(f"“{_short(reused.text)}” — {reused.documents} documents")
        lines.extend(_occurrence_line(o) for o in reused.occurrences)
    return lines


def change_lines(changes) -> list[str]:
    """The words that differ, one line per change, as ``changed: “new” for “old”``."""
    return [change.describe(": ") for change in changes]


def _occurrence_line(occurrence) -> str:
    mark = "first" if occurrence.first else ""
    if occurrence.is_quote:
        mark = f"{mark}, quote" if mark else "quote"
    date = occurrence.published_at.strftime("%Y-%m-%d") if occurrence.published_at else "undated"
    where = f"{occurrence.start}–{occurrence.end}"
    return (
        f"{mark:<12} {date:<10}  {occurrence.document[:8]}  {occurrence.similarity:4.2f}  {where:<11}  "
        f"{(occurrence.publication or '—')[:20]:<20}  {occurrence.title}"
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


COMMANDS = {"statements": cmd_statements}
