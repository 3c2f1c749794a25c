"""Reading a REFI-QDA project (``.qdpx``) that QualCoder, NVivo, ATLAS.ti, MAXQDA or Pressmark made.

:func:`read_project` opens the zip with the defences of :mod:`catalog.exchange.safe_zip` (zip
bombs, path traversal, links; nothing is extracted, the members are read into memory with a
bound), parses ``project.qde`` with :mod:`catalog.exchange.safe_parse` (no DOCTYPE, no
entities), checks what it reads against the constraints of REFI-QDA's Project.xsd (the root
``Project`` with its ``name``; GUIDs, integers, booleans and colours of the types the schema
gives them; every attribute it requires), and returns plain data: the code tree, the text
sources with their normalised texts, coded selections and notes. Pure; any thread. Everything
refused raises :class:`~catalog.exchange.refusal.Refused` with the element at fault.

**What a position counts.** Project.xsd types ``startPosition`` and ``endPosition`` as bare
``xsd:integer``; it says nothing of the unit. Pressmark reads them as *Unicode code points of the
source's plain text as written in the project*, zero-based, the end exclusive, the byte-order
mark not counted:

* it is what QualCoder's own importer does (``refi.py`` slices the decoded text with the two
  positions, Python string indices, which are code points), and what Pressmark's exporter
  (:mod:`catalog.exchange.qdpx`) writes;
* QualCoder's coding screen, though, stores the positions its Qt text editor reports, which
  count UTF-16 code units: in a text with characters outside the Basic Multilingual Plane
  (emoji, 𝔘) each such character before a selection shifts it by one. So where a selection's
  ``name`` holds its words (Pressmark's exports and others do), a selection whose code-point
  reading does not match them but whose UTF-16 reading does is read in UTF-16 units;
* a CR LF line ending counts as two characters, the text as written, except in projects whose
  ``origin`` names ATLAS.ti or MAXQDA, which count it as one (QualCoder's importer and exporter
  make the same distinction);
* the text is then normalised as every Pressmark text is (NFC, LF), and each position carried
  into it by :class:`~catalog.exchange.offset_map.OffsetMap`.

Sources that are not plain text (PDF, pictures, audio, video) and texts kept outside the
project (``relative://``, ``absolute://`` paths) are listed in ``skipped``, not read.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from catalog.exchange.offset_map import OffsetMap
from catalog.exchange.refusal import Refused, refused
from catalog.exchange.safe_parse import load_xml
from catalog.exchange.safe_zip import ZipLimits, inspect_zip, read_member
from catalog.importers import MAX_BYTES, MAX_TEXT_CHARS
from catalog.messages import Message
from catalog.models import MAX_TAG_DEPTH
from catalog.text import codepoint_to_utf16, squash_spaces, utf16_to_codepoint

# a project may carry big media we never read; the texts we read are bounded one by one
QDPX_LIMITS = ZipLimits(max_member_bytes=2 * 1024 * 1024 * 1024, max_total_bytes=16 * 1024 * 1024 * 1024)
MAX_TEXT_BYTES = MAX_BYTES["text"]
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_RGB = re.compile(r"#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
_PROJECT_PARTS = {"Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs", "Description", "NoteRef"}
# a source Pressmark leaves out -> the sentence saying so (catalog.messages.SENTENCES)
_OTHER_SOURCES = {"PDFSource": "qda_pdf_source", "PictureSource": "qda_picture_source", "AudioSource": "qda_audio_source", "VideoSource": "qda_video_source"}
# the branches of the codebook Pressmark's own exporter writes
PRESSMARK_BRANCHES = {"Speakers": "speakers", "Tags": "tags", "Quote kinds": "kinds"}


@dataclass
class QdaCode:
    """A code: its path in the code tree (names, top first), colour and, in a project Pressmark
    exported, the branch it lies in (``speakers``, ``tags``, ``kinds``; "" elsewhere)."""

    guid: str
    path: tuple[str, ...]
    colour: str = ""
    codable: bool = True
    branch: str = ""


@dataclass
class QdaSelection:
    """A coded span of a text: ``start``/``end`` are code points of the source's normalised text."""

    guid: str
    start: int
    end: int
    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class QdaSource:
    """A text source: its name, normalised text, the bytes it was read from, its codes and notes."""

    guid: str
    name: str
    text: str
    data: bytes
    member: str
    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    selections: list[QdaSelection] = field(default_factory=list)


@dataclass
class QdaProject:
    """What a ``.qdpx`` holds that Pressmark keeps, and what it left out (``skipped``)."""

    name: str
    origin: str
    codes: dict[str, QdaCode] = field(default_factory=dict)
    sources: list[QdaSource] = field(default_factory=list)
    # a case's name -> its description (Pressmark's export describes its actors so)
    cases: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    @property
    def from_pressmark(self) -> bool:
        return self.origin.startswith("Pressmark")


def read_project(path: Path, limits: ZipLimits = QDPX_LIMITS) -> QdaProject:
    """Read the ``.qdpx`` at ``path`` (see the module's description). Raises Refused."""
    try:
        infos = inspect_zip(path, limits)
        members = {info.filename: info for info in infos if not info.is_dir()}
        projects = [name for name in members if "/" not in name and name.lower().endswith(".qde")]
        if len(projects) != 1:
            raise refused("qda_no_project") if not projects else refused("qda_projects", count=len(projects))
        with zipfile.ZipFile(path) as archive:
            tree = load_xml(read_member(archive, members[projects[0]], limits), projects[0])
            return _Reader(archive, members, limits).project(tree.getroot())
    except zipfile.BadZipFile as exc:
        raise refused("zip_not_readable", detail=str(exc)) from None
    except (OSError, EOFError) as exc:
        raise refused("zip_unreadable", detail=str(exc)) from None


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], limits: ZipLimits):
        self.archive = archive
        self.members = members
        self.by_folded = {name.casefold(): name for name in members}
        self.limits = limits
        self.namespace = ""

    # ----- the XML, checked as Project.xsd constrains it ---------------------------------
    def name_of(self, element) -> str:
        tag = element.tag if isinstance(element.tag, str) else ""
        return tag.rsplit("}", 1)[-1] if tag.startswith("{" + self.namespace + "}") else ""

    def children(self, element, name: str) -> list:
        return [child for child in element if self.name_of(child) == name]

    def child_text(self, element, name: str) -> str:
        found = self.children(element, name)
        return (found[0].text or "") if found else ""

    def attribute(self, element, name: str, kind: str = "string", required: bool = False):
        value = element.get(name)
        where = f"<{self.name_of(element) or element.tag}{_label(element)}>"
        if value is None:
            if required:
                raise _invalid("qda_lacks_attribute", element=where, name=name)
            return None
        token = value.strip()
        pattern = {"guid": _GUID, "integer": _INTEGER, "colour": _RGB}.get(kind)
        if (pattern is not None and not pattern.fullmatch(token)) or (kind == "boolean" and token not in _BOOLEANS):
            raise _invalid(_KIND_WORDS[kind], attribute=f"{name}=“{value[:40]}”", element=where)
        if kind == "integer":
            return int(token)
        if kind == "boolean":
            return _BOOLEANS[token]
        if kind == "guid":
            return token.strip("{}").lower()
        return value

    # ----- the parts ---------------------------------------------------------------------
    def project(self, root) -> QdaProject:
        tag = root.tag if isinstance(root.tag, str) else ""
        match = re.fullmatch(r"\{(urn:QDA-XML:project:[0-9.]+)\}Project", tag)
        if not match:
            raise refused("qda_not_project", root=f"<{tag or root}>")
        self.namespace = match.group(1)
        for child in root:
            if isinstance(child.tag, str) and self.name_of(child) not in _PROJECT_PARTS:
                raise _invalid("qda_misplaced", element=f"<{etree.QName(child).localname}>")
        name = self.attribute(root, "name", required=True)
        project = QdaProject(name=name, origin=root.get("origin") or "")
        for book in self.children(root, "CodeBook"):
            for codes in self.children(book, "Codes"):
                self.codes(codes, project)
        notes = {}
        for container in self.children(root, "Notes"):
            for note in self.children(container, "Note"):
                guid = self.attribute(note, "guid", "guid", required=True)
                notes[guid] = self.note_text(note)
        for container in self.children(root, "Cases"):
            for case in self.children(container, "Case"):
                self.attribute(case, "guid", "guid", required=True)
                if case.get("name"):
                    project.cases[case.get("name")] = self.child_text(case, "Description")
        crlf_as_one = bool(re.search(r"atlas|maxqda", project.origin, re.IGNORECASE))
        for container in self.children(root, "Sources"):
            for source in container:
                kind = self.name_of(source)
                if kind == "TextSource":
                    self.source(source, project, notes, crlf_as_one)
                elif kind in _OTHER_SOURCES:
                    self.attribute(source, "guid", "guid", required=True)
                    project.skipped.append(Message(_OTHER_SOURCES[kind], name=source.get("name") or "(unnamed)"))
        return project

    def codes(self, codes_element, project: QdaProject) -> None:
        # a work list, not recursion: a hostile tree must not exhaust the stack
        pending: list[tuple[etree._Element, tuple[str, ...], str]]
        pending = [(code, (), "") for code in reversed(self.children(codes_element, "Code"))]
        while pending:
            element, parents, branch = pending.pop()
            guid = self.attribute(element, "guid", "guid", required=True)
            raw_name = self.attribute(element, "name", required=True)
            codable = self.attribute(element, "isCodable", "boolean", required=True)
            colour = self.attribute(element, "color", "colour") or ""
            # a slash would split the name into levels of the tag tree
            name = squash_spaces(raw_name).replace("/", "∕")[:200] or "(unnamed code)"
            path = (*parents, name)
            if len(path) > MAX_TAG_DEPTH:
                raise refused("qda_code_too_deep", name=name[:60], levels=len(path), most=MAX_TAG_DEPTH)
            if not parents and project.from_pressmark and not codable:
                branch = PRESSMARK_BRANCHES.get(raw_name, "")
            if guid in project.codes:
                raise _invalid("qda_guid_twice", guid=guid)
            project.codes[guid] = QdaCode(guid, path, colour.lower(), codable, branch)
            pending.extend((child, path, branch) for child in reversed(self.children(element, "Code")))

    def note_text(self, note) -> str:
        content = self.children(note, "PlainTextContent")
        if content:
            return content[0].text or ""
        target = note.get("plainTextPath") or ""
        if target.startswith("internal://"):
            what = Message("qda_the_note", name=note.get("name") or "")
            return _decode(self.member(target, what), what)
        return note.get("name") or ""

    def member(self, target: str, what: str) -> bytes:
        wanted = "sources/" + target[len("internal://") :]
        name = self.by_folded.get(wanted.casefold())
        if name is None:
            raise refused("in_file", name=what, reason=Message("qda_text_missing", member=wanted))
        info = self.members[name]
        if info.file_size > MAX_TEXT_BYTES:
            raise refused("in_file", name=what, reason=Message("qda_text_too_big", size=f"{info.file_size:,}", most=f"{MAX_TEXT_BYTES:,}"))
        return read_member(self.archive, info, self.limits)

    def source(self, element, project: QdaProject, notes: dict[str, str], crlf_as_one: bool) -> None:
        guid = self.attribute(element, "guid", "guid", required=True)
        name = squash_spaces(element.get("name") or "") or "(untitled)"
        what = Message("qda_the_source", name=name[:80])
        content = self.children(element, "PlainTextContent")
        target = element.get("plainTextPath") or ""
        if content:
            data, member = (content[0].text or "").encode("utf-8"), ""
        elif target.startswith("internal://"):
            data, member = self.member(target, what), target
        elif target or element.get("richTextPath"):
            where = target or element.get("richTextPath")
            key = "qda_text_outside" if target else "qda_rich_text_only"
            project.skipped.append(Message("in_file", name=what, reason=Message(key, where=where[:80])))
            return
        else:
            raise _invalid("qda_no_text", source=what)
        raw = _decode(data, what)
        if len(raw) > MAX_TEXT_CHARS:
            raise refused("in_file", name=what, reason=Message("qda_text_too_long", length=f"{len(raw):,}", most=f"{MAX_TEXT_CHARS:,}"))
        counted = raw.replace("\r\n", "\n") if crlf_as_one else raw
        offsets = OffsetMap(counted)
        utf16_length = codepoint_to_utf16(counted, len(counted))
        astral = utf16_length if utf16_length != len(counted) else None
        if not offsets.text.strip():
            project.skipped.append(Message("in_file", name=what, reason=Message("qda_text_empty")))
            return
        source = QdaSource(guid, name, offsets.text, data, member)
        source.codes = self.coded(element)
        source.notes = self.noted(element, notes)
        for selection in self.children(element, "PlainTextSelection"):
            found = self.selection(selection, counted, astral, offsets, notes, what)
            if found is None:
                project.skipped.append(Message("in_file", name=what, reason=Message("qda_selects_nothing", guid=selection.get("guid"))))
            else:
                source.selections.append(found)
        project.sources.append(source)

    def selection(
        self, element, counted: str, astral: int | None, offsets: OffsetMap, notes: dict[str, str], what: str
    ) -> QdaSelection | None:
        guid = self.attribute(element, "guid", "guid", required=True)
        start = self.attribute(element, "startPosition", "integer", required=True)
        end = self.attribute(element, "endPosition", "integer", required=True)
        if astral is not None:
            start, end = _as_code_points(counted, astral, start, end, element.get("name") or "")
        if not 0 <= start <= end <= len(counted):
            raise refused("in_file", name=what, reason=Message("qda_selection_outside", guid=guid, start=start, end=end, length=f"{len(counted):,}"))
        begin, finish = offsets.position(start), offsets.position(end)
        if begin == finish or not offsets.text[begin:finish].strip():
            return None
        return QdaSelection(guid, begin, finish, self.coded(element), self.noted(element, notes))

    def coded(self, element) -> list[str]:
        codes = []
        for coding in self.children(element, "Coding"):
            for ref in self.children(coding, "CodeRef"):
                codes.append(self.attribute(ref, "targetGUID", "guid", required=True))
        return codes

    def noted(self, element, notes: dict[str, str]) -> list[str]:
        found = [self.child_text(element, "Description")]
        for ref in self.children(element, "NoteRef"):
            found.append(notes.get(self.attribute(ref, "targetGUID", "guid", required=True), ""))
        return [text for text in found if text.strip()]


# an attribute's kind -> the sentence refusing a value not of that kind
_KIND_WORDS = {"guid": "qda_not_guid", "integer": "qda_not_integer", "colour": "qda_not_colour", "boolean": "qda_not_boolean"}


def _invalid(key: str, /, **fields: object) -> Refused:
    """Refused: project.qde is not a valid REFI-QDA project, for the reason ``key``."""
    return refused("qda_invalid", reason=Message(key, **fields))


def _label(element) -> str:
    for key in ("name", "guid"):
        if element.get(key):
            return f" {key}=“{element.get(key)[:40]}”"
    return ""


def _decode(data: bytes, what: str) -> str:
    """Text bytes as a string: UTF-8 (a BOM dropped), or UTF-16 when a BOM says so."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise refused("in_file", name=what, reason=Message("qda_text_not_decodable", encoding=encoding.upper().replace("-SIG", ""), byte=f"{exc.start:,}")) from None


def _as_code_points(text: str, utf16_length: int, start: int, end: int, name: str) -> tuple[int, int]:
    """``start``/``end`` as code points of ``text`` (which holds characters outside the BMP, so
    is ``utf16_length`` UTF-16 units long): as they are, unless ``name`` (the words the
    selection holds, where the tool wrote them) says they were counted in UTF-16 units."""
    words = squash_spaces(name)[:40].rstrip("…")
    if not words or not 0 <= start <= end or end > utf16_length:
        return start, end
    if squash_spaces(text[start:end]).startswith(words):
        return start, end
    start16, end16 = utf16_to_codepoint(text, start), utf16_to_codepoint(text, end)
    if squash_spaces(text[start16:end16]).startswith(words):
        return start16, end16
    return start, end
