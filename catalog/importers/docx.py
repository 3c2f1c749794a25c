"""Word documents (.docx): title, authors and paragraphs, read with python-docx.

``parse`` is pure and runs in the import worker. It raises :class:`ImportFailed` for a file
that is not a Word document, is a damaged or truncated zip, or would inflate beyond a sane
size (a zip bomb). Title comes from the core properties, else the first Title/Heading
paragraph; authors from the core properties (ignoring template placeholders).
"""

from __future__ import annotations

import io
import re
import zipfile

from catalog.errors import ImportFailed
from catalog.importers import megabytes
from catalog.importers.base import ParsedActor, ParsedDocument
from catalog.messages import Message
from catalog.text import normalise, squash_spaces

FORMAT = "docx"

MAX_INFLATED_BYTES = 512 * 1024 * 1024
# The XML python-docx parses (the document's text and layout), unpacked: its parse is the
# slow part of a big Word file. 42 MB of it (16 million characters in sentence-long runs)
# took 47 s and 0.5 GB to parse alone, on 2 cores shared with other work.
MAX_XML_BYTES = 24_000_000
# Authors that templates and tools write, not people.
_PLACEHOLDER_AUTHORS = {
    "python-docx", "microsoft office user", "windows user", "user", "admin", "administrator",
    "author", "unknown", "owner", "apache poi", "pandoc",
}  # fmt: skip


def sniff(data: bytes, name: str) -> int:
    """60 for a zip holding ``word/document.xml``; 1 for a ``.docx`` name that is not one
    (so :func:`parse` explains); else 0. Reads only the zip's directory."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return 60
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            pass
    return 1 if name.lower().endswith((".docx", ".docm", ".dotx")) else 0


def parse(data: bytes, name: str) -> ParsedDocument:
    """Read a .docx file. Raises ImportFailed when it is not a readable Word document."""
    _check_archive(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document))
        props = document.core_properties
        meta_title, meta_author, language = (
            props.title or "",
            props.author or "",
            props.language or "",
        )
    except Exception as exc:  # python-docx/lxml raise many kinds on damaged parts
        raise ImportFailed(name, Message("import_docx_damaged", detail=f"{type(exc).__name__}: {exc}")) from exc
    blocks = [(kind, text) for kind, text in blocks if text]
    title = _take_title(blocks, squash_spaces(meta_title))
    position = next((i for i, (kind, _) in enumerate(blocks[:3]) if kind == "subtitle"), None)
    subtitle = blocks.pop(position)[1] if position is not None else ""
    body = [text for _, text in blocks]
    names = [squash_spaces(n) for n in re.split(r";|,|\s&\s|\s+and\s+", meta_author)]
    return ParsedDocument(
        format=FORMAT,
        title=normalise(title),
        subtitle=normalise(subtitle),
        language=normalise(language),
        body=normalise("\n\n".join(body)),
        authors=[
            ParsedActor(name=normalise(n))
            for n in names
            if n and n.casefold() not in _PLACEHOLDER_AUTHORS
        ],
    )


def _take_title(blocks: list[tuple[str, str]], meta_title: str) -> str:
    """Pick the title and remove its paragraph from ``blocks``: a Title-styled paragraph near
    the top (what the reader sees), else the core-properties title, else a leading heading
    or short first line."""
    position = next((i for i, (kind, _) in enumerate(blocks[:5]) if kind == "title"), None)
    if position is None and not meta_title and blocks and blocks[0][0] == "heading":
        position = 0
    if position is not None:
        return blocks.pop(position)[1]
    if meta_title:
        if blocks and _fold(blocks[0][1]) == _fold(meta_title):
            blocks.pop(0)
        return meta_title
    first = blocks[0][1] if len(blocks) > 1 else ""
    if first and len(first) <= 200 and "\n" not in first and not first.endswith("."):
        return blocks.pop(0)[1]
    return ""


def _check_archive(data: bytes, name: str) -> None:
    """Raise ImportFailed unless ``data`` is an intact zip with a Word main part."""
    if not data.startswith(b"PK"):
        raise ImportFailed(name, Message("import_docx_not_zip"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if "word/document.xml" not in {info.filename for info in infos}:
                raise ImportFailed(name, Message("import_docx_zip_not_word"))
            if sum(info.file_size for info in infos) > MAX_INFLATED_BYTES:
                raise ImportFailed(name, Message("import_docx_unpacks_too_big"))
            xml = sum(info.file_size for info in infos if info.filename.endswith((".xml", ".rels")))
            if xml > MAX_XML_BYTES:
                raise ImportFailed(name, Message("import_docx_layout_too_big", size=megabytes(xml), most=megabytes(MAX_XML_BYTES)))
            bad = archive.testzip()
            if bad is not None:
                raise ImportFailed(name, Message("import_docx_corrupt_part", part=bad))
    except ImportFailed:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise ImportFailed(name, Message("import_docx_truncated", detail=str(exc))) from exc


def _blocks(document) -> list[tuple[str, str]]:
    """``(kind, text)`` per paragraph and table row in reading order; kind is "title",
    "subtitle", "heading" or ""."""
    from docx.table import Table

    out = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [squash_spaces(cell.text) for cell in row.cells]
                unique = [c for i, c in enumerate(cells) if c and c not in cells[:i]]
                out.append(("", " | ".join(unique)))
            continue
        text = "\n".join(squash_spaces(line) for line in item.text.split("\n")).strip()
        style = (item.style.name if item.style is not None else "").casefold()
        kind = "title" if style == "title" else "subtitle" if style == "subtitle" else ""
        if style.startswith("heading"):
            kind = "heading"
        out.append((kind, text))
    return out


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
