"""Phrases of common words: the hardest phrases for the index, whose words are in thousands of
documents each (``"said it"``, ``"the first"``).

    python bench/phrase_bench.py --catalog DIR [--phrases 25] [--passes 2] [--sample 3000]

The phrases are the catalogue's own: the most frequent pairs of neighbouring words in the
bodies of its first ``--sample`` documents, every sixteenth of the 400 most frequent, so they
run from very common to common. Each is searched once untimed, then ``--passes`` timed times
through ``catalog.search.run`` (top 20 with facets and snippets, as the window asks). Prints
p50, p95 and the longest in ms, and each phrase's matches; writes nothing.

A generated catalogue (``bench/generate.py``) has no frequent pairs (its words are drawn one by
one); a catalogue of real text (the Reuters stories imported) is the one to use.
"""

from __future__ import annotations

import argparse
import collections
import re
import sqlite3
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.stats import percentile  # noqa: E402


def common_phrases(catalog: Path, count: int, sample: int) -> list[str]:
    """``count`` phrases of two words, from very common to common, as a query would type them."""
    connection = sqlite3.connect(f"file:{catalog / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        pairs: collections.Counter = collections.Counter()
        for (body,) in connection.execute("SELECT body FROM documents LIMIT ?", (sample,)):
            words = re.findall(r"\w+", (body or "").lower())
            pairs.update(set(zip(words, words[1:], strict=False)))
    finally:
        connection.close()
    return [f'"{first} {second}"' for (first, second), _n in pairs.most_common(400)[::16]][:count]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--phrases", type=int, default=25)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--sample", type=int, default=3000, help="documents read for the pairs")
    args = parser.parse_args(argv)
    from catalog.catalog import Catalog

    phrases = common_phrases(args.catalog, args.phrases, args.sample)
    if not phrases:
        print("no pair of words in the catalogue's bodies", file=sys.stderr)
        return 2
    with Catalog(args.catalog, read_only=True) as catalog:
        totals = {phrase: catalog.search.run(phrase, limit=20).total for phrase in phrases}
        seconds = []
        for _ in range(args.passes):
            for phrase in phrases:
                started = time.perf_counter()
                catalog.search.run(phrase, limit=20)
                seconds.append(time.perf_counter() - started)
    ms = [s * 1000 for s in seconds]
    print(f"{len(phrases)} phrases of common words, {args.passes} timed passes: "
          f"p50 {percentile(ms, 50):.1f} ms, p95 {percentile(ms, 95):.1f} ms, longest {max(ms):.1f} ms")  # fmt: skip
    for phrase, total in totals.items():
        print(f"  {phrase:<28} {total:>7,} matches")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
