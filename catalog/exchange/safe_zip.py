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

from catalog.exchange.refusal import refused
from catalog.messages import Message

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_DISK_ADVICE = Message("unpack_disk_advice")
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
        raise refused("zip_not_readable", detail=str(exc)) from None
    except (OSError, EOFError, struct.error) as exc:
        raise refused("zip_unreadable", detail=str(exc)) from None
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
        raise refused("unpack_folder_not_empty", folder=str(root))
    try:
        if screen is not None:
            with zipfile.ZipFile(path) as archive:
                screen(archive, infos)
        _check_free_space(root, infos)
        return _extract(path, root, infos, limits, check)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise refused("zip_file_damaged", detail=str(exc)) from None
    except OSError as exc:
        # the free space was checked, but others write to the same disk meanwhile
        if exc.errno not in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise
        raise refused("unpack_disk_full", folder=str(root.parent), advice=_DISK_ADVICE) from None


def _extract(path: Path, root: Path, infos: list[zipfile.ZipInfo], limits: ZipLimits, check) -> list[str]:
    written: list[str] = []
    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            if check is not None:
                check()
            destination = (root / info.filename).resolve()
            if not destination.is_relative_to(root) or destination == root:
                raise refused("member_outside", member=info.filename)
            if info.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            if not destination.parent.resolve().is_relative_to(root):
                raise refused("member_outside", member=info.filename)
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
        raise refused("member_damaged", member=info.filename, detail=str(exc)) from None
    if len(data) > cap:
        raise refused("member_bigger", member=info.filename)
    return data


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, destination: Path, limits: ZipLimits, so_far: int) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(destination, flags, 0o600)
    except FileExistsError:
        raise refused("member_twice", member=info.filename) from None
    written = 0
    with os.fdopen(fd, "wb") as out, archive.open(info) as handle:
        while True:
            block = handle.read(1024 * 1024)
            if not block:
                break
            written += len(block)
            if written > info.file_size or written > limits.max_member_bytes:
                raise refused("member_bigger", member=info.filename)
            if so_far + written > limits.max_total_bytes:
                raise refused("bundle_expands_too_much")
            out.write(block)
    return written


def _check_free_space(root: Path, infos: list[zipfile.ZipInfo]) -> None:
    needed = sum(info.file_size for info in infos)
    free = shutil.disk_usage(root).free
    if needed > free:
        raise refused("unpack_no_room", size=f"{needed:,}", free=f"{free:,}", folder=str(root.parent), advice=_DISK_ADVICE)


def _check_count_and_sizes(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(infos) > limits.max_members:
        raise refused("zip_too_many_files", count=f"{len(infos):,}", most=f"{limits.max_members:,}")
    total = packed = 0
    for info in infos:
        if info.file_size > limits.max_member_bytes:
            raise refused("member_too_big", member=info.filename, size=f"{info.file_size:,}")
        if _too_compressed(info.file_size, info.compress_size, limits):
            raise refused("member_zip_bomb", member=info.filename, ratio=_ratio(info.file_size, info.compress_size))
        total += info.file_size
        packed += info.compress_size
    if total > limits.max_total_bytes:
        raise refused("zip_too_big", size=f"{total:,}", most=f"{limits.max_total_bytes:,}")
    if _too_compressed(total, packed, limits):
        raise refused("zip_bomb", ratio=_ratio(total, packed))


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
            raise refused("member_name_bad", member=name[:80], problem=refusal)
        key = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
        if key in seen:
            raise refused("member_twice_in_zip", member=name[:80])
        seen.add(key)
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        (folders if info.is_dir() else files).add(key)
    clash = files & folders
    if clash:
        raise refused("member_file_and_folder", member=sorted(clash)[0][:80])


def name_problem(name: str, max_length: int = 512) -> str | None:
    """Why ``name`` is not a safe relative member name, or None when it is."""
    if not name or len(name) > max_length:
        return Message("name_empty_or_long")
    if "\\" in name:
        return Message("name_backslash")
    if _CONTROL.search(name):
        return Message("name_control")
    if name.startswith("/"):
        return Message("name_absolute")
    if _DRIVE.match(name):
        return Message("name_drive")
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return Message("name_dots")
    for part in parts:
        if _WINDOWS_FORBIDDEN.search(part) or part.endswith((".", " ")):
            return Message("name_windows_character")
        if part.split(".")[0].upper() in _WINDOWS_DEVICES:
            return Message("name_windows_device")
    return None


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if info.flag_bits & 0x1:
            raise refused("member_encrypted", member=info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refused("member_compression", member=info.filename)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if info.create_system == 3 and kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise refused("member_link" if kind == stat.S_IFLNK else "member_special", member=info.filename)
        if kind == stat.S_IFLNK:
            raise refused("member_link", member=info.filename)
        if kind == stat.S_IFDIR and not info.is_dir():
            raise refused("member_folder_named_file", member=info.filename)


def _check_layout(raw, infos: list[zipfile.ZipInfo], central_directory: int) -> None:
    spans = []
    for info in infos:
        raw.seek(info.header_offset)
        header = raw.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise refused("member_header_past_end", member=info.filename)
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_SIGNATURE:
            raise refused("member_no_header", member=info.filename)
        name_length, extra_length = fields[9], fields[10]
        start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        end = start + info.compress_size
        if info.flag_bits & 0x8:
            end += 12  # a data descriptor follows: at least CRC and two sizes
        spans.append((info.header_offset, end, info.filename))
    spans.sort()
    for (first_start, first_end, first), (second_start, _end, second) in zip(spans, spans[1:], strict=False):
        if second_start < first_end:
            raise refused("members_overlap", first=first[:60], second=second[:60])
        if second_start == first_start:
            raise refused("members_share_data", first=first[:60], second=second[:60])
    if spans and spans[-1][1] > central_directory:
        raise refused("member_into_directory", member=spans[-1][2][:60])

