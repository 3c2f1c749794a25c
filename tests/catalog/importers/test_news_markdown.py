"""The seed's format: every field a careful archivist records, checked one by one."""

from __future__ import annotations

from datetime import datetime

import pytest

from catalog.errors import ImportFailed
from catalog.importers import detect_format, news_markdown, parse_bytes


@pytest.fixture
def seed(seed_file):
    return parse_bytes(seed_file.read_bytes(), seed_file.name)


def test_seed_is_sniffed_as_a_news_page(seed_file):
    assert detect_format(seed_file.read_bytes(), "anything.bin") is news_markdown


def test_seed_metadata(seed):
    assert seed.publication == "Arab News"
    assert seed.title == "While the Taliban struggle to govern, the Afghan opposition is continuing to mobilize"
    assert seed.published_at == datetime(2023, 5, 6, 20, 55)
    assert seed.published_text == "May 06, 2023 20:55"
    assert seed.short_url == "https://arab.news/7m8f6"
    assert seed.section == "Opinion"
    assert seed.language == ""  # the format does not say: detected at import
    assert seed.image_caption == (
        "At least 13 members of the Taliban's so-called government are under some form of UN sanctions. (AFP/File)"
    )
    assert "Since 1975" in seed.notes and "The Voice of a Changing Region" in seed.notes


def test_seed_author_with_bio_and_handle(seed):
    assert [a.name for a in seed.authors] == ["Luke Coffey"]
    author = seed.authors[0]
    assert author.type == "person"
    assert "senior fellow at the Hudson Institute" in author.description
    assert author.identifiers == {"twitter": "@LukeDCoffey"}
    assert ("senior fellow of", "Hudson Institute", "organisation") in author.relations


def test_seed_body_has_no_masthead_byline_caption_pullquote_or_end_matter(seed):
    body = seed.body
    assert body.startswith("A lot of the recent focus regarding developments in Afghanistan")
    assert body.endswith("opposition movements are finding it increasingly easy to mobilize. Keep an eye on the Vienna process.")
    for boilerplate in ("ARAB NEWS", "Since 1975", "Voice of a Changing Region", "Short Url", "arab.news",
                        "(AFP/File)", "Disclaimer", "@LukeDCoffey", "[Luke Coffey]", "**", "\\$"):  # fmt: skip
        assert boilerplate not in body, boilerplate
    # the pull-quote box's text stands once, where the author wrote it in the body
    assert body.count("It is too early to tell what long-term impact") == 1
    assert "*Luke Coffey*" not in body and "\n\nLuke Coffey\n\n" not in body
    assert "$7 billion" in body


def test_seed_sentence_broken_across_paragraphs_is_joined(seed):
    assert "agreed to “support all forms of resistance against the Taliban,” including armed resistance." in seed.body
    assert "against the\n" not in seed.body


def test_seed_end_matter_kept_apart(seed):
    assert seed.end_matter.startswith("Luke Coffey is a senior fellow at the Hudson Institute.")
    assert "Disclaimer: Views expressed by writers in this section are their own" in seed.end_matter


def test_seed_pull_quote_is_marked_with_its_speaker(seed):
    assert len(seed.marked_quotes) == 1
    marked = seed.marked_quotes[0]
    assert marked.exact == (
        "It is too early to tell what long-term impact the second meeting in Vienna will have on the future of Afghanistan."
    )
    assert marked.kind == "pull_quote" and marked.speaker == "Luke Coffey"
    assert marked.exact in seed.body


def test_seed_body_is_normalised(seed):
    import unicodedata

    assert unicodedata.is_normalized("NFC", seed.body)
    assert "\r" not in seed.body and "\ufeff" not in seed.body


def test_our_sample_article_parses(sample_file):
    doc = parse_bytes(sample_file.read_bytes(), sample_file.name)
    assert doc.format == "news-markdown"
    assert doc.publication == "The Harbour Ledger"
    assert doc.authors[0].name == "Mara Okonjo"
    assert doc.marked_quotes[0].speaker == "Helen Castellan"
    assert "الذاكرة أمانة" in doc.body


def test_not_utf8_is_a_clear_error():
    data = "# ARAB NEWS\n\n## Headline\n\n[A B](#), May 06, 2023 20:55\n\nBody caf\xe9\n".encode("latin-1")
    with pytest.raises(ImportFailed, match="page.md: is not valid UTF-8"):
        news_markdown.parse(data, "page.md")


def test_missing_headline_is_a_clear_error():
    with pytest.raises(ImportFailed, match="no headline"):
        news_markdown.parse(b"# MASTHEAD\n\nJust text.\n", "x.md")
