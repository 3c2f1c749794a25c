"""``pressmark cite``: a document or quote with its source, or a bibliography, in a CSL style.

The work is in :class:`catalog.services.citations.CitationService` (``catalog.citations``);
here are only the arguments, the choice between one citation and a bibliography, and where
the result goes. Errors are PressmarkError subclasses, printed by ``main`` as one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from catalog import (
    CITATION_FORMATS,
    CITATION_STYLE_ALIASES,
    COMMON_CITATION_STYLES,
    DEFAULT_CITATION_STYLE,
    InvalidInput,
    installed_citation_styles,
)


def add_parsers(command) -> None:
    """Add ``cite`` to the parser; ``command(name, help, json_flag)`` makes one."""
    p = command("cite", "cite a document or quote with its source, or write the bibliography of several documents or a tag")
    p.add_argument("refs", nargs="*", metavar="ID", help="documents or quotes (ids or their first characters); one gives its citation, several a bibliography")
    p.add_argument("--tag", metavar="NAME", help="the bibliography of the documents with this tag (or a sub-tag), or with quotes so tagged")
    p.add_argument("--style", default=DEFAULT_CITATION_STYLE,
                   help=f"a CSL style: apa, chicago-author-date, mla, harvard1, … or any installed style's name (default {DEFAULT_CITATION_STYLE})")
    p.add_argument("--format", default="text", choices=CITATION_FORMATS, help="plain text (default), HTML, or CSL-JSON for a reference manager")
    p.add_argument("--output", type=Path, metavar="FILE", help="write to FILE instead of printing")
    p.add_argument("--styles", action="store_true", help="list the common styles (any installed style can be named)")  # fmt: skip


def list_styles(out: TextIO) -> int:
    """Print the common styles, their aliases and how many are installed; needs no catalogue."""
    aliases: dict[str, list[str]] = {}
    for alias, name in CITATION_STYLE_ALIASES.items():
        aliases.setdefault(name, []).append(alias)
    width = max(map(len, COMMON_CITATION_STYLES))
    for name, label in COMMON_CITATION_STYLES.items():
        also = f"  (also: {', '.join(aliases[name])})" if name in aliases else ""
        print(f"{name:<{width}}  {label}{also}", file=out)
    print(f"… and any of the {len(installed_citation_styles()):,} installed styles by name", file=out)
    return 0


def cite_text(catalog, args) -> str:
    """What ``pressmark cite`` prints or writes for ``args``: the citation of the one id
    given, else the bibliography of the ids and the tag. InvalidInput when none is given."""
    if not args.refs and args.tag is None:
        raise InvalidInput("cite what? give a document's or quote's id, several ids, or --tag NAME")
    if len(args.refs) == 1 and args.tag is None:
        return catalog.citations.cite(args.refs[0], style=args.style, format=args.format)
    return catalog.citations.bibliography(args.refs, tag=args.tag, style=args.style, format=args.format)


def cmd_cite(catalog, args, out: TextIO) -> int:
    text = cite_text(catalog, args)
    if args.output is None:
        out.write(text if text.endswith("\n") else text + "\n")
        return 0
    args.output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    print(f"Wrote {args.output}", file=out)
    return 0


COMMANDS = {"cite": cmd_cite}
