"""PDF files: the text layer of every page, rebuilt into paragraphs, read with pypdf.

``parse`` is pure and runs in the import worker. It raises :class:`ImportFailed` for a file
that is not a PDF, is truncated or damaged beyond pypdf's repair, is password-protected, or
has no text layer (a scan: Pressmark does no OCR). The PDF's creation date is not taken as
the publication date: it is usually when someone printed the page.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter

from catalog import importers
from catalog.errors import ImportFailed
from catalog.importers.base import ParsedActor, ParsedDocument
from catalog.messages import Message
from catalog.text import normalise, squash_spaces

FORMAT = "pdf"

_PAGE_NUMBER = re.compile(r"(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.I)
_JUNK_TITLES = re.compile(
    r"^(untitled|document\d*|microsoft word - .*|.*\.(docx?|pdf|odt|rtf))$", re.I
)
# a line that only introduces what follows: "English:", "Abstract:", "Résumé :"
_LABEL = re.compile(r"^[^\W\d][\w’' -]{0,30}\s?:$")
# a heading in capitals with its page number glued on: "THE SIEGE OF VICKSBURG. 49",
# "48 THE ARMY OF THE TENNESSEE"
_RUNNING_HEAD = re.compile(
    r"(?:(?P<before>\d{1,4})\s+)?(?P<head>(?!PAGE\b)(?=[^a-z]*[A-Z]{2})[^a-z\d]{3,100}?)"
    r"(?(before)|[.,]?\s+\d{1,4})"
)
_JUNK_AUTHORS = {"admin", "administrator", "user", "unknown", "owner", "author", "windows user"}


def sniff(data: bytes, name: str) -> int:
    """60 when the file starts with ``%PDF-`` (40 when it appears within the first 1 KiB, as
    readers allow); 1 for a ``.pdf`` name without it, so :func:`parse` explains; else 0."""
    position = data[:1024].find(b"%PDF-")
    if position == 0:
        return 60
    if position > 0:
        return 40
    return 1 if name.lower().endswith(".pdf") else 0


def parse(data: bytes, name: str) -> ParsedDocument:
    """Read a PDF's text and document information. Raises ImportFailed with the reason."""
    start = data[:1024].find(b"%PDF-")
    if start < 0:
        raise ImportFailed(name, Message("import_pdf_not_pdf"))
    reader, page_texts = _read(data[start:], name)
    paragraphs = rebuild_paragraphs(page_texts)
    if not paragraphs:
        raise ImportFailed(name, Message("import_pdf_no_text_layer"))
    info = _info(reader)
    title, paragraphs = choose_title(info.get("/Title", ""), paragraphs, running_heads(page_texts))
    names = [squash_spaces(n) for n in re.split(r";|,|\s&\s|\s+and\s+", info.get("/Author", ""))]
    names = [n for n in names if n and n.casefold() not in _JUNK_AUTHORS]
    return ParsedDocument(
        format=FORMAT,
        title=normalise(title),
        subtitle=normalise(info.get("/Subject", "")),
        language=normalise(_language(reader)),
        body=normalise("\n\n".join(paragraphs)),
        authors=[ParsedActor(name=normalise(n)) for n in names],
    )


def choose_title(declared: str, paragraphs: list[str], heads: list[str]) -> tuple[str, list[str]]:
    """The document's title and the body paragraphs left once it is taken out.

    The Info dictionary's title, unless it is junk (a file name, "Untitled"), a bare label
    ("English:") or a running head; then the first short paragraph that is not a label
    ("English:", "Résumé :" introduce the text that follows); then the first page's running
    head without its page number ("THE SIEGE OF VICKSBURG. 49" gives "THE SIEGE OF
    VICKSBURG"). A title repeated as the first paragraph leaves the body.
    """
    title = _without_page_number(declared)
    if title and not (_JUNK_TITLES.match(title) or _LABEL.match(title)):
        if paragraphs and _fold(paragraphs[0]) == _fold(title):
            paragraphs = paragraphs[1:]
        return title, paragraphs
    for index, paragraph in enumerate(paragraphs[:3]):
        if _LABEL.match(paragraph):
            continue
        if len(paragraphs) > 1 and len(paragraph) <= 200 and len(paragraph.split()) <= 25:
            return paragraph, paragraphs[:index] + paragraphs[index + 1 :]
        break
    return (heads[0] if heads else ""), paragraphs


def _without_page_number(line: str) -> str:
    """A running head's words without the page number glued to either end, or the line."""
    match = _RUNNING_HEAD.fullmatch(squash_spaces(line))
    return match["head"].strip(" .,;:") if match else squash_spaces(line)


def running_heads(page_texts: list[str]) -> list[str]:
    """The running heads of the pages, in page order, without their page numbers: a line
    in capitals at a page's top with a page number before or after it."""
    heads = []
    for text in page_texts:
        lines = [squash_spaces(line) for line in text.split("\n") if line.strip()]
        for line in lines[:2]:
            if _RUNNING_HEAD.fullmatch(line):
                heads.append(_without_page_number(line))
                break
    return heads


def _read(data: bytes, name: str):
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError as exc:
                raise ImportFailed(name, Message("import_pdf_encrypted", detail=str(exc))) from exc
            if opened == PasswordType.NOT_DECRYPTED:
                raise ImportFailed(name, Message("import_pdf_password"))
        if len(reader.pages) == 0:
            raise ImportFailed(name, Message("import_pdf_no_pages"))
        texts: list[str] = []
        length = 0
        for page in reader.pages:
            texts.append(page.extract_text() or "")
            length += len(texts[-1])
            if length > importers.MAX_TEXT_CHARS:  # stop early: extraction is the slow part
                raise ImportFailed(name, importers.text_refusal(length, over=True))
        return reader, texts
    except ImportFailed:
        raise
    except Exception as exc:  # pypdf raises many kinds (KeyError, ValueError…) on broken files
        raise ImportFailed(name, Message("import_pdf_damaged", detail=f"{type(exc).__name__}: {exc}")) from exc


def _info(reader) -> dict[str, str]:
    try:
        metadata = reader.metadata or {}
        return {k: squash_spaces(str(v)) for k, v in metadata.items() if isinstance(v, str)}
    except Exception:  # a broken Info dictionary only costs us the metadata
        return {}


def _language(reader) -> str:
    try:
        lang = reader.trailer["/Root"].get("/Lang")
        return str(lang) if lang else ""
    except Exception:  # same: optional metadata
        return ""


def rebuild_paragraphs(page_texts: list[str]) -> list[str]:
    """Turn per-page extracted text into paragraphs.

    Drops running headers/footers (lines repeated at the top or bottom of most pages, and
    a heading in capitals with its page number at a page's top) and page numbers; joins hyphenated line breaks ("exam-\\nple" -> "example") and wrapped
    lines; starts a new paragraph after a blank line or a line much shorter than the
    page's typical line (the last line of a paragraph rarely fills the measure).
    """
    pages = [[squash_spaces(line) for line in text.split("\n")] for text in page_texts]
    furniture = _running_lines(pages)
    lines: list[str] = []
    for page in pages:
        for index, line in enumerate(page):
            edge = index < 2 or index >= len(page) - 2
            if line and (_PAGE_NUMBER.fullmatch(line) or (edge and _shape(line) in furniture)):
                continue
            if index < 2 and _RUNNING_HEAD.fullmatch(line):
                continue
            lines.append(line)
    lengths = [len(line) for line in lines if len(line) > 20]
    typical = statistics.median(lengths) if len(lengths) >= 3 else 0
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            paragraphs.append(current)
            current = ""
            continue
        if (
            current.endswith("-")
            and re.match(r"[a-zà-ÿ]", line)
            and re.search(r"[a-zà-ÿ]-$", current)
        ):
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if len(line) < 0.75 * typical or not typical:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return [p.strip() for p in paragraphs if p.strip()]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) at a page's top or bottom on at least half of 3+ pages."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page if line]
        counts.update({_shape(line) for line in lines[:2] + lines[-2:]})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) / 2)}


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
