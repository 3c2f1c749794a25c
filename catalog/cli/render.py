"""Plain-text rendering of records and results for the terminal. Pure functions."""

from __future__ import annotations

import html
import json
import re
import textwrap
from typing import TextIO

from catalog import ActorView, DocumentView, DuplicatePair, QuoteView, SpokenQuote, TagView

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

_MATCH = re.compile(r'<b class="match[^"]*">(.*?)</b>', re.S)


def _date(view: DocumentView) -> str:
    return view.published_at.strftime("%Y-%m-%d %H:%M") if view.published_at else (view.published_text or "undated")


def document_line(view: DocumentView) -> str:
    authors = ", ".join(a.name for a in view.authors) or "—"
    return f"{view.uuid[:8]}  {_date(view):<16}  {view.publication or '—':<20.20}  {authors:<20.20}  {view.title}"


def quote_line(view: QuoteView) -> str:
    speaker = view.speaker.name if view.speaker else "—"
    text = view.exact if len(view.exact) <= 90 else view.exact[:89] + "…"
    return f"{view.uuid[:8]}  {view.kind:<10}  {speaker:<22.22}  “{text}”  [{view.document_title[:40]}]"


def actor_line(view: ActorView) -> str:
    aliases = f" (also: {', '.join(view.aliases)})" if view.aliases else ""
    return f"{view.uuid[:8]}  {view.type:<12}  {view.name}{aliases}  — {len(view.documents)} docs, {view.quote_count} quotes"


def duplicate_line(pair: DuplicatePair) -> str:
    """One possible duplicate: score, the actor to keep and the other (ids first, for `actor merge`)."""
    first, second = pair.first, pair.second
    return (
        f"{pair.score:.2f}  {first.type:<12}  {first.uuid[:8]} {first.name} ({first.documents} docs, {first.quotes} quotes)"
        f"  ~  {second.uuid[:8]} {second.name} ({second.documents} docs, {second.quotes} quotes)  — {pair.reason}"
    )


def spoken_quote(quote: SpokenQuote) -> str:
    """A quote with its date, publication and document, and the quote wrapped below."""
    date = quote.published_at.strftime("%Y-%m-%d") if quote.published_at else (quote.published_text or "undated")
    head = f"{date}  {quote.publication or '—'}  “{quote.document_title}”  [{quote.uuid[:8]}]"
    return f"{head}\n{_wrap('“' + ' '.join(quote.exact.split()) + '”', '    ')}"


def tag_line(view: TagView) -> str:
    colour = f" {view.colour}" if view.colour else ""
    counts = ", ".join(f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in ((view.documents, "document"), (view.quotes, "quote"), (view.actors, "actor")))
    return f"{view.path}{colour}  ({counts})"


def _wrap(text: str, indent: str = "  ") -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(textwrap.fill(p, 96, initial_indent=indent, subsequent_indent=indent) for p in paragraphs)


def record(view) -> str:
    if isinstance(view, DocumentView):
        return _document(view)
    if isinstance(view, QuoteView):
        return _quote(view)
    return _actor(view)


def _document(view: DocumentView) -> str:
    rows = [
        ("Id", view.uuid),
        ("Title", view.title),
        ("Subtitle", view.subtitle),
        ("Publication", view.publication),
        ("Section", view.section),
        ("Published", f"{_date(view)}  (printed: {view.published_text})" if view.published_text else _date(view)),
        ("Authors", "; ".join(a.name for a in view.authors)),
        ("URL", view.url),
        ("Short URL", view.short_url),
        ("DOI", view.doi),
        ("Kind of page", view.page_kind if view.page_kind != "article" else ""),
        ("Language", view.language),
        ("Image caption", view.image_caption),
        ("Tags", ", ".join(view.tags)),
        ("Original", f"{view.original_name} ({view.original_format}, sha256 {view.original_sha256[:16]}…)"),
        ("Accessioned", view.accessioned_at.strftime("%Y-%m-%d %H:%M") if view.accessioned_at else ""),
        ("Captured", view.captured_at.strftime("%Y-%m-%d %H:%M") if view.captured_at else ""),
        ("Provenance", view.provenance),
        ("Notes", view.notes),
        ("Rights", view.rights),
    ]
    out = [f"{name + ':':<15}{value}" for name, value in rows if value]
    if view.deleted:
        out.insert(0, "(in the trash)")
    out += ["", "Body:", _wrap(view.body)]
    if view.end_matter:
        out += ["", "End matter:", _wrap(view.end_matter)]
    if view.quotes:
        out += ["", f"Quotes ({len(view.quotes)}):"]
        for q in view.quotes:
            speaker = q.speaker.name if q.speaker else "unattributed"
            out.append(f"  {q.uuid[:8]}  [{q.start}–{q.end}] {q.kind}, {speaker}: “{q.exact}”")
            if q.note:
                out.append(f"            note: {q.note}")
    people = view.authors + view.actors
    if people:
        out += ["", "Actors:"]
        out += [f"  {a.uuid[:8]}  {a.role:<10} {a.type:<12} {a.name}" for a in people]
    return "\n".join(out)


def _quote(view: QuoteView) -> str:
    rows = [
        ("Id", view.uuid),
        ("Document", f"{view.document_title} ({view.document_uuid})"),
        ("Kind", view.kind),
        ("Speaker", view.speaker.name if view.speaker else "unattributed"),
        ("Span", f"{view.start}–{view.end} (code points)"),
        ("Tags", ", ".join(view.tags)),
        ("Note", view.note),
    ]
    out = [f"{name + ':':<11}{value}" for name, value in rows if value]
    out += ["", _wrap(f"…{view.prefix}“{view.exact}”{view.suffix}…")]
    return "\n".join(out)


def _actor(view: ActorView) -> str:
    rows = [
        ("Id", view.uuid),
        ("Name", view.name),
        ("Type", view.type),
        ("Aliases", ", ".join(view.aliases)),
        ("About", view.description),
        ("Dates", view.dates),
        ("Identifiers", "; ".join(f"{k}: {', '.join(v)}" for k, v in view.identifiers.items())),
        ("Tags", ", ".join(view.tags)),
        ("Quotes", str(view.quote_count)),
    ]
    out = [f"{name + ':':<13}{value}" for name, value in rows if value]
    if view.relations:
        out += ["", "Relations:"] + [f"  {rel} {ref.name} ({ref.type})" for rel, ref in view.relations]
    if view.documents:
        out += ["", "Documents:"] + [f"  {uuid[:8]}  {role:<10} {title}" for uuid, title, role in view.documents]
    return "\n".join(out)


def snippet_text(snippet: str, color: bool = False) -> str:
    """A search snippet (HTML with <b class="match">) for the terminal."""
    marked = _MATCH.sub(lambda m: f"\033[1;33m{m.group(1)}\033[0m" if color else f"[{m.group(1)}]", snippet)
    return html.unescape(re.sub(r"<[^>]+>", "", marked)).replace("\n", " ")


def hit_labels(catalog, hits) -> dict[str, str]:
    labels = {}
    for key, label in catalog.search.hit_labels(hits).items():
        kind = key.partition(":")[0]
        if kind == "document":
            when = label.published_at.strftime("%Y-%m-%d %H:%M") if label.published_at else (label.published_text or "undated")
            labels[key] = f"{label.title} — {label.publication}, {when}"
        elif kind == "quote":
            labels[key] = f"{label.speaker or 'unattributed'}, in “{label.title}”"
        else:
            labels[key] = f"{label.title} ({label.actor_type})"
    return labels


def search_results(results, labels: dict[str, str], color: bool = False) -> str:
    out = [f"{results.total} result{'s' if results.total != 1 else ''} for {results.query}"]
    for hit in results.hits:
        out.append(f"\n{hit.uuid[:8]}  {hit.type:<8}  {labels.get(hit.key, '')}")
        if hit.snippet:
            out.append(textwrap.fill(snippet_text(hit.snippet, color), 96, initial_indent="    ", subsequent_indent="    "))
    facets = results.facets or {}
    shown = [(name, counts) for name, counts in facets.items() if counts]
    if shown:
        out.append("")
        for name, counts in shown:
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
            out.append(f"{name}: " + ", ".join(f"{k} ({v})" for k, v in top))
    return "\n".join(out)


KWIC_SIDE = 38  # characters of context shown either side of a hit


def kwic_table(lines, query: str, color: bool = False) -> str:
    """KWIC lines as a concordance: date, document, the left context right-aligned, the hit
    in brackets (bold on a terminal), the right context; each side cut to ``KWIC_SIDE``."""
    out = [f"{len(lines)} {'hit' if len(lines) == 1 else 'hits'} in context for {query}"]
    for line in lines:
        left = line.left if len(line.left) <= KWIC_SIDE else "…" + line.left[-(KWIC_SIDE - 1) :]
        right = line.right if len(line.right) <= KWIC_SIDE else line.right[: KWIC_SIDE - 1] + "…"
        hit = f"\033[1m{line.hit}\033[0m" if color else f"[{line.hit}]"
        document = line.document if len(line.document) <= 24 else line.document[:23] + "…"
        out.append(f"{line.date or 'undated':<10}  {document:<24}  {left:>{KWIC_SIDE}} {hit} {right}")
    return _LONE_SURROGATE.sub("\ufffd", "\n".join(out))


def check_report(report) -> str:
    out = ["Checked " + ", ".join(f"{n} {k}" for k, n in report.checked.items())]
    for p in report.problems:
        mark = "repaired" if p.repaired else p.severity
        out.append(f"  [{mark}] {p.what}" + (f" ({p.record})" if p.record else ""))
        if p.needs and not p.repaired:
            out.append(f"      {p.needs}")
    fixable, beyond = report.repairable, report.beyond_repair
    if report.ok:
        out.append("The catalogue is consistent.")
    if fixable:
        out.append(f"Run `pressmark check --repair` to fix {len(fixable)} of them.")
    if beyond:
        out.append(f"{len(beyond)} problem(s) --repair cannot fix: each needs what is said under it.")
    return "\n".join(out)


def dump_json(data, out: TextIO) -> None:
    """``data`` as JSON; a file name's undecodable bytes (lone surrogates) stay as \\u escapes,
    which JSON readers give back, instead of making the output unwritable as UTF-8."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    out.write(_LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n")
