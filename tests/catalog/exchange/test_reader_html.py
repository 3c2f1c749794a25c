"""The HTML reader: offline, script-free, escaped, quotes highlighted, indexes of actors and tags."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.catalog.exchange.conftest import HOSTILE_NOTE


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parsed(path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_pages_are_self_contained_and_script_free(exported):
    data = exported.bag / "data"
    pages = [data / "index.html", *sorted((data / "reader").glob("*.html"))]
    assert len(pages) == 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.lower() and "javascript:" not in html.lower()
        assert "default-src 'none'" in html
        for tag, attrs in parsed(page).tags:
            assert tag not in ("script", "link", "img", "iframe", "object", "embed")
            assert not any(k.startswith("on") for k in attrs)
            target = attrs.get("href") or attrs.get("src") or ""
            if target and not target.startswith(("#", "reader/", "../index.html")):
                assert target.startswith("https://") and tag == "a", target


def test_article_page_highlights_quotes_and_escapes_text(exported):
    page = exported.bag / "data" / "reader" / f"{exported.ids['document']}.html"
    html = page.read_text(encoding="utf-8")
    quotes = exported.catalog.quotes.find()
    assert html.count("<mark") >= len(quotes)
    collector = parsed(page)
    marked = "".join(collector.text)
    for quote in quotes:
        assert f'id="q-{quote.uuid}"' in html
        assert quote.exact in marked
    assert HOSTILE_NOTE not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in html
    assert HOSTILE_NOTE in "".join(collector.text)  # shown to the reader as text
    assert "Helen Castellan" in html and "Heritage/Archives" in html and "Read in print first." in html


def test_index_lists_articles_actors_and_tags(exported):
    index = exported.bag / "data" / "index.html"
    html = index.read_text(encoding="utf-8")
    assert f'href="reader/{exported.ids["document"]}.html"' in html
    for actor in exported.catalog.actors.find():
        assert f'id="a-{actor.uuid}"' in html
    for tag in exported.catalog.tags.find():
        assert f'<span class="tag">{tag.path}</span>' in html
    assert re.search(r'reader/[0-9a-f-]{36}\.html#q-[0-9a-f-]{36}', html)
