"""Saved web pages: the article text and its metadata, read offline with trafilatura and lxml.

``parse`` runs in whatever thread the catalogue's import worker uses; it is pure (no network:
trafilatura only ever receives the page's own text, never a URL to download) and raises
:class:`ImportFailed` when the bytes hold no readable article. Trafilatura extracts the body
and a first guess at the metadata; the page's own declarations (``<title>``, ``<h1>``, Open
Graph and article meta tags, JSON-LD) then settle the title, bylines and publication time,
because trafilatura keeps only a calendar day and sometimes prefers a social-media title.

Importing trafilatura imports urllib3 (for downloads Pressmark never asks for), and urllib3,
on its first import, makes an IPv6 socket and binds it to ``::1`` to learn whether the
machine has IPv6. :func:`_trafilatura` imports it so that it makes no socket at all.
"""

from __future__ import annotations

import codecs
import copy
import json
import re
import socket
from datetime import datetime
from types import ModuleType

import lxml.html
from lxml import etree

from catalog.errors import ImportFailed
from catalog.importers.base import ParsedActor, ParsedDocument, ParsedQuote
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
_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
    "scholarlyarticle", "socialmediaposting", "liveblogposting", "webpage",
}  # fmt: skip
# Placeholders some CMSs put where a byline belongs.
_NOT_AUTHORS = {
    "username", "no author", "admin", "administrator", "author", "unknown", "anonymous",
    "staff", "by", "guest", "editor", "editors", "web desk", "desk", "null", "none", "editorial",
}  # fmt: skip
_AGENCIES = {
    "afp", "ap", "associated press", "reuters", "jiji", "kyodo", "dpa", "pa", "xinhua", "ansa",
    "efe", "upi", "press association", "bloomberg", "agence france-presse", "tass", "yonhap",
}  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "article.published", "pubdate", "publishdate", "publish-date", "parsely-pub-date",
    "dc.date.issued", "dcterms.created", "dc.date", "date", "sailthru.date",
)  # fmt: skip
_AUTHOR_META = (
    "author", "article:author", "parsely-author", "dc.creator", "dcterms.creator",
    "sailthru.author", "byl", "citation_author",
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
        raise ImportFailed(name, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFailed(name, "looks like a binary file, not a web page")
    text = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with an encoding declaration
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportFailed(name, f"is not a readable web page ({exc})") from exc
    facts = PageFacts(tree)
    extracted = (
        trafilatura.bare_extraction(
            _without_furniture(copy.deepcopy(tree)),
            with_metadata=True,
            favor_recall=True,  # on the corpus: recall 97.5 / precision 97.7, vs 97.7/96.5 default
            include_comments=False,
            include_images=False,
            author_blacklist=_NOT_AUTHORS,
        )
        or trafilatura.settings.Document()
    )
    publication = squash_spaces(
        extracted.sitename or facts.first_meta("og:site_name") or facts.publisher
    ).strip(" |-–—:")
    title = choose_title(facts, extracted.title, publication)
    body = _body_of(extracted.text or _plain_text(tree), facts.article_body, title)
    if not body:
        raise ImportFailed(name, "no article text found in this web page")
    description = extracted.description or facts.first_meta(
        "og:description", "description", "twitter:description"
    )
    subtitle, body = _standfirst(description, body, facts.standfirsts())
    body = normalise(body)
    published_at, published_text = choose_date(facts, extracted.date)
    return ParsedDocument(
        format=FORMAT,
        title=normalise(title),
        subtitle=normalise(subtitle),
        publication=normalise(publication),
        section=normalise(facts.first_meta("article:section") or facts.section),
        published_at=published_at,
        published_text=normalise(published_text),
        url=facts.url or (extracted.url if _is_web_url(extracted.url) else ""),
        language=_language_tag(facts.language or extracted.language),
        image_caption=normalise(facts.image_caption),
        body=body,
        authors=choose_authors(facts, extracted.author, publication),
        # each is looked for in the text: a bounded number keeps a long page linear
        marked_quotes=[q for q in facts.pull_quotes()[:MAX_PULL_QUOTES] if q.exact in body],
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


class PageFacts:
    """What a page declares about itself: meta tags, JSON-LD, ``<title>``, headings, links.

    Built once per page from an lxml tree; every attribute is a plain string or list.
    """

    def __init__(self, tree: lxml.html.HtmlElement):
        self.tree = tree
        self.meta: dict[str, list[str]] = {}
        for element in tree.iter("meta"):
            key = (
                element.get("property")
                or element.get("name")
                or element.get("itemprop")
                or element.get("http-equiv")
            )
            content = element.get("content")
            if key and content and content.strip():
                self.meta.setdefault(key.strip().lower(), []).append(content.strip())
        self.articles = _json_ld_articles(tree)
        titles = tree.xpath("//head/title") or tree.xpath("//title")
        self.title_tag = squash_spaces(titles[0].text_content()) if titles else ""
        self.h1s = [t for t in (squash_spaces(h.text_content()) for h in tree.iter("h1")) if t]

    def first_meta(self, *keys: str) -> str:
        for key in keys:
            for value in self.meta.get(key, []):
                return squash_spaces(value)
        return ""

    def _ld(self, key: str) -> list:
        values = []
        for article in self.articles:
            value = article.get(key)
            values.extend(value if isinstance(value, list) else [value] if value else [])
        return values

    @property
    def headline(self) -> str:
        return next((squash_spaces(v) for v in self._ld("headline") if isinstance(v, str)), "")

    @property
    def article_body(self) -> str:
        return next((v for v in self._ld("articleBody") if isinstance(v, str)), "")

    @property
    def publisher(self) -> str:
        for value in self._ld("publisher"):
            if isinstance(value, dict) and isinstance(value.get("name"), str):
                return squash_spaces(value["name"])
        return ""

    @property
    def section(self) -> str:
        return next(
            (squash_spaces(v) for v in self._ld("articleSection") if isinstance(v, str)), ""
        )

    @property
    def ld_authors(self) -> list[str]:
        names = []
        for value in self._ld("author") + self._ld("creator"):
            if isinstance(value, str):
                names.append(value)
            elif isinstance(value, dict) and isinstance(value.get("name"), str):
                kind = str(value.get("@type", "Person")).lower()
                if "organization" not in kind or not names:
                    names.append(value["name"])
        return names

    @property
    def ld_dates(self) -> list[str]:
        return [
            v for v in self._ld("datePublished") + self._ld("dateCreated") if isinstance(v, str)
        ]

    @property
    def url(self) -> str:
        for href in self.tree.xpath("//link[@rel='canonical']/@href") + self.meta.get("og:url", []):
            if _is_web_url(href.strip()):
                return href.strip()
        return ""

    @property
    def language(self) -> str:
        langs = self.tree.xpath("/html/@lang | /html/@xml:lang")
        return (langs[0] if langs else "") or self.first_meta("content-language", "og:locale")

    @property
    def image_caption(self) -> str:
        """The first figure caption of the article that reads as a sentence, not a credit."""
        scope = self.tree.xpath("//article") or [self.tree]
        for caption in scope[0].iter("figcaption"):
            if caption.xpath("ancestor::*[contains(@class, 'gallery')]"):
                continue
            text = squash_spaces(caption.text_content())
            text = re.sub(r"^(media|image) caption\s*", "", text, flags=re.I)
            if len(text.split()) >= 4 and len(text) <= 500:
                return text
        return ""

    def bylines(self) -> list[str]:
        """Texts of elements the page marks as a byline, in document order."""
        found = self.tree.xpath(
            "//*[@rel='author' or contains(@class, 'byline') or contains(@itemprop, 'author')"
            " or contains(@class, 'author-name') or contains(@class, 'authorname')]"
        )
        return [squash_spaces(e.text_content()) for e in found if len(e.text_content()) < 200]

    def standfirsts(self) -> list[str]:
        """Texts the page styles as a standfirst: second-level headings or dek-like classes."""
        found = self.tree.xpath(
            "//h2 | //*[contains(@class, 'standfirst') or contains(@class, 'subtitle')"
            " or contains(@class, 'dek') or contains(@class, 'subhead')"
            " or contains(@class, 'summary') or contains(@class, 'lede')]"
        )
        texts = (squash_spaces(e.text_content()) for e in found)
        return [t for t in texts if 20 <= len(t) <= 600]

    def pull_quotes(self) -> list[ParsedQuote]:
        found = self.tree.xpath(
            "//*[contains(@class, 'pullquote') or contains(@class, 'pull-quote')]"
        )
        texts = {squash_spaces(e.text_content()).strip('“”"') for e in found}
        return [ParsedQuote(exact=normalise(t)) for t in sorted(texts) if 10 <= len(t) <= 600]


def _json_ld_articles(tree: lxml.html.HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page whose ``@type`` is an article or web page."""
    found: list[dict] = []
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        source = re.sub(r"<!\[CDATA\[|\]\]>|<!--|-->", "", script.text_content())
        source = re.sub(r",\s*([}\]])", r"\1", source.strip(" \n\t;"))  # trailing commas
        try:
            data = json.loads(source, strict=False)
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type", [])
                kinds = [kinds] if isinstance(kinds, str) else kinds
                if any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
                    found.append(item)
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    # a page's own article comes before the WebPage wrapper that holds it
    found.sort(key=lambda a: "webpage" in str(a.get("@type", "")).lower())
    return found


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def choose_title(facts: PageFacts, extracted: str | None, publication: str) -> str:
    """The headline as the page shows it, without the site's name.

    The first ``<h1>`` that agrees with a declared title (trafilatura's, og:title, JSON-LD
    headline, ``<title>``) wins: it is what readers see, and the agreement keeps out the
    logo or "Read more" headings. Otherwise the first declared title.
    """
    declared = [extracted or "", facts.first_meta("og:title"), facts.headline, facts.title_tag]
    declared = [squash_spaces(d) for d in declared if d and len(d) <= 400]
    for heading in facts.h1s:
        if len(heading.split()) >= 3 and len(heading) <= 300:
            if any(_same_headline(heading, title) for title in declared):
                return _strip_site(heading, publication, facts.h1s)
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
    """Drop trailing " | Site" parts naming the publication (or absent from the headline)."""
    title = squash_spaces(title)
    site = _fold(publication)
    headings = {_fold(h) for h in h1s}
    while True:
        parts = list(_TITLE_SEPARATORS.finditer(title))
        if not parts:
            return title
        head, tail = title[: parts[-1].start()], title[parts[-1].end() :]
        tail_fold = _fold(tail)
        is_site = bool(site) and tail_fold and (tail_fold in site or site in tail_fold)
        if not (is_site or _fold(head) in headings) or len(_fold(head)) < 10:
            return title
        title = head.strip()


def choose_authors(facts: PageFacts, extracted: str | None, publication: str) -> list[ParsedActor]:
    """Authors from the first source that names any: trafilatura, JSON-LD, meta, byline.

    A byline element naming one of them with co-authors ("X (avec Y et Z)") adds those.
    """
    sources = [
        [extracted or ""],
        facts.ld_authors,
        [v for key in _AUTHOR_META for v in facts.meta.get(key, [])],
        facts.bylines()[:3],
    ]
    names: list[str] = []
    for source in sources:
        names = clean_author_names(source, publication)
        if names:
            break
    for byline in facts.bylines():
        if names and any(_fold(name) in _fold(byline) for name in names):
            more = clean_author_names([byline], publication)
            if len(names) < len(more) <= 6:
                known = {_fold(n) for n in names}
                names += [n for n in more if _fold(n) not in known and " " in n]
    kinds = ["organisation" if n.casefold() in _AGENCIES else "person" for n in names]
    return [ParsedActor(name=normalise(n), type=k) for n, k in zip(names, kinds, strict=True)]


def clean_author_names(raw: list[str], publication: str = "") -> list[str]:
    """Split bylines into names; drop "By", dates, URLs, placeholders and the publication."""
    names: list[str] = []
    for value in raw:
        if not isinstance(value, str) or _is_web_url(value.strip()):
            continue
        value = re.split(r"\d|updated|published|posted", squash_spaces(value), flags=re.I)[0]
        value = re.sub(r"\(\s*(?:and|with|avec|et|und|y|con|com)\s+", ";", value, flags=re.I)
        for part in re.split(r"[;,|)]|\s&\s|\s+(?:and|with|avec|et|und|y|con|com)\s+", value):
            name = re.sub(
                r"^(by|par|por|von|door|text|words)\b[:\s]*", "", part.strip(), flags=re.I
            )
            name = re.split(r"\s[-–—]\s", name, maxsplit=1)[0]
            name = re.sub(rf"\s+({'|'.join(_MONTHS)})$", "", name.strip(" .:-–—@·"), flags=re.I)
            if name.lower().endswith(" associated press"):
                name = name[: -len(" associated press")].strip()
            if name.count("(") != name.count(")"):
                name = name.replace("(", "").strip()
            if not name or name.casefold() in _NOT_AUTHORS or len(name) > 60:
                continue
            if len(name.split()) > 6 or (publication and _fold(name) == _fold(publication)):
                continue
            if name.isupper() and len(name.split()) >= 2:
                name = name.title()
            if _fold(name) not in {_fold(n) for n in names}:
                names.append(name)
    return names


def choose_date(facts: PageFacts, extracted: str | None) -> tuple[datetime | None, str]:
    """Publication time: a declared timestamp (JSON-LD, meta) first, else trafilatura's day."""
    declared = facts.ld_dates + [v for key in _DATE_META for v in facts.meta.get(key, [])]
    for value in [*declared, extracted or ""]:
        moment = _parse_datetime(value)
        if moment is not None:
            return moment, value.strip()
    return None, ""


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
