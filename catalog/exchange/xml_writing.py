"""Writing XML for the bundle's formats: text cleaned to what XML 1.0 allows, bytes out.

Catalogue text is normalised (no control characters but tab and line feed), yet metadata
typed by hand or imported from elsewhere may still hold a character XML cannot carry; lxml
would refuse the whole file, so such characters are dropped here. Pure functions.
"""

from __future__ import annotations

import re

from lxml import etree

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)


def to_bytes(root: etree._Element) -> bytes:
    """UTF-8 bytes with an XML declaration, indented for people who open the file."""
    etree.indent(root, space=" ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
