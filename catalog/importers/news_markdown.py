"""A news page saved as Markdown (the seed's format): masthead, headline, byline, caption, body.

Layout recognised (each part optional except masthead/headline and body)::

    Since 1975                       <- masthead extras (kept in notes)
    # ARAB NEWS                      <- masthead: the publication
    The Voice of a Changing Region
    ## Headline                      <- title
    ### Standfirst                   <- optional subtitle
    [Author](#), May 06, 2023 20:55  <- byline: authors, date and time as printed
    Caption text. (AFP/File) Short Url
    <https://short.url/x>            <- short URL
    Body paragraphs …
    **Pull quote**                   <- a pull-quote box: a bold paragraph followed by
    *Author*                            an italic attribution line
    *Bio. Twitter: @handle | Disclaimer: …*   <- end matter (last italic paragraph)
"""

from __future__ import annotations

import re
from datetime import datetime

from catalog.errors import ImportFailed
from catalog.importers.base import ParsedActor, ParsedDocument, ParsedQuote
from catalog.messages import Message
from catalog.text import normalise, squash_spaces

FORMAT = "news-markdown"

_MASTHEAD = re.compile(r"^#\s+(?P<name>[^#\n].*?)\s*$")
_HEADLINE = re.compile(r"^##\s+(?P<text>[^#\n].*?)\s*$")
_STANDFIRST = re.compile(r"^###\s+(?P<text>.+?)\s*$")
_BYLINE = re.compile(
    r"^(?P<authors>(?:\[[^\]]+\]\([^)]*\)|[^,\[\]]+?)(?:\s*(?:,|and|&)\s*(?:\[[^\]]+\]\([^)]*\)))*)"
    r",\s*(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4}(?:\s+\d{1,2}:\d{2})?)\s*$"
)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SHORT_URL_LINE = re.compile(r"^<(?P<url>https?://[^>\s]+)>$")
_BOLD_PARA = re.compile(r"^\*\*(?P<text>[^*].*?)\*\*$", re.S)
_ITALIC_PARA = re.compile(r"^\*(?P<text>[^*].*?)\*$", re.S)
_HANDLE = re.compile(r"(?:Twitter|X)\s*:\s*@(?P<handle>\w{1,30})", re.I)
_OPINION = re.compile(r"views expressed by (?:writers|the author)s? in this section", re.I)
_OPEN_QUOTES = "“‘«"
_CLOSE_QUOTES = "”’»"
_SENTENCE_END = ".!?…:;”\"’)"


def sniff(data: bytes, name: str) -> int:
    head = data[:4096].decode("utf-8", errors="replace")
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    has_masthead = any(_MASTHEAD.match(line) for line in lines[:8])
    has_headline = any(_HEADLINE.match(line) for line in lines[:12])
    has_byline = any(_BYLINE.match(line) for line in lines[:16])
    if has_masthead and has_headline and has_byline:
        return 60
    return 0


def parse(data: bytes, name: str) -> ParsedDocument:
    """Parse a saved news page. Raises ImportFailed if the text is not UTF-8."""
    try:
        text = normalise(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFailed(name, Message("text_not_utf8_at", byte=exc.start)) from exc
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    doc = ParsedDocument(format=FORMAT)  # its language: detected from the text at import
    masthead_extras: list[str] = []
    index = 0
    # Header: everything up to and including the short URL (or the byline if there is none).
    while index < len(paragraphs):
        para = paragraphs[index]
        if match := _MASTHEAD.match(para):
            doc.publication = _publication_name(match["name"])
        elif match := _HEADLINE.match(para):
            doc.title = _unmark(match["text"])
        elif (match := _STANDFIRST.match(para)) and doc.title:
            doc.subtitle = _unmark(match["text"])
        elif (match := _BYLINE.match(para)) and doc.title:
            doc.authors = [ParsedActor(name=n) for n in _author_names(match["authors"])]
            doc.published_text = match["date"]
            doc.published_at = _parse_date(match["date"])
        elif match := _SHORT_URL_LINE.match(para):
            doc.short_url = match["url"]
            index += 1
            break
        elif doc.published_text and _is_caption(paragraphs, index):
            caption = re.sub(r"\s*Short Url\s*$", "", para, flags=re.I)
            doc.image_caption = squash_spaces(_unmark(caption))
        elif doc.published_text:
            break  # no caption, no short URL: the body starts here
        elif not doc.title:
            masthead_extras.append(_unmark(para))
        else:
            # a header paragraph we do not recognise: the body starts here
            break
        index += 1
    if not doc.title:
        raise ImportFailed(name, Message("news_no_headline"))
    if masthead_extras:
        doc.notes = "Masthead: " + " · ".join(masthead_extras)

    body_paras, end_matter = _split_body(paragraphs[index:], doc)
    doc.body = "\n\n".join(_join_broken(body_paras))
    doc.end_matter = end_matter
    if end_matter:
        _read_end_matter(end_matter, doc)
    return doc


def _is_caption(paragraphs: list[str], index: int) -> bool:
    """A caption sits between the byline and the short URL, or carries the 'Short Url' label."""
    para = paragraphs[index]
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return bool(re.search(r"Short Url\s*$", para, re.I) or _SHORT_URL_LINE.match(following))


def _split_body(paras: list[str], doc: ParsedDocument) -> tuple[list[str], str]:
    """Separate body paragraphs from pull-quote boxes and the end matter."""
    body: list[str] = []
    end_matter = ""
    author_names = {a.name.lower() for a in doc.authors}
    i = 0
    while i < len(paras):
        para = paras[i]
        bold = _BOLD_PARA.match(para)
        nxt = paras[i + 1] if i + 1 < len(paras) else ""
        nxt_italic = _ITALIC_PARA.match(nxt)
        if bold and nxt_italic and len(nxt_italic["text"]) < 80:
            doc.marked_quotes.append(
                ParsedQuote(exact=squash_spaces(_unmark(bold["text"])), speaker=nxt_italic["text"].strip())
            )
            i += 2
            continue
        italic = _ITALIC_PARA.match(para)
        if italic and i == len(paras) - 1 and (
            _OPINION.search(para)
            or "disclaimer" in para.lower()
            or any(para[1:].lower().startswith(a) for a in author_names)
        ):
            end_matter = squash_spaces(italic["text"])
            break
        for emphasised in re.findall(r"\*\*(.+?)\*\*", para):
            doc.emphasis.append(squash_spaces(_unmark(emphasised)))
        body.append(_unmark(para))
        i += 1
    return body, end_matter


def _read_end_matter(end_matter: str, doc: ParsedDocument) -> None:
    """The end matter holds the author's bio, handle and the section's disclaimer."""
    parts = [squash_spaces(p) for p in end_matter.split("|")]
    for part in parts:
        if _OPINION.search(part):
            doc.section = doc.section or "Opinion"
    for author in doc.authors:
        for part in parts:
            if not part.lower().startswith(author.name.lower()):
                continue
            bio = part[len(author.name) :].strip()
            if handle := _HANDLE.search(bio):
                author.identifiers["twitter"] = "@" + handle["handle"]
                bio = bio[: handle.start()].strip()
            bio = re.sub(r"^(?:is|was)\s+", "", bio).rstrip(" .")
            author.description = bio
            if match := re.match(
                r"^(?:an?|the)\s+(?P<role>[\w\s-]+?)\s+(?:at|of|with)\s+(?:the\s+)?(?P<org>[A-Z][\w&.' -]+)$",
                bio,
            ):
                org = match["org"].strip()
                if bio[match.start("org") - 4 : match.start("org")].lower() == "the ":
                    org_name = org if not org.lower().startswith("the ") else org[4:]
                else:
                    org_name = org
                author.relations.append((f"{match['role']} of", org_name, "organisation"))


def _join_broken(paras: list[str]) -> list[str]:
    """Join a sentence that the page broke across two paragraphs.

    A paragraph that opens a quotation it does not close and does not end a sentence
    continues in the next one (the seed's "…resistance against the" / "Taliban,” …").
    """
    joined: list[str] = []
    for para in paras:
        if joined and _is_broken(joined[-1], para):
            joined[-1] = joined[-1] + " " + para
        else:
            joined.append(para)
    return joined


def _is_broken(previous: str, following: str) -> bool:
    opens = sum(previous.count(c) for c in _OPEN_QUOTES[:1])
    closes = sum(previous.count(c) for c in _CLOSE_QUOTES[:1])
    ends_sentence = previous.rstrip()[-1:] in _SENTENCE_END
    starts_lower = following[:1].islower()
    if ends_sentence:
        return False
    return opens > closes or starts_lower


def _unmark(text: str) -> str:
    """Markdown inline markup to plain text (emphasis, links, escapes)."""
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text, flags=re.S)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text, flags=re.S)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$])", r"\1", text)
    return text.strip()


def _publication_name(masthead: str) -> str:
    masthead = _unmark(masthead)
    if masthead.isupper():
        return " ".join(word.capitalize() if len(word) > 3 else word.title() for word in masthead.split())
    return masthead


def _author_names(text: str) -> list[str]:
    names = [m.strip() for m in _LINK.findall(text)]
    if not names:
        names = [n.strip() for n in re.split(r",|\band\b|&", text) if n.strip()]
    return [squash_spaces(re.sub(r"^By\s+", "", n, flags=re.I)) for n in names if n]


def _parse_date(text: str) -> datetime | None:
    cleaned = text.replace(",", "").replace(".", "")
    for pattern in ("%B %d %Y %H:%M", "%b %d %Y %H:%M", "%B %d %Y", "%b %d %Y"):
        try:
            return datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    return None
