"""What folding Arabic broken plurals (catalog.search.arabic_plurals) costs when Arabic text
is indexed: the same generated texts analysed and indexed with the fold and without it.

    python bench/arabic_plurals_bench.py [--sentences N] [--runs N]

The sentences are generated here (seeded) from a small vocabulary of our own: the table's
plurals and singulars and common words, with and without the article, prepositions and
attached pronouns, so most words are new to the stemmer's memo. Each run, for each mode in
turn (alternating, so other work on the machine weighs on both alike), starts from an empty
memo and measures the CPU time of (a) ``index_words`` over every text in Arabic, and (b)
writing the texts as documents into a fresh index in this process
(``PRESSMARK_INDEX_WORKERS=0``). "Without" replaces the fold by the identity, as before it
existed. The table's lookup is built anew each run, so "with" pays it each time, as a
process does once. Prints medians (min-max); writes nothing into the repository. A number, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from catalog.search import arabic_plurals, stemming  # noqa: E402
from catalog.search.analysis import analysing_in, index_words  # noqa: E402
from catalog.search.index import SearchIndex  # noqa: E402

COMMON = (
    "قال أكد أعلن أضاف في من إلى على عن مع بعد قبل خلال أمس اليوم الحكومة العاصمة الجديدة "
    "الماضي المقبل أن إن التي الذي هذا هذه بين حول ضد اجتماع قرار بيان مصدر وكالة رسمي"
).split()
PREFIXES = ("", "", "ال", "ال", "بال", "لل", "و", "وال")
SUFFIXES = ("", "", "", "ها", "هم")
SENTENCES_PER_TEXT = 5


def sentences(count: int, seed: int = 15) -> list[str]:
    rng = random.Random(seed)
    nouns = [word for pair in arabic_plurals.BROKEN_PLURALS.items() for word in pair]
    made = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(8, 16)):
            if rng.random() < 0.45:
                words.append(rng.choice(PREFIXES) + rng.choice(nouns) + rng.choice(SUFFIXES))
            else:
                words.append(rng.choice(COMMON))
        made.append(" ".join(words) + ".")
    return made


def _cold() -> None:
    stemming._MEMO.clear()  # noqa: SLF001 - a benchmark of first sight of each word
    arabic_plurals.forms.cache_clear()


def _analyse(texts: list[str]) -> float:
    _cold()
    start = time.process_time()
    with analysing_in("ar"):
        for text in texts:
            index_words(text)
    return time.process_time() - start


def _index(texts: list[str], folder: Path) -> float:
    _cold()
    entries = [
        {"key": f"document:{n}", "type": "document", "uuid": str(n), "doc_uuid": str(n), "title": text[:40],
         "body": text, "language": "ar", "_new": True}
        for n, text in enumerate(texts)
    ]  # fmt: skip
    index = SearchIndex(folder)
    index.create_empty()
    start = time.process_time()
    index.apply(entries, [], generation=1)
    elapsed = time.process_time() - start
    index.close()
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=600, help="generated sentences (default 600)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each mode (default 7)")
    args = parser.parse_args(argv)
    os.environ["PRESSMARK_INDEX_WORKERS"] = "0"
    made = sentences(args.sentences)
    texts = [" ".join(made[i : i + SENTENCES_PER_TEXT]) for i in range(0, len(made), SENTENCES_PER_TEXT)]
    words = sum(len(text.split()) for text in texts)
    fold = stemming.singular_of
    times: dict[str, dict[str, list[float]]] = {mode: {"analyse": [], "index": []} for mode in ("without", "with")}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(args.runs):
            for mode in ("without", "with"):
                stemming.singular_of = fold if mode == "with" else (lambda word: word)
                times[mode]["analyse"].append(_analyse(texts))
                times[mode]["index"].append(_index(texts, Path(scratch) / f"{mode}{run}"))
    stemming.singular_of = fold
    builds = []
    for _ in range(args.runs):
        arabic_plurals.forms.cache_clear()
        start = time.process_time()
        arabic_plurals.forms()
        builds.append(time.process_time() - start)
    print(f"{args.sentences} sentences, {len(texts)} texts, {words} words; CPU seconds, median (min-max) of {args.runs}")
    for step in ("analyse", "index"):
        medians = {mode: statistics.median(times[mode][step]) for mode in times}
        spans = {mode: f"{min(times[mode][step]):.4f}-{max(times[mode][step]):.4f}" for mode in times}
        change = (medians["with"] / medians["without"] - 1) * 100
        print(
            f"{step:8} without {medians['without']:.4f} ({spans['without']})  "
            f"with {medians['with']:.4f} ({spans['with']})  {change:+.1f} %"
        )
    print(f"the table's {len(arabic_plurals.forms())} forms built once a process: {statistics.median(builds):.4f} s (in both 'with' figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
