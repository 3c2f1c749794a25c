"""Every importer's documents get a language: the one their source declares, else the one
detected in their text at import (catalog.importing.prepare). Texts written for the tests."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
import pytest

from tests.catalog.importers.crawls import Crawl, Page, mhtml
from tests.catalog.importers.test_pdf import make_pdf

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "html_pages"
ARABIC_PAGE = (PAGES / "arabic-no-lang.html").read_bytes()
ARABIC_URL = "https://alshatea.example/local/2024/02/20/tahliya"
GERMAN = [
    "Neuer Radweg am Rheinufer eröffnet",
    "",
    "Nach zwei Jahren Bauzeit ist der neue Radweg entlang des Rheinufers am Samstag",
    "eröffnet worden. Die Strecke verbindet die Altstadt mit den nördlichen Stadtteilen.",
    "",
    "Die Kosten lagen nach Angaben der Stadtverwaltung bei rund vier Millionen Euro,",
    "etwas mehr als ursprünglich geplant. Radfahrer lobten die breite Fahrbahn.",
]
SPANISH_NEWS_MARKDOWN = """# EL CORREO DEL PUERTO

## El ayuntamiento aprueba el nuevo plan de transporte

[Lucía Romero](#), March 12, 2024 18:40

El pleno municipal aprobó el martes por la noche el nuevo plan de transporte público, que
prevé tres líneas de autobús nuevas y un carril bici a lo largo del paseo marítimo.

La alcaldesa defendió que el plan reducirá el tráfico en el centro de la ciudad durante los
próximos cinco años, mientras la oposición criticó la falta de presupuesto para los barrios.
"""


def _docx(paragraphs: list[str]) -> bytes:
    document = python_docx.Document()
    for text in paragraphs:
        if text:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf_without_lang(lines: list[str]) -> bytes:
    data = make_pdf([lines])
    # the same number of bytes, so the cross-reference table still points right
    return data.replace(b" /Lang (en-GB)", b" " * len(b" /Lang (en-GB)"))


def _warc(html: bytes, url: str) -> bytes:
    crawl = Crawl()
    crawl.response(url, html)
    return crawl.bytes()


FILES = {
    "arabic.html": (ARABIC_PAGE, "ar"),
    "arabic.mhtml": (mhtml(Page("ar", ARABIC_PAGE, ARABIC_URL, "")), "ar"),
    "arabic.warc.gz": (_warc(ARABIC_PAGE, ARABIC_URL), "ar"),
    "radweg.txt": ("\n".join(GERMAN).encode(), "de"),
    "radweg.pdf": (_pdf_without_lang(GERMAN), "de"),
    "radweg.docx": (_docx(GERMAN), "de"),
    "transporte.md": (SPANISH_NEWS_MARKDOWN.encode(), "es"),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_document_whose_source_names_no_language_gets_the_one_of_its_text(catalog, tmp_path, name):
    data, language = FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    outcomes = [o for o in catalog.documents.import_paths([path]) if o.status == "imported"]
    assert len(outcomes) == 1, [o.message for o in catalog.documents.import_paths([path])]
    assert catalog.documents.get(outcomes[0].document_uuid).language == language


def test_the_language_a_pdf_declares_is_kept(catalog, tmp_path):
    path = tmp_path / "radweg.pdf"
    path.write_bytes(make_pdf([GERMAN]))  # says en-GB, wrongly: a declaration is not second-guessed
    (outcome,) = catalog.documents.import_paths([path])
    assert catalog.documents.get(outcome.document_uuid).language == "en-GB"
