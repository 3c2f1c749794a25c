"""Arabic broken plurals folded to their singulars (catalog.search.arabic_plurals), through
the catalogue's search. The sentences are our own."""

from __future__ import annotations

import pytest

from catalog.search import arabic_plurals, stemming
from catalog.search.analysis import fold
from tests.conftest import add_text

# a sentence with a broken plural, one with its singular, the singular and plural as typed
PAIRS = [
    ("اجتمع الوزراء في العاصمة أمس.", "وصل وزير الخارجية إلى المطار.", "وزير", "وزراء"),
    ("ارتفعت أسعار النفط هذا الأسبوع.", "انخفض سعر الذهب صباحا.", "السعر", "الأسعار"),
    ("حضر رؤساؤهم القمة الإقليمية.", "استقبل الرئيس الوفد في القصر.", "رئيس", "رؤساء"),
    ("أعلنت الشرطة عدد القتلى بعد الانفجار.", "سقط قتيل في الاشتباك الأخير.", "قتيل", "قتلى"),
    ("نشرت الصحف الخبر على صفحاتها الأولى.", "نقلت صحيفة محلية التصريح.", "صحيفة", "صحف"),
    ("عاد أطفالها إلى البيت مساء.", "لعب الطفل في الحديقة.", "طفل", "أطفال"),
    ("توقفت المصانع عن العمل بسبب الإضراب.", "افتتح مصنع جديد للإسمنت.", "مصنع", "مصانع"),
    ("قال قادتهم إن الهدنة ستصمد.", "أكد قائد الجيش استعداده للحوار.", "قائد", "قادة"),
]


def _uuids(results) -> set[str]:
    return {hit.uuid for hit in results.hits}


@pytest.mark.parametrize(("plural_text", "singular_text", "singular", "plural"), PAIRS)
def test_a_singular_finds_its_broken_plural_and_the_plural_its_singular(catalog, plural_text, singular_text, singular, plural):
    with_plural = add_text(catalog, "مقال", plural_text, language="ar")
    with_singular = add_text(catalog, "مقال", singular_text, language="ar")
    add_text(catalog, "مقال", "هطلت أمطار غزيرة على المدينة.", language="ar")
    assert _uuids(catalog.search.run(singular)) == {with_plural, with_singular}
    assert _uuids(catalog.search.run(plural)) == {with_plural, with_singular}


def test_a_phrase_holding_a_plural_finds_the_plural_and_the_singular(catalog):
    plural = add_text(catalog, "نفط", "ارتفعت أسعار النفط في الأسواق العالمية.", language="ar")
    singular = add_text(catalog, "نفط", "استقر سعر النفط عند مستواه.", language="ar")
    assert _uuids(catalog.search.run('"أسعار النفط"')) == {plural, singular}
    assert _uuids(catalog.search.run('"سعر النفط"')) == {plural, singular}
    assert _uuids(catalog.search.run('"الأسواق العالمية"')) == {plural}
    assert _uuids(catalog.search.run('"سوق العالمية"')) == {plural}
    assert not _uuids(catalog.search.run('"النفط أسعار"'))  # still a phrase: order counts


def test_only_arabic_texts_fold_plurals(catalog):
    """An English or German text, or one of unknown language, keeps its Arabic words as
    printed: the plural is found by itself, not by its singular; their own words are stemmed
    as before."""
    arabic = add_text(catalog, "مقال", "اجتمع الوزراء في العاصمة.", language="ar")
    english = add_text(catalog, "Cabinet", "The ministers (الوزراء) met in the capital.", language="en")
    german = add_text(catalog, "Kabinett", "Die Minister (الوزراء) trafen sich in der Hauptstadt.", language="de")
    unknown = add_text(catalog, "Cabinet", "The ministers (الوزراء) met again.", language="en")
    catalog.documents.update(unknown, language="")
    assert _uuids(catalog.search.run("وزير")) == {arabic}
    assert _uuids(catalog.search.run("الوزراء")) == {arabic, english, german, unknown}
    assert _uuids(catalog.search.run("minister")) == {english, german, unknown}
    for language in ("en", "fa", "fr"):
        assert stemming.stem(fold("الوزراء"), language) == stemming._stem(fold("الوزراء"), language)
        assert stemming.stem(fold("الوزراء"), language) != stemming.stem(fold("الوزير"), language)


def test_the_neighbours_of_a_plural_stay_apart(catalog):
    """The ministry (وزارة) shares the minister's root but is another word; "أثار" (raised)
    and "انهار" (collapsed) fold like the plurals "آثار" and "أنهار", which the table leaves
    out for that reason."""
    ministers = add_text(catalog, "مقال", "اجتمع الوزراء في العاصمة.", language="ar")
    ministry = add_text(catalog, "مقال", "أصدرت الوزارة بيانا وزاريا.", language="ar")
    raised = add_text(catalog, "مقال", "أثار القرار جدلا واسعا.", language="ar")
    collapsed = add_text(catalog, "مقال", "انهار المبنى القديم.", language="ar")
    trace = add_text(catalog, "مقال", "لم يبق أثر للمبنى قرب النهر.", language="ar")
    assert _uuids(catalog.search.run("وزير")) == {ministers}
    assert _uuids(catalog.search.run("أثر")) == {trace}
    assert _uuids(catalog.search.run("نهر")) == {trace}
    assert {ministry, raised, collapsed}.isdisjoint(_uuids(catalog.search.run("وزراء OR أثر OR نهر")))
    for word in ("أثار", "انهار", "الأسري", "وزارة", "بحار", "الكتاب"):
        assert arabic_plurals.singular_of(fold(word)) == fold(word), word


@pytest.mark.parametrize(
    ("printed", "singular"),
    [
        ("بالأسعار", "بالسعر"), ("للوزراء", "للوزير"), ("كالرجال", "كالرجل"), ("والصحف", "الصحيفة"),
        ("أسعارها", "سعر"), ("وزراؤهم", "وزير"), ("وزرائها", "وزير"), ("قادتنا", "قائد"), ("قتلاهم", "قتيل"),
        ("آلاف", "ألف"), ("الآلاف", "الألف"),
    ],
)  # fmt: skip
def test_a_plural_is_recognised_behind_the_article_and_before_a_pronoun(printed, singular):
    assert stemming.stem(fold(printed), "ar") == stemming.stem(fold(singular), "ar")


def test_every_entry_is_one_the_stemmer_does_not_join_and_none_leads_to_another(monkeypatch):
    """Each listed plural is needed (the stemmer alone leaves it apart from its singular, bare
    or with the article), and no folded plural is also a singular or another plural's form."""
    monkeypatch.setattr(stemming, "singular_of", lambda word: word)
    for plural, singular in arabic_plurals.BROKEN_PLURALS.items():
        apart = [stemming._stem(fold(p + plural), "ar") != stemming._stem(fold(p + singular), "ar") for p in ("", "ال")]
        assert any(apart), plural
    singulars = {fold(singular) for singular in arabic_plurals.BROKEN_PLURALS.values()}
    plurals = [fold(plural) for plural in arabic_plurals.BROKEN_PLURALS]
    assert len(set(plurals)) == len(plurals)
    assert singulars.isdisjoint(arabic_plurals.forms())
    for plural, singular in arabic_plurals.BROKEN_PLURALS.items():
        assert arabic_plurals.forms()[fold(plural)] == fold(singular)
    assert 100 <= len(arabic_plurals.BROKEN_PLURALS) <= 300
