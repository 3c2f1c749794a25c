"""The web-page importer: sniffing, decoding, metadata fallbacks, failures, and its accuracy
on the real pages of ../shared/corpus/html (scored by bench/html_truth.py's rules)."""

from __future__ import annotations

import os
import socket
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bench.html_truth import corpus_dir, load_truth, score_page, summarise
from catalog.errors import ImportFailed
from catalog.importers import detect_format, html, parse_bytes

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"

ARTICLE = """<!DOCTYPE html>
<html lang="en-gb"><head>
<meta charset="utf-8">
<title>Harbour fees rise again | The Coastal Ledger</title>
<meta property="og:title" content="Harbour fees rise again">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:url" content="https://ledger.example/2024/harbour-fees">
<meta name="description" content="Fishermen say the rise will push small boats out of the port.">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
{extra_head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Harbour fees rise again</h1>
<p class="byline">{byline}</p>
<figure><img src="a.jpg"><figcaption>Boats moored in the old harbour at dawn.</figcaption></figure>
<p>The harbour board voted on Monday to raise mooring fees for the third year running,
a decision that fishermen say will push the smallest boats out of the port.</p>
<p>“We cannot keep paying more for less,” said Maria Costa, who has fished from the
harbour for thirty years. The board said the money would repair the north wall.</p>
<p>The new fees take effect in April. A public meeting is planned for next week at the
town hall, where residents can put questions to the board’s chair.</p>
</article>
<footer><p>© The Coastal Ledger. All rights reserved.</p></footer>
</body></html>
"""


def page(byline: str = "By Ann Lee and Bob Ray", extra_head: str = "") -> str:
    return ARTICLE.format(byline=byline, extra_head=extra_head)


def test_sniff_scores_documents_high_and_text_zero():
    data = page().encode()
    assert html.sniff(data, "a.html") > html.sniff(data, "a.txt") >= 40
    assert html.sniff(b"<p>Just a paragraph</p>", "x") == 20
    assert html.sniff(b"Plain words, no markup at all.", "x.html") == 0
    assert html.sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html></html>", "x") >= 40


def test_article_fields():
    doc = html.parse(page().encode(), "harbour.html")
    assert doc.format == "html"
    assert doc.title == "Harbour fees rise again"
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bob Ray"]
    assert doc.published_at == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert doc.published_text == "2024-03-05T09:30:00+00:00"
    assert doc.publication == "The Coastal Ledger"
    assert doc.url == "https://ledger.example/2024/harbour-fees"
    assert doc.language == "en-GB"
    assert doc.image_caption == "Boats moored in the old harbour at dawn."
    assert doc.subtitle == "Fishermen say the rise will push small boats out of the port."
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The harbour board voted on Monday")
    assert "Home" not in doc.body and "All rights reserved" not in doc.body


def test_html_saved_as_txt_is_still_html():
    data = page().encode()
    assert detect_format(data, "saved-page.txt") is html
    assert parse_bytes(data, "saved-page.txt").format == "html"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By ANN LEE; Bob Ray", ["Ann Lee", "Bob Ray"]),
        ("By Ann Lee, Bob Ray &amp; Carla Diaz", ["Ann Lee", "Bob Ray", "Carla Diaz"]),
        ("By Ann Lee Updated 5 March 2024, 09:30", ["Ann Lee"]),
        (
            "Par Sébastien Martin (avec Luc Blanc et Eve Noir)",
            ["Sébastien Martin", "Luc Blanc", "Eve Noir"],
        ),
    ],
)
def test_bylines_are_split_and_cleaned(byline, names):
    doc = html.parse(page(byline=byline).encode(), "a.html")
    assert [a.name for a in doc.authors] == names


def test_placeholder_author_falls_back_to_json_ld():
    head = (
        '<meta name="author" content="Username">'
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "author": [{"@type": "Person", "name": "Dana Wu"},],'
        ' "datePublished": "2024-03-04T22:15:00-05:00"}</script>'
    )
    doc = html.parse(page(byline="", extra_head=head).encode(), "a.html")
    assert [a.name for a in doc.authors] == ["Dana Wu"]
    assert doc.published_at == datetime(2024, 3, 4, 22, 15, tzinfo=timezone(timedelta(hours=-5)))


def test_agency_byline_is_an_organisation():
    doc = html.parse(page(byline="AFP").encode(), "a.html")
    assert [(a.name, a.type) for a in doc.authors] == [("AFP", "organisation")]


def test_cp1252_page_is_decoded_by_its_meta_charset():
    text = page().replace('charset="utf-8"', 'charset="windows-1252"')
    doc = html.parse(text.encode("cp1252"), "a.htm")
    assert "“We cannot keep paying more for less,”" in doc.body
    assert "board’s chair" in doc.body


def test_utf8_page_with_stale_latin1_label_stays_utf8():
    text = page().replace('charset="utf-8"', 'charset="iso-8859-1"')
    doc = html.parse(text.encode("utf-8"), "a.htm")
    assert "“We cannot keep paying more for less,”" in doc.body


def test_utf16_page_with_bom():
    doc = html.parse(page().encode("utf-16"), "a.html")
    assert doc.title == "Harbour fees rise again"


def test_text_is_normalised():
    decomposed = unicodedata.normalize("NFD", page(byline="By José Núñez")).replace("\n", "\r\n")
    doc = html.parse(decomposed.encode(), "a.html")
    for value in (doc.title, doc.body, doc.authors[0].name, doc.image_caption):
        assert value == unicodedata.normalize("NFC", value)
        assert "\r" not in value and "\ufeff" not in value
    assert doc.authors[0].name == "José Núñez"


def test_empty_page_fails():
    with pytest.raises(ImportFailed, match="empty"):
        html.parse(b"  \n ", "empty.html")


def test_page_without_text_fails():
    with pytest.raises(ImportFailed, match="no article text"):
        html.parse(
            b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", "a.html"
        )


def test_binary_garbage_fails_clearly():
    garbage = os.urandom(4096) + b"\x00" * 10
    with pytest.raises(ImportFailed, match="binary"):
        html.parse(garbage, "a.html")
    with pytest.raises(ImportFailed):
        parse_bytes(garbage, "a.html")


def test_truncated_page_keeps_what_it_has():
    data = page().encode()
    cut = data[: data.index(b"A public meeting")]
    doc = html.parse(cut, "cut.html")
    assert doc.title == "Harbour fees rise again"
    assert "north wall" in doc.body


def test_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML importer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    head = '<link rel="canonical" href="https://ledger.example/2024/harbour-fees">'
    assert html.parse(page(extra_head=head).encode(), "a.html").body


# --- the real corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> Path:
    folder = corpus_dir(SHARED.resolve())
    if not (folder / "ground_truth.jsonl").is_file():
        reason = f"{SHARED}/corpus/html not found: the shared corpus lives beside the repository"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI must have it)")
        pytest.skip(reason)
    return folder


@pytest.fixture(scope="module")
def corpus_scores(corpus):
    scores = []
    for truth in load_truth(corpus):
        doc = html.parse(truth.html_path.read_bytes(), truth.html_path.name)
        names = [a.name for a in doc.authors]
        scores.append(score_page(truth, doc.title, names, doc.published_at, doc.body))
    return scores


def test_every_corpus_page_is_sniffed_as_html(corpus):
    for truth in load_truth(corpus):
        data = truth.html_path.read_bytes()
        assert detect_format(data, truth.html_path.name) is html, truth.id


def test_corpus_accuracy_thresholds(corpus_scores):
    """Tolerant matching as documented in bench/html_truth.py; thresholds from the brief."""
    totals = summarise(corpus_scores)
    misses = {
        name: [s.id for s in corpus_scores if getattr(s, name) is False]
        for name in ("title", "author", "date")
    }
    # the titles missed (bug-1255978, theverge, yahoo-2) are pages whose truth follows og:title
    # or the JSON-LD headline where the page's <h1> reads otherwise, or names the site
    assert totals.title >= 90, misses["title"]
    assert totals.author >= 90, misses["author"]
    assert totals.date >= 95, misses["date"]
    assert totals.recall >= 97
    assert totals.precision >= 95


def test_corpus_bodies_are_paragraphs(corpus):
    for truth in load_truth(corpus)[:12]:
        doc = html.parse(truth.html_path.read_bytes(), truth.html_path.name)
        assert "\n\n" in doc.body, truth.id
        assert "\n\n\n" not in doc.body and "\r" not in doc.body, truth.id
        assert doc.title and doc.title == doc.title.strip(), truth.id
