"""Plain text and generic Markdown: a title line, perhaps a byline, then paragraphs.

The fallback importer: it sniffs low (5-10) so that specific formats (a saved news page in
Markdown, HTML called ``.txt``) win. ``parse`` is pure, runs in the import worker, and raises
:class:`ImportFailed` for binary or undecodable bytes. Markdown markup is reduced to its text
(emphasis, links, heading markers, quotes, list bullets); paragraphs are separated by one
blank line.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from catalog.errors import ImportFailed
from catalog.importers.base import ParsedActor, ParsedDocument
from catalog.messages import Message
from catalog.text import normalise, squash_spaces

FORMAT = "text"

_TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".mdown", ".mkd")
_MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKDOWN_HINTS = re.compile(
    r"^#{1,6}\s|^\s*[-*+]\s|\[[^\]]+\]\([^)]+\)|\*\*[^*\n]+\*\*|^>\s|^```|^={3,}\s*$|^-{3,}\s*$",
    re.M,
)
_VERBATIM = "\x02"  # starts a fenced code block, which keeps its characters as written
_BYLINE = re.compile(r"^(?:by|par|por|von)\s+(.{2,120})$", re.I)


def sniff(data: bytes, name: str) -> int:
    """5 for readable text (10 with a text or Markdown extension); 1 for a text-named file
    that does not decode, so :func:`parse` can say why; 0 otherwise."""
    named = name.lower().endswith(_TEXT_EXTENSIONS)
    try:
        decode_text(data[:65536], name, partial=True)
    except ImportFailed:
        return 1 if named else 0
    return 10 if named else 5


def decode_text(data: bytes, name: str, partial: bool = False) -> str:
    """Decode text bytes: a BOM (UTF-8, UTF-16) first, then UTF-8, then cp1252 if it reads
    as Western text. Raises ImportFailed for binary data or bytes no encoding explains.
    ``partial``: ``data`` may end inside a multi-byte character (a sniffing prefix)."""
    if data.startswith(codecs.BOM_UTF8):
        return _check_text(data[3:].decode("utf-8", errors="replace"), name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(data[: len(data) // 2 * 2].decode("utf-16"), name)
        except UnicodeDecodeError as exc:
            raise ImportFailed(name, Message("text_not_utf16")) from exc
    if b"\x00" in data:
        raise ImportFailed(name, Message("text_has_nul"))
    try:
        decoder = codecs.getincrementaldecoder("utf-8")()
        return _check_text(decoder.decode(data, final=not partial), name)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportFailed(name, Message("text_no_encoding")) from exc
    ascii_share = sum(ch.isascii() for ch in text) / max(1, len(text))
    if ascii_share < 0.8:  # Western text in cp1252 is mostly ASCII; binary junk is not
        raise ImportFailed(name, Message("text_no_encoding"))
    return _check_text(text, name)


def _check_text(text: str, name: str) -> str:
    if text and len(_CONTROL.findall(text)) / len(text) > 0.02:
        raise ImportFailed(name, Message("text_control_characters"))
    return text


def parse(data: bytes, name: str) -> ParsedDocument:
    """Read a text or Markdown file. Raises ImportFailed when empty, binary or undecodable."""
    text = normalise(decode_text(data, name))
    if not text.strip():
        raise ImportFailed(name, Message("import_empty"))
    is_markdown = name.lower().endswith(_MARKDOWN_EXTENSIONS) or bool(_MARKDOWN_HINTS.search(text))
    doc = ParsedDocument(format="markdown" if is_markdown else "text")
    text = _front_matter(text, doc)
    blocks = markdown_blocks(text) if is_markdown else text_blocks(text)
    if blocks and not doc.title and _is_title(blocks[0], blocks[1:]):
        doc.title = strip_inline(blocks.pop(0).lstrip("#").strip())
    if blocks and not doc.authors:
        match = _BYLINE.match(strip_inline(blocks[0]))
        if match and "\n" not in blocks[0]:
            doc.authors = [ParsedActor(name=n) for n in _split_names(match.group(1))]
            blocks.pop(0)
    paragraphs = [
        b.removeprefix(_VERBATIM) if b.startswith(_VERBATIM) or not is_markdown else strip_inline(b)
        for b in blocks
    ]
    doc.body = normalise("\n\n".join(p for p in paragraphs if p.strip()))
    doc.title = normalise(doc.title or _title_from_name(name))
    return doc


def _front_matter(text: str, doc: ParsedDocument) -> str:
    """Take title/author/date/url/subtitle from a leading ``---`` YAML-like block."""
    match = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\n", text, re.S)
    if not match:
        return text
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip().strip("\"'")
        if key == "title":
            doc.title = value
        elif key in ("author", "authors", "byline"):
            doc.authors = [ParsedActor(name=n) for n in _split_names(value.strip("[]"))]
        elif key in ("url", "source", "link"):
            doc.url = value
        elif key in ("subtitle", "description", "standfirst"):
            doc.subtitle = value
        elif key in ("publication", "site", "publisher"):
            doc.publication = value
        elif key in ("date", "published"):
            doc.published_text = value
    return text[match.end() :]


def _split_names(value: str) -> list[str]:
    parts = re.split(r";|,|\s&\s|\s+and\s+", value)
    return [normalise(squash_spaces(p.strip(" \"'"))) for p in parts if p.strip(" \"'")]


def _is_title(block: str, rest: list[str]) -> bool:
    if block.startswith("#"):
        return True
    return "\n" not in block and len(block) <= 200 and bool(rest) and not block.endswith((".", ","))


def _title_from_name(name: str) -> str:
    return squash_spaces(re.sub(r"[_-]+", " ", PurePath(name).stem))


def text_blocks(text: str) -> list[str]:
    """Paragraphs of plain text: blank-line separated blocks with hard wraps undone; a file
    without blank lines has one paragraph per line."""
    lines = text.split("\n")
    if not any(not line.strip() for line in lines[1:-1]):
        return [squash_spaces(line) for line in lines if line.strip()]
    blocks = re.split(r"\n\s*\n", text)
    return [_unwrap(block) for block in blocks if block.strip()]


def _unwrap(block: str) -> str:
    # typists break lines after real hyphens ("well-\nknown"): keep the hyphen, drop the break
    block = re.sub(r"(\w-)\n(\w)", r"\1\2", block.strip())
    return squash_spaces(block.replace("\n", " "))


def markdown_blocks(text: str) -> list[str]:
    """Markdown blocks with block markup removed: headings keep their ``#`` (for the title
    check), quotes and list bullets go, fenced code stays verbatim, rules and link
    definitions vanish, Setext underlines become ``#`` headings."""
    text = re.sub(r"^(.+)\n=+[ \t]*$", r"# \1", text, flags=re.M)
    text = re.sub(r"^(.+)\n-+[ \t]*$", r"## \1", text, flags=re.M)
    blocks: list[str] = []
    current: list[str] = []
    in_code = False

    def flush() -> None:
        if current:
            blocks.append(_join_markdown_lines(current))
            current.clear()

    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            flush()
            in_code = not in_code
            continue
        if in_code:
            current.append("\x00" + line)  # marks verbatim code, removed when joining
            continue
        stripped = re.sub(r"^\s{0,3}(>\s?)+", "", line).rstrip()
        if not stripped.strip() or re.fullmatch(r"\s*([-*_]\s*){3,}", stripped):
            flush()
        elif re.match(r"\s*\[[^\]]+\]:\s*\S+", stripped):
            continue
        elif re.match(r"\s{0,3}#{1,6}\s", stripped):
            flush()
            blocks.append("#" + stripped.strip().lstrip("#").rstrip("#").rstrip())
        else:
            item = re.match(r"\s*(?:[-*+]|\d+[.)])\s+(.*)", stripped)
            if item:
                current.append("\x01" + item.group(1))  # a list item starts a new line
            else:
                current.append(stripped.strip())
    flush()
    return [b if not b.startswith("#") else "# " + b.lstrip("#").strip() for b in blocks if b]


def _join_markdown_lines(lines: list[str]) -> str:
    if all(line.startswith("\x00") for line in lines):
        return _VERBATIM + "\n".join(line[1:] for line in lines)
    out = ""
    for line in lines:
        line = line.lstrip("\x00")
        if line.startswith("\x01"):
            out += ("\n" if out else "") + line[1:]
        elif out.endswith("  "):  # two trailing spaces: a Markdown hard break
            out = out.rstrip() + "\n" + line
        else:
            out += (" " if out else "") + line
    return out.strip()


def strip_inline(text: str) -> str:
    """Markdown inline markup to plain text: images go, links keep their text, emphasis,
    code spans and simple HTML tags lose their markers, escapes are undone."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]", "", text)
    text = re.sub(
        r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]", lambda m: m.group(1) or m.group(2), text
    )
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"</?[a-zA-Z][^>\n]*>", "", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)", r"\1", text)
    text = re.sub(r"~~(.+?)~~", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    if text.startswith("# "):
        text = text[2:]
    return "\n".join(squash_spaces(line) for line in text.split("\n")).strip()
