"""Parsing JSON and XML from bundles someone else made, refusing what could hurt.

JSON: a size cap, a nesting-depth cap checked *before* parsing (so a deeply nested array
cannot exhaust the recursion limit), no duplicate keys, no ``NaN``/``Infinity``, UTF-8 only.
XML: lxml with entity resolution, DTD loading and network access off, and any DOCTYPE
refused outright (it is where entity bombs and external entities live).

Every function raises :class:`~catalog.exchange.refusal.Refused` with ``name`` in the message.
Pure functions; safe on any thread.
"""

from __future__ import annotations

import json
import re

from lxml import etree

from catalog.exchange.refusal import Refused

MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_XML_BYTES = 256 * 1024 * 1024

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def load_json(data: bytes, name: str, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH):
    """Parse ``data`` (UTF-8 JSON) strictly; raises Refused naming ``name``."""
    if len(data) > max_bytes:
        raise Refused(f"{name}: {len(data):,} bytes of JSON is more than the {max_bytes:,} allowed")
    if data.startswith(b"\xef\xbb\xbf"):
        raise Refused(f"{name}: starts with a byte-order mark")
    depth = json_depth(data)
    if depth > max_depth:
        raise Refused(f"{name}: JSON nested {depth} levels deep (at most {max_depth} allowed)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(f"{name}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except Refused as exc:
        raise Refused(f"{name}: {exc}") from None
    except RecursionError:
        raise Refused(f"{name}: JSON nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and int() refusing thousands of digits
        raise Refused(f"{name}: not valid JSON ({str(exc)[:120]})") from None


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
            raise Refused(f"the key “{key[:40]}” appears twice in one object")
        result[key] = value
    return result


def _no_constant(token: str):
    raise Refused(f"{token} is not a JSON number")


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
        raise Refused(f"{name}: {len(data):,} bytes of XML is more than the {max_bytes:,} allowed")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise Refused(f"{name}: has a DOCTYPE or entity declaration, which bundles never need")
    try:
        tree = etree.ElementTree(etree.fromstring(data, xml_parser()))
    except etree.XMLSyntaxError as exc:
        raise Refused(f"{name}: not well-formed XML ({str(exc)[:120]})") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise Refused(f"{name}: has a DOCTYPE, which bundles never need")
    return tree
