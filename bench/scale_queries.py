"""Query sets for the search bench's scale run, chosen from a generated catalogue's own texts.

:func:`scale_queries` reads a sample of the catalogue's document bodies (plain SQL on its
database, nothing of Pressmark's), counts the words and two-word sequences, and returns, for
each kind in :data:`SCALE_KINDS`, queries in Pressmark's language and as FTS5 ``MATCH``
expressions. The words are *common* ones (the 150 most frequent content words): what makes a
search at scale slow is the number of matches. The fixed queries of issue 13 come first in
their kinds, so the table can be read against the issue's.
"""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter
from pathlib import Path

from bench.queries import STOPWORDS, BenchQuery

SCALE_KINDS = {
    "word": "common word",
    "rare": "rarer word",
    "and": "two-word AND",
    "phrase": "phrase",
    "prefix": "prefix",
}
# issue 13's table: (kind, Pressmark query, FTS5 query)
ISSUE_QUERIES = [
    ("rare", "jaguar", "jaguar"),
    ("word", "coffee", "coffee"),
    ("word", "market", "market"),
    ("prefix", "cof*", "cof*"),
    ("and", "wheat AND coffee", "wheat AND coffee"),
    ("and", "market AND bank", "market AND bank"),
    ("phrase", '"coffee prices"', '"coffee prices"'),
]
SAMPLE = 3000  # document bodies read to count words
_WORD = re.compile(r"[a-z]+")


def _content(word: str) -> bool:
    return len(word) >= 3 and word not in STOPWORDS


def scale_queries(db_path: Path, per_kind: int, seed: int = 1987) -> dict[str, list[BenchQuery]]:
    """``per_kind`` random queries of each kind (after issue 13's own), the same for a seed."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        bodies = [
            row[0]
            for row in conn.execute("SELECT body FROM documents ORDER BY id LIMIT ?", (SAMPLE,))
        ]
    finally:
        conn.close()
    df: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    for body in bodies:
        words = _WORD.findall(body.lower())
        df.update(set(words))
        bigrams.update(
            set(
                (a, b)
                for a, b in zip(words, words[1:], strict=False)
                if _content(a) and _content(b)
            )
        )
    content = sorted((w for w in df if _content(w)), key=lambda w: (-df[w], w))
    common = content[:150]
    rare = [w for w in content if len(bodies) // 100 <= df[w] <= len(bodies) // 20 and len(w) >= 4]
    phrases = sorted((p for p, n in bigrams.items() if n >= 3), key=lambda p: (-bigrams[p], p))[
        :300
    ]
    rng = random.Random(seed)
    sets: dict[str, list[BenchQuery]] = {kind: [] for kind in SCALE_KINDS}
    for kind, ours, fts5 in ISSUE_QUERIES:
        sets[kind].append(BenchQuery(kind, ours, fts5))
    for _ in range(per_kind):
        sets["word"].append(_same("word", rng.choice(common)))
        sets["rare"].append(_same("rare", rng.choice(rare)))
        a, b = rng.sample(common, 2)
        sets["and"].append(BenchQuery("and", f"{a} AND {b}", f"{a} AND {b}"))
        first, second = rng.choice(phrases)
        sets["phrase"].append(_same("phrase", f'"{first} {second}"'))
        word = rng.choice(common)
        sets["prefix"].append(_same("prefix", word[: rng.choice((3, 4))] + "*"))
    return sets


def _same(kind: str, text: str) -> BenchQuery:
    return BenchQuery(kind, text, text)
