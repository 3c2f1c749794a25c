"""Build altered and hostile bundles for the tests, with zipfile and raw bytes.

:func:`rebag` rewrites a real bundle after ``edit`` changed its payload, with fresh, valid
checksums, so that a test reaches the checks behind the bag's. :func:`raw_zip` writes
exactly the entries given, however malformed. :func:`repeated_zip` writes thousands of big
members in a moment by deflating their content once, so a test can build a zip bomb without
ever holding or writing what it expands to.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from catalog.exchange.bag import BagWriter


def read_bundle(path: Path) -> dict[str, bytes]:
    """Payload path (relative to ``data/``) -> bytes."""
    with zipfile.ZipFile(path) as archive:
        return {
            name.split("/data/", 1)[1]: archive.read(name)
            for name in archive.namelist()
            if "/data/" in name and not name.endswith("/")
        }


def rebag(source: Path, target: Path, edit: Callable[[dict[str, bytes]], None], root: str = "bundle") -> Path:
    """Copy the bundle at ``source`` to ``target`` after ``edit(payload)``, re-checksummed."""
    payload = read_bundle(source)
    edit(payload)
    with zipfile.ZipFile(target, "w") as archive:
        bag = BagWriter(archive, root)
        for path, data in payload.items():
            bag.add(path, data)
        bag.finish({"Bag-Software-Agent": "tests"})
    return target


def edit_json(payload: dict[str, bytes], path: str, change: Callable[[object], object]) -> None:
    """Parse ``payload[path]``, let ``change`` alter it in place (its result is ignored), store it."""
    data = json.loads(payload[path])
    change(data)
    payload[path] = json.dumps(data).encode()


def raw_zip(target: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    """A zip with exactly these entries (names are not checked by zipfile on writing)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return target


def entry(name: str, mode: int | None = None) -> zipfile.ZipInfo:
    """A ZipInfo named ``name`` (no checks) with Unix ``mode`` in its external attributes."""
    info = zipfile.ZipInfo("placeholder")
    info.filename = name
    info.orig_filename = name
    if mode is not None:
        info.create_system = 3
        info.external_attr = mode << 16
    return info


def repeated_zip(target: Path, names: list[str], content: bytes) -> Path:
    """A zip whose members ``names`` all hold ``content``, deflated once and written for each
    (local headers, then the central directory; at most 65,535 members, no ZIP64)."""
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = squeezer.compress(content) + squeezer.flush()
    crc, size, packed_size = zlib.crc32(content), len(content), len(packed)
    directory = bytearray()
    with open(target, "wb") as out:
        for name in names:
            encoded = name.encode("utf-8")
            offset = out.tell()
            # version 2.0, UTF-8 names, deflated, 1980-01-01 00:00
            out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0x800, 8, 0, 0x21, crc, packed_size, size, len(encoded), 0))
            out.write(encoded)
            out.write(packed)
            directory += struct.pack(
                "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0x800, 8, 0, 0x21, crc, packed_size, size, len(encoded), 0, 0, 0, 0, 0, offset
            )
            directory += encoded
        start = out.tell()
        out.write(directory)
        out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(names), len(names), len(directory), start, 0))
    return target


def without_history(source: Path, target: Path) -> Path:
    """``source`` as a bundle of format 1, which carried no revisions: what an earlier
    Pressmark exported, and what the two-way rules merge (no shared history to go by)."""

    def strip(data):
        data["version"] = 1
        data.pop("revisions", None)
        data.pop("quote_revisions", None)
        for kind in ("tags", "actors", "documents"):
            for record in data[kind]:
                record.pop("revision", None)
        return data

    return rebag(source, target, lambda payload: edit_json(payload, "pressmark/records.json", strip))


def without_quote_history(source: Path, target: Path) -> Path:
    """``source`` as a bundle of format 2, whose tags, actors and documents carried their
    revisions but whose quotes did not: its quotes merge two-way, the rest three-way."""

    def strip(data):
        data["version"] = 2
        data.pop("quote_revisions", None)
        data["revisions"] = [r for r in data["revisions"] if r["type"] != "quote"]
        return data

    return rebag(source, target, lambda payload: edit_json(payload, "pressmark/records.json", strip))
