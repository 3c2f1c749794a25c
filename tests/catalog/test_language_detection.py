"""The document's language: detected at import when the source does not say it, kept when
it does, and choosing the rules its quotations are proposed with.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from catalog.proposals.language import SAMPLE_CHARS, detect_language, primary_language

ARABIC_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>البرلمان يقر قانون النقل</title></head>
<body><article>
<h1>البرلمان يقر قانون النقل</h1>
<p>أقر مجلس النواب مساء الثلاثاء مشروع قانون جديد لتنظيم قطاع النقل العام بعد نقاش طويل.</p>
<p>«سنواصل العمل من أجل شبكة نقل تليق بالمواطنين» قال وزير الخارجية أيمن الصفدي في مؤتمر صحفي.</p>
<p>ويبلغ طول الشبكة الجديدة نحو مئتي كيلومتر وتمر بأحياء المدينة كلها.</p>
</article></body></html>
"""

FRENCH_PAGE = """<!doctype html>
<html lang="fr-FR"><head><meta charset="utf-8"><title>Les quais de Rouen</title></head>
<body><article>
<h1>Les quais de Rouen</h1>
<p>Le conseil municipal a adopté mardi soir un plan de rénovation des quais.</p>
<p>« Ce projet transformera durablement le visage de la ville », a déclaré le maire, Thomas Girard.</p>
</article></body></html>
"""

GERMAN_TEXT = (
    "Neuer Verkehrsplan für Freiburg\n\n"
    "Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Verkehrsplan beschlossen.\n\n"
    "„Mit diesem Plan machen wir die Innenstadt sicherer für Radfahrer“, sagte "
    "Oberbürgermeister Martin Keller.\n"
)


def _quote_proposals(catalog, uuid: str) -> list[dict]:
    return [p.data for p in catalog.proposals.find(document=uuid) if p.kind == "quote"]


def test_an_arabic_page_that_names_no_language_is_recorded_as_arabic(catalog):
    outcome = catalog.documents.import_bytes(ARABIC_PAGE.encode("utf-8"), "naql.html")
    assert catalog.documents.get(outcome.document_uuid).language == "ar"
    quotes = _quote_proposals(catalog, outcome.document_uuid)
    assert [(q["exact"], q["speaker"], q["speaker_role"]) for q in quotes] == [
        ("سنواصل العمل من أجل شبكة نقل تليق بالمواطنين", "أيمن الصفدي", "وزير الخارجية")
    ]


def test_a_declared_language_is_kept_and_chooses_the_rules(catalog):
    outcome = catalog.documents.import_bytes(FRENCH_PAGE.encode("utf-8"), "quais.html")
    assert catalog.documents.get(outcome.document_uuid).language == "fr-FR"
    quotes = _quote_proposals(catalog, outcome.document_uuid)
    assert [(q["speaker"], q["speaker_role"], q["cue"]) for q in quotes] == [
        ("Thomas Girard", "maire", "a déclaré")
    ]


def test_a_plain_text_file_gets_its_detected_language(catalog, tmp_path):
    path = tmp_path / "verkehr.txt"
    path.write_text(GERMAN_TEXT, encoding="utf-8")
    outcome = catalog.documents.import_paths([path])[0]
    assert outcome.status == "imported", outcome.message
    assert catalog.documents.get(outcome.document_uuid).language == "de"
    speakers = [q["speaker"] for q in _quote_proposals(catalog, outcome.document_uuid)]
    assert speakers == ["Martin Keller"]


@pytest.mark.parametrize("text", ["Oui.", "12 345 678 90", "", "Barack Obama"])
def test_a_text_too_short_or_too_unclear_to_tell_has_no_language(text):
    assert detect_language(text) == ""


def test_arabic_dialect_labels_count_as_arabic():
    # colloquial Egyptian wording: the model spreads its belief over Arabic and its dialects
    assert detect_language("الراجل ده قال إن الحكومة مش هتغير حاجة في القانون ده خالص") == "ar"


def test_detection_reads_a_bounded_beginning_of_the_text():
    french = "Le conseil municipal a adopté un plan de rénovation des quais de la ville. " * 200
    german = "Der Stadtrat hat nach langer Debatte einen neuen Verkehrsplan beschlossen. " * 20_000
    assert len(french) >= SAMPLE_CHARS
    assert detect_language(french + german) == "fr"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("pt-BR", "pt"), ("AR_sa", "ar"), ("en", "en"), ("fra", "fr"), ("ger", "de"),
     ("x-private", ""), ("english", ""), ("", ""), ("  de-CH ", "de")],
)
def test_a_declared_tag_reduces_to_its_iso_639_1_code(tag, code):
    assert primary_language(tag) == code


def test_a_build_without_the_detector_imports_with_no_language(catalog, monkeypatch, caplog):
    """A frozen bundle that left numpy or the model out: the import goes on and says why."""
    import builtins

    from catalog.proposals import language

    real_import = builtins.__import__

    def without_py3langid(name, *args, **kwargs):
        if name.startswith("py3langid"):
            raise ImportError("No module named 'numpy'")
        return real_import(name, *args, **kwargs)

    language._identifier.cache_clear()
    monkeypatch.setattr(builtins, "__import__", without_py3langid)
    try:
        outcome = catalog.documents.import_bytes(ARABIC_PAGE.encode("utf-8"), "naql.html")
    finally:
        monkeypatch.undo()
        language._identifier.cache_clear()
    assert catalog.documents.get(outcome.document_uuid).language == ""
    assert "language detection is unavailable" in caplog.text
