"""Text analysis for the index: accent and case folding, Arabic normalisation, stemming in
the text's language (:mod:`catalog.search.stemming`).

One analyzer serves every text field. A document's fields are stemmed in its language; a
query's words are read as typed and then stemmed in each language the catalogue holds, so
they meet the index in whichever language the text was.
Folding keeps character positions pointing into the original text, so snippets highlight the
words as printed (``Türkiye``) even though the index holds ``turkiye``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from whoosh.analysis import Filter, Token, Tokenizer

from catalog.search.stemming import DEFAULT, ELIDING, language_key, memo_for, stem

# Alef variants (madda, hamza above/below, wasla) -> bare alef; ta marbuta -> ha;
# alef maqsura -> ya; Persian yeh/kaf -> Arabic. Tatweel (kashida) is dropped.
_ARABIC_MAP = {
    "\u0622": "\u0627",
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0671": "\u0627",
    "\u0629": "\u0647",
    "\u0649": "\u064a",
    "\u06cc": "\u064a",
    "\u06a9": "\u0643",
}
_DROP = {"\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad"}
# typographic apostrophes fold to the ASCII one, so "Taliban’s" and "Taliban's" index alike
_APOSTROPHES = {"\u2019": "'", "\u02bc": "'"}
_FOLD_CACHE: dict[str, str] = {}
_WORD = re.compile(r"\w+(?:[.'’]\w+)*", re.UNICODE)
WORD = _WORD  # the tokenizer's words, for code that must find them as it does (snippets)


def _marks_are_accents(code: int) -> bool:
    """Latin, Greek, Cyrillic, Hebrew and Arabic, with their extended and presentation
    blocks ("ḥ" in "Muḥammad" is Latin Extended Additional): their combining marks are
    accents, dropped when folding."""
    return code < 0x0800 or 0x1E00 <= code <= 0x1FFF or 0xFB00 <= code <= 0xFEFF


def fold_char(char: str) -> str:
    """Fold one character: lower-case, strip accents and Arabic diacritics, unify letter forms."""
    cached = _FOLD_CACHE.get(char)
    if cached is not None:
        return cached
    if char in _DROP:
        folded = ""
    elif char in _ARABIC_MAP:
        folded = _ARABIC_MAP[char]
    elif char in _APOSTROPHES:
        folded = _APOSTROPHES[char]
    elif ord(char) < 0x80:
        folded = char.lower()
    else:
        parts = []
        for part in unicodedata.normalize("NFKD", char):
            # combining marks go for Latin, Greek, Cyrillic, Hebrew and Arabic (accents,
            # tashkeel, hamza above/below); in other scripts they carry meaning and stay
            if unicodedata.category(part) == "Mn" and _marks_are_accents(ord(char)):
                continue
            parts.append(_ARABIC_MAP.get(part, part))
        folded = "".join(parts).lower()
        if folded == "ß":
            folded = "ss"
    _FOLD_CACHE[char] = folded
    return folded


def fold(text: str) -> str:
    """Fold a whole string (used for query terms and for comparisons)."""
    return "".join(fold_char(c) for c in text)


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text``; also return, for each folded character, its index in ``text``.

    The index list is None when folding kept every character's position (the common case:
    ASCII, accents, most Arabic letters), so callers use the folded offsets as they are.
    """
    if text.isascii():
        return text.lower(), None
    table = {}
    regular = True
    for char in set(text):
        folded = fold_char(char)
        table[ord(char)] = folded
        if len(folded) != 1:
            regular = False
    if regular:
        return text.translate(table), None
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    origin.append(len(text))
    return "".join(out), origin


class FoldingTokenizer(Tokenizer):
    """Tokenize folded text; token positions and character offsets refer to the original."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # noqa: PLR0913 - whoosh's tokenizer signature
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            # a pattern (prefix, wildcard, range end) is folded but never stemmed: see
            # catalog.search.patterns for how prefixes meet stemmed terms
            token.exact = True
            token.original = token.text = fold(value)
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar = start_char
                token.endchar = start_char + len(value)
            yield token
            return
        token.exact = False
        folded, origin = fold_with_offsets(value)
        for pos, match in enumerate(_WORD.finditer(folded)):
            token.text = match.group()
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = start_pos + pos
            if chars:
                if origin is None:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                else:
                    token.startchar = start_char + origin[match.start()]
                    token.endchar = start_char + origin[match.end()]
            yield token


def index_words(text: str) -> list[str]:
    """The words ``FoldingTokenizer() | LanguageFilter()`` makes of ``text``, in order and as
    the index holds them (stemmed in the language analysed in: :func:`analysing_in`), without
    a whoosh ``Token`` per word: what :class:`catalog.search.positions.CompactPositions`
    indexes a text with. Any thread."""
    words = _WORD.findall(fold_with_offsets(text)[0])
    language = _LANGUAGE.get()
    if language is None:
        return words
    memo = memo_for(language)
    known = memo.get
    return [found if (found := known(word)) is not None else stem(word, language) for word in words]


class LanguageFilter(Filter):
    """Stem each word in the language of the text being analysed (:func:`analysing_in`):
    English unless told otherwise, or none at all while a query is read (:func:`words_as_typed`),
    whose words are then stemmed in every language of the catalogue
    (:func:`catalog.search.patterns.rewrite`). See :mod:`catalog.search.stemming`.
    """

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens):
        language = _LANGUAGE.get()
        if language is None:
            yield from tokens
            return
        memo = memo_for(language)
        for token in tokens:
            if getattr(token, "exact", False):
                yield token
                continue
            text = token.text
            stemmed = memo.get(text)
            token.text = stemmed if stemmed is not None else stem(text, language)
            yield token


# the language the analyzer stems in on this thread (and in this task): a stemming language
# (catalog.search.stemming.language_key), or None to leave words as typed
_LANGUAGE: ContextVar[str | None] = ContextVar("pressmark_stemming", default=DEFAULT)


@contextmanager
def analysing_in(language: str | None) -> Iterator[None]:
    """Within the block, text fields are stemmed in ``language`` (a document's ``language``:
    ``"fr"``, ``"pt-BR"``; English when empty or without a stemmer). Used by the index writer
    for each entry and by snippets for each hit; affects only the calling thread."""
    reset = _LANGUAGE.set(language_key(language))
    try:
        yield
    finally:
        _LANGUAGE.reset(reset)


@contextmanager
def words_as_typed() -> Iterator[None]:
    """Within the block, text fields are folded but not stemmed: how a query is parsed, before
    its words are stemmed in each language of the catalogue. Only the calling thread."""
    reset = _LANGUAGE.set(None)
    try:
        yield
    finally:
        _LANGUAGE.reset(reset)


def eliding() -> bool:
    """Whether the language analysed in now drops elided articles (``l'école``)."""
    return _LANGUAGE.get() in ELIDING


def stem_word(word: str, language: str | None = DEFAULT) -> str:
    """A single word as the index holds it in ``language`` (folded, stemmed)."""
    with analysing_in(language):
        tokens = list(text_analyzer()(word))
    return tokens[0].text if tokens else fold(word)


def text_analyzer():
    """The analyzer of every full-text field (folding lower-cases, so no LowercaseFilter)."""
    return FoldingTokenizer() | LanguageFilter()
