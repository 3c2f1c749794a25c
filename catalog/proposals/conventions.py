"""How news in French, German, Spanish and Arabic marks and attributes quotations.

Plain data read by :mod:`catalog.proposals.multilingual`: each :class:`Conventions` holds a
language's quotation marks, its attribution cues (verbs, "according to" phrases) as regular
expressions, and the words around a speaker (articles, pronouns, the words that end a
speaker's phrase, role and organisation nouns). English keeps its own lexicon
(:mod:`catalog.proposals.lexicon`); :func:`conventions_for` returns None for it and for every
language not described here. Word sets hold lower-case spellings (Arabic: without vowel
marks, its alef forms written as a bare alef; see :func:`fold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks and the tatweel
_ALEFS = str.maketrans("أإآٱ", "اااا")


def fold(word: str) -> str:
    """``word`` as the word sets spell it: lower case; Arabic without vowel marks, with one alef."""
    return _ARABIC_MARKS.sub("", word).translate(_ALEFS).lower()


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(word) for word in text.split())


@dataclass(frozen=True)
class Conventions:
    """One language's conventions. Cue fields are regular-expression alternatives."""

    code: str
    pairs: tuple[tuple[str, str], ...]  # (opening mark, closing marks)
    verbs: tuple[str, ...]  # attribution verbs ("a déclaré", "sagte")
    before_speaker: tuple[str, ...]  # the speaker follows ("selon", "laut", "وفقا ل")
    after_speaker: tuple[str, ...] = ()  # the speaker precedes ("zufolge")
    right_only: tuple[str, ...] = ()  # cues only right after a quotation ("so")
    pronouns: tuple[tuple[str, str], ...] = ()  # (word, "he" | "she" | "they")
    determiners: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()  # clause openers before a subject
    time_words: frozenset[str] = frozenset()  # skipped before a speaker, end one after it
    stops: frozenset[str] = frozenset()  # words that end a speaker's phrase
    trailing: frozenset[str] = frozenset()  # a verb's particle after the speaker ("hinzu")
    prepositions: frozenset[str] = frozenset()  # a capitalised word after one is no name
    particles: frozenset[str] = frozenset()  # lower-case words inside names ("de", "von")
    person_nouns: frozenset[str] = frozenset()  # role heads ("ministre", "Sprecher")
    person_suffixes: tuple[str, ...] = ()  # compound role heads ("...minister")
    org_nouns: frozenset[str] = frozenset()
    org_suffixes: tuple[str, ...] = ()  # compound organisation heads ("...ministerium")
    pro_drop: bool = False  # a verb alone, with no subject, means the last speaker
    dialogue_dashes: bool = False  # "—Speech —said X—. More speech."
    cased: bool = True  # False: the script has no capitals to tell names by
    nouns_capitalised: bool = False  # True: every noun has a capital, not only names


_FR_PARTICIPLES = (
    "déclaré affirmé dit ajouté souligné expliqué indiqué estimé assuré précisé martelé lancé "
    "insisté averti prévenu rappelé confié reconnu admis répondu poursuivi conclu jugé "
    "dénoncé promis annoncé commenté raconté résumé tranché regretté plaidé"
)
_FR_PRESENT = (
    "déclare affirme dit ajoute souligne explique indique estime assure précise martèle lance "
    "insiste avertit prévient rappelle confie reconnaît admet répond poursuit conclut juge "
    "dénonce promet annonce commente raconte résume tranche regrette plaide"
)
_FR_ADVERB = r"(?:\s+(?:\w+ment|aussi|encore|ensuite|enfin|alors|déjà|notamment))?"

FRENCH = Conventions(
    code="fr",
    pairs=(("«", "»"), ("“", "”"), ("‹", "›")),
    verbs=(
        rf"(?:a|ont|avait|avaient){_FR_ADVERB}\s+(?:{'|'.join(_FR_PARTICIPLES.split())})",
        rf"a-t-(?:il|elle|on)\s+(?:{'|'.join(_FR_PARTICIPLES.split())})",
        rf"(?:{'|'.join(_FR_PRESENT.split())})(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?",
    ),
    before_speaker=("selon", "d['’]après", "aux dires de"),
    pronouns=(("il", "he"), ("elle", "she"), ("ils", "they"), ("elles", "they")),
    determiners=_words("le la les l' l’ un une des ce cette ces son sa ses leur leurs"),
    openers=_words(
        "mais et or pourtant cependant ainsi alors donc puis enfin toutefois néanmoins aussi "
        "de son côté de leur côté pour sa part"
    ),
    time_words=_words(
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui "
        "matin soir mardi-soir récemment"
    ),
    stops=_words(
        "que qu' qu’ qui à au aux lors dans devant en sur pendant après avant depuis et mais "
        "selon face avec par pour dont où auprès car puis ce cette"
    ),
    prepositions=_words("de du des d' d’ la l' l’ à au aux en"),
    particles=_words("de du des d' d’ la le van von"),
    person_nouns=_words(
        "ministre président présidente maire directeur directrice chef responsable expert "
        "experte juge avocat avocate député députée sénateur sénatrice secrétaire procureur "
        "procureure porte-parole économiste chercheur chercheuse habitant habitante témoin "
        "analyste diplomate ambassadeur ambassadrice conseiller conseillère dirigeant "
        "dirigeante patron patronne commandant général officier militant militante "
        "syndicaliste professeur professeure médecin élu élue premier première"
    ),
    org_nouns=_words(
        "ministère gouvernement police armée parti entreprise société syndicat commission "
        "conseil mairie préfecture parquet tribunal ambassade agence banque association "
        "organisation ong élysée matignon assemblée sénat gendarmerie"
    ),
)

_ES_PAST = (
    "dijo afirmó declaró añadió aseguró explicó señaló indicó subrayó agregó sostuvo advirtió "
    "manifestó insistió apuntó destacó recordó reconoció admitió respondió concluyó precisó "
    "comentó anunció prometió denunció lamentó"
)
_ES_PRESENT = (
    "dice afirma declara añade asegura explica señala indica subraya agrega sostiene advierte "
    "manifiesta insiste apunta destaca recuerda reconoce admite responde concluye precisa "
    "comenta"
)
_ES_PERFECT = "dicho afirmado declarado añadido asegurado explicado señalado indicado subrayado"
_ES_PLURAL = "dijeron afirmaron declararon añadieron aseguraron explicaron señalaron indicaron"

SPANISH = Conventions(
    code="es",
    pairs=(("«", "»"), ("“", "”")),
    verbs=(
        "|".join((_ES_PAST + " " + _ES_PRESENT + " " + _ES_PLURAL).split()),
        rf"(?:ha|han)\s+(?:{'|'.join(_ES_PERFECT.split())})",
    ),
    before_speaker=("según", "de acuerdo con", "en palabras de"),
    pronouns=(("él", "he"), ("ella", "she"), ("ellos", "they"), ("ellas", "they")),
    determiners=_words("el la los las un una unos unas su sus este esta"),
    openers=_words("pero y sin embargo además así entonces también mientras tanto por su parte"),
    time_words=_words(
        "lunes martes miércoles jueves viernes sábado domingo ayer hoy anoche recientemente"
    ),
    stops=_words(
        "que a al ante en durante tras desde mientras con por para sobre quien y e cuando "
        "donde este esta"
    ),
    prepositions=_words("de del la las los al a en"),
    particles=_words("de del la las los y"),
    person_nouns=_words(
        "ministro ministra presidente presidenta alcalde alcaldesa director directora jefe "
        "jefa responsable experto experta juez jueza abogado abogada diputado diputada "
        "senador senadora secretario secretaria fiscal portavoz economista investigador "
        "investigadora vecino vecina testigo analista diplomático diplomática embajador "
        "embajadora asesor asesora dirigente líder comandante general oficial activista "
        "sindicalista profesor profesora médico médica concejal concejala gobernador "
        "gobernadora"
    ),
    org_nouns=_words(
        "ministerio gobierno policía ejército partido empresa sociedad sindicato comisión "
        "consejo ayuntamiento fiscalía tribunal embajada agencia banco asociación "
        "organización ong congreso senado"
    ),
    pro_drop=True,
    dialogue_dashes=True,
)

_DE_VERBS = (
    "sagte sagt sagten erklärte erklärt erklärten betonte betont betonten fügte fügt meinte "
    "meint warnte warnt kritisierte kritisiert bekräftigte versicherte unterstrich räumte "
    "teilte schrieb schreibt ergänzte ergänzt kündigte forderte fordert mahnte appellierte"
)

GERMAN = Conventions(
    code="de",
    pairs=(("„", "“”"), ("»", "«"), ("«", "»"), ("“", "”")),
    verbs=("|".join(sorted(set(_DE_VERBS.split()))),),
    before_speaker=("laut", "nach angaben (?:von|des|der)"),
    after_speaker=("zufolge",),
    right_only=("so",),
    pronouns=(("er", "he"), ("sie", "she")),
    determiners=_words("der die das den dem des ein eine einer eines einem sein seine ihr ihre"),
    openers=_words("aber und doch jedoch dann auch zudem außerdem später"),
    time_words=_words(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute am "
        "abend morgen vormittag nachmittag zuletzt bereits"
    ),
    stops=_words(
        "dass im in auf bei vor gegenüber nach während seit und mit zu über wie hinzu aus "
        "bislang"
    ),
    trailing=_words("hinzu ein an fort mit zu"),
    prepositions=_words("des der dem den von vom zur zum im"),
    particles=_words("von van de der den zu"),
    person_nouns=_words(
        "minister ministerin sprecher sprecherin präsident präsidentin kanzler kanzlerin "
        "bürgermeister bürgermeisterin vorsitzende vorsitzender chef chefin direktor "
        "direktorin leiter leiterin experte expertin abgeordnete abgeordneter sekretär "
        "sekretärin berater beraterin anwalt anwältin richter richterin ökonom ökonomin "
        "forscher forscherin politiker politikerin zeuge zeugin anwohner anwohnerin"
    ),
    person_suffixes=(
        "minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin",
        "kanzler", "kanzlerin", "meister", "meisterin", "leiter", "leiterin", "chef", "chefin",
        "experte", "expertin", "politiker", "politikerin", "vorsitzende", "vorsitzender",
        "direktor", "direktorin", "forscher", "forscherin", "ökonom", "ökonomin",
    ),
    org_nouns=_words(
        "ministerium regierung bundesregierung polizei behörde verband gewerkschaft partei "
        "amt gericht konzern unternehmen institut bank kommission staatsanwaltschaft "
        "stadtverwaltung feuerwehr"
    ),
    org_suffixes=(
        "ministerium", "regierung", "behörde", "amt", "partei", "verband", "polizei", "gericht",
        "kommission", "gewerkschaft", "verwaltung",
    ),
    nouns_capitalised=True,
)


def _arabic(word: str) -> str:
    """A regular expression for an Arabic word written with or without vowel marks, any
    alef form and a tatweel."""
    marks = "[\u064b-\u065f\u0670\u0640]*"
    parts = []
    for char in word:
        parts.append("[اأإآٱ]" if char == "ا" else re.escape(char))
    return marks.join(parts) + marks


# "و" (and) or "ف" (so) written onto a cue, with its vowel mark if any
_AR_PREFIX = "(?:[وف][\u064b-\u065f\u0670\u0640]*)?"
_AR_VERBS = "قال اضاف اكد اوضح صرح اشار اعلن تابع ذكر شدد يقول"
_AR_FEMININE = "قالت اضافت اكدت اوضحت صرحت اشارت اعلنت تابعت ذكرت شددت تقول"
_AR_PLURAL = "قالوا اضافوا اكدوا"

ARABIC = Conventions(
    code="ar",
    pairs=(("«", "»"), ("“", "”")),
    verbs=(
        f"{_AR_PREFIX}(?:"
        + "|".join(_arabic(w) for w in (_AR_VERBS + " " + _AR_FEMININE + " " + _AR_PLURAL).split())
        + ")",
    ),
    before_speaker=(
        f"{_AR_PREFIX}{_arabic('وفقا')}\\s*ل(?:ـ)*",
        f"{_AR_PREFIX}(?:{_arabic('ب')})?{_arabic('حسب')}(?:{_arabic('ما')})?",
        f"{_AR_PREFIX}{_arabic('نقلا')}\\s+{_arabic('عن')}",
        f"{_AR_PREFIX}{_arabic('على')}\\s+{_arabic('لسان')}",
    ),
    pronouns=(("هو", "he"), ("هي", "she")),
    openers=_words("و ف ثم كما اما"),
    time_words=_words("اليوم امس مساء صباح الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد"),
    stops=_words(
        "ان انه انها بان بانه في خلال لدى امام يوم اليوم امس مساء صباح عن على الى عبر "
        "اثناء عقب بعد قبل مع حيث الذي التي من للصحفيين للصحافة لوكالة لقناة لصحيفة لموقع "
        "لتلفزيون لاذاعة قائلا قائلة"
    ),
    person_nouns=_words(
        "وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة متحدث متحدثة المتحدث المتحدثة "
        "ناطق ناطقة الناطق الناطقة مدير مديرة المدير المديرة امين الامين سفير سفيرة السفير "
        "السفيرة نائب نائبة النائب النائبة قائد القائد زعيم زعيمة الزعيم مستشار مستشارة "
        "المستشار المستشارة عضو عضوة مسؤول مسؤولة المسؤول المسؤولة خبير خبيرة الخبير "
        "الخبيرة باحث باحثة الباحث الباحثة محلل محللة المحلل المحللة الاستاذ الدكتور الشيخ "
        "العميد اللواء العقيد الملك الامير محافظ المحافظ مصدر المصدر"
    ),
    org_nouns=_words(
        "الحكومة الوزارة وزارة الشرطة الجيش الرئاسة المنظمة منظمة الامم البنك الشركة شركة "
        "الحزب حزب اللجنة لجنة المجلس مجلس الجامعة جامعة وكالة الوكالة البرلمان الحركة حركة "
        "السلطات السلطة الهيئة هيئة المكتب مكتب الاتحاد اتحاد النقابة نقابة المفوضية الكرملين"
    ),
    pro_drop=True,
    cased=False,
)

_BY_CODE = {conventions.code: conventions for conventions in (FRENCH, SPANISH, GERMAN, ARABIC)}


def conventions_for(language: str) -> Conventions | None:
    """The conventions of ``language`` (an ISO 639-1 code), or None for English and for a
    language not described here (whose text gets the English rules)."""
    return _BY_CODE.get(language)
