"""``pressmark proposals``: list, accept, reject and restore what import proposed.

The work is in :class:`catalog.services.proposals.ProposalService` (``catalog.proposals``);
here are only the arguments, the filters they make and the printed report. ``list`` groups
the proposals by kind (quotations, pull quotes, people, …) with their evidence and
confidence; ``accept``/``reject`` take ids, or ``--all`` with the same filters as ``list``
(one undoable step). Errors are PressmarkError subclasses, printed by ``main`` as one line.
"""

from __future__ import annotations

import textwrap
from typing import TextIO

from catalog import PROPOSAL_GROUPS, InvalidInput, ProposalFilter, group_words, plural

_KINDS = ("quote", "actor", *PROPOSAL_GROUPS)


def add_parsers(command):
    """Add ``proposals`` and its actions; returns the action parsers' group (for the global
    options). ``command(name, help, json_flag)`` makes one."""
    p = command("proposals", "review what import proposed: list, accept, reject or restore quotes and actors, by kind")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text in (
        ("list", "list proposals grouped by kind, with their evidence and confidence"),
        ("accept", "accept proposals (ids, or --all with filters): quotes and actors are made of them"),
        ("reject", "reject proposals (ids, or --all with filters); `restore` brings one back"),
        ("restore", "bring rejected proposals back to the pending list"),
    ):
        a = sub.add_parser(name, help=help_text, description=help_text)
        if name == "restore":
            a.add_argument("ids", nargs="+", type=int, metavar="ID")
        elif name == "list":
            a.add_argument("document", nargs="?", help="only this document's (id or first characters)")
            a.add_argument("--status", default="pending", choices=("pending", "accepted", "rejected", "all"))
        else:
            a.add_argument("ids", nargs="*", type=int, metavar="ID")
            a.add_argument("--all", action="store_true", help="every pending proposal the filters take")
            a.add_argument("--document", help="with --all: only this document's")
        if name != "restore":
            a.add_argument("--kind", choices=_KINDS, metavar="KIND", help=f"only this kind: {', '.join(_KINDS)}")
            a.add_argument("--min-confidence", type=confidence, default=0.0, metavar="C", help="only at least this confident: 0.7 or 70%%")
            a.add_argument("--text", default="", help="only proposals holding these words (text, speaker, name or document title)")
        a.add_argument("--json", action="store_true", help="print JSON for scripts")
    return sub


def confidence(text: str) -> float:
    """``0.7`` or ``70%`` as 0.7; argparse reports a ValueError as bad usage."""
    value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    if not 0.0 <= value <= 1.0:
        raise ValueError(text)
    return value


def _filter(args, status: str = "pending") -> ProposalFilter:
    document = getattr(args, "document", None)
    return ProposalFilter(document, status, args.kind, args.min_confidence, args.text)


def grouped_lines(proposals, across_documents: bool) -> list[str]:
    """The ``list`` report: a heading per kind ("Quotations (3)"), one wrapped entry per
    proposal with its id, confidence, words and evidence; the document's title when the
    list spans documents."""
    groups: dict[str, list] = {}
    for proposal in proposals:
        groups.setdefault(proposal.group, []).append(proposal)
    lines: list[str] = []
    for group in sorted(groups, key=lambda g: list(PROPOSAL_GROUPS).index(g) if g in PROPOSAL_GROUPS else 99):
        members = groups[group]
        lines.append(f"{group_words(group)} ({len(members)})")
        for p in members:
            words = p.title() + (f": “{p.data.get('exact', '')}”" if p.kind == "quote" else "")
            where = f" [in “{p.document_title}”]" if across_documents else ""
            status = "" if p.status == "pending" else f" ({p.status})"
            head = f"  #{p.id:<5} {p.confidence:>4.0%}  "
            body = textwrap.wrap(f"{words}{where}{status} — {p.evidence}", 96 - len(head))
            lines.append(head + body[0])
            lines.extend(" " * len(head) + more for more in body[1:])
    return lines


def cmd_proposals(catalog, args, out: TextIO) -> int:
    if args.action == "list":
        wanted = _filter(args, args.status)
        found = catalog.proposals.matching(wanted)
        if args.json:
            _dump_json([{**vars(p), "group": p.group, "confidence": p.confidence, "evidence": p.evidence} for p in found], out)
        elif not found:
            print("(no proposals)" if args.status != "pending" else "(nothing to review)", file=out)
        else:
            for line in grouped_lines(found, across_documents=not wanted.document):
                print(line, file=out)
        return 0
    if args.action == "restore":
        for proposal_id in args.ids:
            catalog.proposals.restore(proposal_id)
        return _done(out, args, "restored", len(args.ids), None)
    if args.all == bool(args.ids):
        raise InvalidInput(f"{args.action} what? give proposal ids (see `pressmark proposals list`), or --all")
    if args.ids and (args.kind or args.min_confidence or args.text or args.document):
        raise InvalidInput("--kind, --min-confidence, --text and --document choose proposals for --all; with ids, give only the ids")
    if args.all:
        wanted = _filter(args)
        if args.action == "accept":
            count, changes = catalog.proposals.accept_all(wanted=wanted)
        else:
            count, changes = catalog.proposals.reject_all(wanted)
        return _done(out, args, f"{args.action}ed", count, changes)
    for proposal_id in args.ids:
        if args.action == "accept":
            catalog.proposals.accept(proposal_id)
        else:
            catalog.proposals.reject(proposal_id)
    return _done(out, args, f"{args.action}ed", len(args.ids), None)


def _done(out: TextIO, args, verb: str, count: int, changes) -> int:
    if args.json:
        _dump_json({verb: count, "changes": changes.summary() if changes is not None else None}, out)
        return 0
    line = f"{verb.capitalize()} {plural(count, 'proposal')}"
    if changes is not None and changes.summary() != "no change":
        line += f": {changes.summary()}"
    print(line, file=out)
    return 0


def _dump_json(data, out: TextIO) -> None:
    from catalog.cli.render import dump_json  # loaded with the catalogue, not for --help

    dump_json(data, out)


COMMANDS = {"proposals": cmd_proposals}
