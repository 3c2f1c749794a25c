"""Quotes as a W3C Web Annotation collection (JSON-LD), and back.

One ``AnnotationCollection`` with one embedded ``AnnotationPage``. Each quote is an
``Annotation`` (``urn:uuid:`` ids, motivation ``highlighting``) whose target is the document
(``urn:uuid:<document>``) narrowed by a ``TextQuoteSelector`` (exact, prefix, suffix) and a
``TextPositionSelector`` (Unicode code points into the document's normalised text, the one
in ``texts/<uuid>.txt``). Bodies:

* the speaker: a ``SpecificResource``, purpose ``identifying``, source ``urn:uuid:<actor>``;
* each tag: a ``TextualBody``, purpose ``tagging``, its value the tag's path;
* the note: a ``TextualBody``, purpose ``commenting``;
* the quote's kind (quotation, pull_quote, excerpt): a ``TextualBody``, purpose ``classifying``.

:func:`collection` writes; :func:`quotes_from_collection` reads and checks (raises
:class:`~catalog.exchange.refusal.Refused`), including that every position lies inside its
text and selects exactly the quoted words. Pure functions.
"""

from __future__ import annotations

import uuid as uuid_module

from catalog.exchange.records import (
    BundleContent,
    QuoteRecord,
    check_quote_kind,
    checked_time,
    checked_uuid,
)
from catalog.exchange.refusal import Refused, refused
from catalog.messages import Message

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN = "urn:uuid:"


def collection(content: BundleContent) -> dict:
    """The annotation collection for ``content``'s quotes, ready for ``json.dumps``."""
    paths = content.tag_paths()
    items = [annotation(q, paths) for q in content.quotes]
    result: dict = {
        "@context": CONTEXT,
        "id": URN + content.bundle_id,
        "type": "AnnotationCollection",
        "label": content.label or "Pressmark quotes",
        "total": len(items),
    }
    if content.exported_at:
        result["created"] = _stamp(content.exported_at)
    if items:
        page_id = uuid_module.uuid5(uuid_module.UUID(content.bundle_id), "page-1")
        result["first"] = {
            "@context": CONTEXT,
            "id": URN + str(page_id),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    return result


def annotation(quote: QuoteRecord, tag_paths: dict[str, str]) -> dict:
    """One quote as a Web Annotation."""
    bodies: list[dict] = [{"type": "TextualBody", "purpose": "classifying", "value": quote.kind, "format": "text/plain"}]
    if quote.speaker:
        bodies.append({"type": "SpecificResource", "purpose": "identifying", "source": URN + quote.speaker})
    for tag in quote.tags:
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": tag_paths[tag], "format": "text/plain"})
    if quote.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": quote.note, "format": "text/plain"})
    result = {
        "@context": CONTEXT,
        "id": URN + quote.uuid,
        "type": "Annotation",
        "motivation": "highlighting",
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": URN + quote.document,
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix},
                {"type": "TextPositionSelector", "start": quote.start, "end": quote.end},
            ],
        },
    }
    if quote.created_at:
        result["created"] = _stamp(quote.created_at)
    if quote.modified_at:
        result["modified"] = _stamp(quote.modified_at)
    return result


def quotes_from_collection(data: object, texts: dict[str, str], tag_paths: dict[str, str], actors: set[str]) -> list[QuoteRecord]:
    """Read the quotes back; ``texts`` maps document UUID -> body, ``tag_paths`` tag UUID ->
    path, ``actors`` the actor UUIDs the bundle carries. Raises Refused."""
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise refused("annotations_not_collection")
    if data.get("@context") != CONTEXT:
        raise refused("annotations_context", context=CONTEXT)
    total = data.get("total", 0)
    page = data.get("first")
    items = []
    if page is not None:
        if not isinstance(page, dict) or page.get("type") != "AnnotationPage" or not isinstance(page.get("items"), list):
            raise refused("annotations_first_not_page")
        if "next" in page:
            raise refused("annotations_one_page")
        items = page["items"]
    if total != len(items) or isinstance(total, bool):
        raise refused("annotations_total", total=repr(total), count=len(items))
    tag_by_path = {path: uuid for uuid, path in tag_paths.items()}
    return [_quote(item, i, texts, tag_by_path, actors) for i, item in enumerate(items)]


def _quote(item: object, index: int, texts: dict[str, str], tag_by_path: dict[str, str], actors: set[str]) -> QuoteRecord:
    where = Message("item_number", item=Message("item_annotation"), index=index)
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise _at(where, "annotation_not_annotation")
    uuid = _urn(item.get("id"), where)
    where = Message("item_id", item=Message("item_annotation"), uuid=uuid)
    target = item.get("target")
    if not isinstance(target, dict):
        raise _at(where, "annotation_target_not_resource")
    document = _urn(target.get("source"), Message("at_field", where=where, field="target source"))
    if document not in texts:
        raise _at(where, "annotation_document_missing", uuid=document)
    quote_selector, position = _selectors(target.get("selector"), where)
    start, end = position.get("start"), position.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise _at(where, "annotation_positions_not_numbers")
    text = texts[document]
    if not 0 <= start < end <= len(text):
        raise _at(where, "annotation_outside_text", start=start, end=end, length=len(text))
    exact = quote_selector.get("exact")
    if text[start:end] != exact:
        raise _at(where, "annotation_text_differs", start=start, end=end)
    quote = QuoteRecord(uuid=uuid, document=document, start=start, end=end, exact=exact)
    for key in ("prefix", "suffix"):
        value = quote_selector.get(key, "")
        if not isinstance(value, str) or len(value) > 10_000:
            raise _at(where, "annotation_not_text", key=key)
        setattr(quote, key, value)
    for key in ("created", "modified"):
        if key in item:
            stamp = item[key]
            value = stamp[:-1] if isinstance(stamp, str) and stamp.endswith("Z") else stamp
            setattr(quote, f"{key}_at", checked_time(value, Message("at_field", where=where, field=key)))
    _read_bodies(quote, item.get("body", []), where, tag_by_path, actors)
    return quote


def _selectors(selectors: object, where: str) -> tuple[dict, dict]:
    if not isinstance(selectors, list):
        raise _at(where, "annotation_no_selectors")
    by_type: dict[str, dict] = {}
    for selector in selectors:
        if not isinstance(selector, dict) or not isinstance(selector.get("type"), str):
            raise _at(where, "annotation_selector_untyped")
        if selector["type"] in by_type:
            raise _at(where, "annotation_two_selectors", type=selector["type"])
        by_type[selector["type"]] = selector
    if set(by_type) != {"TextQuoteSelector", "TextPositionSelector"}:
        raise _at(where, "annotation_selectors_needed")
    if not isinstance(by_type["TextQuoteSelector"].get("exact"), str):
        raise _at(where, "annotation_no_exact")
    return by_type["TextQuoteSelector"], by_type["TextPositionSelector"]


def _read_bodies(quote: QuoteRecord, bodies: object, where: str, tag_by_path: dict[str, str], actors: set[str]) -> None:
    if isinstance(bodies, dict):
        bodies = [bodies]
    if not isinstance(bodies, list):
        raise _at(where, "annotation_body_not_list")
    seen: set[str] = set()
    for body in bodies:
        if not isinstance(body, dict):
            raise _at(where, "annotation_body_not_object")
        purpose = body.get("purpose")
        if purpose in ("identifying", "classifying", "commenting") and purpose in seen:
            raise _at(where, "annotation_two_bodies", purpose=purpose)
        seen.add(str(purpose))
        if purpose == "identifying":
            quote.speaker = _urn(body.get("source"), Message("at_field", where=where, field="speaker"))
            if quote.speaker not in actors:
                raise _at(where, "annotation_speaker_missing", uuid=quote.speaker)
            continue
        value = body.get("value")
        if body.get("type") != "TextualBody" or not isinstance(value, str):
            raise _at(where, "annotation_body_not_textual", purpose=purpose or "body")
        if purpose == "tagging":
            if value not in tag_by_path:
                raise _at(where, "annotation_tag_missing", path=value[:60])
            quote.tags.append(tag_by_path[value])
        elif purpose == "commenting":
            quote.note = value
        elif purpose == "classifying":
            quote.kind = check_quote_kind(value, where)
        else:
            raise _at(where, "annotation_purpose_unknown", purpose=str(purpose)[:30])
    quote.tags = sorted(set(quote.tags))


def _urn(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.startswith(URN):
        raise _at(where, "annotation_not_urn", value=str(value)[:60])
    return checked_uuid(value[len(URN) :], where)


def _at(where: str, key: str, /, **fields: object) -> Refused:
    """Refused: ``where`` (an annotation, or one of its fields), then the sentence ``key``."""
    return refused("at_field", where=where, field=Message(key, **fields))


def _stamp(moment: str) -> str:
    """A stored naive-UTC ISO time as an xsd:dateTime in UTC."""
    return moment + "Z" if moment and not moment.endswith("Z") else moment
