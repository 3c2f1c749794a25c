"""Reading WARC records with warcio, and saying where a damaged archive breaks off.

The one place Pressmark touches warcio (STYLE rule 23): :func:`records` walks a WARC or
WARC.gz stream and yields each record's headers and payload as plain data
(:class:`WarcRecord`). warcio reads both forms, follows gzip members and decodes chunked and
gzip- or deflate-encoded HTTP bodies; what it does not do is tell a complete archive from
one cut short (a truncated record reads as a short one; a cut header ends the walk quietly)
or keep quiet about a wrong length (it writes a warning on standard error). This module
checks the first and hushes the second, overriding one private method of warcio's
iterator, which ``tests/catalog/importers/test_warc_reader.py`` pins.

Pure; any thread. A damaged archive raises :class:`ArchiveBroken` after the records before
the damage were yielded; the caller decides what to keep.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed

from catalog.messages import Message

# warcio's block size; a record's payload is read in pieces of this
_BLOCK = 64 * 1024


class ArchiveBroken(Exception):
    """The archive cannot be read past ``offset`` (a byte of the file, or of the compressed
    member stream); ``records`` records were read whole before it. ``str()`` says why."""

    def __init__(self, reason: str, offset: int, records: int):
        super().__init__(reason)
        self.reason = reason
        self.offset = offset
        self.records = records


@dataclass
class WarcRecord:
    """One record of a WARC: its WARC headers, its HTTP status and headers (responses and
    revisits), and its payload decoded (chunks joined, gzip undone) as far as ``limit``.

    ``payload`` is None for records whose payload was not asked for (see :func:`records`)
    or was over the limit (``too_big``); ``undecodable`` names a content encoding warcio
    cannot undo (brotli, say).
    """

    type: str
    headers: dict[str, str]
    offset: int
    status: int = 0
    http_headers: dict[str, str] = field(default_factory=dict)
    payload: bytes | None = None
    too_big: bool = False
    undecodable: str = ""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    @property
    def content_type(self) -> str:
        """The payload's media type, lower-case and without parameters."""
        value = self.http_headers.get("content-type") if self.http_headers else self.header("content-type")
        return (value or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str:
        value = self.http_headers.get("content-type", "") if self.http_headers else self.header("content-type")
        for part in (value or "").split(";")[1:]:
            key, _, label = part.partition("=")
            if key.strip().lower() == "charset":
                return label.strip().strip("\"'")
        return ""


class _QuietIterator(ArchiveIterator):
    """warcio's iterator, noting a record whose length is wrong instead of printing it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.misread: list[int] = []  # offsets where a record's declared length was wrong

    def _consume_blanklines(self):  # overrides warcio's: the same, without the print
        empty_size = 0
        first_line = True
        while True:
            line = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            stripped = line.rstrip()
            if len(stripped) == 0 or first_line:
                empty_size += len(line)
                if len(stripped) != 0:
                    self.misread.append(self.fh.tell() - self.reader.rem_length() - empty_size)
                    self.err_count += 1
                first_line = False
                continue
            return line, empty_size


def records(
    stream: IO[bytes], size: int, wanted=lambda record: True, limit: int = 16_000_000, before: int = 0
) -> Iterator[WarcRecord]:
    """Every record of the WARC (or WARC.gz) ``stream`` of ``size`` bytes, from its current
    position, in order; messages number records from ``before`` + 1.

    ``wanted(record)`` is asked once the headers are read; the payload of a wanted record
    is read (at most ``limit`` bytes of it, decoded). Raises ArchiveBroken where the
    archive is damaged or cut short (after yielding the whole records before that point),
    and for a stream that holds no WARC record at all.
    """
    iterator = _QuietIterator(stream, no_record_parse=False, arc2warc=False)
    count = before
    offset = 0  # where the record being read starts
    try:
        for raw in iterator:
            offset = iterator.offset
            if raw.format != "warc":  # warcio reads what is not a WARC as an ARC file
                raise ArchiveBroken(_not_warc(count), offset, count)
            record = _record(raw, offset)
            if record.type and wanted(record):
                _read_payload(raw, record, limit)
            _drain(raw.raw_stream)
            iterator.read_to_end()  # the blank lines after it, which show a wrong length
            if getattr(raw.raw_stream, "limit", 0) > 0:
                raise ArchiveBroken(Message("warc_record_cut", record=count + 1), offset, count)
            declared = raw.rec_headers.get_header("Content-Length")
            if declared is None:
                raise ArchiveBroken(Message("warc_record_no_length", record=count + 1), offset, count)
            if declared.strip() != str(raw.length):  # warcio reads a record cut after its header as empty
                raise ArchiveBroken(Message("warc_record_cut", record=count + 1), offset, count)
            if iterator.misread and iterator.misread[-1] >= offset:
                raise ArchiveBroken(Message("warc_record_wrong_length", record=count + 1), offset, count)
            count += 1
            yield record
    except ArchiveBroken:
        raise
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, AttributeError, OSError) as exc:
        # warcio fails in several ways on damaged input (a bad gzip member, a cut header
        # met as None); all mean the same to the reader
        raise ArchiveBroken(_reason(exc, count), iterator.offset, count) from exc
    if count == 0:
        raise ArchiveBroken(_not_warc(0), iterator.offset, 0)
    # a record cut inside its header ends warcio's walk quietly: the bytes left say so
    if size > iterator.offset:
        raise ArchiveBroken(Message("warc_breaks_off_not_whole", record=count), iterator.offset, count)


def _not_warc(count: int) -> str:
    if count == 0:
        return Message("warc_none")
    return Message("warc_breaks_off_not_record", record=count)


def _reason(exc: Exception, count: int) -> str:
    after = Message("warc_after_record", record=count) if count else Message("warc_at_first_record")
    text = str(exc).strip()
    if isinstance(exc, ArchiveLoadFailed) and "non-chunked gzip" in text:
        return Message("warc_one_block", after=after)
    if isinstance(exc, (zlib.error, EOFError)) or "gzip" in text.lower():
        return Message("warc_compressed_part_damaged", after=after)
    if isinstance(exc, ArchiveLoadFailed):
        return _not_warc(count)
    return Message("warc_header_damaged", after=after)


def _record(raw, offset: int) -> WarcRecord:
    headers = {name.lower(): value for name, value in raw.rec_headers.headers}
    record = WarcRecord(type=(raw.rec_type or "").lower(), headers=headers, offset=offset)
    if raw.http_headers is not None and raw.rec_type in ("response", "revisit"):
        try:
            record.status = int(raw.http_headers.get_statuscode() or 0)
        except ValueError:
            record.status = 0
        record.http_headers = {name.lower(): value for name, value in raw.http_headers.headers}
    return record


def _read_payload(raw, record: WarcRecord, limit: int) -> None:
    encoding = (record.http_headers.get("content-encoding") or "").strip().lower()
    if encoding and encoding not in ("identity", *BufferedReader.get_supported_decompressors()):
        record.undecodable = encoding
        return
    stream = raw.content_stream()
    pieces: list[bytes] = []
    size = 0
    while size <= limit:
        piece = stream.read(min(_BLOCK, limit + 1 - size))
        if not piece:
            break
        pieces.append(piece)
        size += len(piece)
    if size > limit:
        record.too_big = True
        return
    record.payload = b"".join(pieces)


def _drain(stream) -> None:
    while stream.read(_BLOCK):
        pass
