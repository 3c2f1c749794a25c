"""Importing REFI-QDA projects: our own export comes back to the same quotes; a project in
QualCoder's manner becomes documents, quotes, nested tags and notes; hostile or broken
projects are refused whole, with the reason, and change nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from catalog.catalog import Catalog
from catalog.errors import ImportFailed
from catalog.exchange.qdpx_reader import read_project
from tests.conftest import add_text, shared_path

QDA = "urn:QDA-XML:project:1.0"
G = "{0:08x}-0000-4000-8000-{1:012x}"  # G.format(kind, n): a GUID of the kind the schema takes
TEXT = "Héloïse said: “We lost 🙂 nothing.”\nThen 𝔘lric replied, “Not one page.”\nThe end."


def guid(kind: int, number: int = 0) -> str:
    return G.format(kind, number)


def quote_key(view) -> tuple:
    return (view.start, view.end, view.exact, view.kind, view.speaker.name if view.speaker else None, tuple(sorted(view.tags)), view.note)


def project_xml(sources: str, codes: str = "", notes: str = "", origin: str = "QualCoder 3.6", cases: str = "") -> bytes:
    """A project.qde in the manner of QualCoder's export (users, codebook, sources, notes)."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{QDA}" name="Interviews" origin="{origin}" creatingUserGUID="{guid(1)}" creationDateTime="2026-01-05T10:00:00Z">
<Users><User guid="{guid(1)}" name="colin"/></Users>
<CodeBook><Codes>{codes}</Codes></CodeBook>
{cases}<Sources>{sources}</Sources>
{notes}</Project>""".encode()


def qdpx(path: Path, project: bytes, texts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project)
        for name, data in texts.items():
            archive.writestr(f"sources/{name}", data)
    return path


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def selection(number: int, start: int, end: int, codes: list[int], description: str = "", note: int | None = None, name: str = "") -> str:
    """A PlainTextSelection: its Description, Codings and NoteRef in the schema's order."""
    refs = "".join(f'<Coding guid="{guid(9, number * 10 + i)}"><CodeRef targetGUID="{guid(2, c)}"/></Coding>' for i, c in enumerate(codes))
    label = f' name="{name}"' if name else ""
    inner = f"<Description>{description}</Description>" if description else ""
    after = f'<NoteRef targetGUID="{guid(5, note)}"/>' if note is not None else ""
    return f'<PlainTextSelection guid="{guid(3, number)}"{label} startPosition="{start}" endPosition="{end}">{inner}{refs}{after}</PlainTextSelection>'


CODES = (
    f'<Code guid="{guid(2, 1)}" name="Loss" isCodable="true" color="#AA0000">'
    f'<Code guid="{guid(2, 2)}" name="Archives / paper" isCodable="true"/></Code>'
    f'<Code guid="{guid(2, 3)}" name="Reassurance" isCodable="true"/>'
)


def qualcoder_project(tmp_path: Path, text: str = TEXT, encoding: str = "utf-8-sig", origin: str = "QualCoder 3.6") -> Path:
    """A project as QualCoder exports one: the text with a BOM, positions in code points of
    it, a coding memo as the selection's Description, a note by reference, a nested code."""
    first, second = span(text, "We lost 🙂 nothing."), span(text, "Not one page.")
    sources = (
        f'<TextSource guid="{guid(4)}" name="Interview Héloïse" plainTextPath="internal://{guid(4)}.txt">'
        "<Description>Recorded at the mill.</Description>"
        + selection(1, *first, [1, 2], description="Said quietly.")
        + selection(2, *second, [3], note=0)
        + f'<Coding guid="{guid(9, 99)}"><CodeRef targetGUID="{guid(2, 3)}"/></Coding>'
        "</TextSource>"
        f'<PictureSource guid="{guid(6)}" name="Photo of the mill" path="internal://{guid(6)}.jpg"/>'
    )
    notes = f'<Notes><Note guid="{guid(5)}" name="memo"><PlainTextContent>Check the tape.</PlainTextContent></Note></Notes>'
    return qdpx(tmp_path / "interviews.qdpx", project_xml(sources, CODES, notes, origin), {f"{guid(4)}.txt": text.encode(encoding)})


def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(shared_path("schemas", "refi-qda", "Project-mrt2019.from-QualCoder.xsd"))))


def test_our_own_export_imports_back_to_the_same_quotes_tags_speakers_and_notes(exported, other_catalog, tmp_path):
    with zipfile.ZipFile(exported.bundle) as bundle:
        member = next(n for n in bundle.namelist() if n.endswith("project.qdpx"))
        path = tmp_path / "project.qdpx"
        path.write_bytes(bundle.read(member))
    outcomes = other_catalog.documents.import_paths([path])
    assert [o.status for o in outcomes] == ["imported"]
    assert sorted(map(quote_key, other_catalog.quotes.find())) == sorted(map(quote_key, exported.catalog.quotes.find()))
    ours = {t.path: t.colour for t in exported.catalog.tags.find()}
    assert {t.path: t.colour for t in other_catalog.tags.find()} == ours
    (doc,) = other_catalog.documents.find()
    assert doc.body == exported.catalog.documents.get(exported.ids["document"]).body
    assert "Heritage/Archives" in doc.tags
    assert doc.language == "en"  # a project names no language: it is read from the text
    # the same project again adds nothing
    again = other_catalog.documents.import_paths([path])
    assert [o.status for o in again] == ["duplicate"] and len(other_catalog.quotes.find()) == len(exported.catalog.quotes.find())


def test_text_outside_the_basic_plane_round_trips_in_code_points(catalog, tmp_path):
    """Export, then import into another catalogue: positions after 🙂 and 𝔘 select the same words."""
    doc = add_text(catalog, "Astral", TEXT)
    body = catalog.documents.get(doc).body
    for words in ("We lost 🙂 nothing.", "𝔘lric", "Not one page."):
        catalog.quotes.add(doc, *span(body, words), tags=["Astral/Plane"])
    bundle = tmp_path / "astral.zip"
    catalog.exchange.export_bundle(bundle)
    with zipfile.ZipFile(bundle) as archive:
        member = next(n for n in archive.namelist() if n.endswith("project.qdpx"))
        path = tmp_path / "astral.qdpx"
        path.write_bytes(archive.read(member))
        project = etree.fromstring(zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("project.qde"))
    positions = sorted((int(s.get("startPosition")), int(s.get("endPosition"))) for s in project.iter(f"{{{QDA}}}PlainTextSelection"))
    assert positions == sorted(span(body, w) for w in ("We lost 🙂 nothing.", "𝔘lric", "Not one page."))  # code points, not UTF-16
    with Catalog(tmp_path / "other") as other:
        other.documents.import_records(path)
        assert sorted(q.exact for q in other.quotes.find()) == sorted(["We lost 🙂 nothing.", "𝔘lric", "Not one page."])


def test_a_project_in_qualcoders_manner_becomes_documents_quotes_nested_tags_and_notes(catalog, tmp_path):
    path = qualcoder_project(tmp_path)
    assert schema().validate(etree.fromstring(zipfile.ZipFile(path).read("project.qde"))), "the hand-written project must be valid"
    outcomes = catalog.documents.import_records(path)
    assert [(o.status, o.message) for o in outcomes] == [
        ("imported", "imported “Interview Héloïse” with 2 quotes"),
        ("skipped", "“Photo of the mill”: a picture source; Pressmark keeps texts: skipped"),
    ]
    (doc,) = catalog.documents.find()
    assert doc.body == TEXT and doc.notes == "Recorded at the mill." and doc.tags == ["Reassurance"]
    quotes = {q.exact: q for q in catalog.quotes.find()}
    assert set(quotes) == {"We lost 🙂 nothing.", "Not one page."}
    assert sorted(quotes["We lost 🙂 nothing."].tags) == ["Loss", "Loss/Archives ∕ paper"]
    assert quotes["We lost 🙂 nothing."].note == "Said quietly." and quotes["Not one page."].note == "Check the tape."
    assert quotes["Not one page."].kind == "excerpt"
    assert {t.path: t.colour for t in catalog.tags.find()}["Loss"] == "#aa0000"
    # one change, undone at once
    catalog.history.undo()
    assert catalog.documents.find() == [] and catalog.quotes.find() == []


def test_positions_count_code_points_and_utf16_ones_are_recognised_by_the_selections_words(catalog, tmp_path):
    """QualCoder's coding screen stores Qt's UTF-16 positions: 🙂 before a selection shifts
    it by one. Where the selection's name holds its words, that reading is recognised."""
    start, end = span(TEXT, "Not one page.")
    before = TEXT[:start]
    shift = sum(1 for c in before if ord(c) > 0xFFFF)
    assert shift == 2  # 🙂 and 𝔘 lie before it
    sources = (
        f'<TextSource guid="{guid(4)}" name="Astral" plainTextPath="internal://a.txt">'
        + selection(1, start, end, [1])  # code points, no name: read as they are
        + selection(2, start + shift, end + shift, [3], name="Not one page.")  # UTF-16 units, named
        + "</TextSource>"
    )
    path = qdpx(tmp_path / "astral.qdpx", project_xml(sources, CODES), {"a.txt": TEXT.encode()})
    (source,) = read_project(path).sources
    assert [source.text[s.start : s.end] for s in source.selections] == ["Not one page.", "Not one page."]


def test_crlf_counts_two_characters_except_where_the_tool_counts_one(tmp_path):
    text = "First line\r\nSecond line\r\nThird"
    words = "Third"
    as_written = span(text, words)
    as_shown = span(text.replace("\r\n", "\n"), words)
    for origin, (start, end) in (("NVivo 12", as_written), ("ATLAS.ti 9", as_shown), ("MAXQDA 2022", as_shown)):
        sources = f'<TextSource guid="{guid(4)}" name="Lines" plainTextPath="internal://l.txt">{selection(1, start, end, [1])}</TextSource>'
        path = qdpx(tmp_path / f"{origin.split()[0]}.qdpx", project_xml(sources, CODES, origin=origin), {"l.txt": text.encode()})
        (source,) = read_project(path).sources
        assert source.text == "First line\nSecond line\nThird"
        assert source.text[source.selections[0].start : source.selections[0].end] == words, origin


def test_decomposed_accents_are_composed_and_positions_follow(tmp_path):
    text = "Cafe\u0301 owner Rene\u0301e said “oui”."
    start, end = span(text, "“oui”")
    sources = f'<TextSource guid="{guid(4)}" name="NFD" plainTextPath="internal://n.txt">{selection(1, start, end, [1])}</TextSource>'
    (source,) = read_project(qdpx(tmp_path / "nfd.qdpx", project_xml(sources, CODES), {"n.txt": text.encode()})).sources
    assert source.text == "Café owner Renée said “oui”." and source.text[source.selections[0].start : source.selections[0].end] == "“oui”"


def _unchanged(catalog) -> bool:
    return catalog.documents.find() == [] and catalog.tags.find() == [] and catalog.history.undo_status().undo == ""


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda x: x.replace(b'endPosition="', b'ending="'), "lacks its endPosition attribute"),
        (lambda x: x.replace(b'startPosition="', b'startPosition="x', 1), "is not a whole number"),
        (lambda x: x.replace(b'isCodable="true"', b"", 1), "lacks its isCodable attribute"),
        (lambda x: x.replace(b'color="#AA0000"', b'color="red"'), "is not a colour"),
        (lambda x: x.replace(guid(2, 3).encode(), b"not-a-guid"), "is not a GUID"),
        (lambda x: x.replace(b"<Users>", b"<Stuff/><Users>"), "<Stuff> has no place in a Project"),
        (lambda x: x.replace(b' name="Interviews"', b""), "<Project> lacks its name attribute"),
        (lambda x: x.replace(QDA.encode(), b"urn:something:else"), "is not a REFI-QDA project"),
    ],
)
def test_a_project_that_is_not_valid_is_refused_whole(catalog, tmp_path, change, words):
    good = qualcoder_project(tmp_path)
    with zipfile.ZipFile(good) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["project.qde"] = change(members["project.qde"])
    assert not schema().validate(etree.fromstring(members["project.qde"])), "the schema must refuse it too"
    bad = qdpx(tmp_path / "bad.qdpx", members.pop("project.qde"), {n.removeprefix("sources/"): d for n, d in members.items()})
    with pytest.raises(ImportFailed, match="refused") as caught:
        catalog.documents.import_records(bad)
    assert words in str(caught.value)
    assert _unchanged(catalog)


def test_a_selection_out_of_range_refuses_the_whole_project(catalog, tmp_path):
    sources = (
        f'<TextSource guid="{guid(4)}" name="Fine" plainTextPath="internal://a.txt">{selection(1, 0, 5, [1])}</TextSource>'
        f'<TextSource guid="{guid(5)}" name="Broken" plainTextPath="internal://b.txt">{selection(2, 3, 500, [1])}</TextSource>'
    )
    path = qdpx(tmp_path / "range.qdpx", project_xml(sources, CODES), {"a.txt": b"Hello world", "b.txt": b"Short text"})
    outcomes = catalog.documents.import_paths([path])
    assert [o.status for o in outcomes] == ["failed"]
    assert "the selection" in outcomes[0].message and "runs from 3 to 500, outside its text of 10 characters" in outcomes[0].message
    assert "“Broken”" in outcomes[0].message and _unchanged(catalog)


def test_truncated_hostile_and_incomplete_zips_are_refused_with_the_reason(catalog, tmp_path):
    good = qualcoder_project(tmp_path).read_bytes()
    truncated = tmp_path / "truncated.qdpx"
    truncated.write_bytes(good[: len(good) // 2])
    traversal = tmp_path / "traversal.qdpx"
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("project.qde", project_xml(""))
        archive.writestr("../../evil.txt", b"x")
    entity = qdpx(tmp_path / "entity.qdpx", b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project xmlns="' + QDA.encode() + b'" name="x"/>', {})
    missing = qdpx(
        tmp_path / "missing.qdpx",
        project_xml(f'<TextSource guid="{guid(4)}" name="Gone" plainTextPath="internal://gone.txt"/>'),
        {},
    )
    none = tmp_path / "none.qdpx"
    with zipfile.ZipFile(none, "w") as archive:
        archive.writestr("readme.txt", b"no project here")
    bomb = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_xml(""))
        archive.writestr("sources/big.txt", b" " * 50_000_000)
    expected = {
        truncated: "not a readable zip file",
        traversal: "“..”",
        entity: "DOCTYPE",
        missing: "its text sources/gone.txt is not in the project",
        none: "no project file (.qde)",
        bomb: "like a zip bomb",
    }
    for path, words in expected.items():
        (outcome,) = catalog.documents.import_paths([path])
        assert outcome.status == "failed" and words in outcome.message, (path.name, outcome.message)
    assert _unchanged(catalog)


def test_texts_kept_outside_the_project_are_skipped_not_read(catalog, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private words that must not be read.")
    sources = (
        f'<TextSource guid="{guid(4)}" name="Outside" plainTextPath="absolute://{secret}"/>'
        f'<TextSource guid="{guid(5)}" name="Inside"><PlainTextContent>Words inside the project.</PlainTextContent></TextSource>'
    )
    outcomes = catalog.documents.import_records(qdpx(tmp_path / "paths.qdpx", project_xml(sources), {}))
    assert [o.status for o in outcomes] == ["imported", "skipped"]
    assert "kept outside the project" in outcomes[1].message
    assert [d.title for d in catalog.documents.find()] == ["Inside"]
