"""Choose an importer by content and run it, turning every failure into ImportFailed.

``parse_bytes(data, name)`` is the one entry point the catalogue uses. Importers are sniffed
by content first (a saved web page called ``.txt`` is still HTML); the file's extension only
breaks ties.
"""

from __future__ import annotations

from types import ModuleType

from catalog.errors import ImportFailed
from catalog.importers.base import ParsedDocument

MB = 1_000_000
# The largest file of each format Pressmark imports, and the longest text it keeps from one:
# sizes measured to import (read, parse, propose, store, index) in about a minute at most
# and well under 1.5 GB, on 2 cores shared with other work. Measured with generated news
# prose of 3,000 distinct names and a quotation every few sentences:
#   plain text  8.4 MB: 26 s, 0.5 GB; 16.9 MB: 36 s, 0.9 GB
#   web page   16 MB (13.5 million characters of text): 48 s, 1.0 GB; 32 MB took 43 s
#              to parse alone
#   PDF        16 million characters of text (6.5 MB): 59 s, 0.8 GB. A PDF's bytes are
#              mostly pictures, not text: its size is bounded loosely, its text tightly
#   Word       8 million characters: 39 s, 0.5 GB; what bounds it is the unpacked XML
#              (docx.MAX_XML_BYTES)
MAX_BYTES = {
    "text": 16 * MB,
    "news-markdown": 16 * MB,
    "html": 16 * MB,
    "pdf": 64 * MB,
    "docx": 64 * MB,
    # a page and its pictures, base64-encoded: most of it is not the page
    "mhtml": 64 * MB,
}
READ_LIMIT = max(MAX_BYTES.values())  # read no more of any file than this
# Whatever the format, the text is what proposals and the index take time over.
MAX_TEXT_CHARS = 16 * MB
_FORMAT_NAMES = {
    "text": "text and Markdown files",
    "news-markdown": "text and Markdown files",
    "html": "web pages",
    "pdf": "PDF files",
    "docx": "Word documents",
    "mhtml": "saved web pages (MHTML)",
}


def megabytes(size: int) -> str:
    """``size`` bytes as the user reads it: "80 MB", "16.4 MB"."""
    value = size / MB
    return f"{value:.0f} MB" if value >= 100 or value == int(value) else f"{value:.1f} MB"


def size_refusal(size: int, limit: int, format: str = "") -> str:
    """The reason a file of ``size`` bytes is refused, stating the limit it is over."""
    what = _FORMAT_NAMES.get(format, "files")
    shown = megabytes(size)
    if f"{size / MB:.1f}" == f"{limit / MB:.1f}":
        shown = "just over " + megabytes(limit)
    return f"the file is {shown}; Pressmark imports {what} up to {megabytes(limit)}; split it into smaller files"


def _modules() -> list[ModuleType]:
    from catalog.importers import docx, html, mhtml, news_markdown, pdf, plaintext

    return [news_markdown, html, mhtml, pdf, docx, plaintext]


def detect_format(data: bytes, name: str) -> ModuleType | None:
    """Return the importer module most confident about ``data``, or None."""
    best: tuple[int, ModuleType] | None = None
    for module in _modules():
        score = module.sniff(data, name)
        if score > 0 and (best is None or score > best[0]):
            best = (score, module)
    return best[1] if best else None


def parse_bytes(data: bytes, name: str) -> ParsedDocument:
    """Parse one file's bytes. Raises ImportFailed naming ``name`` with a clear reason."""
    if not data or not data.strip():
        raise ImportFailed(name, "the file is empty")
    if len(data) > READ_LIMIT:
        raise ImportFailed(name, size_refusal(len(data), READ_LIMIT))
    module = detect_format(data, name)
    if module is None:
        if _web_archive(data, name):
            raise ImportFailed(name, "is a web archive, which holds many pages: import it as a file (File → Import, or pressmark import)")
        raise ImportFailed(name, "not a format Pressmark reads (HTML, MHTML, Markdown, text, PDF, DOCX, WARC, WACZ)")
    limit = MAX_BYTES.get(module.FORMAT, READ_LIMIT)
    if len(data) > limit:
        raise ImportFailed(name, size_refusal(len(data), limit, module.FORMAT))
    try:
        parsed = module.parse(data, name)
    except ImportFailed:
        raise
    except Exception as exc:  # an importer's library failing on hostile input
        raise ImportFailed(name, f"could not be read as {module.FORMAT}: {exc}") from exc
    if not parsed.body.strip():
        raise ImportFailed(name, f"no article text found in this {module.FORMAT} file")
    if len(parsed.body) > MAX_TEXT_CHARS:
        raise ImportFailed(name, text_refusal(len(parsed.body)))
    return parsed


def _web_archive(data: bytes, name: str) -> bool:
    from pathlib import Path

    from catalog.importers import web_archive

    return web_archive.archive_format(Path(name), data[: web_archive.HEAD_BYTES]) is not None


def text_refusal(length: int, over: bool = False) -> str:
    """The reason a file whose text is ``length`` characters long (``over``: at least that,
    when reading stopped there) is refused."""
    return (
        f"its text is {'over ' if over else ''}{length / MB:.1f} million characters long; Pressmark imports articles of "
        f"up to {MAX_TEXT_CHARS // MB} million characters; split it into smaller files"
    )
