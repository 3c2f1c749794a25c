"""Text analysis for the index: accent and case folding, Arabic normalisation, English stemming.

One analyzer serves every text field, so a query is analysed exactly as the text was.
Folding keeps character positions pointing into the original text, so snippets highlight the
words as printed (``Türkiye``) even though the index holds ``turkiye``.
"""

from __future__ import annotations

import re
import unicodedata

from whoosh.analysis import Filter, Token, Tokenizer
from whoosh.lang import stemmer_for_language

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


class EnglishFilter(Filter):
    """Drop English possessives (``Taliban's`` -> ``taliban``) and stem English words.

    Words with letters outside ASCII (Arabic, accented names already folded away) are left
    as they are. Stems are memoised in a plain dict, much cheaper than an LRU wrapper.
    """

    MEMO_LIMIT = 500_000

    def __init__(self) -> None:
        self._stem = stemmer_for_language("en")
        self._memo: dict[str, str] = {}

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, _state: dict) -> None:
        type(self).__init__(self)

    def __call__(self, tokens):
        memo = self._memo
        for token in tokens:
            text = token.text
            if getattr(token, "exact", False):
                yield token
                continue
            if text.endswith("'s"):
                text = text[:-2]
            stemmed = memo.get(text)
            if stemmed is None:
                stemmed = self._stem(text) if text.isascii() and not text.isdigit() else text
                if len(memo) >= self.MEMO_LIMIT:
                    memo.clear()
                memo[text] = stemmed
            token.text = stemmed
            yield token


def stem_word(word: str) -> str:
    """A single folded word as the index holds it (possessive dropped, stemmed)."""
    tokens = list(text_analyzer()(word))
    return tokens[0].text if tokens else fold(word)


def text_analyzer():
    """The analyzer of every full-text field (folding lower-cases, so no LowercaseFilter)."""
    return FoldingTokenizer() | EnglishFilter()
