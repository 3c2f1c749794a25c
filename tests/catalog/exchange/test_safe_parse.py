"""The strict JSON and XML readers on their own."""

from __future__ import annotations

import pytest

from catalog.exchange.refusal import Refused
from catalog.exchange.safe_parse import json_depth, load_json, load_xml


def test_strict_json():
    assert load_json(b'{"a": [1, "]]]]"], "b": {"c": null}}', "x.json") == {"a": [1, "]]]]"], "b": {"c": None}}
    assert json_depth(b'[[["[[[[[[[[["]]]') == 3
    cases = {
        b'{"a": 1, "a": 2}': "appears twice",
        b'{"a": NaN}': "NaN is not a JSON number",
        b'{"a": -Infinity}': "Infinity is not a JSON number",
        b"[" * 100 + b"]" * 100: "nested 100 levels deep",
        b'{"a": ' + b"9" * 5000 + b"}": "not valid JSON",
        b'\xef\xbb\xbf{"a": 1}': "byte-order mark",
        b'{"a": "\xff"}': "not UTF-8",
        b'{"a": 1': "not valid JSON",
    }
    for data, reason in cases.items():
        with pytest.raises(Refused, match=reason):
            load_json(data, "x.json")
    with pytest.raises(Refused, match="more than the 10 allowed"):
        load_json(b'{"a": "0123456789"}', "x.json", max_bytes=10)


def test_strict_xml_refuses_doctypes_and_entities():
    assert load_xml(b"<?xml version='1.0'?><a><b>x</b></a>", "x.xml").getroot().tag == "a"
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>'
    external = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'
    for data in (laughs, external):
        with pytest.raises(Refused, match="DOCTYPE"):
            load_xml(data, "x.xml")
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'.encode("utf-16")
    with pytest.raises(Refused, match="DOCTYPE"):
        load_xml(utf16, "x.xml")
    with pytest.raises(Refused, match="not well-formed"):
        load_xml(b"<a><b></a>", "x.xml")
