"""The REFI-QDA project: valid against Project.xsd; quotes are coded selections, actors cases."""

from __future__ import annotations

import zipfile

from lxml import etree

from catalog.exchange.qdpx import QDA, derived_guid, project_xml
from catalog.exchange.records import BundleContent, TagRecord
from tests.conftest import shared_path


def test_project_is_valid_and_complete(exported):
    schema = etree.XMLSchema(etree.parse(str(shared_path("schemas", "refi-qda", "Project-mrt2019.from-QualCoder.xsd"))))
    with zipfile.ZipFile(exported.bag / "data" / "project.qdpx") as qdpx:
        project = etree.fromstring(qdpx.read("project.qde"))
        assert schema.validate(etree.ElementTree(project)), schema.error_log.last_error
        source = project.find(f".//{{{QDA}}}TextSource")
        text = qdpx.read(source.get("plainTextPath").replace("internal://", "sources/")).decode("utf-8")
    ns = {"q": QDA}
    assert source.get("guid") == exported.ids["document"] and text == exported.catalog.documents.get(exported.ids["document"]).body
    selections = source.findall("q:PlainTextSelection", ns)
    assert len(selections) == len(exported.catalog.quotes.find())
    for selection in selections:
        quote = exported.catalog.quotes.get(selection.get("guid"))
        assert (int(selection.get("startPosition")), int(selection.get("endPosition"))) == (quote.start, quote.end)
        assert text[quote.start : quote.end] == quote.exact
    first = project.find(f".//q:PlainTextSelection[@guid='{exported.ids['quote']}']", ns)
    coded = {ref.get("targetGUID") for ref in first.findall(".//q:CodeRef", ns)}
    speaker = exported.catalog.quotes.get(exported.ids["quote"]).speaker.uuid
    assert derived_guid("speaker", speaker) in coded
    tag = next(t for t in exported.catalog.tags.find() if t.path == "Heritage/Archives")
    assert tag.uuid in coded
    case = project.find(f".//q:Case[@guid='{exported.ids['castellan']}']", ns)
    assert case.get("name") == "Helen Castellan" and case.findall("q:SelectionRef", ns)
    codes = project.find(".//q:CodeBook/q:Codes", ns)
    assert [c.get("name") for c in codes] == ["Speakers", "Tags", "Quote kinds"]
    assert codes.find(f".//q:Code[@guid='{tag.uuid}']", ns).get("name") == "Archives"
    note_ref = project.find(f".//q:PlainTextSelection[@guid='{exported.ids['noted_quote']}']/q:NoteRef", ns)
    note = project.find(f".//q:Notes/q:Note[@guid='{note_ref.get('targetGUID')}']", ns)
    assert note.findtext("q:PlainTextContent", namespaces=ns) == exported.catalog.quotes.get(exported.ids["noted_quote"]).note


def test_a_tag_tree_of_any_depth_is_written_without_recursion():
    tags, parent = [], None
    for level in range(1000):
        tags.append(TagRecord(uuid=f"00000000-0000-4000-8000-{level:012d}", name=f"Level {level}", parent=parent))
        parent = tags[-1].uuid
    tags.append(TagRecord(uuid="00000000-0000-4000-8000-999999999999", name="Second root", parent=None))
    project = etree.fromstring(project_xml(BundleContent(bundle_id=tags[0].uuid, tags=tags)), etree.XMLParser(huge_tree=True))
    codes = project.find(f"{{{QDA}}}CodeBook/{{{QDA}}}Codes/{{{QDA}}}Code[@name='Tags']")
    assert [code.get("name") for code in codes] == ["Level 0", "Second root"]
    assert len(list(codes.iter(f"{{{QDA}}}Code"))) == 1002
