"""Saved web pages: the article text and its metadata, read offline with trafilatura and lxml.

``parse`` runs in whatever thread the catalogue's import worker uses; it is pure (no network:
trafilatura only ever receives the page's own text, never a URL to download) and raises
:class:`ImportFailed` when the bytes hold no readable article. Trafilatura extracts the body
and a first guess at the metadata; the page's own declarations (``<title>``, ``<h1>``, Open
Graph and article meta tags, JSON-LD) then settle the title, bylines and publication time,
because trafilatura keeps only a calendar day and sometimes prefers a social-media title.
What the page declares is read by :mod:`catalog.importers.page_facts`; who wrote it is
decided by :mod:`catalog.importers.bylines`.

Importing trafilatura imports urllib3 (for downloads Pressmark never asks for), and urllib3,
on its first import, makes an IPv6 socket and binds it to ``::1`` to learn whether the
machine has IPv6. :func:`_trafilatura` imports it so that it makes no socket at all.
"""

from __future__ import annotations

import codecs
import copy
import re
import socket
from datetime import datetime
from types import ModuleType

import lxml.html
from lxml import etree

from catalog.errors import ImportFailed
from catalog.importers import bylines, page_kind, printed_dates, saved_page
from catalog.importers.base import ParsedDocument
from catalog.importers.page_facts import PageFacts
from catalog.messages import Message
from catalog.text import normalise, squash_spaces


def _trafilatura() -> ModuleType:
    """trafilatura, imported without urllib3's IPv6 probe (see the module doc).

    urllib3 skips the probe (and assumes IPv4, which only matters to the connections it
    would make, never made here) when ``socket.has_ipv6`` is false. It is false only while
    this import runs, and nothing in Pressmark reads it.
    """
    has_ipv6 = socket.has_ipv6
    socket.has_ipv6 = False
    try:
        import trafilatura
        import trafilatura.settings
    finally:
        socket.has_ipv6 = has_ipv6
    return trafilatura


trafilatura = _trafilatura()
FORMAT = "html"
# A page with more boxes styled as pull quotes than this uses the style for something else
# (as catalog.proposals.quotes.MAX_MARKED, which locates no more than that many).
MAX_PULL_QUOTES = 100

_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml", ".mht")
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "article.published", "pubdate", "publishdate", "publish-date", "parsely-pub-date",
    "dc.date.issued", "dcterms.created", "dc.date", "date", "sailthru.date",
)  # fmt: skip
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s*::\s*")


def sniff(data: bytes, name: str) -> int:
    """Score how surely ``data`` is a web page: 40 for an HTML document, 35 for one without a
    doctype, 20 for bare paragraph markup, 0 for no markup; a web-page extension adds 5."""
    head = _sniff_text(data[:65536]).lower()
    score = 0
    if re.match(r"\s*(<!--.*?-->\s*)*(<\?xml[^>]*>\s*)?<!doctype html|\s*<html[\s>]", head, re.S):
        score = 40
    elif re.search(r"<(html|head|body)[\s>]", head):
        score = 35
    elif re.search(r"<p[\s>]", head) and "</p>" in head:
        score = 20
    if name.lower().endswith(_EXTENSIONS):
        score = score + 5 if score else 0
    return score


def _sniff_text(data: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data[: len(data) // 2 * 2].decode(codec, errors="replace")
    return data.decode("latin-1").lstrip("\xef\xbb\xbf")


def decode_html(data: bytes) -> str:
    """Return the page's text, decoded the way a browser would, and more forgiving.

    A byte-order mark wins; then bytes that are valid UTF-8 are UTF-8 even when a stale
    ``<meta charset>`` says otherwise (pages saved by browsers often keep the old label);
    then the declared charset (Latin-1 read as cp1252, as browsers do); then a guess by
    charset detection; finally cp1252 with replacement characters. Never raises.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:8192])
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            return str(best)
    except ImportError:  # a trafilatura dependency; absent only in odd installs
        pass
    return data.decode("cp1252", errors="replace")


def _declared_charset(head: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", head, re.I)
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="ignore").lower()
    if label in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"}:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def parse(data: bytes, name: str) -> ParsedDocument:
    """Read one saved web page. Raises ImportFailed when it holds no article text."""
    if not data.strip():
        raise ImportFailed(name, Message("import_empty"))
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFailed(name, Message("html_binary"))
    text = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with an encoding declaration
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportFailed(name, Message("html_unreadable", detail=str(exc))) from exc
    facts = PageFacts(tree)
    extracted = (
        trafilatura.bare_extraction(
            _without_furniture(copy.deepcopy(tree)),
            with_metadata=True,
            favor_recall=True,  # on the corpus: recall 97.5 / precision 97.7, vs 97.7/96.5 default
            include_comments=False,
            include_images=False,
            author_blacklist=bylines.NOT_AUTHORS,
        )
        or trafilatura.settings.Document()
    )
    publication = squash_spaces(
        extracted.sitename or facts.first_meta("og:site_name") or facts.publisher
    ).strip(" |-–—:")
    title = choose_title(facts, extracted.title, publication)
    body = _body_of(extracted.text or _plain_text(tree), facts.article_body, title)
    if not body:
        raise ImportFailed(name, Message("html_no_text"))
    description = extracted.description or facts.first_meta(
        "og:description", "description", "twitter:description"
    )
    subtitle, body = _standfirst(description, body, facts.standfirsts())
    body = normalise(body)
    language = _language_tag(facts.language or extracted.language)
    published_at, published_text = choose_date(facts, extracted.date, title, language, body)
    saved = saved_page.stamp(text[:65536]) or saved_page.Stamp("", None, "")
    return ParsedDocument(
        format=FORMAT,
        title=normalise(title),
        subtitle=normalise(subtitle),
        publication=normalise(publication),
        section=normalise(facts.first_meta("article:section") or facts.section),
        published_at=published_at,
        published_text=normalise(published_text),
        url=facts.url or (extracted.url if _is_web_url(extracted.url) else "") or saved.url,
        language=language,
        image_caption=normalise(facts.image_caption),
        body=body,
        authors=bylines.choose_authors(facts, extracted.author, publication, title),
        # each is looked for in the text: a bounded number keeps a long page linear
        marked_quotes=[q for q in facts.pull_quotes()[:MAX_PULL_QUOTES] if q.exact in body],
        page_kind=page_kind.classify(tree, facts.meta, page_kind.json_ld_types(tree), body),
        captured_at=saved.saved_at,
        provenance=saved.provenance(),
    )


def _plain_text(tree: lxml.html.HtmlElement) -> str:
    """The page's paragraphs (or its whole body text) when trafilatura finds no article."""
    paragraphs = [squash_spaces(p.text_content()) for p in tree.iter("p", "li", "blockquote")]
    if any(paragraphs):
        return "\n".join(paragraphs)
    bodies = tree.xpath("//body")
    return bodies[0].text_content() if bodies else ""


# Page furniture trafilatura keeps when it sits inside the article container: video players
# (their caption menus) and picture galleries of other stories.
_FURNITURE_XPATH = (
    "//div[contains(@class, 'video-js')] | //*[self::div or self::section or self::aside]"
    "[contains(@class, 'gallery') or contains(@class, 'slideshow')]"
)


def _without_furniture(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove players and galleries from ``tree`` unless one holds most of the page's text."""
    total = len(tree.text_content())
    for element in tree.xpath(_FURNITURE_XPATH):
        if element.getparent() is not None and len(element.text_content()) < total / 2:
            element.drop_tree()  # keeps the text that follows it
    return tree


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def choose_title(facts: PageFacts, extracted: str | None, publication: str) -> str:
    """The headline as the page shows it, without the site's name.

    The first ``<h1>`` that agrees with a declared title (trafilatura's, og:title, JSON-LD
    headline, ``<title>``) wins: it is what readers see, and the agreement keeps out the
    logo or "Read more" headings. Then an ``<h2>`` equal to a declared title or to one of its
    " | "-separated parts (themes that keep ``<h1>`` for the site's name). Otherwise the first
    declared title. A meta title cut short by an unescaped quote, and a title that is only
    the site's name, are not declared titles.
    """
    sites = {_fold(name) for name in facts.publisher_names() | {publication}} - {""}
    cut = {_fold(value) for value in facts.cut_short}
    declared = [extracted or "", *facts.title_metas()[:1], facts.headline, facts.title_tag]
    declared = [
        squash_spaces(d) for d in declared
        if d and len(d) <= 400 and _fold(d) not in cut and _fold(d) not in sites
    ]  # fmt: skip
    for heading in facts.h1s:
        if len(heading.split()) >= 3 and len(heading) <= 300:
            if any(_same_headline(heading, title) for title in declared):
                return _strip_site(heading, publication, facts.h1s)
    parts = {_fold(part) for title in declared for part in [title, *_TITLE_SEPARATORS.split(title)]}
    for heading in facts.h1s + facts.h2s:
        if len(heading.split()) >= 3 and len(heading) <= 300:
            # a cut-short meta title is the start of the headline it was meant to be
            if _fold(heading) in parts or any(_fold(heading).startswith(c) for c in cut if c):
                return heading
    return _strip_site(declared[0], publication, facts.h1s) if declared else ""


def _same_headline(a: str, b: str) -> bool:
    """Most words of the shorter title occur in the longer one (at least three of them)."""
    words_a = {_fold(w) for w in a.split()} - {""}
    words_b = {_fold(w) for w in b.split()} - {""}
    shared = len(words_a & words_b)
    return shared >= min(3, len(words_a), len(words_b)) and shared >= 0.6 * min(
        len(words_a), len(words_b)
    )


def _strip_site(title: str, publication: str, h1s: list[str]) -> str:
    """Drop " | Site" parts naming the publication (or, at the end, absent from the headline)
    from either end of ``title``."""
    title = squash_spaces(title)
    site = _fold(publication)
    headings = {_fold(h) for h in h1s}

    def is_site(part: str) -> bool:
        folded = _fold(part)
        return bool(site) and bool(folded) and (folded in site or site in folded)

    while True:
        parts = list(_TITLE_SEPARATORS.finditer(title))
        if not parts:
            return title
        head, tail = title[: parts[-1].start()], title[parts[-1].end() :]
        first, rest = title[: parts[0].start()], title[parts[0].end() :]
        if (is_site(tail) or _fold(head) in headings) and len(_fold(head)) >= 10:
            title = head.strip()
        elif is_site(first) and len(_fold(rest)) >= 10:
            title = rest.strip()
        else:
            return title


def choose_date(
    facts: PageFacts, extracted: str | None, title: str = "", language: str = "", body: str = ""
) -> tuple[datetime | None, str]:
    """Publication time: a declared timestamp (JSON-LD, meta) first; then a date printed
    just under the headline ``title`` ("Thursday, 14 March 2019", "4 décembre 2026",
    "2026年12月4日"), read by :func:`catalog.importers.printed_dates.find` in the page's
    declared ``language``; else trafilatura's day, which may come from a link to another
    story. On a page that declares no language, an English date or a numeric one that
    needs no language is read first, then one in the language detected in the title and
    ``body`` (as the import pipeline detects it)."""
    declared = facts.ld_dates + [v for key in _DATE_META for v in facts.meta.get(key, [])]
    for value in declared:
        moment = _parse_datetime(value)
        if moment is not None:
            return moment, value.strip()
    printed = [text for text in facts.printed_dates(title) if printed_dates.may_hold_date(text)]
    found = next(filter(None, (printed_dates.find(text, language) for text in printed)), None)
    if found is None and printed and not language:
        # imported here: the proposals package takes 60 ms to import, and most pages (a
        # declared language, an English date, no date) never need it, nor the detector's
        # model (half a second to load)
        from catalog.proposals.language import detect_language

        detected = detect_language(f"{title}\n\n{body}")
        if detected:
            found = next(filter(None, (printed_dates.find(t, detected) for t in printed)), None)
    if found is not None:
        return found
    moment = _parse_datetime(extracted or "")
    return (moment, (extracted or "").strip()) if moment is not None else (None, "")


def _parse_datetime(value: str) -> datetime | None:
    value = value.strip()
    if not re.match(r"\d{4}-\d\d-\d\d", value):
        return None
    value = re.sub(r"(\.\d{1,6})\d*", r"\1", value)  # fromisoformat takes at most microseconds
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value)
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        try:
            moment = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    return moment if 1900 <= moment.year <= 2200 else None


def _body_of(extracted: str, article_body: str, title: str) -> str:
    """Paragraphs separated by a blank line; JSON-LD's text when the page hides its own."""
    paragraphs = [squash_spaces(line) for line in (extracted or "").split("\n")]
    paragraphs = [p for p in paragraphs if re.search(r"\w", p)]
    if paragraphs and _fold(paragraphs[0]) == _fold(title):
        paragraphs.pop(0)
    words = sum(len(p.split()) for p in paragraphs)
    if article_body and len(article_body.split()) > max(2 * words, 50):
        paragraphs = [squash_spaces(p) for p in re.split(r"\n\s*", article_body) if p.strip()]
    return "\n\n".join(paragraphs)


def _standfirst(description: str, body: str, marked: list[str]) -> tuple[str, str]:
    """Return (subtitle, body): the description, unless it is merely the body's opening.

    A description the page also shows as a standfirst (``marked``: an ``<h2>`` or an element
    classed standfirst/dek/subtitle…) is the subtitle and leaves the body; one that repeats
    the lead paragraph is no subtitle; any other is a summary worth keeping.
    """
    description = squash_spaces(description or "")
    folded = _fold(description.rstrip(".… "))
    if len(folded) < 20:
        return "", body
    paragraphs = body.split("\n\n")
    if any(_fold(text).startswith(folded) for text in marked):
        for index, paragraph in enumerate(paragraphs[:3]):
            if _fold(paragraph).startswith(folded):
                del paragraphs[index]
                break
        return description, "\n\n".join(paragraphs)
    if _fold(body[: len(description) + 200]).startswith(folded):
        return "", body
    return description, body


def _is_web_url(value: str | None) -> bool:
    return bool(value) and re.match(r"https?://[^\s/]+\.[^\s]+$", value or "") is not None


def _language_tag(value: str | None) -> str:
    parts = re.split(r"[-_]", (value or "").strip())
    if not parts[0] or not parts[0].isalpha() or len(parts[0]) > 3:
        return ""
    tail = [p.upper() if len(p) == 2 else p for p in parts[1:] if p.isalnum()]
    return "-".join([parts[0].lower(), *tail])
