"""Highlighted snippets for the hits of one page of results.

Whoosh's highlighter re-analyses the whole text it is given, which costs more than the search
itself on long bodies. Here a regular expression over the folded text proposes the words that
may have matched (each term's stable start, see :func:`_stable_start`, and for an Arabic
singular the starts of its broken plurals), each proposal is confirmed by analysing that word
alone, and whoosh's own fragmenter, scorer and formatter make the snippet from the confirmed
positions. Only when nothing is confirmed is the whole text
re-analysed as before, so the shortcut never loses a snippet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from whoosh import highlight
from whoosh.analysis import Token

from catalog.search.analysis import WORD, analysing_in, eliding, fold_with_offsets
from catalog.search.stemming import broken_plurals_of

SNIPPET_FIELDS = ("body", "title", "speaker", "actor", "author")
MAX_MATCHES = 64  # matches read from the start of a text: plenty for two fragments
QUOTE_WHOLE = 400  # a quote this short is shown whole
PLAIN = 200  # characters shown when nothing can be highlighted
FRAGMENTER = highlight.PinpointFragmenter(maxchars=240, surround=60)
# where the analyzer's words can begin: not inside a word, nor after "U." / "don'" in one
_WORD_START = r"(?<!\w)(?<!\w[.'])"
# what stemming strips from the start of a word: elided articles ("l'", "qu'"), and Arabic's
# conjunctions, prepositions and article (up to four letters: "وال", "بال")
_ELIDED = r"(?:\w{1,7}')?"
_ARABIC_PREFIX = "[\u0600-\u06ff]{0,4}?"
_ARABIC = re.compile("[\u0600-\u06ff]")


def snippet(hit, key: str, text_of: Callable[[str], str], matched: dict[str, frozenset[str]] | None = None) -> str:
    """HTML for one hit: matches wrapped like ``results.formatter`` does, the rest escaped.

    ``text_of(field)`` is the original text of one of the hit's fields ("" when it has none);
    ``matched`` maps each field to the query's terms the hit holds there (by default read from
    a search run with ``terms=True``). Called on the searching thread for each hit of the
    page shown, never for other hits. The hit's words are analysed in its language, as they
    were when it was indexed.
    """
    if matched is None:
        matched = _matched_words(hit)
    with analysing_in(hit.fields().get("language")):
        return _snippet(hit, key, text_of, matched)


def _snippet(hit, key: str, text_of: Callable[[str], str], matched: dict[str, frozenset[str]]) -> str:
    if key.startswith("quote:"):
        # a quote's words are the point: show them whole, highlighted where they match
        exact = text_of("body")
        words = matched.get("body", frozenset())
        if exact and len(exact) <= QUOTE_WHOLE:
            return highlight_field(hit, "body", exact, words, top=1, whole=True) or _escape(exact)
        marked = highlight_field(hit, "body", exact, words, top=3)
        return marked or _escape(exact[:QUOTE_WHOLE]) + ("…" if len(exact) > QUOTE_WHOLE else "")
    for field_name in SNIPPET_FIELDS:
        field_words = matched.get(field_name)
        if not field_words:
            continue
        marked = highlight_field(hit, field_name, text_of(field_name), field_words, top=2)
        if marked:
            return marked
    body = text_of("body") or text_of("title")
    return _escape(body[:PLAIN]) + ("…" if len(body) > PLAIN else "")


def highlight_field(hit, field_name: str, text: str, words: frozenset[str], top: int, whole: bool = False) -> str:
    """The ``top`` best fragments of ``text`` around ``words`` (all of ``text`` with ``whole``)."""
    if not words or not text:
        return ""
    results = hit.results
    tokens = matched_tokens(text, words, results.searcher.schema[field_name].analyzer)
    if not tokens:
        return _highlight_whole(hit, field_name, text) if whole else hit.highlights(field_name, text=text, top=top)
    if whole:
        fragments = [highlight.Fragment(text, tokens, 0, len(text))]
    else:
        fragments = highlight.top_fragments(
            FRAGMENTER.fragment_matches(text, tokens), top, highlight.BasicFragmentScorer(), highlight.FIRST
        )
        for fragment in fragments:
            _trim(fragment)
    return results.formatter.format(fragments)


def _trim(fragment: highlight.Fragment) -> None:
    """Start and end a fragment between words, unless it starts or ends with the text."""
    text = fragment.text
    if fragment.startchar > 0:
        space = text.find(" ", fragment.startchar, fragment.matches[0].startchar)
        fragment.startchar = space + 1 if space >= 0 else fragment.startchar
    if fragment.endchar < len(text):
        space = text.rfind(" ", fragment.matches[-1].endchar, fragment.endchar)
        fragment.endchar = space if space >= 0 else fragment.endchar


def matched_tokens(text: str, words: frozenset[str], analyzer, limit: int = MAX_MATCHES) -> list[Token]:
    """The first ``limit`` words of ``text`` that ``analyzer`` turns into one of ``words``.

    Each is a whoosh Token whose ``startchar``/``endchar`` index ``text`` as given (accents
    and Arabic forms included) and whose ``text`` is the term it matched.
    """
    folded, origin = fold_with_offsets(text)
    seen: dict[str, str | None] = {}
    tokens: list[Token] = []
    for match in _candidates(words, eliding()).finditer(folded):
        word = WORD.match(folded, match.start())
        if word is None:
            continue
        form = word.group()
        if form not in seen:
            seen[form] = next((t.text for t in analyzer(form) if t.text in words), None)
        term = seen[form]
        if term is None:
            continue
        start, end = word.span()
        if origin is not None:
            start, end = origin[start], origin[end]
        tokens.append(Token(text=term, startchar=start, endchar=end, boost=1.0, matched=True))
        if len(tokens) >= limit:
            break
    return tokens


@lru_cache(maxsize=256)
def _candidates(words: frozenset[str], elided: bool) -> re.Pattern:
    starts = {_stable_start(word) for word in words}
    # where the index holds an Arabic singular, the text may print its broken plural, whose
    # letters the singular's do not begin (رؤساء, رئيس)
    starts.update(_stable_start(plural) for word in words for plural in broken_plurals_of(word))
    alternatives = "|".join(re.escape(start) for start in sorted(starts, key=len, reverse=True))
    arabic = any(_ARABIC.search(word) for word in words)
    stripped = (_ELIDED if elided else "") + (_ARABIC_PREFIX if arabic else "")
    return re.compile(f"{_WORD_START}{stripped}(?:{alternatives})")


def _stable_start(term: str) -> str:
    """The start of an indexed term that every word analysed into it holds, folded, after
    what stemming strips from a word's start (elided articles, Arabic prefixes).

    Snowball stemmers rewrite at most the last two letters they keep (``sensibility`` ->
    ``sensibl``, ``dying`` -> ``die``, ``chevaux`` -> ``cheval``).
    """
    return term[: max(1, len(term) - 2)]


def _matched_words(hit) -> dict[str, frozenset[str]]:
    """The hit's own matched terms, as text, by field."""
    schema = hit.results.searcher.schema
    found: dict[str, set[str]] = {}
    for field_name, btext in hit.matched_terms():
        if field_name in SNIPPET_FIELDS:  # others hold dates and numbers, never highlighted
            found.setdefault(field_name, set()).add(schema[field_name].from_bytes(btext))
    return {name: frozenset(words) for name, words in found.items()}


def _highlight_whole(hit, field_name: str, text: str) -> str:
    """``text`` whole, with the hit's matched terms wrapped like the fragments are."""
    saved = hit.results.fragmenter
    hit.results.fragmenter = highlight.WholeFragmenter(charlimit=None)
    try:
        return hit.highlights(field_name, text=text, top=1)
    finally:
        hit.results.fragmenter = saved


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
