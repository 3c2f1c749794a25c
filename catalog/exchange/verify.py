"""Open a bundle someone sent: extract it safely, check it completely, read its records.

:func:`opened_bundle` is the only way import reads a bundle. In a fresh temporary folder
(removed afterwards, whatever happens) it

1. extracts the zip with every defence of :mod:`catalog.exchange.safe_zip`, once the bag's
   manifests (read straight from the zip) account for every file in it;
2. checks the BagIt bag: version, both manifests and tag manifests, every checksum;
3. reads ``records.json`` and the annotations with the strict JSON reader and checks their
   shape, every reference, the tag tree, and that every quote's positions select exactly
   its words in its normalised text;
4. checks each original against the hash it is named by;
5. parses every other XML and JSON file and the REFI-QDA project with the safe readers, so
   a hostile part is refused even though import does not need it.

Anything wrong raises :class:`~catalog.errors.InvalidBundle` naming the bundle and the
reason. Plain code for any one thread; ``cancel`` is polled while extracting.

The temporary folders are named ``pressmark-bundle-<8 random characters>``; a process killed
while it held one cannot remove it, so each bundle opened first removes ours that are older
than a day (:func:`remove_stale_workspaces`).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import InvalidBundle
from catalog.exchange import layout
from catalog.exchange.annotations import quotes_from_collection
from catalog.exchange.bag import check_bag, check_zipped_bag, find_bag_root
from catalog.exchange.records import (
    BundleContent,
    check_references,
    check_tag_tree,
    place_quote_revisions,
    records_from_json,
)
from catalog.exchange.refusal import Refused, refused
from catalog.exchange.safe_parse import load_json, load_xml
from catalog.exchange.safe_zip import (
    DEFAULT_LIMITS,
    ZipLimits,
    extract_zip,
    inspect_zip,
    read_member,
)
from catalog.messages import Message
from catalog.text import normalise

Progress = Callable[[int, int, str], None]

WORKSPACE_PREFIX = "pressmark-bundle-"
STALE_WORKSPACE_SECONDS = 24 * 3600
# exactly what tempfile.mkdtemp adds to the prefix, so that no other folder is ever taken for ours
_WORKSPACE_NAME = re.compile(re.escape(WORKSPACE_PREFIX) + r"[a-z0-9_]{8}")


@dataclass
class LoadedBundle:
    """A checked bundle: its records (bodies filled in) and where its files were extracted."""

    content: BundleContent
    root: Path
    info: dict[str, str] = field(default_factory=dict)

    def original_file(self, payload_path: str) -> Path:
        return self.root / "data" / payload_path

    def counts(self) -> dict[str, int]:
        c = self.content
        return {"documents": len(c.documents), "quotes": len(c.quotes), "actors": len(c.actors), "tags": len(c.tags)}


@contextmanager
def opened_bundle(path: Path | str, limits: ZipLimits = DEFAULT_LIMITS, progress: Progress | None = None, cancel=None) -> Iterator[LoadedBundle]:
    """Yield the checked bundle at ``path``; the extracted files are deleted on exit (after a
    success in a background thread, which the process waits for before it ends).

    Raises InvalidBundle (one clear line) before yielding if anything is refused.
    """
    path = Path(path)
    remove_stale_workspaces()
    workspace = Path(tempfile.mkdtemp(prefix=WORKSPACE_PREFIX))
    try:
        try:
            loaded = _load(path, workspace, limits, progress or (lambda _d, _t, _m: None), cancel)
        except Refused as exc:
            raise InvalidBundle(path.name, exc.reason) from None
        yield loaded
    except BaseException:
        shutil.rmtree(workspace, ignore_errors=True)
        raise
    # thousands of small files take seconds to delete on some disks: the caller's work is
    # done, so after a success they go in the background (the folder is private and temporary);
    # not a daemon, so that the interpreter waits for it instead of leaving the files behind
    threading.Thread(target=shutil.rmtree, args=(workspace,), kwargs={"ignore_errors": True}, name="pressmark-bundle-cleanup").start()


def remove_stale_workspaces(folder: Path | None = None, older_than: float = STALE_WORKSPACE_SECONDS) -> list[Path]:
    """Delete the extraction folders of ours in ``folder`` (the temporary folder by default)
    untouched for ``older_than`` seconds: those of processes killed mid-import. A folder in
    use is younger (a check or import takes minutes at most). Only real folders named as
    :func:`opened_bundle` names them and owned by this user are touched. Returns those removed;
    never raises.
    """
    folder = Path(folder if folder is not None else tempfile.gettempdir())
    cutoff = time.time() - older_than
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _WORKSPACE_NAME.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_mtime > cutoff:
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed


def _load(path: Path, workspace: Path, limits: ZipLimits, progress: Progress, cancel) -> LoadedBundle:
    if not path.is_file():
        raise refused("file_missing")
    progress(0, 5, Message("progress_unpacking"))
    target = workspace / "bundle"
    target.mkdir()
    extract_zip(path, target, limits, check=cancel.check if cancel is not None else None, screen=check_zipped_bag)
    root = find_bag_root(target)
    progress(1, 5, Message("progress_checksums"))
    info = check_bag(root)
    data = root / "data"
    progress(2, 5, Message("progress_reading_records"))
    records = load_json(_read(data, layout.RECORDS), layout.RECORDS)
    content = records_from_json(records)
    check_tag_tree(content.tags)
    texts = {doc.uuid: _text(data, doc.uuid) for doc in content.documents}
    for doc in content.documents:
        doc.body = texts[doc.uuid]
    annotations = load_json(_read(data, layout.ANNOTATIONS), layout.ANNOTATIONS)
    content.quotes = quotes_from_collection(annotations, texts, content.tag_paths(), {a.uuid for a in content.actors})
    place_quote_revisions(records, content)
    check_references(content)
    progress(3, 5, Message("progress_checking_originals"))
    for doc in content.documents:
        _check_original(data, doc.original, doc.original_sha256, doc.uuid)
    progress(4, 5, Message("progress_other_formats"))
    _check_other_files(data, limits)
    progress(5, 5, Message("progress_bundle_checked"))
    return LoadedBundle(content=content, root=root, info=info)


def _read(data: Path, relative: str) -> bytes:
    path = data / relative
    if not path.is_file():
        raise refused("bundle_lacks", file=relative)
    return path.read_bytes()


def _text(data: Path, uuid: str) -> str:
    relative = layout.text_path(uuid)
    try:
        text = _read(data, relative).decode("utf-8")
    except UnicodeDecodeError:
        raise refused("in_file", name=relative, reason=Message("not_utf8")) from None
    if normalise(text) != text:
        raise refused("in_file", name=relative, reason=Message("not_normalised"))
    return text


def _check_original(data: Path, payload: str, sha256: str, uuid: str) -> None:
    if not payload:
        return
    match = layout.ORIGINAL_PATH.fullmatch(payload)
    if match is None or match.group(1) != sha256:
        raise refused("original_misnamed", uuid=uuid, original=payload[:80])
    digest = hashlib.sha256()
    with open(_existing(data, payload), "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    if digest.hexdigest() != sha256:
        raise refused("in_file", name=payload, reason=Message("original_differs"))


def _existing(data: Path, relative: str) -> Path:
    path = data / relative
    if not path.is_file():
        raise refused("bundle_lacks", file=relative)
    return path


def _check_other_files(data: Path, limits: ZipLimits) -> None:
    for path in sorted(data.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(data).as_posix()
        suffix = path.suffix.lower()
        if suffix in (".xml", ".rdf", ".qde"):
            load_xml(path.read_bytes(), relative)
        elif suffix in (".json", ".jsonld") and relative not in (layout.RECORDS, layout.ANNOTATIONS):
            load_json(path.read_bytes(), relative)
        elif suffix == ".qdpx":
            _check_qdpx(path, relative, limits)


def _check_qdpx(path: Path, relative: str, limits: ZipLimits) -> None:
    try:
        infos = inspect_zip(path, limits)
    except Refused as exc:
        raise refused("in_file", name=relative, reason=exc.reason) from None
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            if info.filename.lower().endswith(".qde"):
                load_xml(read_member(archive, info, limits), f"{relative}/{info.filename}")


@dataclass
class BundleCheck:
    """A bundle that passed every check: what it holds and what its bag says about itself."""

    name: str
    label: str
    counts: dict[str, int]
    info: dict[str, str]

    def describe(self) -> str:
        held = ", ".join(f"{n} {kind}" for kind, n in self.counts.items())
        return f"{self.name}: valid Pressmark bundle (BagIt 1.0, checksums match): {held}"


def check_bundle(path: Path | str, limits: ZipLimits = DEFAULT_LIMITS) -> BundleCheck:
    """Run every check of :func:`opened_bundle`; raises InvalidBundle, else says what it holds."""
    with opened_bundle(path, limits) as loaded:
        return BundleCheck(Path(path).name, loaded.content.label, loaded.counts(), loaded.info)
