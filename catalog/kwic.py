"""Keyword in context (KWIC): every place a search's words occur in the documents and quotes it
finds, one line each, the words matched in the middle with a few words either side.

What a search found comes from the search's public API (``catalog.search.run``); where in a
text its words are is worked out here, from the query as the search's own parser reads it
(``catalog.search.parser()``) and the analyzer of the index's ``body`` field, applied to the
stored text (a document's body; a quote's words, with the words around it in its document as
context). So a line's hit is what the index matched: ``mills`` for ``mill``, ``Zürich`` for
``zurich``, ``Vienna`` for ``vien*``, ``Taliban`` for ``talban~`` (fuzzy words compared with
the indexed forms, as whoosh compares them), both words of a phrase as one hit. Words under
NOT are not hits, nor words the query looks for only in other fields (``title:harbour``).
Positions are code points into the stored text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from whoosh import query as wq

from catalog.errors import InvalidInput
from catalog.search.analysis import analysing_in
from catalog.search.query import parse_query
from catalog.search.stemming import DEFAULT, language_key

KWIC_COLUMNS = ("document", "date", "left", "hit", "right")
DEFAULT_WORDS = 5
KWIC_RECORDS = 200  # the best this many documents and quotes the search finds
TEXT_FIELD = "body"  # the indexed field holding a document's body and a quote's words


@dataclass(frozen=True)
class KwicLine:
    """One occurrence: in the record ``kind`` (document or quote) ``uuid`` of the document
    ``document_uuid`` titled ``document`` and dated ``date`` (YYYY-MM-DD, '' if undated), the
    words ``hit`` at code point ``start`` of the record's text, between ``left`` and ``right``."""

    kind: str
    uuid: str
    document_uuid: str
    document: str
    date: str
    left: str
    hit: str
    right: str
    start: int

    def row(self) -> tuple[str, str, str, str, str]:
        """The line as :data:`KWIC_COLUMNS`."""
        return (self.document, self.date, self.left, self.hit, self.right)


@dataclass(frozen=True)
class _Matcher:
    """Token tests in a row: one for a word, several for a phrase."""

    tests: tuple[Callable[[str], bool], ...]


def kwic_lines(
    catalog,
    text: str,
    words: int = DEFAULT_WORDS,
    records: int = KWIC_RECORDS,
    cancel=None,
) -> list[KwicLine]:
    """The KWIC lines of the search ``text``: for each of its best ``records`` documents and
    quotes (in the search's order), each occurrence of the query's words in its text, in
    text order, with ``words`` words either side. Raises what ``catalog.search.run`` raises
    (InvalidInput for a query it cannot read); a set ``cancel`` token stops the search
    itself and then between records (raising Cancelled). Any thread that may read the catalogue."""
    if words < 0:
        raise InvalidInput("the words either side of a hit cannot be fewer than 0")
    results = catalog.search.run(text, limit=records, facets=False, cancel=cancel)
    parser = catalog.search.parser()
    analyzer = parser.schema[TEXT_FIELD].analyzer
    wanted = [hit for hit in results.hits if hit.type in ("document", "quote")]
    # the documents (found, and those of the quotes found) read in one query, without their quotes
    quotes = {view.uuid: view for view in catalog.quotes.rows([h.uuid for h in wanted if h.type == "quote"])}
    needed = [h.uuid for h in wanted if h.type == "document"] + [q.document_uuid for q in quotes.values()]
    documents = {view.uuid: view for view in catalog.documents.rows(list(dict.fromkeys(needed)))}
    # the query's words stemmed as each text found is (its document's language), as the search did
    languages = tuple(dict.fromkeys([DEFAULT, *(language_key(d.language) for d in documents.values())]))
    matchers = query_matchers(parse_query(parser, text, languages), analyzer)
    lines: list[KwicLine] = []
    for hit in wanted:
        if cancel is not None:
            cancel.check()
        if hit.type == "document":
            document = documents.get(hit.uuid)
            if document is None:
                continue  # deleted since the search: nothing left to show
            text, begin, end = document.body, 0, len(document.body)
        else:
            quote = quotes.get(hit.uuid)
            document = documents.get(quote.document_uuid) if quote is not None else None
            if quote is None or document is None:
                continue
            # the quote's own words are searched; the words around it in its document are context
            text = quote.prefix + quote.exact + quote.suffix
            begin, end = len(quote.prefix), len(quote.prefix) + len(quote.exact)
        date = document.published_at.date().isoformat() if document.published_at is not None else ""
        with analysing_in(document.language):
            spans = hit_spans(text[begin:end], matchers, analyzer)
        for start, stop in spans:
            start, stop = start + begin, stop + begin
            lines.append(
                KwicLine(
                    hit.type, hit.uuid, document.uuid, document.title, date,
                    _last_words(text[:start], words), " ".join(text[start:stop].split()), _first_words(text[stop:], words),
                    start - begin,
                )
            )  # fmt: skip
    return lines


def hit_spans(text: str, matchers: Iterable[_Matcher], analyzer) -> list[tuple[int, int]]:
    """(start, end) code points of each place in ``text`` a matcher matches, in text order,
    none overlapping (the longest wins where two start together)."""
    tokens = [(t.text, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True, mode="index")]
    spans: list[tuple[int, int]] = []
    matchers = sorted(matchers, key=lambda m: -len(m.tests))
    i = 0
    while i < len(tokens):
        for matcher in matchers:
            n = len(matcher.tests)
            if i + n <= len(tokens) and all(test(tokens[i + k][0]) for k, test in enumerate(matcher.tests)):
                spans.append((tokens[i][1], tokens[i + n - 1][2]))
                i += n
                break
        else:
            i += 1
    return spans


def query_matchers(query, analyzer, field: str = TEXT_FIELD) -> list[_Matcher]:
    """The token tests of the parts of ``query`` (a parsed whoosh query) that look in
    ``field``: words, phrases, prefixes, wildcards and fuzzy words; none under a NOT."""
    found: list[_Matcher] = []

    def walk(q) -> None:
        if isinstance(q, wq.Not):
            return
        if isinstance(q, wq.AndNot):
            walk(q.a)
            return
        if getattr(q, "fieldname", None) == field:
            matcher = _matcher(q)
            if matcher is not None:
                found.append(matcher)
            return
        for child in q.children():
            walk(child)

    walk(query)
    return found


def _matcher(q) -> _Matcher | None:
    if isinstance(q, wq.Phrase):
        return _Matcher(tuple(_equals(word) for word in q.words))
    if isinstance(q, wq.FuzzyTerm):
        return _Matcher((_near(q.text, q.maxdist, q.prefixlength),))
    if isinstance(q, wq.Prefix):
        prefix = q.text
        return _Matcher((lambda token: token.startswith(prefix),))
    if isinstance(q, wq.Wildcard):
        pattern = re.compile(re.escape(q.text).replace(r"\*", ".*").replace(r"\?", ".") + r"\Z")
        return _Matcher((lambda token: pattern.match(token) is not None,))
    if isinstance(q, wq.Term) and isinstance(q.text, str):
        return _Matcher((_equals(q.text),))
    return None


def _equals(word: str) -> Callable[[str], bool]:
    return lambda token: token == word


def _near(word: str, maxdist: int, prefixlength: int) -> Callable[[str], bool]:
    head = word[:prefixlength]
    return lambda token: token.startswith(head) and _distance(token, word, maxdist) <= maxdist


def _distance(a: str, b: str, bound: int) -> int:
    """Damerau-Levenshtein distance of ``a`` and ``b`` (as whoosh's fuzzy terms count it),
    or ``bound + 1`` as soon as it must exceed ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        before, row = row, current
    return row[-1]


def _last_words(text: str, n: int) -> str:
    """The ``n`` words before a hit; what clings to the hit (an opening quotation mark) comes
    on top, uncounted."""
    chunks = text.split()
    clinging = 1 if chunks and not text[-1:].isspace() else 0
    return " ".join(chunks[-(n + clinging) :]) if n + clinging else ""


def _first_words(text: str, n: int) -> str:
    """The ``n`` words after a hit; what clings to the hit (a full stop, a comma) comes on
    top, uncounted."""
    chunks = text.split()
    clinging = 1 if chunks and not text[:1].isspace() else 0
    return " ".join(chunks[: n + clinging])


def left_sort_key(left: str) -> str:
    """How the left context sorts in a concordance: by the word next to the hit, then the
    one before it, and so on."""
    return " ".join(reversed(left.lower().split()))


def write_kwic_csv(lines: Iterable[KwicLine], out: TextIO) -> int:
    """Write ``lines`` as CSV to ``out`` (opened with ``newline=''``): a header row of
    :data:`KWIC_COLUMNS` plus ``kind`` and ``record`` (the id), then one row per line.
    Returns the number of lines written."""
    writer = csv.writer(out)
    writer.writerow([*KWIC_COLUMNS, "kind", "record"])
    count = 0
    for line in lines:
        writer.writerow([*line.row(), line.kind, line.uuid])
        count += 1
    return count
