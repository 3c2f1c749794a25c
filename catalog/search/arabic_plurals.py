"""Arabic broken plurals folded to their singulars before stemming, so a word and its plural
meet in the index: ``الوزراء`` is indexed as ``الوزير`` would be, ``أسعار`` as ``سعر``.

The Snowball Arabic stemmer strips affixes (the article, ``ات``, ``ون``, pronouns) but cannot
join a *broken* (internal) plural to its singular: ``وزراء`` and ``وزير`` share no ending to
strip. :func:`singular_of` does it from :data:`BROKEN_PLURALS`, a table of our own writing
(no third-party word list) of the broken plurals common in news Arabic -- politics, economy,
society, conflict and media -- chosen one by one, each kept only when:

- the stemmer does not already join it (``دول`` and ``دولة`` both stem to ``دول``, so ``دول``
  is not listed; a test checks every entry is needed);
- the plural, folded as the index folds it (hamza forms to bare alef, alef maqsura to ya),
  is not also a common word of its own. Left out for that reason: ``آثار`` (also ``أثار``,
  "raised"), ``أنهار`` (``انهار``, "collapsed"), ``أحداث`` / ``أحكام`` / ``أضرار`` /
  ``أخطار`` / ``أعداد`` (masdars with ``إ``: ``إحداث``, ``إحكام``, ``إعداد`` ...), ``أسرى``
  (``الأسري``, "familial"), ``مرضى`` (``مرضي``, "satisfying"), ``بحار`` ("sailor"),
  ``كتاب`` ("book", not only "writers"), ``كتب``, ``طرق``, ``صور``, ``خطب`` and ``فرق`` (verbs
  or other nouns as well), ``مطالب`` / ``مبالغ`` (participles), ``حكام`` ("referees" too);
- its singular is not mostly another word, which the plural would then find: ``علماء``
  (``عالم`` is mostly "world"), ``أعوام`` (``عام``, "general"), ``ديون`` and ``أديان``
  (``دين``), ``أوضاع`` / ``عقود`` / ``أولاد`` / ``جيران`` / ``أوامر`` / ``أحوال`` (``وضع``,
  ``عقد``, ``ولد`` and ``جار`` are common verbs or participles; ``أمر`` and ``حال`` mostly
  "matter" and "case").

Each plural is also recognised behind the article and the prepositions the stemmer strips
with it (``ال``, ``بال``, ``كال``, ``لل``; ``وال`` / ``فال`` are already cut to ``ال`` by
:mod:`catalog.search.stemming`), which stay on the singular so that it stems as that form
of the singular does (``بالأسعار`` -> ``بالسعر``); and before the attached pronouns ``ها``,
``هم``, ``هما``, ``هن``, ``كم``, ``نا`` (with the hamza seat or ta they take there:
``وزراؤها``, ``قادتهم``, ``قتلاهم``), which are dropped.

Limits: a closed list, so a plural not in it still meets only itself; the one-letter
pronouns ``ه``, ``ي``, ``ك`` are not stripped (``ه`` is how the index spells a ta marbuta,
``ي`` ends adjectives such as ``دولي``), nor a lone ``و``/``ب``/``ل`` before a plural without
the article (the analysis keeps ``وقال`` apart from ``قال``: a first letter may be the
word's own); diminutives, duals and sound plurals are the stemmer's; a prefix search typed
from a plural's own letters (``أسعا*``) no longer reaches it, as the index holds the singular.
"""

from __future__ import annotations

from functools import lru_cache

# plural -> singular, as printed (folded when the lookup is built)
BROKEN_PLURALS = {
    # politics and the state
    "وزراء": "وزير", "رؤساء": "رئيس", "زعماء": "زعيم", "قادة": "قائد", "نواب": "نائب",
    "سفراء": "سفير", "أمراء": "أمير", "ملوك": "ملك", "أعضاء": "عضو", "خبراء": "خبير",
    "أحزاب": "حزب", "مجالس": "مجلس", "لجان": "لجنة", "أنظمة": "نظام", "قوانين": "قانون",
    "دساتير": "دستور", "حقوق": "حق", "أصوات": "صوت", "مقاعد": "مقعد", "مناصب": "منصب",
    "مواقف": "موقف", "مبادئ": "مبدأ", "شروط": "شرط", "بنود": "بند", "أهداف": "هدف",
    "مصالح": "مصلحة", "حلفاء": "حليف", "أعداء": "عدو", "خصوم": "خصم", "بلدان": "بلد",
    "شعوب": "شعب", "عواصم": "عاصمة", "مدن": "مدينة", "أقاليم": "إقليم", "مناطق": "منطقة",
    "أراضي": "أرض", "أراض": "أرض", "قضايا": "قضية", "محاكم": "محكمة", "قضاة": "قاضي",
    "سجون": "سجن", "شهود": "شاهد",
    # economy
    "أسعار": "سعر", "أسواق": "سوق", "بنوك": "بنك", "مصارف": "مصرف", "أموال": "مال",
    "أرباح": "ربح", "خسائر": "خسارة", "ضرائب": "ضريبة", "أجور": "أجر", "رواتب": "راتب",
    "قروض": "قرض", "صناديق": "صندوق", "مشاريع": "مشروع", "مصانع": "مصنع", "موارد": "مورد",
    "بضائع": "بضاعة", "أصول": "أصل", "تجار": "تاجر", "زبائن": "زبون", "عملاء": "عميل",
    "شركاء": "شريك", "فروع": "فرع", "مكاتب": "مكتب", "فوائد": "فائدة", "عوائد": "عائد",
    "ودائع": "وديعة", "محاصيل": "محصول", "موانئ": "ميناء", "سفن": "سفينة", "حقول": "حقل",
    "آبار": "بئر", "أرقام": "رقم", "ملايين": "مليون", "آلاف": "ألف", "مصادر": "مصدر",
    "مراكز": "مركز", "أعمال": "عمل", "أجهزة": "جهاز", "مواد": "مادة",
    # society
    "أطفال": "طفل", "نساء": "امرأة", "رجال": "رجل", "طلاب": "طالب", "طلبة": "طالب",
    "مدارس": "مدرسة", "أطباء": "طبيب", "أمراض": "مرض", "أدوية": "دواء", "فقراء": "فقير",
    "أغنياء": "غني", "عمال": "عامل", "أشخاص": "شخص", "أفراد": "فرد", "أبناء": "ابن",
    "أصدقاء": "صديق", "ضيوف": "ضيف", "شيوخ": "شيخ", "أساتذة": "أستاذ", "أئمة": "إمام",
    "شعراء": "شاعر", "بيوت": "بيت", "منازل": "منزل", "مساكن": "مسكن", "مبان": "مبنى",
    "مباني": "مبنى", "شوارع": "شارع", "جسور": "جسر", "مساجد": "مسجد", "كنائس": "كنيسة",
    "معابد": "معبد", "أندية": "نادي", "ملاعب": "ملعب", "أعياد": "عيد", "فنون": "فن",
    "متاحف": "متحف", "أيام": "يوم", "أسابيع": "أسبوع", "شهور": "شهر", "قرون": "قرن",
    "أطعمة": "طعام", "جبال": "جبل",
    # conflict
    "حروب": "حرب", "جيوش": "جيش", "جنود": "جندي", "ضباط": "ضابط", "أسلحة": "سلاح",
    "صواريخ": "صاروخ", "قذائف": "قذيفة", "ألغام": "لغم", "قنابل": "قنبلة", "قتلى": "قتيل",
    "جرحى": "جريح", "ضحايا": "ضحية", "شهداء": "شهيد", "معارك": "معركة", "عناصر": "عنصر",
    "فصائل": "فصيل", "قواعد": "قاعدة", "حواجز": "حاجز", "حوادث": "حادث", "جثث": "جثة",
    # media
    "أخبار": "خبر", "أنباء": "نبأ", "صحف": "صحيفة", "تقارير": "تقرير", "قنوات": "قناة",
    "برامج": "برنامج", "أفلام": "فيلم", "رسائل": "رسالة", "وثائق": "وثيقة", "عناوين": "عنوان",
    "أسماء": "اسم", "آراء": "رأي", "أسئلة": "سؤال", "مواقع": "موقع", "أحاديث": "حديث",
    "أقوال": "قول", "تفاصيل": "تفصيل", "حقائق": "حقيقة", "قصص": "قصة", "أسباب": "سبب",
    "نتائج": "نتيجة", "ظروف": "ظرف", "أفكار": "فكرة", "مشاكل": "مشكلة",
}  # fmt: skip

# the article and the prepositions the stemmer strips with it, kept on the singular; ""
# first, so a whole word that is a plural ("آلاف") is never read as "ال" + "اف"
PREFIXES = ("", "ال", "بال", "كال", "لل")
SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "نا")  # attached pronouns, dropped with the plural


def _stems_before_a_suffix(plural: str) -> tuple[str, ...]:
    """How ``plural`` (as printed) is written before an attached pronoun: ta marbuta as ta
    (``قادتها``), alef maqsura as alef (``قتلاهم``), a final hamza on any seat (``وزراؤها``,
    ``وزرائها``, ``وزراءها``)."""
    if plural.endswith("ة"):
        return (plural[:-1] + "ت",)
    if plural.endswith("ى"):
        return (plural[:-1] + "ا",)
    if plural.endswith("اء"):
        return (plural, plural[:-1] + "ؤ", plural[:-1] + "ئ")
    return (plural,)


@lru_cache(maxsize=1)
def forms() -> dict[str, str]:
    """Every folded form of a listed plural (alone, and before each of :data:`SUFFIXES`) ->
    its folded singular. Built on first use."""
    # here, not at the top: analysis imports stemming, which imports this module
    from catalog.search.analysis import fold

    found: dict[str, str] = {}
    for plural, singular in BROKEN_PLURALS.items():
        target = fold(singular)
        found[fold(plural)] = target
        for stem in _stems_before_a_suffix(plural):
            for suffix in SUFFIXES:
                found[fold(stem + suffix)] = target
    return found


def singular_of(word: str) -> str:
    """``word`` (folded, as :func:`catalog.search.stemming.stem` has it before the Arabic
    stemmer) with a listed broken plural replaced by its singular, after the same one of
    :data:`PREFIXES` (``بالاسعار`` -> ``بالسعر``, ``اسعارها`` -> ``سعر``); else ``word``
    itself. Pure; any thread."""
    known = forms()
    for prefix in PREFIXES:
        if word.startswith(prefix):
            singular = known.get(word[len(prefix) :])
            if singular is not None:
                return prefix + singular
    return word


def plurals_by_singular() -> dict[str, tuple[str, ...]]:
    """Folded singular -> the folded plurals :func:`singular_of` turns into it (without
    prefixes or suffixes): what a text's words may look like where the index holds a singular."""
    from catalog.search.analysis import fold

    found: dict[str, list[str]] = {}
    for plural, singular in BROKEN_PLURALS.items():
        found.setdefault(fold(singular), []).append(fold(plural))
    return {singular: tuple(plurals) for singular, plurals in found.items()}
