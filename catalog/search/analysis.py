"""Text analysis for the index: accent and case folding, Arabic normalisation, English stemming.

One analyzer serves every text field, so a query is analysed exactly as the text was.
Folding keeps character positions pointing into the original text, so snippets highlight the
words as printed (``Türkiye``) even though the index holds ``turkiye``.
"""

from __future__ import annotations

import re
import unicodedata

from whoosh.analysis import Filter, LowercaseFilter, StemFilter, Token, Tokenizer

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
_FOLD_CACHE: dict[str, str] = {}
_WORD = re.compile(r"\w+(?:[.'’]\w+)*", re.UNICODE)


def fold_char(char: str) -> str:
    """Fold one character: lower-case, strip accents and Arabic diacritics, unify letter forms."""
    cached = _FOLD_CACHE.get(char)
    if cached is not None:
        return cached
    if char in _DROP:
        folded = ""
    elif char in _ARABIC_MAP:
        folded = _ARABIC_MAP[char]
    elif ord(char) < 0x80:
        folded = char.lower()
    else:
        parts = []
        for part in unicodedata.normalize("NFKD", char):
            # combining marks go for Latin, Greek, Cyrillic, Hebrew and Arabic (accents,
            # tashkeel, hamza above/below); in other scripts they carry meaning and stay
            if unicodedata.category(part) == "Mn" and ord(char) < 0x0800:
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


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text``; also return, for each folded character, its index in ``text``."""
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
            token.original = token.text = fold(value)
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar = start_char
                token.endchar = start_char + len(value)
            yield token
            return
        folded, origin = fold_with_offsets(value)
        for pos, match in enumerate(_WORD.finditer(folded)):
            token.text = match.group().replace("’", "'")
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + origin[match.start()]
                token.endchar = start_char + origin[match.end()]
            yield token


class PossessiveFilter(Filter):
    """``Taliban's`` indexes as ``taliban``: English possessives do not make a new word."""

    def __call__(self, tokens):
        for token in tokens:
            if token.text.endswith("'s"):
                token.text = token.text[:-2]
            yield token


def text_analyzer():
    """The analyzer of every full-text field."""
    return FoldingTokenizer() | PossessiveFilter() | LowercaseFilter() | StemFilter(lang="en", cachesize=100_000)
