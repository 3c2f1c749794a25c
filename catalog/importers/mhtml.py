"""MHTML (``.mht``, ``.mhtml``): a web page saved by a browser as one file ("Save as…
single file"), a MIME ``multipart/related`` message of the page and its pictures.

Read with the standard library's :mod:`email` package: the root part (the one the
``start`` parameter names, else the first HTML part) is decoded from quoted-printable or
base64 in its own charset and read by the HTML importer; its ``Content-Location`` is the
page's address when the page names none, and the message's ``Date`` is when it was saved.
Pure; any thread. Raises :class:`ImportFailed` for a message whose parts cannot be found.
"""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from catalog.errors import ImportFailed
from catalog.importers import html
from catalog.importers.base import ParsedDocument
from catalog.messages import Message

FORMAT = "mhtml"
_EXTENSIONS = (".mht", ".mhtml")
_HEADER = re.compile(rb"^(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+", re.M)


def sniff(data: bytes, name: str) -> int:
    """60 for a MIME message whose headers say multipart/related (a saved web page);
    the extension adds 5; 0 otherwise."""
    head = data[:4096].lstrip()
    match = _HEADER.match(head)
    if not match or not re.search(rb"content-type:\s*multipart/related", match.group(0), re.I):
        return 0
    return 65 if name.lower().endswith(_EXTENSIONS) else 60


def parse(data: bytes, name: str) -> ParsedDocument:
    """Read one saved page. Raises ImportFailed when the message holds no readable page."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    defects = {type(d).__name__ for d in message.defects}
    if defects & {"StartBoundaryNotFoundDefect", "NoBoundaryInMultipartDefect"}:
        raise ImportFailed(name, Message("mhtml_no_boundary"))
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        raise ImportFailed(name, Message("mhtml_not_multipart"))
    root = _root_part(message)
    if root is None:
        raise ImportFailed(name, Message("mhtml_no_page"))
    payload = root.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportFailed(name, Message("mhtml_page_empty"))
    charset = root.get_content_charset()
    if charset:
        try:  # its own charset, which the page's markup may not repeat
            payload = payload.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    parsed = html.parse(payload, name)
    parsed.format = FORMAT
    location = str(root.get("Content-Location", "") or message.get("Snapshot-Content-Location", "")).strip()
    if not parsed.url and re.match(r"https?://[^\s/]+\.[^\s]+$", location):
        parsed.url = location
    saved = _date(str(message.get("Date", "")))
    parsed.captured_at = parsed.captured_at or saved
    provenance = {"saved_with": str(message.get("From", "")).strip('<> "'), "saved_from": location}
    parsed.provenance = {**{k: v for k, v in provenance.items() if v}, **parsed.provenance}
    return parsed


def _root_part(message: EmailMessage):
    """The part ``start`` names, else the first text/html part."""
    start = message.get_param("start", "", header="content-type")
    start = start.strip("<>") if isinstance(start, str) else ""
    parts = [p for p in message.walk() if not p.is_multipart()]
    if start:
        for part in parts:
            if str(part.get("Content-ID", "")).strip().strip("<>") == start:
                return part
    return next((p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")), None)


def _date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
