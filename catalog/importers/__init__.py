"""Choose an importer by content and run it, turning every failure into ImportFailed.

``parse_bytes(data, name)`` is the one entry point the catalogue uses. Importers are sniffed
by content first (a saved web page called ``.txt`` is still HTML); the file's extension only
breaks ties.
"""

from __future__ import annotations

from types import ModuleType

from catalog.errors import ImportFailed
from catalog.importers.base import ParsedDocument
from catalog.messages import STEPS, Message

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
# the files of a format, as a refusal names them (catalog.messages.SENTENCES)
_FORMAT_NAMES = {
    "text": "files_text",
    "news-markdown": "files_text",
    "html": "files_html",
    "pdf": "files_pdf",
    "docx": "files_docx",
    "mhtml": "files_mhtml",
}


def megabytes(size: int) -> str:
    """``size`` bytes as the user reads it: "80 MB", "16.4 MB" (a Message)."""
    value = size / MB
    return Message("megabytes", value=f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.1f}")


def size_refusal(size: int, limit: int, format: str = "") -> str:
    """The reason a file of ``size`` bytes is refused, stating the limit it is over."""
    what = Message(_FORMAT_NAMES.get(format, "files_any"))
    shown = megabytes(size)
    if f"{size / MB:.1f}" == f"{limit / MB:.1f}":
        shown = Message("just_over", size=megabytes(limit))
    return Message("import_too_big", size=shown, files=what, most=megabytes(limit))


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
        raise ImportFailed(name, Message("import_empty"))
    if len(data) > READ_LIMIT:
        raise ImportFailed(name, size_refusal(len(data), READ_LIMIT))
    module = detect_format(data, name)
    if module is None:
        if _web_archive(data, name):
            raise ImportFailed(name, Message("import_web_archive_bytes", step=STEPS["import"]))
        raise ImportFailed(name, Message("import_unknown_format"))
    limit = MAX_BYTES.get(module.FORMAT, READ_LIMIT)
    if len(data) > limit:
        raise ImportFailed(name, size_refusal(len(data), limit, module.FORMAT))
    try:
        parsed = module.parse(data, name)
    except ImportFailed:
        raise
    except Exception as exc:  # an importer's library failing on hostile input
        raise ImportFailed(name, Message("import_unreadable_as", format=module.FORMAT, detail=str(exc))) from exc
    if not parsed.body.strip():
        raise ImportFailed(name, Message("import_no_text_in", format=module.FORMAT))
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
    key = "import_text_over_too_long" if over else "import_text_too_long"
    return Message(key, millions=f"{length / MB:.1f}", most=MAX_TEXT_CHARS // MB)
