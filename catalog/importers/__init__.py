"""Choose an importer by content and run it, turning every failure into ImportFailed.

``parse_bytes(data, name)`` is the one entry point the catalogue uses. Importers are sniffed
by content first (a saved web page called ``.txt`` is still HTML); the file's extension only
breaks ties.
"""

from __future__ import annotations

from types import ModuleType

from catalog.errors import ImportFailed
from catalog.importers.base import ParsedDocument

MAX_BYTES = 64 * 1024 * 1024


def _modules() -> list[ModuleType]:
    from catalog.importers import docx, html, news_markdown, pdf, plaintext

    return [news_markdown, html, pdf, docx, plaintext]


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
    if len(data) > MAX_BYTES:
        raise ImportFailed(name, f"the file is {len(data) // (1024 * 1024)} MiB; the limit is 64 MiB")
    module = detect_format(data, name)
    if module is None:
        raise ImportFailed(name, "not a format Pressmark reads (HTML, Markdown, text, PDF, DOCX)")
    try:
        parsed = module.parse(data, name)
    except ImportFailed:
        raise
    except Exception as exc:  # an importer's library failing on hostile input
        raise ImportFailed(name, f"could not be read as {module.FORMAT}: {exc}") from exc
    if not parsed.body.strip():
        raise ImportFailed(name, f"no article text found in this {module.FORMAT} file")
    return parsed
