"""The PDF importer on PDFs built here, byte by byte (no third-party files)."""

from __future__ import annotations

import io
import os

import pytest

from catalog.errors import ImportFailed
from catalog.importers import detect_format, parse_bytes, pdf, plaintext


def make_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per entry, 14 pt apart, per page."""

    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        ops = "BT /F1 11 Tf 14 TL 72 760 Td\n"
        ops += "".join(f"{literal(line)} Tj T*\n" for line in lines) + "ET"
        stream = ops.encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    info_ref = ""
    if info:
        entries = " ".join(f"/{key} {literal(value)}" for key, value in info.items())
        objects.append(f"<< {entries} >>".encode("cp1252"))
        info_ref = f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


PAGE_ONE = [
    "Council Approves Tram Budget",
    "",
    "The council voted on Tuesday to approve the new budget, which",
    "includes funding for schools, roads and a long-awaited exten-",
    "sion of the tram line to the northern suburbs of the city.",
    "Critics said the plan was rushed.",
    "",
    "A second paragraph begins here and runs across a full line of",
    "text before it ends on this shorter line.",
]


def test_sniff():
    data = make_pdf([PAGE_ONE])
    assert pdf.sniff(data, "x.bin") == 60
    assert pdf.sniff(b"\r\n" + data, "x") == 40
    assert pdf.sniff(b"hello", "x.pdf") == 1
    assert pdf.sniff(b"hello", "x.txt") == 0


def test_title_and_authors_from_metadata_and_paragraphs_rebuilt():
    info = {"Title": "Council Approves Tram Budget", "Author": "Ann Lee; Bob Ray"}
    doc = pdf.parse(make_pdf([PAGE_ONE], info), "budget.pdf")
    assert doc.format == "pdf"
    assert doc.title == "Council Approves Tram Budget"
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bob Ray"]
    assert doc.language == "en-GB"
    assert doc.body.split("\n\n") == [
        "The council voted on Tuesday to approve the new budget, which includes funding for "
        "schools, roads and a long-awaited extension of the tram line to the northern suburbs "
        "of the city. Critics said the plan was rushed.",
        "A second paragraph begins here and runs across a full line of text before it ends "
        "on this shorter line.",
    ]


def test_title_from_first_line_when_metadata_is_junk():
    info = {"Title": "Microsoft Word - draft3.docx", "Author": "admin"}
    doc = pdf.parse(make_pdf([PAGE_ONE], info), "budget.pdf")
    assert doc.title == "Council Approves Tram Budget"
    assert doc.authors == []
    assert not doc.body.startswith("Council Approves")


def test_running_headers_and_page_numbers_are_dropped():
    pages = [["The Coastal Ledger - March 2024", *PAGE_ONE[2:], str(n)] for n in range(1, 4)]
    doc = pdf.parse(make_pdf(pages), "three.pdf")
    assert "Coastal Ledger" not in doc.body and "Coastal Ledger" not in doc.title
    assert not any(p.strip().isdigit() for p in doc.body.split("\n\n"))
    assert doc.body.count("long-awaited extension") == 3


def test_pdf_named_txt_is_still_a_pdf():
    data = make_pdf([PAGE_ONE])
    assert detect_format(data, "article.txt") is pdf
    assert parse_bytes(data, "article.txt").format == "pdf"


def test_text_named_pdf_is_read_as_text():
    assert detect_format(b"A title\n\nSome body.", "notes.pdf") is plaintext


def test_pdf_without_text_layer_fails():
    with pytest.raises(ImportFailed, match="no text layer"):
        pdf.parse(make_pdf([[]]), "scan.pdf")


def test_truncated_pdf_fails():
    data = make_pdf([PAGE_ONE])
    with pytest.raises(ImportFailed, match="damaged or truncated"):
        pdf.parse(data[: len(data) // 3], "cut.pdf")


def test_garbage_after_header_fails():
    with pytest.raises(ImportFailed, match="damaged or truncated"):
        pdf.parse(b"%PDF-1.7\n" + os.urandom(2000), "junk.pdf")


def test_not_a_pdf_fails():
    with pytest.raises(ImportFailed, match="not a PDF"):
        pdf.parse(os.urandom(300).replace(b"%", b"#"), "x.pdf")
    with pytest.raises(ImportFailed, match="not a PDF"):
        parse_bytes(b"\x00\x01" + os.urandom(300).replace(b"%", b"#"), "x.pdf")


def test_empty_file_fails():
    with pytest.raises(ImportFailed, match="empty"):
        parse_bytes(b"", "x.pdf")


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([PAGE_ONE]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_fails():
    with pytest.raises(ImportFailed, match="password-protected"):
        pdf.parse(_encrypted("secret"), "locked.pdf")


def test_owner_only_encryption_opens():
    doc = pdf.parse(_encrypted(""), "restricted.pdf")
    assert "long-awaited extension" in doc.body


def test_text_extraction_stops_at_the_text_limit(monkeypatch):
    """A PDF's bytes are not its text: pages are read only until the text is over the limit."""
    import catalog.importers as importers

    monkeypatch.setattr(importers, "MAX_TEXT_CHARS", 500)
    read = []
    real_extract = __import__("pypdf").PageObject.extract_text

    def counting(page, *args, **kwargs):
        read.append(page)
        return real_extract(page, *args, **kwargs)

    monkeypatch.setattr("pypdf.PageObject.extract_text", counting)
    page = ["The harbour board met on Tuesday to discuss the north quay again."] * 10
    with pytest.raises(ImportFailed, match="its text is over .* Pressmark imports articles of up to"):
        parse_bytes(make_pdf([page] * 20), "long.pdf")
    assert len(read) < 20


# --- titles that are not titles ------------------------------------------------------------

# two pages of a memoir's chapter, as a scanner's OCR lays them out: each page opens with
# the book's running head and its page number (text written for this test)
MEMOIR = [
    [
        "THE SIEGE OF VICKSBURG. 49",
        "",
        "By the end of May the lines around the town were closed, and the",
        "men settled into the slow work of digging. Every night the trenches",
        "crept a few yards nearer, and every morning the river fog hid them",
        "from the gunners on the bluffs above the water.",
        "",
        "Supplies came up the Yazoo by boat and were hauled to the camps",
        "in wagons that sank to their axles after each rain.",
    ],
    [
        "50 PERSONAL RECOLLECTIONS",
        "",
        "Inside the town, we learned afterwards, the people had taken to",
        "caves cut in the clay hillsides, and the price of flour had risen",
        "beyond what any family could pay for more than a week or two.",
        "",
        "Word of the surrender reached our camp on the morning of the",
        "fourth of July.",
    ],
]
# a bilingual public notice: each version introduced by its language's label
NOTICE = [
    [
        "English:",
        "",
        "Notice of Water Interruption",
        "",
        "Water will be turned off in Harbour Street and Mill Lane on Tuesday",
        "from nine in the morning until four in the afternoon while a main",
        "is replaced.",
        "",
        "Français :",
        "",
        "L'eau sera coupée rue du Port et allée du Moulin mardi de neuf",
        "heures à seize heures pendant le remplacement d'une conduite.",
    ]
]


def test_a_running_head_with_its_page_number_gives_the_title_without_the_number():
    doc = pdf.parse(make_pdf(MEMOIR), "memoir-p49.pdf")
    assert doc.title == "THE SIEGE OF VICKSBURG"
    assert "49" not in doc.title
    assert "PERSONAL RECOLLECTIONS" not in doc.body and "VICKSBURG" not in doc.body
    assert doc.body.startswith("By the end of May")
    assert doc.body.endswith("fourth of July.")


def test_a_metadata_title_with_a_page_number_glued_on_loses_the_number():
    doc = pdf.parse(make_pdf(MEMOIR, {"Title": "THE SIEGE OF VICKSBURG. 49"}), "memoir.pdf")
    assert doc.title == "THE SIEGE OF VICKSBURG"


def test_a_language_label_is_not_the_title():
    doc = pdf.parse(make_pdf(NOTICE), "notice.pdf")
    assert doc.title == "Notice of Water Interruption"
    assert doc.body.startswith("English:")
    assert "Notice of Water Interruption" not in doc.body


def test_a_language_label_in_the_metadata_is_not_the_title():
    doc = pdf.parse(make_pdf(NOTICE, {"Title": "English:"}), "notice.pdf")
    assert doc.title == "Notice of Water Interruption"


def test_a_first_line_that_is_body_text_leaves_the_title_empty_rather_than_wrong():
    page = [line for line in MEMOIR[0] if "VICKSBURG" not in line]
    doc = pdf.parse(make_pdf([page]), "excerpt.pdf")
    assert doc.title == ""
    assert doc.body.startswith("By the end of May")
