"""Web archives: the pages a WARC, WARC.gz or WACZ file holds, as captures to import.

A WARC (ISO 28500) is what Webrecorder, ArchiveWeb.page, Heritrix and ``wget --warc-file``
write: a run of records, each a request, a response, a revisit (the same payload fetched
again), or metadata. A WACZ is a zip of WARC files (``archive/*.warc.gz``) with a list of the
pages the user archived (``pages/pages.jsonl``) and a ``datapackage.json``.

:func:`read_archive` walks one archive and yields each HTML page with status 200 as a
:class:`Capture` and each revisit as a :class:`Recapture`; every other response (images,
scripts, style sheets, data, redirects, errors, and in a WACZ the HTML of frames not in its
page list) is counted by kind in the :class:`ArchiveReading`. A damaged stretch is skipped
to the next whole record where one can be found, and noted; an archive cut short stops
there, its earlier pages kept. :func:`parse_capture` turns a capture into a
:class:`ParsedDocument` with the HTML importer, with the capture's date and provenance.

Pure (no database); any thread. Raises :class:`ImportFailed` for an archive that cannot be
opened at all.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO
from urllib.parse import urldefrag, urljoin

from catalog.errors import ImportFailed
from catalog.exchange import safe_zip
from catalog.exchange.refusal import Refused
from catalog.importers import html
from catalog.importers.base import ParsedDocument
from catalog.importers.warc_reader import ArchiveBroken, WarcRecord, records
from catalog.messages import Message

# The largest web archive Pressmark opens. An archive is read as a stream, one record at a
# time, and only its HTML pages are kept in memory (in batches), so its size bounds the
# time a read takes (about 40 s a GB to hash and walk), not the memory.
MAX_ARCHIVE_BYTES = 4 * 1024**3
MAX_PAGE_BYTES = 16_000_000  # the HTML importer's limit (catalog.importers.MAX_BYTES)
MIN_PAGE_WORDS = 40  # HTML with less text than this is a frame, a widget or an error page
SUFFIXES = (".warc", ".warc.gz", ".wacz")
HEAD_BYTES = 4096  # enough of a gzip member to inflate its first line (its Huffman tables come first)
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_KINDS = (
    (re.compile(r"^image/"), "image"),
    (re.compile(r"javascript|ecmascript|^text/js|^application/x-js"), "script"),
    (re.compile(r"^text/css"), "style sheet"),
    (re.compile(r"json|xml|^text/plain|^text/csv"), "data (JSON, XML, text)"),
    (re.compile(r"^font/|font|woff|opentype|truetype"), "font"),
    (re.compile(r"^(audio|video)/|mpegurl|dash"), "audio or video"),
    (re.compile(r"^application/pdf"), "PDF"),
)
_EXTENSION_KINDS = {
    ".js": "script", ".mjs": "script", ".css": "style sheet", ".json": "data (JSON, XML, text)",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image", ".svg": "image",
    ".webp": "image", ".ico": "image", ".woff": "font", ".woff2": "font", ".ttf": "font",
}  # fmt: skip


@dataclass
class Capture:
    """An HTML page with status 200 found in a web archive: its bytes and where it came from.

    ``digest`` is the record's payload digest (a revisit refers to it); ``provenance`` holds
    the record's id, the URL, the WARC file's name, the software that wrote it and the HTTP
    status, as strings.
    """

    uri: str
    payload: bytes
    charset: str
    captured_at: datetime | None
    provenance: dict[str, str]
    digest: str = ""
    title_hint: str = ""  # the title a WACZ's page list gives


@dataclass
class Recapture:
    """A revisit record: the page at ``uri`` fetched again, its payload the same as that of
    the earlier capture with payload ``digest`` (or of ``refers_to``, an earlier URL)."""

    uri: str
    captured_at: datetime | None
    provenance: dict[str, str]
    digest: str = ""
    refers_to: str = ""


@dataclass
class ArchiveReading:
    """What walking one archive found besides its pages; filled in as it is read.

    ``skipped`` counts responses that are not pages, by kind ("image", "redirect", …);
    ``damage`` lists stretches skipped over; ``broken`` says where an archive cut short
    ends (its pages before that point were read).
    """

    path: Path
    format: str  # "warc" or "wacz"
    size: int = 0
    sha256: str = ""
    software: str = ""
    records: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    damage: list[str] = field(default_factory=list)
    broken: str = ""


class NotAPage(Exception):
    """A capture that is not worth a document (too little text); ``kind`` says what it is."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


def is_archive_name(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def archive_format(path: Path, head: bytes) -> str | None:
    """"warc" or "wacz" when the file at ``path`` (starting with ``head``, HEAD_BYTES of it) is a web archive
    by its content or, failing that, by its name; None when it is not one."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            if zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/"):
                return "warc"
        except zlib.error:
            pass
    name = path.name.lower()
    if name.endswith(".wacz"):
        return "wacz"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return None


def read_archive(reading: ArchiveReading, cancel=None) -> Iterator[Capture | Recapture]:
    """The pages of the archive ``reading.path``, in the order it holds them.

    Fills ``reading`` as it goes (hash, size, software, skipped responses, damage). Raises
    ImportFailed for an archive that cannot be opened (missing, too big, not a zip, a zip
    bomb, a WACZ with no WARC in it); ``cancel.check()`` is called between records.
    """
    path = reading.path
    name = str(path)
    try:
        reading.size = path.stat().st_size
        if reading.size > MAX_ARCHIVE_BYTES:
            raise ImportFailed(name, Message("archive_too_big", size=f"{reading.size / 1024**3:.1f}", most=MAX_ARCHIVE_BYTES // 1024**3))
        reading.sha256 = _file_sha256(path, cancel)
        if reading.format == "wacz":
            yield from _read_wacz(reading, cancel)
        else:
            with path.open("rb") as stream:
                yield from _read_warc(stream, reading.size, reading, path.name, None, cancel)
    except OSError as exc:
        raise ImportFailed(name, Message("cannot_be_read", reason=exc.strerror or str(exc))) from exc


def _file_sha256(path: Path, cancel) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            if cancel is not None:
                cancel.check()
    return digest.hexdigest()


def _read_wacz(reading: ArchiveReading, cancel) -> Iterator[Capture | Recapture]:
    name = str(reading.path)
    try:
        infos = safe_zip.inspect_zip(reading.path)
    except Refused as exc:
        raise ImportFailed(name, Message("wacz_unopened", reason=exc.reason)) from None
    warcs = [i for i in infos if re.fullmatch(r"archive/[^/]+\.warc(\.gz)?", i.filename)]
    if not warcs:
        raise ImportFailed(name, Message("wacz_no_warc"))
    try:
        with zipfile.ZipFile(reading.path) as archive:
            listed, titles = _wacz_pages(archive, infos)
            package = _member_json(archive, infos, "datapackage.json")
            if isinstance(package, dict) and isinstance(package.get("software"), str):
                reading.software = package["software"]
            for info in warcs:
                with archive.open(info) as stream:
                    yield from _read_warc(stream, info.file_size, reading, info.filename, (listed, titles), cancel)
    except (zipfile.BadZipFile, zlib.error, Refused) as exc:
        raise ImportFailed(name, Message("wacz_file_damaged", detail=exc.reason if isinstance(exc, Refused) else str(exc))) from None


def _wacz_pages(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> tuple[set[str] | None, dict[str, str]]:
    """The URLs of the pages a WACZ lists (None when it lists none) and their titles."""
    urls: set[str] = set()
    titles: dict[str, str] = {}
    found = False
    for member in ("pages/pages.jsonl", "pages/extraPages.jsonl"):
        info = next((i for i in infos if i.filename == member), None)
        if info is None:
            continue
        for line in safe_zip.read_member(archive, info).decode("utf-8", "replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                found = True
                url = _plain_url(entry["url"])
                urls.add(url)
                if isinstance(entry.get("title"), str):
                    titles[url] = entry["title"]
    return (urls if found else None), titles


def _member_json(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], member: str):
    info = next((i for i in infos if i.filename == member), None)
    if info is None:
        return None
    try:
        return json.loads(safe_zip.read_member(archive, info))
    except ValueError:
        return None


def _read_warc(
    stream: IO[bytes], size: int, reading: ArchiveReading, file_name: str, pages, cancel
) -> Iterator[Capture | Recapture]:
    """The pages of one WARC stream, skipping damaged stretches where the stream can seek."""
    walk = _Walk(reading, file_name, pages)
    while True:
        try:
            for record in records(stream, size, walk.wants, MAX_PAGE_BYTES, reading.records):
                if cancel is not None:
                    cancel.check()
                reading.records += 1
                found = walk.take(record)
                if found is not None:
                    yield found
            return
        except ArchiveBroken as exc:
            where = exc.offset
            resume = _next_record_start(stream, where + 1, size) if stream.seekable() else None
            if resume is None:
                reading.broken = _in_member(reading, file_name, Message("warc_broken", reason=exc.reason, at=f"{where:,}", size=f"{size:,}"))
                return
            reading.damage.append(
                _in_member(reading, file_name, Message("warc_damaged_stretch", record=exc.records, start=f"{where:,}", end=f"{resume:,}"))
            )
            stream.seek(resume)


def _in_member(reading: ArchiveReading, file_name: str, said: Message) -> str:
    """``said`` about the WARC ``file_name`` inside a WACZ names that file first."""
    return Message("in_file", name=file_name, reason=said) if reading.format == "wacz" else said


def _next_record_start(stream: IO[bytes], offset: int, size: int) -> int | None:
    """Where the next whole WARC record (or gzip member holding one) starts at or after
    ``offset``, or None. Reads the stream in blocks; leaves its position anywhere."""
    block = 1 << 20
    position = offset
    while position < size:
        stream.seek(position)
        data = stream.read(block + 16)
        if not data:
            return None
        for match in re.finditer(rb"\x1f\x8b\x08|WARC/1\.[01]\r\n", data):
            at = position + match.start()
            if at >= size:
                return None
            if _record_starts(stream, at):
                return at
        position += block
    return None


def _record_starts(stream: IO[bytes], at: int) -> bool:
    stream.seek(at)
    head = stream.read(HEAD_BYTES)
    if head.startswith(b"WARC/1."):
        return True
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


class _Walk:
    """Sorting one WARC's records: what each is, and which are pages."""

    def __init__(self, reading: ArchiveReading, file_name: str, pages):
        self.reading = reading
        self.file_name = file_name
        self.listed, self.titles = pages if pages else (None, {})
        self.redirected_from: dict[str, str] = {}  # where a redirect leads -> where it started
        self.warc_filename = ""

    def wants(self, record: WarcRecord) -> bool:
        """Whether the record's payload is needed: the archive's own description, and
        responses that may be pages."""
        if record.type == "warcinfo":
            return True
        if record.type not in ("response", "resource") or record.status not in (0, 200):
            return False
        kind = self._kind(record)
        return kind in ("html", "unknown")

    def take(self, record: WarcRecord) -> Capture | Recapture | None:
        if record.type == "warcinfo":
            self._describe(record)
            return None
        if record.type == "revisit":
            return self._revisit(record)
        if record.type not in ("response", "resource"):
            return None  # requests, metadata, conversions: no response to import
        uri = record.header("warc-target-uri")
        if not uri.lower().startswith(("http:", "https:")):
            self.reading.skipped["not a web page (DNS, FTP, …)"] += 1
            return None
        if 300 <= record.status < 400:
            target = record.http_headers.get("location", "")
            if target:
                self.redirected_from[_plain_url(urljoin(uri, target))] = self.redirected_from.get(_plain_url(uri), uri)
            self.reading.skipped["redirect"] += 1
            return None
        if record.status not in (0, 200):
            self.reading.skipped["error or other status"] += 1
            return None
        kind = self._kind(record)
        if kind == "unknown":
            kind = "html" if record.payload and html.sniff(record.payload[:65536], "") >= 35 else "other"
        if kind != "html":
            self.reading.skipped[kind] += 1
            return None
        if record.too_big:
            self.reading.skipped["page over 16 MB"] += 1
            return None
        if record.undecodable or record.payload is None:
            self.reading.skipped[Message("skipped_undecodable", encoding=record.undecodable or "unknown")] += 1
            return None
        plain = _plain_url(uri)
        origin = self.redirected_from.get(plain, "")
        if self.listed is not None and plain not in self.listed and _plain_url(origin) not in self.listed:
            self.reading.skipped["frame or page not in the WACZ's page list"] += 1
            return None
        provenance = self._provenance(record, uri)
        if origin and origin != uri:
            provenance["redirected_from"] = origin
        title = self.titles.get(plain) or self.titles.get(_plain_url(origin), "")
        return Capture(
            uri=uri,
            payload=record.payload,
            charset=record.charset,
            captured_at=_warc_date(record.header("warc-date")),
            provenance=provenance,
            digest=record.header("warc-payload-digest"),
            title_hint=title,
        )

    def _kind(self, record: WarcRecord) -> str:
        media = record.content_type
        if media in _HTML_TYPES:
            return "html"
        for pattern, kind in _KINDS:
            if media and pattern.search(media):
                return kind
        if not media or media in ("application/http", "unk", "no-type"):
            path = urldefrag(record.header("warc-target-uri"))[0].split("?")[0].lower()
            extension = path[path.rfind(".") :] if "." in path.rsplit("/", 1)[-1] else ""
            return _EXTENSION_KINDS.get(extension, "unknown")
        return "other"

    def _revisit(self, record: WarcRecord) -> Recapture | None:
        uri = record.header("warc-target-uri")
        if (record.status and record.status != 200) or self._kind(record) not in ("html", "unknown"):
            self.reading.skipped["revisit of something not a page"] += 1
            return None
        return Recapture(
            uri=uri,
            captured_at=_warc_date(record.header("warc-date")),
            provenance=self._provenance(record, uri),
            digest=record.header("warc-payload-digest"),
            refers_to=record.header("warc-refers-to-target-uri"),
        )

    def _describe(self, record: WarcRecord) -> None:
        # the name the crawler gave the file, which it may no longer have
        self.warc_filename = self.warc_filename or record.header("warc-filename")
        text = (record.payload or b"").decode("utf-8", "replace")
        for line in text.splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == "software" and value.strip() and not self.reading.software:
                self.reading.software = value.strip()

    def _provenance(self, record: WarcRecord, uri: str) -> dict[str, str]:
        provenance = {
            "warc_record_id": record.header("warc-record-id"),
            "target_uri": uri,
            "warc_filename": record.header("warc-filename") or self.warc_filename or self.file_name,
            "software": self.reading.software,
            "http_status": str(record.status) if record.status else "",
            "warc_type": record.type,
        }
        if self.reading.format == "wacz":
            provenance["wacz"] = self.reading.path.name
        return {key: value for key, value in provenance.items() if value}


def _plain_url(url: str) -> str:
    return urldefrag(url.strip())[0]


def _warc_date(value: str) -> datetime | None:
    """A WARC-Date (UTC, ISO 8601) as a naive UTC datetime, as the catalogue stores times."""
    value = value.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def parse_capture(capture: Capture, reading: ArchiveReading) -> ParsedDocument:
    """The document one captured page makes. Raises NotAPage for a page with too little text
    to be one (a frame, a widget), ImportFailed for one the HTML importer cannot read."""
    data = capture.payload
    if capture.charset:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:  # the HTTP header's charset, which a page's own markup may leave out
                data = data.decode(capture.charset).encode("utf-8")
            except (LookupError, UnicodeDecodeError):
                pass
    name = f"{reading.path} › {capture.uri}"
    try:
        parsed = html.parse(data, name)
    except ImportFailed as exc:
        if getattr(exc.reason, "key", "") in ("html_no_text", "import_empty"):
            raise NotAPage("HTML with no text") from None
        raise
    if len(parsed.body.split()) < MIN_PAGE_WORDS:
        raise NotAPage("HTML with little text (a frame, widget or error page)")
    parsed.format = reading.format
    parsed.url = parsed.url or capture.uri
    parsed.title = parsed.title or capture.title_hint or capture.uri
    parsed.captured_at = capture.captured_at
    parsed.provenance = dict(capture.provenance)
    return parsed
