"""The bundle's HTML reader: ``index.html`` and one page per article, for any browser, offline.

No scripts at all (a Content-Security-Policy forbids them too), no fonts, images or style
sheets from anywhere: each page carries its CSS inline. Every piece of catalogue text goes
through :func:`html.escape`; links point only inside the bundle, except an article's own
URL, shown as a link only when it is http(s).

``index.html`` lists the articles and indexes the actors and tags; ``reader/<uuid>.html``
shows one article with its quotes highlighted (overlapping quotes shade darker), then the
quotes with speaker, kind, tags and note. A pure function of the bundle's records.
"""

from __future__ import annotations

from html import escape

from catalog.exchange.records import BundleContent, DocumentRecord, QuoteRecord

_CSS = """
body{font:16px/1.55 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222;background:#fdfcf8}
h1{font-size:1.6em;line-height:1.25}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
.meta,.small{color:#555;font-size:.9em}.body{white-space:pre-wrap}
mark{background:#fde68a;padding:0 .05em}mark.deep{background:#f59e0b}
.tag{display:inline-block;background:#e5e7eb;border-radius:.6em;padding:0 .5em;margin:0 .2em .2em 0;font-size:.85em}
.quote{border-left:3px solid #f59e0b;padding-left:.8em;margin:1em 0}.note{font-style:italic}
ul.index li{margin:.2em 0}a{color:#1d4ed8}
"""
_HEAD = (
    '<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    "<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n"
)


def reader_pages(content: BundleContent) -> dict[str, bytes]:
    """Payload path (relative to ``data/``) -> page: ``index.html`` and ``reader/<uuid>.html``."""
    model = _Model(content)
    pages = {"index.html": _index(content, model)}
    for doc in content.documents:
        pages[f"reader/{doc.uuid}.html"] = _article(doc, model)
    return {path: html.encode("utf-8") for path, html in pages.items()}


class _Model:
    """Look-ups the pages share: names, paths, quotes per document, links per actor."""

    def __init__(self, content: BundleContent):
        self.actors = content.actors_by_uuid()
        self.links = content.links_by_document()
        self.paths = content.tag_paths()
        self.quotes: dict[str, list[QuoteRecord]] = {}
        for quote in content.quotes:
            self.quotes.setdefault(quote.document, []).append(quote)
        self.titles = {d.uuid: d.title or "(untitled)" for d in content.documents}


def _page(title: str, body: str, lang: str = "en") -> str:
    return _HEAD.format(lang=escape(lang or "en"), title=escape(title), css=_CSS) + body + "\n</body>\n</html>\n"


def _tags(paths: list[str]) -> str:
    return "".join(f'<span class="tag">{escape(p)}</span>' for p in sorted(paths))


def _index(content: BundleContent, model: _Model) -> str:
    parts = [f"<h1>{escape(content.label or 'Pressmark bundle')}</h1>"]
    parts.append(
        f'<p class="meta">{len(content.documents)} articles, {len(content.quotes)} quotes, '
        f"{len(content.actors)} actors, {len(content.tags)} tags. Exported {escape(content.exported_at[:16])}.</p>"
    )
    parts.append('<h2 id="articles">Articles</h2><ul class="index">')
    for doc in content.documents:
        authors = ", ".join(model.actors[link.actor].name for link in model.links.get(doc.uuid, []) if link.role == "author")
        line = " · ".join(filter(None, [doc.publication, (doc.published_at or "")[:10] or doc.published_text, authors]))
        count = len(model.quotes.get(doc.uuid, []))
        parts.append(
            f'<li><a href="reader/{doc.uuid}.html">{escape(model.titles[doc.uuid])}</a> '
            f'<span class="small">{escape(line)} · {count} quotes</span> {_tags([model.paths[t] for t in doc.tags])}</li>'
        )
    parts.append('</ul><h2 id="actors">Actors</h2><ul class="index">')
    spoken: dict[str, list[QuoteRecord]] = {}
    for quotes in model.quotes.values():
        for quote in quotes:
            if quote.speaker:
                spoken.setdefault(quote.speaker, []).append(quote)
    named: dict[str, list[tuple[str, str]]] = {}
    for doc_uuid, links in model.links.items():
        for link in links:
            named.setdefault(link.actor, []).append((doc_uuid, link.role))
    for actor in sorted(content.actors, key=lambda a: a.name.lower()):
        entries = [f'<a href="reader/{d}.html">{escape(model.titles[d])}</a> ({escape(role)})' for d, role in named.get(actor.uuid, [])]
        entries += [f'<a href="reader/{q.document}.html#q-{q.uuid}">“{escape(_short(q.exact))}”</a>' for q in spoken.get(actor.uuid, [])]
        parts.append(
            f'<li id="a-{actor.uuid}"><b>{escape(actor.name)}</b> <span class="small">{escape(actor.type)}</span> '
            f"{_tags([model.paths[t] for t in actor.tags])}<br>{'; '.join(entries)}</li>"
        )
    parts.append('</ul><h2 id="tags">Tags</h2><ul class="index">')
    tagged: dict[str, list[str]] = {}
    for doc in content.documents:
        for tag in doc.tags:
            tagged.setdefault(tag, []).append(f'<a href="reader/{doc.uuid}.html">{escape(model.titles[doc.uuid])}</a>')
    for quote in content.quotes:
        for tag in quote.tags:
            tagged.setdefault(tag, []).append(f'<a href="reader/{quote.document}.html#q-{quote.uuid}">“{escape(_short(quote.exact))}”</a>')
    for actor in content.actors:
        for tag in actor.tags:
            tagged.setdefault(tag, []).append(f'<a href="#a-{actor.uuid}">{escape(actor.name)}</a>')
    for tag_record in sorted(content.tags, key=lambda t: model.paths[t.uuid].lower()):
        parts.append(f'<li><span class="tag">{escape(model.paths[tag_record.uuid])}</span> {"; ".join(tagged.get(tag_record.uuid, []))}</li>')
    parts.append("</ul>")
    return _page(content.label or "Pressmark bundle", "\n".join(parts))


def _article(doc: DocumentRecord, model: _Model) -> str:
    quotes = model.quotes.get(doc.uuid, [])
    links = model.links.get(doc.uuid, [])
    authors = ", ".join(model.actors[link.actor].name for link in links if link.role == "author")
    parts = ['<p class="small"><a href="../index.html">← all articles</a></p>', f"<h1>{escape(model.titles[doc.uuid])}</h1>"]
    if doc.subtitle:
        parts.append(f"<p><i>{escape(doc.subtitle)}</i></p>")
    meta = " · ".join(filter(None, [authors, doc.publication, doc.section, (doc.published_at or "")[:16].replace("T", " ") or doc.published_text]))
    parts.append(f'<p class="meta">{escape(meta)}</p>')
    if doc.url.startswith(("http://", "https://")):
        parts.append(f'<p class="small"><a href="{escape(doc.url)}" rel="noreferrer">{escape(doc.url)}</a></p>')
    parts.append(f"<p>{_tags([model.paths[t] for t in doc.tags])}</p>")
    parts.append(f'<div class="body">{highlighted(doc.body, quotes, model)}</div>')
    if doc.end_matter:
        parts.append(f'<p class="small body">{escape(doc.end_matter)}</p>')
    if doc.notes:
        parts.append(f'<p class="note">Notes: {escape(doc.notes)}</p>')
    others = [f"{escape(model.actors[link.actor].name)} ({escape(link.role)})" for link in links if link.role != "author"]
    if others:
        parts.append(f'<h2>Named</h2><p>{", ".join(others)}</p>')
    if quotes:
        parts.append("<h2>Quotes</h2>")
    for quote in quotes:
        speaker = model.actors[quote.speaker].name if quote.speaker else "unattributed"
        note = f'<br><span class="note">{escape(quote.note)}</span>' if quote.note else ""
        parts.append(
            f'<div class="quote"><a href="#q-{quote.uuid}">“{escape(quote.exact)}”</a><br>'
            f'<span class="small">{escape(speaker)} · {escape(quote.kind.replace("_", " "))}</span> '
            f"{_tags([model.paths[t] for t in quote.tags])}{note}</div>"
        )
    return _page(model.titles[doc.uuid], "\n".join(parts), doc.language)


def highlighted(body: str, quotes: list[QuoteRecord], model: _Model) -> str:
    """``body`` escaped, each quote's span in a ``<mark>`` (overlaps split into segments)."""
    cuts = sorted({0, len(body), *(q.start for q in quotes), *(q.end for q in quotes)})
    starts: dict[int, list[QuoteRecord]] = {}
    for quote in quotes:
        starts.setdefault(quote.start, []).append(quote)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        out.extend(f'<span id="q-{q.uuid}"></span>' for q in starts.get(a, []))
        covering = [q for q in quotes if q.start <= a and q.end >= b]
        text = escape(body[a:b])
        if not covering:
            out.append(text)
            continue
        names = sorted({model.actors[q.speaker].name for q in covering if q.speaker})
        title = escape(", ".join(names) or "unattributed")
        css = ' class="deep"' if len(covering) > 1 else ""
        out.append(f'<mark{css} title="{title}">{text}</mark>')
    return "".join(out)


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
