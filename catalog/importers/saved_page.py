"""Pages saved by a browser: where from and when, and the files saved with them.

* SingleFile writes a comment at the top of the page it saves, naming the page's address
  and the moment it was saved (``<!-- Page saved with SingleFile url: … saved date: … -->``);
  browsers' "Save as" writes the address alone (``<!-- saved from url=(0042)https://… -->``).
  :func:`stamp` reads either.
* "Webpage, complete" saves ``NAME.html`` beside a ``NAME_files`` folder of the pictures,
  style sheets and scripts it shows. :func:`companion_folder` finds that folder and
  :func:`pack_complete` makes one zip of the page and its folder, which the catalogue keeps
  as the document's original, so the page can be seen again as it was saved.

Pure functions; any thread.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from catalog.messages import Message

FILES_SUFFIX = "_files"
FORMAT_COMPLETE = "html-complete"  # an HTML page and its NAME_files folder, kept as a zip
# A saved page's folder holds its pictures: bounded so the original stays a page's worth
MAX_FOLDER_BYTES = 64_000_000
MAX_FOLDER_FILES = 5_000
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s*(.*?)-->", re.S | re.I)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_JS_DATE = re.compile(
    r"(?:\w{3}\s+)?(\w{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s*(?:GMT|UTC)?\s*([+-]\d{2}):?(\d{2})?"
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


@dataclass
class Stamp:
    """What a saved page says about its saving: the address, the moment (naive UTC), the tool."""

    url: str
    saved_at: datetime | None
    tool: str

    def provenance(self) -> dict[str, str]:
        found = {"saved_with": self.tool, "saved_from": self.url}
        return {key: value for key, value in found.items() if value}


def stamp(text: str) -> Stamp | None:
    """The SingleFile or "saved from" note at the top of a page's text, or None."""
    match = _SINGLEFILE.search(text)
    if match:
        fields: dict[str, str] = {}
        for line in match.group(1).splitlines():
            key, sep, value = line.strip().partition(":")
            if sep:
                fields[key.strip().lower()] = value.strip()
        url = fields.get("url", "")
        return Stamp(url if _is_web_url(url) else "", _js_date(fields.get("saved date", "")), "SingleFile")
    match = _SAVED_FROM.search(text)
    if match and _is_web_url(match.group(1)):
        return Stamp(match.group(1), None, "a web browser (Save as)")
    return None


def _is_web_url(value: str) -> bool:
    return re.match(r"https?://[^\s/]+\.[^\s]+$", value) is not None


def _js_date(value: str) -> datetime | None:
    """A date as JavaScript's ``Date.toString()`` writes it ("Tue Jun 14 2022 10:11:12
    GMT+0200 (…)"), as a naive UTC datetime; None when it is not one."""
    match = _JS_DATE.search(value)
    if not match:
        return None
    month = _MONTHS.get(match.group(1).lower()[:3])
    if month is None:
        return None
    hours, minutes = int(match.group(7)), int(match.group(8) or 0)
    offset = timedelta(hours=abs(hours), minutes=minutes) * (-1 if match.group(7).startswith("-") else 1)
    try:
        moment = datetime(
            int(match.group(3)), month, int(match.group(2)),
            int(match.group(4)), int(match.group(5)), int(match.group(6)), tzinfo=timezone(offset),
        )  # fmt: skip
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def companion_folder(page: Path) -> Path | None:
    """The ``NAME_files`` folder saved beside ``NAME.html`` (a real folder, not a link), or None."""
    if page.suffix.lower() not in (".html", ".htm", ".xhtml"):
        return None
    folder = page.with_name(page.stem + FILES_SUFFIX)
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    return folder if stat.S_ISDIR(info.st_mode) else None


def pack_complete(page: Path, data: bytes, folder: Path) -> tuple[bytes, int]:
    """One zip of the page (``data``, read from ``page``) and the files of its folder; and
    how many files of the folder it holds.

    The same page and folder always make the same bytes (names sorted, times fixed), so
    saving one twice is found a duplicate. Only regular files are packed, never what a
    link leads to. Raises ValueError when the folder is over MAX_FOLDER_BYTES or
    MAX_FOLDER_FILES, OSError when it cannot be read.
    """
    files: list[tuple[str, Path]] = []
    total = 0
    for root, folders, names in os.walk(folder, followlinks=False):
        folders.sort()
        for name in sorted(names):
            path = Path(root, name)
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode):
                continue
            total += info.st_size
            files.append((path.relative_to(folder.parent).as_posix(), path))
            if total > MAX_FOLDER_BYTES or len(files) > MAX_FOLDER_FILES:
                raise ValueError(Message("page_folder_too_big", folder=folder.name, files=f"{MAX_FOLDER_FILES:,}", megabytes=MAX_FOLDER_BYTES // 1_000_000))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_entry(page.name), data)
        for member, path in sorted(files):
            archive.writestr(_entry(member), path.read_bytes())
    return buffer.getvalue(), len(files)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info
