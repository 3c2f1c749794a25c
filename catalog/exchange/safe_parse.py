"""Parsing JSON and XML from bundles someone else made, refusing what could hurt.

JSON: a size cap, a nesting-depth cap checked *before* parsing (so a deeply nested array
cannot exhaust the recursion limit), no duplicate keys, no ``NaN``/``Infinity``, UTF-8 only.
XML: lxml with entity resolution, DTD loading and network access off, and any DOCTYPE
refused outright (it is where entity bombs and external entities live).

Every function raises :class:`~catalog.exchange.refusal.Refused` with ``name`` in the message
(the Message ``in_file``: ``name`` and the reason).
Pure functions; safe on any thread.
"""

from __future__ import annotations

import json
import re

from lxml import etree

from catalog.exchange.refusal import Refused, refused
from catalog.messages import Message

MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_XML_BYTES = 256 * 1024 * 1024

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def load_json(data: bytes, name: str, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH):
    """Parse ``data`` (UTF-8 JSON) strictly; raises Refused naming ``name``."""
    if len(data) > max_bytes:
        raise _in(name, "json_too_big", size=f"{len(data):,}", most=f"{max_bytes:,}")
    if data.startswith(b"\xef\xbb\xbf"):
        raise _in(name, "starts_with_bom")
    depth = json_depth(data)
    if depth > max_depth:
        raise _in(name, "json_too_deep", depth=depth, most=max_depth)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _in(name, "json_not_utf8", detail=exc.reason, byte=exc.start) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except Refused as exc:
        raise refused("in_file", name=name, reason=exc.reason) from None
    except RecursionError:
        raise _in(name, "json_nested_too_deeply") from None
    except ValueError as exc:  # JSONDecodeError, and int() refusing thousands of digits
        raise _in(name, "json_invalid", detail=str(exc)[:120]) from None


def _in(name: str, key: str, /, **fields: object) -> Refused:
    """Refused: ``name``, then the sentence ``key`` saying what is wrong with it."""
    return refused("in_file", name=name, reason=Message(key, **fields))


def json_depth(data: bytes) -> int:
    """The deepest nesting of arrays and objects in ``data``, ignoring brackets in strings."""
    stripped = _JSON_STRING.sub(b'""', data)
    depth = deepest = 0
    for match in _BRACKETS.finditer(stripped):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise refused("json_key_twice", key=key[:40])
        result[key] = value
    return result


def _no_constant(token: str):
    raise refused("json_not_number", token=token)


def xml_parser() -> etree.XMLParser:
    """The only XML parser the bundle readers use: no entities, no DTD, no network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )


def load_xml(data: bytes, name: str, *, max_bytes: int = MAX_XML_BYTES) -> etree._ElementTree:
    """Parse ``data`` as XML with :func:`xml_parser`; refuse any DOCTYPE. Raises Refused."""
    if len(data) > max_bytes:
        raise _in(name, "xml_too_big", size=f"{len(data):,}", most=f"{max_bytes:,}")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _in(name, "xml_doctype_or_entity")
    try:
        tree = etree.ElementTree(etree.fromstring(data, xml_parser()))
    except etree.XMLSyntaxError as exc:
        raise _in(name, "xml_invalid", detail=str(exc)[:120]) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _in(name, "xml_doctype")
    return tree
