"""BagIt 1.0 (RFC 8493) bags: written straight into a zip, and checked once extracted.

A bundle is one bag in one top folder of the zip: ``bagit.txt``, ``bag-info.txt``, SHA-256
and SHA-512 payload manifests and tag manifests, and the payload under ``data/``. We write
the bag ourselves (the Library of Congress ``bagit`` package writes version 0.97); its
validator accepts ours (see the tests).

:class:`BagWriter` is used by :mod:`catalog.exchange.export`; :func:`check_zipped_bag` (before
anything is extracted) and :func:`check_bag` (after) by :mod:`catalog.exchange.verify`. All
are plain code for any one thread.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from catalog.exchange.refusal import refused
from catalog.exchange.safe_zip import ZipLimits, name_problem, read_member

ALGORITHMS = ("sha256", "sha512")
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MAX_TAG_FILE_BYTES = 64 * 1024 * 1024
_NO_BAG = "bag_missing"  # the sentence saying no bag was found
_STORED_SUFFIXES = {".pdf", ".docx", ".zip", ".qdpx", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".gz"}


class BagWriter:
    """Adds payload files to an open zip under ``<root>/data/`` and, on ``finish``, the tag files.

    The caller owns the ZipFile. Paths are relative to ``data/`` and must be safe member
    names (ASCII is kept by the exporter; manifests percent-encode CR, LF and ``%``).
    """

    def __init__(self, archive: zipfile.ZipFile, root: str):
        self.archive = archive
        self.root = root
        self.manifest: dict[str, list[tuple[str, str]]] = {a: [] for a in ALGORITHMS}
        self.octets = 0
        self.files = 0

    def add(self, path: str, data: bytes) -> None:
        """Add one payload file ``data/<path>`` with ``data`` as its content."""
        member = f"data/{path}"
        if name_problem(member):
            raise ValueError(f"unsafe payload path {path!r}")
        self._write(member, data, compress=Path(path).suffix.lower() not in _STORED_SUFFIXES)
        for algorithm in ALGORITHMS:
            self.manifest[algorithm].append((hashlib.new(algorithm, data).hexdigest(), member))
        self.octets += len(data)
        self.files += 1

    def finish(self, info: dict[str, str]) -> None:
        """Write bagit.txt, bag-info.txt (with Payload-Oxum and Bagging-Date) and manifests."""
        tags: dict[str, bytes] = {"bagit.txt": BAGIT_TXT.encode("utf-8")}
        lines = {**info, "Bagging-Date": datetime.now(UTC).date().isoformat(), "Payload-Oxum": f"{self.octets}.{self.files}"}
        tags["bag-info.txt"] = "".join(f"{key}: {_one_line(value)}\n" for key, value in lines.items()).encode("utf-8")
        for algorithm in ALGORITHMS:
            tags[f"manifest-{algorithm}.txt"] = _manifest_text(self.manifest[algorithm])
        for name, data in tags.items():
            self._write(name, data, compress=True)
        for algorithm in ALGORITHMS:
            entries = [(hashlib.new(algorithm, data).hexdigest(), name) for name, data in tags.items()]
            self._write(f"tagmanifest-{algorithm}.txt", _manifest_text(entries), compress=True)

    def _write(self, member: str, data: bytes, compress: bool) -> None:
        info = zipfile.ZipInfo(f"{self.root}/{member}", date_time=_zip_time())
        info.external_attr = 0o100644 << 16
        info.create_system = 3
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self.archive.writestr(info, data, compresslevel=6 if compress else None)


def find_bag_root(folder: Path) -> Path:
    """The bag inside an extracted bundle: ``folder`` itself or its one sub-folder."""
    if (folder / "bagit.txt").is_file():
        return folder
    entries = list(folder.iterdir())
    if len(entries) == 1 and entries[0].is_dir() and (entries[0] / "bagit.txt").is_file():
        return entries[0]
    raise refused(_NO_BAG)


def check_zipped_bag(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zipped bag holding a file its manifests do not list, before extracting it.

    Reads only the manifest and tag manifests, each bounded. Every payload file must be in
    ``manifest-sha256.txt``; every other file must be a manifest, a tag manifest, bagit.txt,
    bag-info.txt or listed in a tag manifest; every folder entry must hold one of those. So a
    zip stuffed with files no manifest justifies is refused at once, not after writing them
    all. What is listed but missing, and every checksum, :func:`check_bag` checks later.
    """
    files = {info.filename for info in infos if not info.is_dir()}
    root = _zipped_root(files, infos)
    payload = _parse_manifest(_zipped_tag(archive, root, "manifest-sha256.txt"), "manifest-sha256.txt")
    allowed = {f"{root}{path}" for path in payload}
    for algorithm in ALGORITHMS:
        name = f"tagmanifest-{algorithm}.txt"
        if root + name in files:
            allowed.update(f"{root}{path}" for path in _parse_manifest(_zipped_tag(archive, root, name), name))
    manifests = [f"{kind}-{algorithm}.txt" for kind in ("manifest", "tagmanifest") for algorithm in ALGORITHMS]
    allowed.update(f"{root}{name}" for name in ("bagit.txt", "bag-info.txt", *manifests))
    folders = {root.rstrip("/")} if root else set()
    for name in allowed:
        parts = name.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
    counts: dict[str, str] = {}
    if len(files) > len(allowed):
        counts = {"files": f"{len(files):,}", "listed": f"{len(allowed):,}"}
    if len(infos) - len(files) > len(folders):
        raise refused("bag_extra_folders", count=f"{len(infos) - len(files):,}", folders=f"{len(folders):,}")
    for info in infos:
        name, known = (info.filename.rstrip("/"), folders) if info.is_dir() else (info.filename, allowed)
        if name in known:
            continue
        relative = name.removeprefix(root)
        if relative.startswith("data/"):
            raise refused("bag_unlisted_counted" if counts else "bag_unlisted", member=relative[:80], **counts)
        raise refused("bag_unlisted_tag_counted" if counts else "bag_unlisted_tag", member=relative.split("/")[0][:80], **counts)


def _zipped_root(files: set[str], infos: list[zipfile.ZipInfo]) -> str:
    """``""`` when bagit.txt is at the top of the zip, ``"<folder>/"`` when it is in its one top folder."""
    if "bagit.txt" in files:
        return ""
    tops = {info.filename.split("/", 1)[0] for info in infos}
    if len(tops) == 1:
        root = f"{tops.pop()}/"
        if f"{root}bagit.txt" in files:
            return root
    raise refused(_NO_BAG)


def _zipped_tag(archive: zipfile.ZipFile, root: str, name: str) -> str:
    try:
        info = archive.getinfo(root + name)
    except KeyError:
        raise refused("bag_lacks", file=name) from None
    if info.file_size > MAX_TAG_FILE_BYTES:
        raise refused("bag_file_too_big", file=name)
    try:
        return read_member(archive, info, ZipLimits(max_member_bytes=MAX_TAG_FILE_BYTES)).decode("utf-8")
    except UnicodeDecodeError:
        raise refused("bag_file_not_utf8", file=name) from None


def check_bag(root: Path) -> dict[str, str]:
    """Check the bag at ``root`` completely; returns its bag-info fields. Raises Refused.

    Refuses: another BagIt version or encoding, a missing manifest or tag manifest for
    SHA-256 or SHA-512, a payload file missing from a manifest or a manifest entry with no
    file, any checksum mismatch, a wrong Payload-Oxum, and files or folders at the top
    that no tag manifest lists.
    """
    declaration = _read_tag(root, "bagit.txt")
    fields = _parse_fields(declaration, "bagit.txt")
    if fields.get("BagIt-Version") != "1.0":
        raise refused("bag_version", version=fields.get("BagIt-Version", "(none)"))
    if fields.get("Tag-File-Character-Encoding", "").upper() != "UTF-8":
        raise refused("bag_not_utf8_declared")
    info = _parse_fields(_read_tag(root, "bag-info.txt"), "bag-info.txt")
    payload = _payload_files(root)
    for algorithm in ALGORITHMS:
        listed = _read_manifest(root, f"manifest-{algorithm}.txt")
        _compare_listing(set(listed), payload, f"manifest-{algorithm}.txt")
        for relative, expected in listed.items():
            if _file_hash(root / relative, algorithm) != expected:
                raise refused("bag_checksum_differs", member=relative, algorithm=algorithm.upper())
    top = {p.name for p in root.iterdir()} - {"data"}
    covered: set[str] = set()
    for algorithm in ALGORITHMS:
        listed = _read_manifest(root, f"tagmanifest-{algorithm}.txt")
        required = {"bagit.txt", "bag-info.txt", *(f"manifest-{a}.txt" for a in ALGORITHMS)}
        missing = required - set(listed)
        if missing:
            raise refused("bag_tag_manifest_lacks", manifest=f"tagmanifest-{algorithm}.txt", member=sorted(missing)[0])
        for relative, expected in listed.items():
            target = root / relative
            if relative.startswith("data/") or not target.is_file():
                raise refused("bag_tag_manifest_lists_other", manifest=f"tagmanifest-{algorithm}.txt", member=relative)
            if _file_hash(target, algorithm) != expected:
                raise refused("bag_tag_checksum_differs", member=relative, algorithm=algorithm.upper())
        covered |= set(listed)
    unknown = top - covered - {f"tagmanifest-{a}.txt" for a in ALGORITHMS}
    if unknown:
        raise refused("bag_unlisted_tag", member=sorted(unknown)[0])
    _check_oxum(info, root, payload)
    return info


def _check_oxum(info: dict[str, str], root: Path, payload: set[str]) -> None:
    oxum = info.get("Payload-Oxum")
    if oxum is None:
        return
    octets, _, count = oxum.partition(".")
    actual = sum((root / p).stat().st_size for p in payload)
    if not (octets.isdigit() and count.isdigit()) or int(octets) != actual or int(count) != len(payload):
        raise refused("bag_oxum", oxum=oxum, actual=f"{actual}.{len(payload)}")


def _payload_files(root: Path) -> set[str]:
    data = root / "data"
    if not data.is_dir():
        raise refused("bag_no_data")
    found = set()
    for folder, _dirs, files in os.walk(data):
        for name in files:
            found.add((Path(folder) / name).relative_to(root).as_posix())
    return found


def _compare_listing(listed: set[str], present: set[str], manifest: str) -> None:
    if listed - present:
        raise refused("bag_manifest_lists_missing", manifest=manifest, member=sorted(listed - present)[0])
    if present - listed:
        raise refused("bag_not_in_manifest", manifest=manifest, member=sorted(present - listed)[0])


def _read_tag(root: Path, name: str) -> str:
    path = root / name
    if not path.is_file():
        raise refused("bag_lacks", file=name)
    if path.stat().st_size > MAX_TAG_FILE_BYTES:
        raise refused("bag_file_too_big", file=name)
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise refused("bag_file_not_utf8", file=name) from None


def _parse_fields(text: str, name: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and key is not None:
            fields[key] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise refused("bag_not_label", file=name, line=line[:60])
        key = key.strip()
        fields[key] = value.strip()
    return fields


def _read_manifest(root: Path, name: str) -> dict[str, str]:
    return _parse_manifest(_read_tag(root, name), name)


def _parse_manifest(text: str, name: str) -> dict[str, str]:
    algorithm = name.rsplit("-", 1)[1].removesuffix(".txt")
    width = hashlib.new(algorithm).digest_size * 2
    entries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, _, path = line.partition(" ")
        path = _decode_path(path.lstrip(" "))
        problem = name_problem(path)
        if problem or len(digest) != width or any(c not in "0123456789abcdefABCDEF" for c in digest):
            raise refused("bag_not_checksum_line", file=name, line=line[:80])
        if path in entries:
            raise refused("bag_listed_twice", file=name, member=path)
        entries[path] = digest.lower()
    return entries


def _file_hash(path: Path, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest_text(entries: list[tuple[str, str]]) -> bytes:
    return "".join(f"{digest}  {_encode_path(path)}\n" for digest, path in entries).encode("utf-8")


def _encode_path(path: str) -> str:
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def _decode_path(path: str) -> str:
    return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r").replace("%25", "%")


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _zip_time() -> tuple[int, int, int, int, int, int]:
    now = datetime.now(UTC)
    return (now.year, now.month, now.day, now.hour, now.minute, now.second)
