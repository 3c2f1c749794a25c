"""The work behind each CLI subcommand; ``run`` dispatches on ``args.command``."""

from __future__ import annotations

import sys
import textwrap
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from catalog import (
    KWIC_RECORDS,
    Catalog,
    InvalidInput,
    NotFound,
    current_author,
    date_problem,
    distinct_names,
    files_to_import,
    is_catalog,
    kwic_lines,
    listed_outcomes,
    new_catalogue_problem,
    outcome_counts,
    outcome_summary,
    to_json,
    write_kwic_csv,
)
from catalog.cli import (
    cite_commands,
    history_commands,
    proposal_commands,
    render,
    statement_commands,
)
from catalog.cli.bundle_commands import cmd_bundle
from catalog.cli.render import dump_json


def run(path: Path, args, out: TextIO, err: TextIO = sys.stderr) -> int:
    create = args.command in ("init", "import") or (args.command == "bundle" and args.action == "import")
    problem = new_catalogue_problem(Path(path)) if create else None
    if problem is not None:
        raise InvalidInput(problem)  # no catalogue is written in among someone's files
    if args.command == "init":
        existed = is_catalog(path)
        with Catalog(path):
            pass
        print(f"{'Catalogue already exists' if existed else 'Created catalogue'}: {path}", file=out)
        return 0
    if args.command == "restore":
        return cmd_restore_backup(path, args, out)
    if args.command == "cite" and args.styles:
        return cite_commands.list_styles(out)
    read_only = None if _only_reads(args) else False
    author = current_author(getattr(args, "author", None))
    # check reports a missing or stale index (and --repair rebuilds it) rather than rebuilding
    # it silently on opening: at a million documents that is most of an hour, and it hid the
    # problem check is there to report
    index_repair = "later" if args.command == "check" else "now"
    with Catalog(path, create=create, read_only=read_only, author=author, index_repair=index_repair) as catalog:
        if catalog.read_only:
            print(f"pressmark: note: {catalog.in_use_by} is using this catalogue; reading only", file=err)
        return COMMANDS[args.command](catalog, args, out)


READ_COMMANDS = {"list", "show", "search", "stats", "check", "history", "cite"}
# actions of a command that change no record: they run read-only when another program writes
READ_ACTIONS = {("quote", "list"), ("quote", "trace"), ("statements", "reused"), ("proposals", "list")}


def _only_reads(args) -> bool:
    if getattr(args, "repair", False):
        return False
    return args.command in READ_COMMANDS or (args.command, getattr(args, "action", None)) in READ_ACTIONS


def _json(args) -> bool:
    return bool(getattr(args, "json", False))


def cmd_import(catalog: Catalog, args, out: TextIO) -> int:
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"pressmark: {p}: no such file or folder", file=sys.stderr)
    if args.batch < 1:
        raise InvalidInput("--batch must be at least 1")
    found = [p for p in args.paths if p.exists()]
    shown = ProgressNames(found)

    def progress(done: int, total: int, message: str) -> None:
        if not _json(args):
            print(f"[{done}/{total}] {shown.say(message)}", file=out, flush=True)

    outcomes = catalog.documents.import_paths(found, progress=progress, batch=args.batch)
    listed, counts = listed_outcomes(outcomes), outcome_counts(outcomes)
    for outcome in listed:
        if outcome.status != "imported" and not _json(args):
            print(f"  {outcome.message}", file=out)
    archives = catalog.documents.archive_tallies(outcomes)
    if _json(args):
        report = {"outcomes": [{k: v for k, v in vars(o).items() if k != "changes"} for o in outcomes], **counts}
        dump_json({**report, "web_archives": [vars(t) for t in archives]}, out)
    else:
        for tally in archives:
            print(tally.line(), file=out)
        print(outcome_summary(outcomes), file=out)
    return 1 if counts["failed"] or missing or not outcomes else 0


class ProgressNames:
    """Names an import's progress lines by each file's path, with as many folders as it takes
    to tell it from the others (``aclu/source.html``, ``cnn/source.html``), where the
    catalogue's lines give the bare file name. The files are listed as the import lists them,
    and each line for a name takes that name's next file: files are imported in that order."""

    def __init__(self, paths: list[Path]):
        files, _refused = files_to_import(paths)
        self._next: dict[str, deque[str]] = {}
        for file, name in zip(files, distinct_names([str(f) for f in files]), strict=True):
            self._next.setdefault(file.name, deque()).append(name)

    def say(self, message: str) -> str:
        """``message`` ("imported: source.html") with the file's distinct name in it."""
        status, colon, name = message.partition(": ")
        waiting = self._next.get(name)
        return f"{status}{colon}{waiting.popleft()}" if colon and waiting else message


def cmd_list(catalog: Catalog, args, out: TextIO) -> int:
    what = args.what
    rows: Sequence[Any]
    if args.kind and what != "documents":
        raise InvalidInput("--kind lists documents only: pressmark list documents --kind page")
    if what == "documents":
        rows = catalog.documents.find(limit=args.limit, sort=args.sort, kind=args.kind)
        lines = [render.document_line(v) for v in rows]
    elif what == "quotes":
        rows = catalog.quotes.find(limit=args.limit)
        lines = [render.quote_line(v) for v in rows]
    elif what == "actors":
        rows = catalog.actors.find(limit=args.limit)
        lines = [render.actor_line(v) for v in rows]
    elif what == "tags":
        rows = catalog.tags.find()[: args.limit] if args.limit else catalog.tags.find()
        lines = [render.tag_line(v) for v in rows]
    elif what == "trash":
        rows = catalog.trash.items()[: args.limit] if args.limit else catalog.trash.items()
        lines = [f"{i.uuid[:8]}  {i.kind:<8}  {i.deleted_at}  {i.label}" for i in rows]
    else:
        publications = catalog.documents.publications()
        if _json(args):
            dump_json(publications, out)
            return 0
        lines = [f"{count:>6}  {name}" for name, count in publications.items()]
        rows = []
    if _json(args):
        dump_json(to_json(list(rows)), out)
    else:
        for line in lines:
            print(line, file=out)
        if not lines:
            print(f"(no {what})", file=out)
    return 0


def _listing(records: list, line: Callable[[Any], str], args, out: TextIO, *, empty: str = "", noun: str = "") -> None:
    """Print ``records`` as JSON (``--json``) or one ``line`` each, then ``empty`` when there
    are none, or the count with ``noun`` ("2 possible duplicates")."""
    if _json(args):
        dump_json(to_json(records), out)
        return
    for record in records:
        print(line(record), file=out)
    if noun:
        print(f"{len(records)} {noun}{'s' if len(records) != 1 else ''}", file=out)
    elif empty and not records:
        print(empty, file=out)


def cmd_show(catalog: Catalog, args, out: TextIO) -> int:
    view = None
    for getter in (catalog.documents.get, catalog.quotes.get, catalog.actors.get):
        try:
            view = getter(args.ref)
            break
        except (NotFound, InvalidInput):
            continue
    if view is None:
        ref = args.ref if len(args.ref) <= 60 else args.ref[:59] + "…"
        raise NotFound(f"no document, quote or actor “{ref}”")
    if _json(args):
        dump_json(to_json(view), out)
    else:
        print(render.record(view), file=out)
    return 0


def cmd_search(catalog: Catalog, args, out: TextIO) -> int:
    text = " ".join(args.query)
    if args.csv is not None and not args.kwic:
        raise InvalidInput("--csv writes the lines of --kwic: add --kwic")
    try:
        if args.kwic:
            return _search_kwic(catalog, text, args, out)
        results = catalog.search.run(text, limit=args.limit or 20, record_type=args.type)
    except InvalidInput as exc:
        # a date the search cannot read is named, with where it is, rather than echoed
        dated = date_problem(catalog.search.parser(), text)
        if dated is None:
            raise
        raise InvalidInput(f"cannot read the search “{text}”: {dated}") from exc
    labels = render.hit_labels(catalog, results.hits)
    if _json(args):
        dump_json(
            {
                "query": results.query,
                "total": results.total,
                "hits": [{**vars(h), "label": labels[h.key]} for h in results.hits],
                "facets": results.facets,
            },
            out,
        )
        return 0
    print(render.search_results(results, labels, color=out.isatty()), file=out)
    return 0


def _search_kwic(catalog: Catalog, text: str, args, out: TextIO) -> int:
    """``search --kwic``: every occurrence of the query's words in the documents and quotes it
    finds, as a concordance, JSON, or CSV (``--csv FILE``)."""
    if args.words < 0:
        raise InvalidInput("--words cannot be below 0")
    lines = kwic_lines(catalog, text, words=args.words, records=args.limit or KWIC_RECORDS)
    if args.type:
        lines = [line for line in lines if line.kind == args.type]
    if args.csv is not None:
        if str(args.csv) == "-":
            write_kwic_csv(lines, out)
            return 0
        with open(args.csv, "w", encoding="utf-8", newline="") as stream:
            count = write_kwic_csv(lines, stream)
        print(f"Wrote {count} {'line' if count == 1 else 'lines'} to {args.csv}", file=out)
        return 0
    if _json(args):
        dump_json({"query": text, "lines": [vars(line) for line in lines]}, out)
        return 0
    print(render.kwic_table(lines, text, color=out.isatty()), file=out)
    return 0


def cmd_quote(catalog: Catalog, args, out: TextIO) -> int:
    if args.action == "trace":
        return statement_commands.cmd_trace(catalog, args, out)
    if args.action == "list":
        quotes = catalog.quotes.find(document=args.document, speaker=args.speaker, tag=args.tag, limit=args.limit)
        _listing(quotes, render.quote_line, args, out, empty="(no quotes)")
        return 0
    doc = catalog.documents.get(args.document)
    if args.text is not None:
        needle = " ".join(args.text.split())
        start = doc.body.find(needle)
        if start < 0:
            raise InvalidInput(f"“{args.text}” is not in the text of “{doc.title}”")
        span = (start, start + len(needle))
    else:
        span = tuple(args.span)
    uuid, _ = catalog.quotes.add(
        doc.uuid, span[0], span[1], kind=args.kind, speaker=args.speaker, note=args.note,
        tags=args.tag, new_speaker_type=args.new_speaker,
    )  # fmt: skip
    print(f"Added quote {uuid}", file=out)
    return 0


def cmd_actor(catalog: Catalog, args, out: TextIO) -> int:
    if args.action == "add":
        identifiers = {}
        for item in args.id:
            scheme, sep, value = item.partition("=")
            if not sep or not scheme or not value:
                raise InvalidInput(f"“{item}” is not SCHEME=VALUE (e.g. wikidata=Q42)")
            identifiers[scheme] = value
        uuid, _ = catalog.actors.add(args.name, args.type, args.alias, identifiers, args.description, args.dates)
        print(f"Added actor {uuid}", file=out)
    elif args.action == "merge":
        keep = catalog.actors.get(args.keep)
        catalog.actors.merge(args.keep, args.other)
        print(f"Merged “{args.other}” into “{keep.name}”", file=out)
    elif args.action == "list":
        _listing(catalog.actors.find(type=args.type, limit=args.limit), render.actor_line, args, out)
    elif args.action == "link":
        catalog.actors.link(args.document, args.actor, args.role)
        print("Linked", file=out)
    elif args.action == "relate":
        catalog.actors.relate(args.subject, args.relation, args.object)
        print("Related", file=out)
    elif args.action == "unrelate":
        catalog.actors.unrelate(args.subject, args.relation, args.object)
        print("Unrelated", file=out)
    elif args.action == "alias":
        actor = catalog.actors.get(args.actor)
        catalog.actors.update(actor.uuid, aliases=[*actor.aliases, *args.aliases])
        print(f"Aliases of {actor.name}: {', '.join(catalog.actors.get(actor.uuid).aliases)}", file=out)
    elif args.action == "duplicates":
        if not 0 <= args.min_score <= 1:
            raise InvalidInput("--min-score is from 0 to 1 (0.75 by default)")
        pairs = catalog.actors.duplicates(args.min_score, args.type, args.limit)
        _listing(pairs, render.duplicate_line, args, out, noun="possible duplicate")
    elif args.action == "different":
        changes = catalog.actors.mark_different(args.first, args.second)
        print("Marked as different" if changes else "Already marked as different", file=out)
    elif args.action == "said":
        _listing(catalog.actors.said(args.actor, about=args.about), render.spoken_quote, args, out, noun="quote")
    return 0


def cmd_tag(catalog: Catalog, args, out: TextIO) -> int:
    if args.action == "add":
        if args.refs:
            changes = catalog.tags.apply(args.refs, args.path)
            if args.colour:
                catalog.tags.add(args.path, args.colour)
            print(f"Tagged {len(args.refs)} record{'' if len(args.refs) == 1 else 's'} “{args.path}” ({changes.summary()})", file=out)
        else:
            catalog.tags.add(args.path, args.colour)
            print(f"Tag “{args.path}” ready", file=out)
    elif args.action == "remove":
        catalog.tags.remove(args.refs, args.path)
        print(f"Removed “{args.path}”", file=out)
    elif args.action == "rename":
        catalog.tags.rename(args.path, args.new_path)
        print(f"Renamed “{args.path}” to “{args.new_path}”", file=out)
    elif args.action == "merge":
        catalog.tags.merge(args.source, args.target)
        print(f"Merged “{args.source}” into “{args.target}”", file=out)
    elif args.action == "delete":
        catalog.tags.delete(args.path)
        print(f"Deleted tag “{args.path}”", file=out)
    else:
        _listing(catalog.tags.find(), render.tag_line, args, out)
    return 0


def cmd_suggest(catalog: Catalog, args, out: TextIO) -> int:
    pending = catalog.proposals.find(args.document)
    if args.accept_all:
        count, changes = catalog.proposals.accept_all(args.document)
        if _json(args):
            dump_json({"accepted": count, "changes": changes.summary()}, out)
        else:
            print(f"Accepted {count} proposal(s): {changes.summary()}", file=out)
        return 0
    if _json(args) or args.list or not sys.stdin.isatty():
        if _json(args):
            dump_json([vars(p) for p in pending], out)
        else:
            for p in pending:
                print(f"#{p.id:<5} {p.describe()}", file=out)
            if not pending:
                print("(nothing to review)", file=out)
        return 0
    for p in pending:
        print(f"\n#{p.id} in “{p.document_title}”\n  " + "\n  ".join(textwrap.wrap(p.describe(), 96)), file=out)
        answer = input("  [a]ccept, [r]eject, [s]kip, [q]uit? ").strip().lower()[:1]
        if answer == "a":
            catalog.proposals.accept(p.id)
        elif answer == "r":
            catalog.proposals.reject(p.id)
        elif answer == "q":
            break
    return 0


def cmd_delete(catalog: Catalog, args, out: TextIO) -> int:
    changes = catalog.trash.delete(args.refs)
    print(f"Moved to the trash: {changes.summary()}", file=out)
    return 0


def cmd_undelete(catalog: Catalog, args, out: TextIO) -> int:
    changes = catalog.trash.restore(args.refs)
    print(f"Restored: {changes.summary()}", file=out)
    return 0


def cmd_empty_trash(catalog: Catalog, args, out: TextIO) -> int:
    changes = catalog.trash.empty()
    print(f"Emptied the trash: {changes.summary()}", file=out)
    return 0


def cmd_backup(catalog: Catalog, args, out: TextIO) -> int:
    path = catalog.maintenance.backup(keep=args.keep)
    print(f"Backed up to {path}", file=out)
    return 0


def cmd_restore_backup(path: Path, args, out: TextIO) -> int:
    from catalog import backup

    if args.backup is None:
        backups = backup.list_backups(path)
        for item in backups:
            print(item, file=out)
        if not backups:
            print("(no backups)", file=out)
        return 0
    # without opening the catalogue: its database may be the damage being repaired
    safety = backup.restore_into(path, args.backup)
    with Catalog(path, create=False) as catalog:
        report = catalog.maintenance.check()
    kept = f"the replaced database was kept as {safety.name}" if safety else "there was no database to keep"
    print(f"Restored {args.backup.name}; {kept}", file=out)
    print("The restored catalogue is consistent." if report.ok else "Run `pressmark check` to see problems.", file=out)
    return 0 if report.ok else 1


def cmd_reindex(catalog: Catalog, args, out: TextIO) -> int:
    def progress(done: int, total: int, message: str) -> None:
        print(f"\r{message}: {done}/{total}", end="", file=out, flush=True)

    count = catalog.search.reindex(progress)
    print(f"\nIndexed {count} records", file=out)
    return 0


def cmd_check(catalog: Catalog, args, out: TextIO) -> int:
    report = catalog.maintenance.check(repair=args.repair)
    if _json(args):
        dump_json({"ok": report.ok, "checked": report.checked, "problems": [vars(p) for p in report.problems]}, out)
    else:
        print(render.check_report(report), file=out)
    return 0 if report.ok else 1


def cmd_stats(catalog: Catalog, args, out: TextIO) -> int:
    stats = catalog.maintenance.stats()
    if _json(args):
        dump_json(stats, out)
    else:
        for name, count in stats.items():
            print(f"{name:<10} {count}", file=out)
    return 0


COMMANDS = {
    "bundle": cmd_bundle,
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "search": cmd_search,
    "quote": cmd_quote,
    "actor": cmd_actor,
    "tag": cmd_tag,
    "suggest": cmd_suggest,
    "delete": cmd_delete,
    "undelete": cmd_undelete,
    "backup": cmd_backup,
    "empty-trash": cmd_empty_trash,
    "reindex": cmd_reindex,
    "check": cmd_check,
    "stats": cmd_stats,
    **history_commands.COMMANDS,
    **cite_commands.COMMANDS,
    **proposal_commands.COMMANDS,
    **statement_commands.COMMANDS,
}
