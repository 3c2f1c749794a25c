"""Opening a zip someone else made without letting it write or expand where it should not.

:func:`inspect_zip` checks the whole archive before a byte is extracted:

* names: no absolute paths, drive letters, backslashes, ``..`` or ``.`` parts, empty parts,
  control characters, characters or device names Windows cannot store; no two names equal once case-folded and NFC-normalised; no name
  that is both a file and a folder;
* entries: regular files and folders only (the Unix mode in ``external_attr`` must not say
  symlink, device, FIFO or socket); no encryption; stored or deflated only;
* size: a cap on the number of members, on each member's and on the total uncompressed
  size, and on the compression ratio of every member and of the archive as a whole (zip
  bombs: one member expanding a thousandfold, or thousands of members each just small
  enough to pass on its own);
* layout: every local header where the central directory says, matching it, and no two
  entries' data overlapping (the "overlapping entries" bomb; Python 3.11's zipfile predates
  the CVE-2024-0450 fix, so this is checked here).

:func:`extract_zip` then lets the caller screen the members (the bundle reader checks them
against the bag's manifest), checks that what they expand to fits in the free space of the
target's disk, and only then writes them into a fresh folder, checking each target's
*resolved* path lies inside it and never trusting the declared sizes. Pure functions;
any thread. Everything refused raises :class:`~catalog.exchange.refusal.Refused`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from catalog.exchange.refusal import Refused

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_DISK_ADVICE = "free some space there (or set TMPDIR to a folder on a disk with room) and try again"
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class ZipLimits:
    """How much one archive may hold; the defaults fit a catalogue of 100,000 articles."""

    max_members: int = 250_000
    max_member_bytes: int = 1024 * 1024 * 1024
    max_total_bytes: int = 8 * 1024 * 1024 * 1024
    # uncompressed / compressed, of each member and of the whole archive; ratio_floor bytes
    # more are allowed on top, since a short text of spaces may compress far and expand to little
    max_ratio: int = 200
    ratio_floor: int = 64 * 1024
    max_name_length: int = 512


DEFAULT_LIMITS = ZipLimits()


def inspect_zip(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> list[zipfile.ZipInfo]:
    """Check the archive at ``path`` as described above; returns its members. Raises Refused."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_count_and_sizes(infos, limits)
            _check_names(infos, limits)
            _check_entries(infos)
            with open(path, "rb") as raw:
                _check_layout(raw, infos, archive.start_dir)
    except zipfile.BadZipFile as exc:
        raise Refused(f"not a readable zip file ({exc})") from None
    except (OSError, EOFError, struct.error) as exc:
        raise Refused(f"the zip file cannot be read ({exc})") from None
    return infos


Screen = Callable[[zipfile.ZipFile, list[zipfile.ZipInfo]], None]


def extract_zip(
    path: Path,
    target: Path,
    limits: ZipLimits = DEFAULT_LIMITS,
    check: Callable[[], None] | None = None,
    screen: Screen | None = None,
) -> list[str]:
    """Inspect, then extract every member of ``path`` into the empty folder ``target``.

    ``screen(archive, members)``, when given, runs after the inspection and before anything
    is written; it may read members (with :func:`read_member`) and raise Refused. The
    members must then fit in the free space of ``target``'s disk. Returns the member names
    written. ``check`` (e.g. a cancel token's ``check``) is called between members. Raises
    Refused; on refusal some files may already be in ``target``, which the caller owns and
    removes.
    """
    infos = inspect_zip(path, limits)
    root = target.resolve()
    if any(root.iterdir()):
        raise Refused(f"{root} is not empty")
    try:
        if screen is not None:
            with zipfile.ZipFile(path) as archive:
                screen(archive, infos)
        _check_free_space(root, infos)
        return _extract(path, root, infos, limits, check)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise Refused(f"a file in the zip is damaged ({exc})") from None
    except OSError as exc:
        # the free space was checked, but others write to the same disk meanwhile
        if exc.errno not in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise
        raise Refused(f"the disk filled up while it was unpacked ({root.parent}): {_DISK_ADVICE}") from None


def _extract(path: Path, root: Path, infos: list[zipfile.ZipInfo], limits: ZipLimits, check) -> list[str]:
    written: list[str] = []
    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            if check is not None:
                check()
            destination = (root / info.filename).resolve()
            if not destination.is_relative_to(root) or destination == root:
                raise Refused(f"“{info.filename}” would be written outside the bundle folder")
            if info.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            if not destination.parent.resolve().is_relative_to(root):
                raise Refused(f"“{info.filename}” would be written outside the bundle folder")
            total += _copy_member(archive, info, destination, limits, total)
            written.append(info.filename)
    return written


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits = DEFAULT_LIMITS) -> bytes:
    """The bytes of one member, reading no more than its declared size (or the member cap)."""
    cap = min(info.file_size, limits.max_member_bytes)
    try:
        with archive.open(info) as handle:
            data = handle.read(cap + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise Refused(f"“{info.filename}” is damaged ({exc})") from None
    if len(data) > cap:
        raise Refused(f"“{info.filename}” is bigger than it says")
    return data


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, destination: Path, limits: ZipLimits, so_far: int) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(destination, flags, 0o600)
    except FileExistsError:
        raise Refused(f"“{info.filename}” appears twice") from None
    written = 0
    with os.fdopen(fd, "wb") as out, archive.open(info) as handle:
        while True:
            block = handle.read(1024 * 1024)
            if not block:
                break
            written += len(block)
            if written > info.file_size or written > limits.max_member_bytes:
                raise Refused(f"“{info.filename}” is bigger than it says")
            if so_far + written > limits.max_total_bytes:
                raise Refused("the bundle expands to more than the size allowed")
            out.write(block)
    return written


def _check_free_space(root: Path, infos: list[zipfile.ZipInfo]) -> None:
    needed = sum(info.file_size for info in infos)
    free = shutil.disk_usage(root).free
    if needed > free:
        raise Refused(
            f"it expands to {needed:,} bytes but only {free:,} bytes are free where it would be unpacked ({root.parent}): {_DISK_ADVICE}"
        )


def _check_count_and_sizes(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(infos) > limits.max_members:
        raise Refused(f"{len(infos):,} files in the zip, more than the {limits.max_members:,} allowed")
    total = packed = 0
    for info in infos:
        if info.file_size > limits.max_member_bytes:
            raise Refused(f"“{info.filename}” would expand to {info.file_size:,} bytes, more than allowed")
        if _too_compressed(info.file_size, info.compress_size, limits):
            raise Refused(f"“{info.filename}” is compressed {_ratio(info.file_size, info.compress_size)} to 1, like a zip bomb")
        total += info.file_size
        packed += info.compress_size
    if total > limits.max_total_bytes:
        raise Refused(f"the zip would expand to {total:,} bytes, more than the {limits.max_total_bytes:,} allowed")
    if _too_compressed(total, packed, limits):
        raise Refused(f"the zip as a whole is compressed {_ratio(total, packed)} to 1, like a zip bomb")


def _too_compressed(size: int, packed: int, limits: ZipLimits) -> bool:
    return size > limits.max_ratio * packed + limits.ratio_floor


def _ratio(size: int, packed: int) -> str:
    return f"{size / max(packed, 1):,.0f}"


def _check_names(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    seen: set[str] = set()
    files: set[str] = set()
    folders: set[str] = set()
    for info in infos:
        name = info.filename
        refusal = name_problem(name, limits.max_name_length)
        if refusal:
            raise Refused(f"“{name[:80]}”: {refusal}")
        key = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
        if key in seen:
            raise Refused(f"“{name[:80]}” appears twice in the zip")
        seen.add(key)
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        (folders if info.is_dir() else files).add(key)
    clash = files & folders
    if clash:
        raise Refused(f"“{sorted(clash)[0][:80]}” is both a file and a folder")


def name_problem(name: str, max_length: int = 512) -> str | None:
    """Why ``name`` is not a safe relative member name, or None when it is."""
    if not name or len(name) > max_length:
        return "an empty or overlong name"
    if "\\" in name:
        return "a backslash in the name (a Windows path)"
    if _CONTROL.search(name):
        return "a control character in the name"
    if name.startswith("/"):
        return "an absolute path"
    if _DRIVE.match(name):
        return "a drive letter"
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "a “..”, “.” or empty part in the path"
    for part in parts:
        if _WINDOWS_FORBIDDEN.search(part) or part.endswith((".", " ")):
            return "a character Windows cannot store in a file name"
        if part.split(".")[0].upper() in _WINDOWS_DEVICES:
            return "a Windows device name (CON, NUL, COM1…)"
    return None


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if info.flag_bits & 0x1:
            raise Refused(f"“{info.filename}” is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(f"“{info.filename}” uses an unsupported compression method")
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if info.create_system == 3 and kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            what = "a symbolic link" if kind == stat.S_IFLNK else "a special file"
            raise Refused(f"“{info.filename}” is {what}")
        if kind == stat.S_IFLNK:
            raise Refused(f"“{info.filename}” is a symbolic link")
        if kind == stat.S_IFDIR and not info.is_dir():
            raise Refused(f"“{info.filename}” is marked as a folder but named as a file")


def _check_layout(raw, infos: list[zipfile.ZipInfo], central_directory: int) -> None:
    spans = []
    for info in infos:
        raw.seek(info.header_offset)
        header = raw.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise Refused(f"“{info.filename}”: its local header lies past the end of the file")
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_SIGNATURE:
            raise Refused(f"“{info.filename}”: no local header where the directory says")
        name_length, extra_length = fields[9], fields[10]
        start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        end = start + info.compress_size
        if info.flag_bits & 0x8:
            end += 12  # a data descriptor follows: at least CRC and two sizes
        spans.append((info.header_offset, end, info.filename))
    spans.sort()
    for (first_start, first_end, first), (second_start, _end, second) in zip(spans, spans[1:], strict=False):
        if second_start < first_end:
            raise Refused(f"“{first[:60]}” and “{second[:60]}” overlap inside the zip (a zip bomb trick)")
        if second_start == first_start:
            raise Refused(f"“{first[:60]}” and “{second[:60]}” share their data (a zip bomb trick)")
    if spans and spans[-1][1] > central_directory:
        raise Refused(f"“{spans[-1][2][:60]}” runs into the zip's directory")

