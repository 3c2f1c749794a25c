"""Stemming by language: Snowball stemmers (PyStemmer, in C), one per language a text is in.

A document is stemmed in its own language (``Document.language``, an ISO 639-1 code such as
``fr`` or ``pt-BR``); a quote in its document's; an actor, and a document whose language is
unknown or has no Snowball stemmer, in English. A query word is stemmed in every language the
catalogue holds (:func:`stems_of`), and the stems are searched as alternatives.

Words reach the stemmers folded (:func:`catalog.search.analysis.fold`: lower case, no
accents, Arabic letter forms unified), so a search typed without accents finds the accented
words. Before the stemmer, a few things it does not do itself: English drops the possessive
(``Taliban's``), French, Italian and Catalan drop elided articles (``l'école``), Arabic drops
the conjunction before the article (``والمدارس``), keeps the first wa or fa of a word without
the article (``وزير`` as in ``الوزير``: the stemmer would take it for "and"; so ``وقال`` stays
apart from ``قال``), folds its common broken plurals to their singulars (``الوزراء`` as
``الوزير``: :mod:`catalog.search.arabic_plurals`), and gets its ta marbuta back, which
folding turned into ha and which the Arabic stemmer must see to strip it.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import Stemmer

from catalog.search.arabic_plurals import PREFIXES, plurals_by_singular, singular_of

DEFAULT = "en"
# ISO 639-1 code -> Snowball algorithm
SNOWBALL = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian", "nb": "norwegian",
    "nn": "norwegian", "fa": "persian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "st": "sesotho", "es": "spanish", "sv": "swedish", "ta": "tamil",
    "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
# languages whose stemmer reads a script other than the Latin alphabet: their texts' ASCII
# words (names, "Reuters") are stemmed as English, as an English text's would be
OTHER_SCRIPTS = frozenset({"ar", "hy", "el", "hi", "ne", "fa", "ru", "ta", "yi"})
ELIDING = frozenset({"fr", "it", "ca"})
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un|gl)'(?=\w)")
_ARABIC_CONJUNCTION = re.compile("^[\u0648\u0641](?=\u0627\u0644..)")  # wa-/fa- before al- and two letters
_ARABIC_WAW_FA = re.compile("^[\u0648\u0641](?!\u0627)...")  # a word the stemmer would take wa-/fa- from
_ARABIC_ARTICLE = "\u0627\u0644"
MEMO_LIMIT = 200_000  # stems remembered per language


def language_code(language: str | None) -> str:
    """A document's ``language`` as the index keeps it: its primary subtag in lower case
    (``"pt-BR"`` -> ``"pt"``), ``""`` when unknown."""
    if not language:
        return ""
    return language.strip().lower().replace("_", "-").split("-", 1)[0]


def language_key(language: str | None) -> str:
    """The stemming language of a document's ``language``: its :func:`language_code` when
    Snowball has a stemmer for it, else English."""
    code = language_code(language)
    return code if code in SNOWBALL else DEFAULT


class _Stemmers(threading.local):
    """One Snowball stemmer per language and thread (a stemmer must not be called from two
    threads at once), made on first use."""

    def __init__(self) -> None:
        self.by_language: dict[str, object] = {}

    def stemmer(self, language: str):
        found = self.by_language.get(language)
        if found is None:
            found = self.by_language[language] = Stemmer.Stemmer(SNOWBALL[language], 0)
        return found


_STEMMERS = _Stemmers()
# stems already worked out, per language: most words of a text recur
_MEMO: dict[str, dict[str, str]] = {}


def memo_for(language: str) -> dict[str, str]:
    """The stems of ``language`` worked out so far (word -> stem), shared by every thread."""
    memo = _MEMO.get(language)
    if memo is None:
        memo = _MEMO.setdefault(language, {})
    return memo


def stem(word: str, language: str) -> str:
    """The index form of one folded ``word`` in ``language`` (a :func:`language_key`)."""
    memo = memo_for(language)
    found = memo.get(word)
    if found is None:
        found = _stem(word, language)
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        memo[word] = found
    return found


def stems_of(word: str, languages) -> list[str]:
    """The distinct stems of a folded ``word`` in each of ``languages``, in their order."""
    return list(dict.fromkeys(stem(word, language) for language in languages))


def broken_plurals_of(term: str) -> tuple[str, ...]:
    """The folded broken plurals (:mod:`catalog.search.arabic_plurals`) that an Arabic text's
    words may hold where the index holds ``term``, the stem of their singular; none for any
    other term. For code that finds a term's words in a text (snippets). Any thread."""
    return _plurals_by_term().get(term, ())


@lru_cache(maxsize=1)
def _plurals_by_term() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for singular, plurals in plurals_by_singular().items():
        for prefix in PREFIXES:
            found.setdefault(stem(prefix + singular, "ar"), set()).update(plurals)
    return {term: tuple(sorted(plurals)) for term, plurals in found.items()}


def _stem(word: str, language: str) -> str:
    if word.isdigit():
        return word
    if word.isascii():
        if language in OTHER_SCRIPTS:
            language = DEFAULT
        if language == DEFAULT:
            if word.endswith("'s"):
                word = word[:-2]
        elif language in ELIDING:
            word = _ELISION.sub("", word)
        return _STEMMERS.stemmer(language).stemWord(word)
    if language == DEFAULT:
        return word  # an English text's words in other scripts are left as they are
    if language == "ar":
        word = singular_of(_ARABIC_CONJUNCTION.sub("", word))
        if word.endswith("\u0647"):
            word = word[:-1] + "\u0629"  # folded ta marbuta (ha) back to ta marbuta
        if _ARABIC_WAW_FA.match(word):
            # the stemmer takes a first wa or fa for "and" unless the article follows it, so
            # "وزير" became "زير" but "الوزير" "وزير": given the article, nouns such as these
            # (minister, Palestine, team) keep their first letter with or without it
            word = _ARABIC_ARTICLE + word
        stemmed = _STEMMERS.stemmer(language).stemWord(word)
        return stemmed.replace("\u0629", "\u0647")  # folded again, as the query's words are
    if language in ELIDING:
        word = _ELISION.sub("", word)
    return _STEMMERS.stemmer(language).stemWord(word)
