"""Accuracy of the HTML importer on the shared corpus: ``python bench/html_accuracy.py``.

Parses every page listed in ``../shared/corpus/html/ground_truth.jsonl`` (the ``shared``
folder beside the repository, or the folder given as the first argument) with
:mod:`catalog.importers.html` and prints one row per page, then the totals: title, author
and date accuracy (%) and mean body recall / precision / boilerplate-free share, scored by
the rules in :mod:`bench.html_truth`. Offline; exits 2 when the corpus is missing.

The argument may also be a folder that holds a ``ground_truth.jsonl`` of its own, such as
the pages written for the tests: ``python bench/html_accuracy.py tests/fixtures/html_pages``.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.html_truth import PageScore, corpus_dir, load_truth, score_page, summarise  # noqa: E402
from catalog.errors import ImportFailed  # noqa: E402
from catalog.importers import html  # noqa: E402


def evaluate(corpus: Path) -> list[PageScore]:
    """Parse and score every corpus page; a page that fails to import scores zero."""
    scores = []
    for page in load_truth(corpus):
        data = page.html_path.read_bytes()
        try:
            doc = html.parse(data, page.html_path.name)
        except ImportFailed:
            scores.append(score_page(page, "", [], None, ""))
            continue
        names = [actor.name for actor in doc.authors]
        scores.append(score_page(page, doc.title, names, doc.published_at, doc.body))
    return scores


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "NO")


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}"


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else REPO / ".." / "shared"
    corpus = shared.resolve()
    if not (corpus / "ground_truth.jsonl").is_file():
        corpus = corpus_dir(corpus)
    if not (corpus / "ground_truth.jsonl").is_file():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    scores = evaluate(corpus)
    print(
        f"{'page':34} {'title':5} {'auth':4} {'date':4} {'rec':>4} {'prec':>4} {'clean':>5}  ours"
    )
    for s in scores:
        ours = f"{s.ours['title'][:40]} | {s.ours['authors'][:30]} | {s.ours['date'][:10]}"
        print(
            f"{s.id[:34]:34} {_mark(s.title):5} {_mark(s.author):4} {_mark(s.date):4} "
            f"{_pct(s.recall)} {_pct(s.precision)} {_pct(s.clean):>5}  {ours}"
        )
    totals = summarise(scores)
    print()
    for name in ("title", "author", "date"):
        matched, judged = totals.counts[name]
        print(f"{name:7} {getattr(totals, name):5.1f}%  ({matched}/{judged} pages with truth)")
    matched, judged = totals.counts["author_exact"]
    exact = 100.0 * matched / judged if judged else 0.0
    print(f"        {exact:5.1f}%  authors as the truth lists and spells them ({matched}/{judged})")
    full_text = any(s.precision is not None for s in scores)
    precision = f"{totals.precision:.1f}%" if full_text else "-"
    print(
        f"body    recall {totals.recall:.1f}%  precision {precision} "
        f"(full-text truths)  boilerplate-free {totals.clean:.1f}% (snippet truths)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
