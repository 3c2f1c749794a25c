"""What a saved web page declares about itself: meta tags, JSON-LD, ``<title>``, headings,
bylines and the dates printed under its headline.

:class:`PageFacts` is built once per page by :mod:`catalog.importers.html` (in the import
worker; pure, no I/O) and read by its title, author and date rules.
"""

from __future__ import annotations

import json
import re

import lxml.html

from catalog.importers import bylines
from catalog.importers.base import ParsedQuote
from catalog.text import normalise, squash_spaces

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
    "scholarlyarticle", "socialmediaposting", "liveblogposting", "webpage",
}  # fmt: skip
# attributes a <meta> element may carry; any other bare word is what is left of its content
# when an unescaped quote ended the attribute early (content="Mayor calls plan "a fantasy"")
_META_ATTRIBUTES = {
    "property", "name", "itemprop", "http-equiv", "content", "charset", "lang", "id", "class",
    "scheme", "media", "xml:lang", "dir",
}  # fmt: skip
# the holder a page's footer names: "© 2024 Condé Nast.", "Copyright (c) 2019 Valley Weekly"
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"([^\W\d][^.|·•\n©]{1,58}?)\s*(?:[.|·•\n]|all rights|$)",
    re.IGNORECASE,
)
# how far under the headline (characters of text) its byline and printed date are looked for
_BYLINE_REACH = 300
_TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "sailthru.title")


class PageFacts:
    """What a page declares about itself: meta tags, JSON-LD, ``<title>``, headings, links.

    Built once per page from an lxml tree; every attribute is a plain string or list.
    ``cut_short`` holds the meta values that an unescaped quote cut short (see
    :data:`_META_ATTRIBUTES`): they are only the start of what the page meant.
    """

    def __init__(self, tree: lxml.html.HtmlElement):
        self.tree = tree
        self.meta: dict[str, list[str]] = {}
        self.cut_short: set[str] = set()
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
                if any(name.lower() not in _META_ATTRIBUTES and not name.startswith("data-")
                       for name in element.attrib):  # fmt: skip
                    self.cut_short.add(squash_spaces(content))
        self.articles, self.nodes = _json_ld(tree)
        titles = tree.xpath("//head/title") or tree.xpath("//title")
        self.title_tag = squash_spaces(titles[0].text_content()) if titles else ""
        self.h1s = [t for t in (squash_spaces(h.text_content()) for h in tree.iter("h1")) if t]
        self.h2s = [t for t in (squash_spaces(h.text_content()) for h in tree.iter("h2")) if t]

    def first_meta(self, *keys: str) -> str:
        for key in keys:
            for value in self.meta.get(key, []):
                return squash_spaces(value)
        return ""

    def title_metas(self) -> list[str]:
        """Titles the meta tags declare (Open Graph first), unless cut short by a quote."""
        values = [squash_spaces(v) for key in _TITLE_META for v in self.meta.get(key, [])]
        return [v for v in values if v not in self.cut_short]

    def _ld(self, key: str) -> list:
        values = []
        for article in self.articles:
            value = article.get(key)
            values.extend(value if isinstance(value, list) else [value] if value else [])
        return [self._resolve(v) for v in values]

    def _resolve(self, value):
        """A JSON-LD reference (``{"@id": …}`` alone) replaced by the node it names."""
        if isinstance(value, dict) and set(value) == {"@id"}:
            return self.nodes.get(str(value["@id"]), value)
        return value

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

    def publisher_names(self) -> set[str]:
        """Every name the page gives its publisher or site: JSON-LD ``publisher``, site name,
        publisher meta tags, the copyright holder. None of them is an author."""
        names = {
            squash_spaces(v["name"])
            for v in self._ld("publisher")
            if isinstance(v, dict) and isinstance(v.get("name"), str)
        }
        for key in ("og:site_name", "publisher", "dc.publisher", "article:publisher",
                    "application-name", "copyright"):  # fmt: skip
            for value in self.meta.get(key, []):
                value = re.sub(r"(?i)copyright|\(c\)|©|\d{4}|all rights reserved\.?", " ", value)
                names.add(squash_spaces(value).strip(" .,"))
        for line in self.tree.xpath("//footer//text() | //*[contains(@class, 'footer')]//text()"):
            holder = _COPYRIGHT.search(line)
            if holder:
                names.add(squash_spaces(holder.group(1)))
        return {n for n in names if n and not n.startswith("http")}

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
        """Texts of elements the page marks as a byline, in document order; not those in
        navigation, asides and footers (the bylines of other stories)."""
        found = self.tree.xpath(
            "//*[@rel='author' or contains(@class, 'byline') or contains(@itemprop, 'author')"
            " or contains(@class, 'author-name') or contains(@class, 'authorname')]"
            "[not(ancestor::aside or ancestor::nav or ancestor::footer)]"
        )
        return [squash_spaces(e.text_content()) for e in found if len(e.text_content()) < 200]

    def other_stories_bylines(self) -> list[str]:
        """Texts of byline elements in navigation, asides and footers: other stories'."""
        found = self.tree.xpath(
            "//*[contains(@class, 'byline') or contains(@class, 'author')]"
            "[ancestor::aside or ancestor::nav or ancestor::footer]"
        )
        return [squash_spaces(e.text_content()) for e in found if len(e.text_content()) < 200]

    def headline_bylines(self, headline: str) -> list[str]:
        """Bylines the page writes as plain text under its headline (the heading whose text
        is ``headline``, else the first ``<h1>``): the first line reading "By …" (or
        "Par …", "Von …") within the few hundred characters that follow it, or an agency
        credit beside the ``<h1>``. Lines in navigation, lists, asides and footers (other
        stories' bylines) are left out.
        """
        found = []
        for credit in self.tree.xpath(
            "//h1/following-sibling::*[1] | //hgroup[.//h1]/following-sibling::*[1]"
        ):
            text = squash_spaces(credit.text_content())
            if "credit" in (credit.get("class") or "") and 0 < len(text) <= 40:
                if not re.search(r"(?i)photo|image|getty|©", text):
                    found.append(text)
        heading = self._heading(headline)
        if heading is None:
            return found
        seen = 0
        for element in heading.xpath("following::*"):
            if seen > _BYLINE_REACH:
                break
            seen += len((element.text or "").strip())
            if element.tag not in ("p", "div", "span", "b", "strong", "em", "i", "address"):
                continue
            text = squash_spaces(element.text_content())
            if not bylines.is_byline_line(text) or element.xpath(
                "ancestor::nav | ancestor::aside | ancestor::footer | ancestor::li"
                " | ancestor::figure"
            ):
                continue
            inner = [
                child for child in element.iterdescendants()
                if isinstance(child.tag, str)
                and bylines.is_byline_line(squash_spaces(child.text_content()))
            ]  # fmt: skip
            if not inner:  # the innermost element that holds the byline, not its paragraph
                found.append(text)
                break
        return found

    def _heading(self, headline: str) -> lxml.html.HtmlElement | None:
        """The ``<h1>``–``<h3>`` whose text is ``headline``, else the first ``<h1>``."""
        folded = _fold(headline)
        for heading in self.tree.xpath("//h1 | //h2 | //h3"):
            if folded and _fold(heading.text_content()) == folded:
                return heading
        first = self.tree.xpath("//h1")
        return first[0] if first else None

    def printed_dates(self, headline: str) -> list[str]:
        """Text printed just under the headline (see :meth:`_heading`): where a page without
        declared dates shows its publication date."""
        heading = self._heading(headline)
        if heading is None:
            return []
        text = ""
        for piece in heading.xpath("following::text()"):
            text += " " + piece
            if len(text) > _BYLINE_REACH:
                break
        return [squash_spaces(text)]

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


def _json_ld(tree: lxml.html.HtmlElement) -> tuple[list[dict], dict[str, dict]]:
    """Every JSON-LD object on the page whose ``@type`` is an article or web page, and every
    object that has an ``@id`` (what ``{"@id": …}`` references in a ``@graph`` point to)."""
    found: list[dict] = []
    nodes: dict[str, dict] = {}
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
                if isinstance(item.get("@id"), str) and len(item) > 1:
                    nodes.setdefault(item["@id"], item)
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    # a page's own article comes before the WebPage wrapper that holds it
    found.sort(key=lambda a: "webpage" in str(a.get("@type", "")).lower())
    return found, nodes


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _is_web_url(value: str | None) -> bool:
    return bool(value) and re.match(r"https?://[^\s/]+\.[^\s]+$", value or "") is not None
