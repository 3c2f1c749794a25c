"""The ``pressmark`` command line: thin subcommands over :class:`catalog.Catalog`.

Each subcommand is a function ``cmd_x(catalog, args, out) -> int`` that does the work through
the catalogue's API and writes to ``out``. Errors print one clear line on stderr and exit 1
(2 for bad usage).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TextIO

from catalog import (
    ACTOR_TYPES,
    DOCUMENT_SORTS,
    LINK_ROLES,
    LISTS,
    MERGE_POLICIES,
    PAGE_KINDS,
    QUOTE_KINDS,
    RECORD_KINDS,
    SPEAKER_TYPES,
    __version__,
    default_catalog_path,
    describe,
    explain,
)
from catalog.cli import cite_commands, history_commands, proposal_commands, statement_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressmark",
        description="Pressmark: an offline catalogue of news and opinion articles.",
    )
    parser.add_argument("--version", action="version", version=f"Pressmark {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, json_flag: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON for scripts")
        return p

    command("init", "create a catalogue (or check that one exists)")

    p = command(
        "import",
        "import article files or folders (HTML, MHTML, Markdown, text, PDF, DOCX), web archives (WARC, "
        "WARC.gz, WACZ), reference lists (RIS, CSL-JSON .json) or REFI-QDA projects (.qdpx)",
        True,
    )
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--batch", type=int, default=500, help="files committed together (default 500, as Catalog.import_paths)")

    p = command("list", "list documents, quotes, actors or tags", True)
    p.add_argument("what", nargs="?", default="documents", choices=LISTS)
    p.add_argument("--limit", type=int, help="at most this many (default: all)")
    p.add_argument("--sort", default="date", choices=DOCUMENT_SORTS)
    p.add_argument("--kind", choices=PAGE_KINDS, help="only documents of this kind of page (article: not home or shop pages)")

    p = command("show", "print a whole record: metadata, body, end matter, quotes, actors", True)
    p.add_argument("ref", help="id (or first characters of it) of a document, quote or actor; or an actor's name")

    p = command("search", "full-text search: words, \"phrases\", AND/OR/NOT, field:value, vien*, talban~", True)
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, help="at most this many records (default 20; with --kwic 200)")
    p.add_argument("--type", choices=RECORD_KINDS, help="only this kind of record")
    p.add_argument("--kwic", action="store_true", help="each hit in its context: one line per occurrence, the word centred")
    p.add_argument("--words", type=int, default=5, metavar="N", help="with --kwic: words either side of a hit (default 5)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="with --kwic: write the lines as CSV to FILE ('-': standard output)")

    p = command("quote", "add or list quotes")
    qsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = qsub.add_parser("add", help="mark a span of a document's text as a quote")
    q.add_argument("document")
    span = q.add_mutually_exclusive_group(required=True)
    span.add_argument("--text", help="the exact words to find in the body (first occurrence)")
    span.add_argument("--span", nargs=2, type=int, metavar=("START", "END"), help="code-point offsets")
    q.add_argument("--speaker", help="actor id or name")
    q.add_argument("--new-speaker", choices=SPEAKER_TYPES, help="create the speaker if unknown, of this type")
    q.add_argument("--kind", default="quotation", choices=QUOTE_KINDS)
    q.add_argument("--note", default="")
    q.add_argument("--tag", action="append", default=[])
    q = qsub.add_parser("list", help="list quotes")
    q.add_argument("--document")
    q.add_argument("--speaker")
    q.add_argument("--tag")
    q.add_argument("--limit", type=int)
    q.add_argument("--json", action="store_true")
    statement_commands.add_trace_parser(qsub)

    p = command("actor", "add, merge, edit, link and list actors; find possible duplicates; what an actor said")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = asub.add_parser("add", help="create an actor")
    a.add_argument("name")
    a.add_argument("--type", default="person", choices=ACTOR_TYPES)
    a.add_argument("--alias", action="append", default=[])
    a.add_argument("--id", action="append", default=[], metavar="SCHEME=VALUE", help="e.g. wikidata=Q42")
    a.add_argument("--description", default="")
    a.add_argument("--dates", default="")
    a = asub.add_parser("merge", help="fold the second actor into the first (names become aliases)")
    a.add_argument("keep")
    a.add_argument("other")
    a = asub.add_parser("list", help="list actors")
    a.add_argument("--type")
    a.add_argument("--limit", type=int)
    a.add_argument("--json", action="store_true")
    a = asub.add_parser("link", help="record that a document names an actor")
    a.add_argument("document")
    a.add_argument("actor")
    a.add_argument("--role", default="mentioned", choices=LINK_ROLES)
    for action, about in (
        ("relate", "relate two actors, e.g. 'Luke Coffey' 'fellow of' 'Hudson Institute'"),
        ("unrelate", "remove a relation between two actors"),
    ):
        a = asub.add_parser(action, help=about)
        for name in ("subject", "relation", "object"):
            a.add_argument(name)
    a = asub.add_parser("alias", help="add aliases to an actor")
    a.add_argument("actor")
    a.add_argument("aliases", nargs="+")
    a = asub.add_parser("duplicates", help="list pairs of actors that may be one (merge them with `actor merge KEEP OTHER`)")
    a.add_argument("--type", choices=ACTOR_TYPES, help="only actors of this type")
    a.add_argument("--min-score", type=float, default=0.75, help="how alike, from 0 to 1 (default 0.75)")
    a.add_argument("--limit", type=int, help="at most this many pairs (default: all)")
    a.add_argument("--json", action="store_true")
    a = asub.add_parser("different", help="say two actors are not one, so `actor duplicates` no longer lists them")
    a.add_argument("first")
    a.add_argument("second")
    a = asub.add_parser("said", help="what an actor said: their quotes in publication order")
    a.add_argument("actor")
    a.add_argument("--about", default="", help="only quotes holding these words (in the quote, its note or tags)")
    a.add_argument("--json", action="store_true")

    p = command("tag", "create, apply, rename, merge, delete and list tags")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    t = tsub.add_parser("add", help="create a tag (Parent/Child) or apply it to records")
    t.add_argument("path")
    t.add_argument("refs", nargs="*", help="ids of documents, quotes or actors to tag")
    t.add_argument("--colour", default="")
    t = tsub.add_parser("remove", help="take a tag off records")
    t.add_argument("path")
    t.add_argument("refs", nargs="+")
    t = tsub.add_parser("rename", help="rename or move a tag")
    t.add_argument("path")
    t.add_argument("new_path")
    t = tsub.add_parser("merge", help="merge the first tag into the second")
    t.add_argument("source")
    t.add_argument("target")
    t = tsub.add_parser("delete", help="delete a tag (records stay)")
    t.add_argument("path")
    t = tsub.add_parser("list", help="list tags with counts")
    t.add_argument("--json", action="store_true")

    p = command("suggest", "review proposed quotes and actors one by one", True)
    p.add_argument("document", nargs="?")
    p.add_argument("--accept-all", action="store_true", help="accept every pending proposal")
    p.add_argument("--list", action="store_true", help="only list the pending proposals")

    p = command("delete", "move records to the trash")
    p.add_argument("refs", nargs="+")
    p = command("undelete", "bring records back from the trash")
    p.add_argument("refs", nargs="+")
    command("empty-trash", "delete trashed records for good")

    p = command("backup", "back up the catalogue's database now (kept in the catalogue's backups folder)")
    p.add_argument("--keep", type=int, default=7, help="how many backups to keep (default 7)")
    p = command("restore", "put a backup back (the current database is backed up first)")
    p.add_argument("backup", nargs="?", type=Path, help="a backup file (default: list them)")
    p = command("bundle", "export, check or import an exchange bundle (.zip) to share with a colleague")
    bsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    b = bsub.add_parser("export", help="write the catalogue, or what a search or saved search finds, as a bundle")
    b.add_argument("out", type=Path, metavar="OUT.zip")
    b.add_argument("query", nargs="*", help="a search (tag:Heritage, speaker:Castellan, words) or a saved search's name; none for everything")
    b = bsub.add_parser("import", help="check a bundle and merge it into this catalogue")
    b.add_argument("file", type=Path, metavar="FILE")
    b.add_argument("--dry-run", action="store_true", help="only say what would change")
    b.add_argument("--on-conflict", choices=MERGE_POLICIES, default="mine",
                   help="for records edited differently here and there: keep mine (default), take theirs, or keep both")
    b = bsub.add_parser("verify", help="check a bundle (structure, checksums, records) without importing it")
    b.add_argument("file", type=Path, metavar="FILE")
    for b in bsub.choices.values():
        b.add_argument("--json", action="store_true", help="print JSON for scripts")
        b.add_argument("--progress", action="store_true", help="print progress lines")

    command("reindex", "rebuild the search index from the database")
    p = command("check", "check the catalogue's integrity", True)
    p.add_argument("--repair", action="store_true", help="fix what can be fixed")
    command("stats", "count each kind of record", True)
    history_commands.add_parsers(command)
    cite_commands.add_parsers(command)
    ssub = statement_commands.add_parsers(command)
    psub = proposal_commands.add_parsers(command)
    for group in (sub, qsub, asub, tsub, bsub, ssub, psub):  # the commands, and those of quote, actor, tag, bundle, statements, proposals
        for command_parser in dict.fromkeys(group.choices.values()):
            # `pressmark import X --catalog P` as well as `pressmark --catalog P import X`
            _add_global_options(command_parser, default=argparse.SUPPRESS)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, default=None) -> None:
    """The options every command takes, before or after its name. After it they default to
    ``argparse.SUPPRESS``, so that a subcommand leaves a value given before it in place."""
    parser.add_argument(
        "--debug", action="store_true", default=False if default is None else default,
        help="on an unexpected error, print its traceback (as PRESSMARK_DEBUG=1)",
    )  # fmt: skip
    parser.add_argument(
        "--author",
        metavar="NAME",
        default=default,
        help="your name in the catalogue's history (default: $PRESSMARK_AUTHOR or your login name)",
    )
    parser.add_argument(
        "--catalog",
        metavar="PATH",
        type=Path,
        default=default,
        help="catalogue folder (default: $PRESSMARK_CATALOG or the user data folder)",
    )


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 error, 2 usage, 130 interrupted).

    Every failure ends as one line on ``err``: a sentence from :func:`catalog.errors.explain`
    for the failures we know (bad input, a damaged database, a full disk, …), and for a bug
    its type and first line with a pointer to ``--debug`` (or ``PRESSMARK_DEBUG=1``), which
    print the traceback. Output cut short by its reader (``pressmark list | head``) ends quietly.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help(out)
        return 0
    debug = args.debug or bool(os.environ.get("PRESSMARK_DEBUG"))
    _route_log_messages(err, debug)
    path = args.catalog or default_catalog_path()
    try:
        # imported here so that --help and --version answer without loading the catalogue
        from catalog.cli import commands

        code = commands.run(path, args, out, err)
        out.flush()  # a reader gone away shows here, not as a message at exit
        return code
    except KeyboardInterrupt:
        print("pressmark: interrupted", file=err)
        return 130
    except BrokenPipeError:
        if out is sys.stdout:
            # what is left in the buffer cannot be written either: drop it instead of failing at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return 1
    except Exception as exc:
        if debug:
            traceback.print_exc(file=err)
        message = describe(exc)
        if explain(exc) is None and not debug:
            message += " (run again with --debug to see the traceback)"
        print(f"pressmark: {message}", file=err)
        return 1


class _OneLineFormatter(logging.Formatter):
    """Log records as "pressmark: warning: …", an exception by its type and first line only."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"pressmark: {record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            line += f" ({describe(exc)})"
        return line


def _route_log_messages(err: TextIO, debug: bool) -> None:
    """Warnings from the catalogue go to ``err`` as one line each; with ``debug``, in full.

    Left alone when the program has set up logging itself (tests, an embedding program).
    """
    root = logging.getLogger()
    if root.handlers:
        return
    handler = logging.StreamHandler(err)
    if not debug:
        handler.setFormatter(_OneLineFormatter())
    handler.setLevel(logging.DEBUG if debug else logging.WARNING)
    root.addHandler(handler)
    if debug:
        root.setLevel(logging.INFO)





if __name__ == "__main__":
    sys.exit(main())
