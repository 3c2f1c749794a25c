"""Where each part of a bundle lives, relative to the bag's ``data/`` folder.

Shared by the exporter and the verifier so the two cannot drift apart.
"""

from __future__ import annotations

import re

RECORDS = "pressmark/records.json"
ANNOTATIONS = "annotations.jsonld"
TEXTS = "texts"  # texts/<document uuid>.txt: the normalised body quote offsets refer to
ORIGINALS = "originals"  # originals/<sha256><suffix>
CSL = "metadata/csl.json"
DUBLIN_CORE = "metadata/dublin-core.rdf"
SKOS = "metadata/tags-skos.rdf"
EAC = "actors"  # actors/<actor uuid>.xml: EAC-CPF
QDPX = "project.qdpx"
INDEX = "index.html"
READER = "reader"  # reader/<document uuid>.html
DOCUMENTS_CSV = "tables/documents.csv"
QUOTES_CSV = "tables/quotes.csv"
RIS = "tables/documents.ris"

ORIGINAL_PATH = re.compile(r"originals/([0-9a-f]{64})(\.[a-z0-9]{1,9})?")


def text_path(document_uuid: str) -> str:
    return f"{TEXTS}/{document_uuid}.txt"


def original_path(sha256: str, suffix: str) -> str:
    """``originals/<sha256><suffix>``, the suffix reduced to lower-case letters and digits."""
    clean = "".join(c for c in suffix.lower() if c.isascii() and c.isalnum())[:9]
    return f"{ORIGINALS}/{sha256}" + (f".{clean}" if clean else "")
