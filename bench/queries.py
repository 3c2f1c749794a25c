"""Query sets for the search bench, chosen deterministically from the stories themselves.

:func:`choose_queries` returns, for each kind in :data:`KINDS`, queries written both in
Pressmark's query language and as an FTS5 ``MATCH`` expression (None where FTS5 has no
equivalent: fuzzy terms). Words are frequent and mid-frequency content words of the corpus;
phrases are two-word sequences that occur in it; prefixes are the first 2–3 letters of
frequent words; fuzzy terms are real words with one letter changed into a non-word.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from bench.reuters import Story

KINDS = {
    "word": "single word",
    "and": "two-word AND",
    "phrase": "phrase",
    "prefix": "prefix (ab*)",
    "fuzzy": "fuzzy (1 edit)",
    "field": "field (title:/author:)",
    "date": "word + date range",
    "facets": "word + facet counts",
}
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our out over own
    same she should so some such than that the their them then there these they this those
    through to too under until up very was we were what when where which while who whom why
    will with would you your reuter reuters mln dlrs pct inc corp ltd co vs cts shr net qtr
    year said""".split()
)
_WORD = re.compile(r"[a-z]+")
_CLAUSE = re.compile(r"[.,;:!?()\"'\n]+")


@dataclass(frozen=True)
class BenchQuery:
    """One query in both languages; FTS5 joins ``date_range`` (ISO days, inclusive) when set."""

    kind: str
    pressmark: str
    fts5: str | None
    date_range: tuple[str, str] | None = None


class _Vocabulary:
    """Document frequencies of content words, of title words, and two-word phrases."""

    def __init__(self, stories: list[Story]):
        self.df: Counter[str] = Counter()
        self.title_df: Counter[str] = Counter()
        self.bigrams: Counter[tuple[str, str]] = Counter()
        for story in stories:
            self.df.update(set(_WORD.findall(story.body.lower())))
            self.title_df.update(w for w in set(_WORD.findall(story.title.lower())) if _content(w))
            for clause in _CLAUSE.split(story.body.lower()):
                words = clause.split()
                self.bigrams.update(
                    (a, b) for a, b in zip(words, words[1:], strict=False) if _content(a) and _content(b)
                )
        self.count = len(stories)
        content = sorted((w for w in self.df if _content(w)), key=lambda w: (-self.df[w], w))
        self.frequent = content[:150]
        low, high = max(3, self.count // 500), max(6, self.count // 50)
        self.mid = [w for w in content if low <= self.df[w] <= high and len(w) >= 4]


def _content(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and word not in STOPWORDS


def choose_queries(stories: list[Story], per_kind: int, seed: int = 1987) -> dict[str, list[BenchQuery]]:
    """``per_kind`` queries of each kind in :data:`KINDS`, the same for every run of a seed."""
    vocab = _Vocabulary(stories)
    rng = random.Random(seed)
    half = max(1, per_kind // 2)

    def words(count: int) -> list[str]:
        return rng.sample(vocab.frequent, half) + rng.sample(vocab.mid, count - half)

    sets: dict[str, list[BenchQuery]] = {}
    sets["word"] = [BenchQuery("word", w, w) for w in words(per_kind)]
    sets["and"] = [BenchQuery("and", f"{a} {b}", f"{a} AND {b}") for a, b in _pairs(stories, vocab, rng, per_kind)]
    sets["phrase"] = [BenchQuery("phrase", f'"{a} {b}"', f'"{a} {b}"') for a, b in _phrases(vocab, rng, per_kind)]
    sets["prefix"] = [BenchQuery("prefix", f"{p}*", f"{p}*") for p in _prefixes(vocab, rng, per_kind)]
    sets["fuzzy"] = [BenchQuery("fuzzy", f"{w}~", None) for w in _misspellings(vocab, rng, per_kind)]
    sets["field"] = _field_queries(stories, vocab, rng, per_kind)
    sets["date"] = _date_queries(stories, vocab, rng, per_kind)
    sets["facets"] = [BenchQuery("facets", w, w) for w in words(per_kind)]
    return sets


def _pairs(stories: list[Story], vocab: _Vocabulary, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Two content words that occur together in some story (so the AND has hits)."""
    pool = set(vocab.frequent) | set(vocab.mid)
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        story = stories[rng.randrange(len(stories))]
        present = sorted(set(_WORD.findall(story.body.lower())) & pool)
        if len(present) >= 2:
            a, b = rng.sample(present, 2)
            pairs.append((a, b))
    return pairs


def _phrases(vocab: _Vocabulary, rng: random.Random, count: int) -> list[tuple[str, str]]:
    common = sorted((p for p, n in vocab.bigrams.items() if n >= 5), key=lambda p: (-vocab.bigrams[p], p))
    frequent, rest = common[:200], common[200:]
    half = max(1, count // 2)
    return rng.sample(frequent, min(half, len(frequent))) + rng.sample(rest, min(count - half, len(rest)))


def _prefixes(vocab: _Vocabulary, rng: random.Random, count: int) -> list[str]:
    candidates = sorted({w[:n] for w in vocab.frequent + vocab.mid[:500] for n in (2, 3)})
    two = [p for p in candidates if len(p) == 2]
    three = [p for p in candidates if len(p) == 3]
    half = max(1, count // 2)
    return rng.sample(two, min(half, len(two))) + rng.sample(three, count - min(half, len(two)))


def _misspellings(vocab: _Vocabulary, rng: random.Random, count: int) -> list[str]:
    """Real words of 6+ letters with one inner letter replaced, giving a word the corpus lacks."""
    source = [w for w in vocab.frequent + vocab.mid if len(w) >= 6]
    out: list[str] = []
    while len(out) < count:
        word = rng.choice(source)
        at = rng.randrange(1, len(word) - 1)
        changed = word[:at] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[at + 1 :]
        if changed not in vocab.df and changed not in out:
            out.append(changed)
    return out


def _field_queries(stories: list[Story], vocab: _Vocabulary, rng: random.Random, count: int) -> list[BenchQuery]:
    titles = sorted(vocab.title_df, key=lambda w: (-vocab.title_df[w], w))[:300]
    surnames = Counter(
        s.author.split()[-1].lower() for s in stories if s.author and s.author.split()[-1].isalpha()
    )
    authors = sorted(surnames)
    out = []
    for i in range(count):
        if i % 2 and authors:
            name = rng.choice(authors)
            out.append(BenchQuery("field", f"author:{name}", f"author:{name}"))
        else:
            word = rng.choice(titles)
            out.append(BenchQuery("field", f"title:{word}", f"title:{word}"))
    return out


def _date_queries(stories: list[Story], vocab: _Vocabulary, rng: random.Random, count: int) -> list[BenchQuery]:
    """A frequent word within a 30-day window of the corpus's dates.

    Pressmark's query gets the days as ``19870301``: its date parser reads ``1987-03-01`` as
    the whole year 1987 (see the bench report), which would not be the same question.
    """
    days = sorted({s.published_at.date() for s in stories})
    out = []
    for _ in range(count):
        first = rng.choice(days)
        last = first + timedelta(days=29)
        word = rng.choice(vocab.frequent)
        text = f"{word} date:[{first:%Y%m%d} to {last:%Y%m%d}]"
        out.append(BenchQuery("date", text, word, (first.isoformat(), last.isoformat())))
    return out
