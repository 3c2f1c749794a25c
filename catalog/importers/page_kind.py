"""Telling an article from a page that is not one (a home page, a section front, a shop).

:func:`classify` reads the signals a saved page gives: what the page declares itself to be
(Open Graph ``og:type``, JSON-LD ``@type``, a publication time), how much text the
extractor kept, and how much of the page's visible text sits in links. An article declares
itself one, or has a run of prose with few links around it; a home page or a shop page is
mostly links, or declares itself a product, a shop or a list. Pure; any thread.
"""

from __future__ import annotations

import json
import re

import lxml.html

# JSON-LD and og:type values that say "not an article"
PAGE_TYPES = {
    "product", "store", "onlinestore", "itemlist", "collectionpage", "searchresultspage",
    "offer", "aggregateoffer", "profilepage", "organization", "localbusiness", "product.group",
    "profile", "video.other", "music.song", "books.book",
}  # fmt: skip
ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
    "scholarlyarticle", "liveblogposting", "socialmediaposting",
}  # fmt: skip
SHORT_WORDS = 150  # fewer words than this, with nothing declaring an article and many links: not one
FEW_WORDS = 40  # fewer words than this, with nothing declaring an article: not one
LINKED_SHARE = 0.6  # more of the visible text than this in links: a page of links
_VISIBLE_TEXT = "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
_LINK_TEXT = "//body//a//text()[not(ancestor::script) and not(ancestor::style)]"


def link_share(tree: lxml.html.HtmlElement) -> float:
    """The share of the body's visible characters (spaces aside) that are inside links."""
    total = sum(len("".join(t.split())) for t in tree.xpath(_VISIBLE_TEXT))
    linked = sum(len("".join(t.split())) for t in tree.xpath(_LINK_TEXT))
    return linked / total if total else 0.0


def declared(meta: dict[str, list[str]], ld_types: list[str]) -> str:
    """"article" or "page" as the page's metadata declares it, or "" when it says neither.

    og:type "website" says nothing: many news sites give it to every page, articles too.
    """
    kinds = [t.lower() for t in ld_types] + [v.lower() for v in meta.get("og:type", [])]
    if any(k in ARTICLE_TYPES for k in kinds) or meta.get("article:published_time"):
        return "article"
    if any(k in PAGE_TYPES for k in kinds):
        return "page"
    return ""


def classify(tree: lxml.html.HtmlElement, meta: dict[str, list[str]], ld_types: list[str], body: str) -> str:
    """"article" or "page" (catalog.vocabulary.PAGE_KINDS) for a parsed web page.

    ``meta`` maps lower-cased meta names to their values, ``ld_types`` lists the JSON-LD
    ``@type`` values of the page, ``body`` is the text the extractor kept.
    """
    words = len(body.split())
    share = link_share(tree)
    said = declared(meta, ld_types)
    if said == "article":
        # a site that calls every page an article still has home pages made of links; an
        # article's own page is often half links too (menus, related stories): 0.71 at most
        # on the 57 real articles of the shared corpus
        return "page" if share > 0.8 and words < SHORT_WORDS else "article"
    if said == "page":
        return "article" if words >= 2 * SHORT_WORDS and share < 0.3 else "page"
    if words < FEW_WORDS or share > LINKED_SHARE:
        return "page"
    # a short text is a news brief, unless much of the page around it is links
    return "page" if words < SHORT_WORDS and share > 0.3 else "article"

def json_ld_types(tree: lxml.html.HtmlElement) -> list[str]:
    """Every ``@type`` named in the page's JSON-LD, at any depth of ``@graph``/``mainEntity``."""
    types: list[str] = []
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        source = re.sub(r"<!\[CDATA\[|\]\]>|<!--|-->", "", script.text_content()).strip(" \n\t;")
        try:
            stack = [json.loads(source, strict=False)]
        except (ValueError, TypeError):
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type", [])
                types.extend(k for k in ([kind] if isinstance(kind, str) else kind) if isinstance(k, str))
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    return types
