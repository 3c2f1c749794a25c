"""CSV (one row per document / quote) and RIS."""

from __future__ import annotations

import csv
import io

from catalog.exchange.tabular import safe_cell


def rows(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_documents_and_quotes_csv(exported):
    tables = exported.bag / "data" / "tables"
    (document,) = rows(tables / "documents.csv")
    assert document["uuid"] == exported.ids["document"] and document["authors"] == "Mara Okonjo"
    assert document["quotes"] == "5" and document["tags"] == "Heritage/Archives"
    quotes = rows(tables / "quotes.csv")
    assert [q["uuid"] for q in quotes] == [q.uuid for q in sorted(exported.catalog.quotes.find(), key=lambda q: q.start)]
    body = exported.catalog.documents.get(exported.ids["document"]).body
    for quote in quotes:
        assert body[int(quote["start"]) : int(quote["end"])] == quote["exact"]


def test_ris_records(exported):
    ris = (exported.bag / "data" / "tables" / "documents.ris").read_bytes().decode("utf-8")
    assert ris.startswith("TY  - NEWS\r\n")
    for line in ("AU  - Okonjo, Mara", "T2  - The Harbour Ledger", "PY  - 2024", "DA  - 2024/03/14", "KW  - Heritage/Archives", "ER  - "):
        assert line in ris.splitlines()


def test_formula_cells_are_defused():
    assert safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("plain") == "plain" and safe_cell(3) == "3"
