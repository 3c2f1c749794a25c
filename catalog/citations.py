"""Citations and bibliographies in a CSL style, from CSL-JSON items: pure functions.

The items come from :func:`catalog.exchange.csl.csl_items` (the mapping bundles use);
:class:`~catalog.services.citations.CitationService` reads them from the catalogue and calls
these. Rendering is citeproc-py's, with the style loaded by :mod:`catalog.citation_styles`
(which mends what citeproc-py gets wrong). Any thread; nothing is fetched.

Formats: ``text`` (plain, one entry a line), ``html`` (citeproc-py's markup: italics as
``<i>``; a bibliography as a whole page), ``csl-json`` (the items themselves, for a reference
manager).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from catalog.citation_styles import load_style, punctuation_in_quote, uses_punctuation_in_quote
from catalog.errors import InvalidInput

FORMATS = ("text", "html", "csl-json")
# CSL-JSON keys of the bundles' mapping left out of a citation: "custom" citeproc-py does not
# know (it warns); "source" is the original file's name and "note" the archivist's notes,
# which some styles print (MLA gave the file name as a second container)
_NOT_CITED = ("custom", "source", "note")
_OPENING_STRAIGHT = re.compile(r'(^|[\s(\[])"')
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|2\d\d\d)(?!\d)")


@dataclass(frozen=True)
class Rendered:
    """One item in one style: the in-text citation ("(Okonjo, 2024)", or a note) and the
    bibliography entry, both in the format asked for."""

    in_text: str
    entry: str


def check_format(fmt: str) -> str:
    """``fmt`` if it is one of FORMATS; else InvalidInput."""
    if fmt not in FORMATS:
        raise InvalidInput(f"“{fmt}” is not a citation format ({', '.join(FORMATS)})")
    return fmt


def render_items(items: Sequence[dict], style_name: str, fmt: str = "text", style=None) -> list[Rendered]:
    """Each item's in-text citation and bibliography entry in the style, in the order of
    ``items`` (``fmt`` text or html). Raises InvalidInput for an unknown style. ``style``, a
    citeproc-py style object already loaded, stands in for ``style_name`` (for tests)."""
    if not items:
        return []
    style, bibliography = _bibliography(items, style_name, fmt, style)
    from citeproc import Citation, CitationItem

    citations = []
    for item in items:
        citation = Citation([CitationItem(item["id"])])
        bibliography.register(citation)
        citations.append(citation)
    in_text = [str(bibliography.cite(c, _unknown)) for c in citations]
    entries = dict(zip(bibliography.keys, _entries(style, bibliography), strict=False))
    tidy = _tidier(style)
    return [Rendered(tidy(t), tidy(entries.get(item["id"].lower(), ""))) for t, item in zip(in_text, items, strict=True)]


def render_bibliography(items: Sequence[dict], style_name: str, fmt: str = "text", title: str = "Bibliography",
                        fragment: bool = False) -> str:  # fmt: skip
    """The items as a bibliography sorted as the style says: one entry a line (text), an
    HTML page titled ``title`` (html; with ``fragment`` only the entries' ``div``, to paste),
    or the CSL-JSON array (csl-json)."""
    check_format(fmt)
    if fmt == "csl-json":
        return json.dumps(list(items), ensure_ascii=False, indent=2) + "\n"
    if not items:
        raise InvalidInput("nothing to cite: no document was chosen")
    style, bibliography = _bibliography(items, style_name, fmt)
    from citeproc import Citation, CitationItem

    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    if style.has_bibliography():
        bibliography.sort()
    tidy = _tidier(style)
    entries = [tidy(e) for e in _entries(style, bibliography)]
    if fmt == "text":
        return "\n".join(entries) + "\n"
    body = "\n".join(f'  <div class="csl-entry">{e}</div>' for e in entries)
    if fragment:
        return f'<div class="csl-bib-body">\n{body}\n</div>\n'
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
        f'</head>\n<body>\n<h1>{html.escape(title)}</h1>\n<div class="csl-bib-body">\n{body}\n</div>\n</body>\n</html>\n'
    )


def cite_item(item: dict, style_name: str, fmt: str = "text") -> str:
    """A document's reference: its bibliography entry (or, for a style without a
    bibliography, its note). html is a fragment to paste, not a page."""
    check_format(fmt)
    if fmt == "csl-json":
        return json.dumps([item], ensure_ascii=False, indent=2) + "\n"
    (rendered,) = render_items([item], style_name, fmt)
    text = rendered.entry or rendered.in_text
    return text if fmt == "text" else f'<div class="csl-entry">{text}</div>'


def cite_quote(text: str, speaker: str, item: dict, style_name: str, fmt: str = "text") -> str:
    """Quoted words with their source: the words in quotation marks, then the in-text
    citation, naming ``speaker`` ("" for none) as quoted in it; on the next line the
    document's reference::

        “We will rebuild the archive.” (Ana Castellan, quoted in Okonjo, 2024)
        Okonjo, M. (2024, March 14). Saltmere archive goes digital. The Harbour Ledger.

    Double quotation marks inside the words become single ones.
    """
    check_format(fmt)
    if fmt == "csl-json":
        return cite_item(item, style_name, fmt)
    (rendered,) = render_items([item], style_name, fmt)
    words = _OPENING_STRAIGHT.sub("\\1‘", " ".join(text.split())).replace('"', "’").replace("“", "‘").replace("”", "’")
    quoted = f"“{words}”"
    if fmt == "html":
        quoted, speaker = html.escape(quoted, quote=False), html.escape(speaker, quote=False)
    source = rendered.in_text
    if speaker and source.startswith("(") and source.endswith(")"):
        line = f"{quoted} ({speaker}, quoted in {source[1:-1]})"
    elif speaker:
        line = f"{quoted} — {speaker}, quoted in {source}"
    else:
        line = f"{quoted} {source}"
    if not rendered.entry or rendered.entry == source:
        return line if fmt == "text" else f"<p>{line}</p>"
    if fmt == "text":
        return f"{line}\n{rendered.entry}"
    return f'<p>{line}</p>\n<div class="csl-entry">{rendered.entry}</div>'


def citable(item: dict) -> dict:
    """The item as a citation shows it: without the archive's own keys (``_NOT_CITED``), and
    a free-text date that names one year given as that year (citeproc-py printed a literal
    date twice in APA)."""
    item = {k: v for k, v in item.items() if k not in _NOT_CITED}
    for key in ("issued", "accessed"):
        literal = item.get(key, {}).get("literal") if isinstance(item.get(key), dict) else None
        if literal:
            years = set(_YEAR.findall(literal))
            if len(years) == 1:
                item[key] = {"date-parts": [[int(years.pop())]]}
    return item


# ----- citeproc-py -----------------------------------------------------------------------------
def _bibliography(items: Sequence[dict], style_name: str, fmt: str, style=None):
    from citeproc import CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    if fmt not in ("text", "html"):
        raise InvalidInput(f"“{fmt}” is not a format for a citation (text or html)")
    style = style if style is not None else load_style(style_name)
    source = CiteProcJSON([citable(item) for item in items])
    return style, CitationStylesBibliography(style, source, formatter.plain if fmt == "text" else formatter.html)


def _entries(style, bibliography) -> list[str]:
    if not style.has_bibliography():
        return []
    return [str(entry) for entry in bibliography.bibliography()]


def _tidier(style):
    moves = uses_punctuation_in_quote(style)

    def tidy(text: str) -> str:
        text = " ".join(text.split())
        return punctuation_in_quote(text) if moves else text

    return tidy


def _unknown(citation_item) -> None:
    """citeproc-py's callback for an item not in the source: there is none (we add them all)."""
    return None
