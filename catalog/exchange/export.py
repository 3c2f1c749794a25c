"""Write a bundle: every format, one BagIt bag, one zip.

:func:`write_bundle` is a pure function of a :class:`~catalog.exchange.records.BundleContent`
(read by :mod:`catalog.exchange.snapshot`) and the original files; it runs on any thread,
reports ``progress(done, total, message)`` and polls ``cancel``. It writes to a temporary
file beside ``out`` and renames it into place at the end, so a cancelled or failed export
leaves no half-written bundle (and never replaces an existing one until it succeeds).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from catalog import __version__
from catalog.errors import InvalidInput
from catalog.exchange import layout
from catalog.exchange.annotations import collection
from catalog.exchange.bag import BagWriter
from catalog.exchange.csl import csl_items
from catalog.exchange.dublin_core import dublin_core_xml
from catalog.exchange.eac import eac_records
from catalog.exchange.qdpx import qdpx_bytes
from catalog.exchange.reader_html import reader_pages
from catalog.exchange.records import BundleContent, records_to_json
from catalog.exchange.skos import skos_xml
from catalog.exchange.tabular import documents_csv, documents_ris, quotes_csv
from catalog.messages import Message
from catalog.models import MAX_TAG_DEPTH

Progress = Callable[[int, int, str], None]


@dataclass
class ExportSummary:
    """What an export wrote."""

    path: Path
    documents: int
    quotes: int
    actors: int
    tags: int
    originals: int
    files: int
    bytes: int

    def describe(self) -> str:
        return (
            f"{self.documents} documents, {self.quotes} quotes, {self.actors} actors, {self.tags} tags "
            f"({self.originals} originals; {self.files} files, {self.bytes:,} bytes) in {self.path}"
        )


def write_bundle(content: BundleContent, originals: dict[str, Path], out: Path, progress: Progress | None = None, cancel=None) -> ExportSummary:
    """Write ``content`` as a bundle zip at ``out``. ``originals`` maps SHA-256 -> stored file.

    Raises OSError when ``out`` cannot be written, ``Cancelled`` when ``cancel`` is set, and
    InvalidInput for a tag deeper than any bundle may carry (made before tags were limited);
    in every case nothing is left at ``out`` that was not there before.
    """
    progress = progress or (lambda _d, _t, _m: None)
    out = Path(out)
    _check_tag_depth(content)
    carried = _attach_originals(content, originals)
    eac = eac_records(content)
    total = 2 * len(content.documents) + len(carried) + len(eac) + 12
    done = 0

    def step(key: str, each: bool = False) -> None:
        """One step written; a step done for ``each`` record is reported every 50th time."""
        nonlocal done
        done += 1
        if cancel is not None:
            cancel.check()
        if done % 50 == 0 or done >= total or not each:
            progress(min(done, total), total, Message(key))

    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        out.lstat()  # a name the file system cannot hold fails here, not after all the work
    except FileNotFoundError:
        pass
    fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=".pressmark-export-", suffix=".zip.partial")
    os.close(fd)
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w", allowZip64=True) as archive:
            bag = BagWriter(archive, _bag_name(out))
            bag.add(layout.RECORDS, _json(records_to_json(content, f"Pressmark {__version__}")))
            step("progress_records")
            for doc in content.documents:
                bag.add(layout.text_path(doc.uuid), doc.body.encode("utf-8"))
                step("progress_texts", each=True)
            for path, source in sorted(carried.values()):
                bag.add(path, source.read_bytes())
                step("progress_originals", each=True)
            bag.add(layout.ANNOTATIONS, _json(collection(content)))
            step("progress_annotations")
            bag.add(layout.CSL, _json(csl_items(content)))
            bag.add(layout.DUBLIN_CORE, dublin_core_xml(content))
            bag.add(layout.SKOS, skos_xml(content))
            step("progress_metadata")
            for uuid, record in eac.items():
                bag.add(f"{layout.EAC}/{uuid}.xml", record)
                step("progress_actors", each=True)
            bag.add(layout.QDPX, qdpx_bytes(content))
            step("progress_qda_project")
            for path, page in reader_pages(content).items():
                bag.add(path, page)
                step("progress_reader", each=True)
            bag.add(layout.DOCUMENTS_CSV, documents_csv(content))
            bag.add(layout.QUOTES_CSV, quotes_csv(content))
            bag.add(layout.RIS, documents_ris(content))
            step("progress_tables")
            bag.finish({
                "Bag-Software-Agent": f"Pressmark {__version__}",
                "External-Identifier": f"urn:uuid:{content.bundle_id}",
                "External-Description": content.label or "Pressmark bundle",
            })  # fmt: skip
            files = bag.files
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    progress(total, total, Message("progress_bundle_written"))
    return ExportSummary(
        path=out, documents=len(content.documents), quotes=len(content.quotes), actors=len(content.actors),
        tags=len(content.tags), originals=len(carried), files=files, bytes=out.stat().st_size,
    )  # fmt: skip


def _check_tag_depth(content: BundleContent) -> None:
    """Refuse to write a bundle that our own import would refuse for its tag depth."""
    parent_of = {tag.uuid: tag.parent for tag in content.tags}
    for tag in content.tags:
        depth, node = 1, tag.parent
        while node is not None and depth <= MAX_TAG_DEPTH:
            depth, node = depth + 1, parent_of.get(node)
        if depth > MAX_TAG_DEPTH:
            raise InvalidInput(
                f"the tag “{tag.name[:80]}” lies more than {MAX_TAG_DEPTH} levels deep, deeper than a bundle may carry: "
                "move it or its branch higher (tag rename) and export again"
            )


def _attach_originals(content: BundleContent, originals: dict[str, Path]) -> dict[str, tuple[str, Path]]:
    """Set each document's ``original`` payload path; returns sha -> (payload path, file)."""
    carried: dict[str, tuple[str, Path]] = {}
    for doc in content.documents:
        source = originals.get(doc.original_sha256)
        if source is None:
            doc.original = ""
            continue
        if doc.original_sha256 not in carried:
            carried[doc.original_sha256] = (layout.original_path(doc.original_sha256, source.suffix), source)
        doc.original = carried[doc.original_sha256][0]
    return carried


def _bag_name(out: Path) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", out.stem).strip(".-")
    return stem[:80] or "pressmark-bundle"


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
