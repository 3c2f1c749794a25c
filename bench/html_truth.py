"""Ground truth of the shared HTML corpus and the tolerant matching used to score against it.

Used by ``bench/html_accuracy.py`` (prints the figures) and by
``tests/catalog/importers/test_html.py`` (asserts thresholds), so both judge the same way.
Pure functions, no I/O beyond reading the corpus files; never touches the network.

Matching rules (decided once, here, for every page alike):

* **Title**: equal after :func:`fold` (NFKC, case-folded, punctuation, quotes, dashes and
  white space removed). A truth that appends the site name or the byline as a last
  " - Name" part (Readability's "… - Breitbart", "… | Eleanor Ainge Roy") matches without it.
* **Author**: the truth byline is cleaned of a leading "By"/"Par"/"Por" and of anything from
  its first digit on (Readability's "by Lucas Nolan22 Dec 2016651" keeps "Lucas Nolan"), then
  split into names on ``;``, ``,``, ``&`` and "and"/"et"/"e"/"y"/"avec"; a parenthesis opening
  with such a word holds co-authors ("X (avec Y et Z)"), any other is part of the name
  ("Bruno (Henrique Zecchin) Rodrigues"). A page
  matches when every truth name is found among our authors (equal after folding, or the
  shorter name's words all occur, in order, in the longer one). Truth bylines that are
  not names are handled so: a byline that starts with a date (seattletimes' "April 28, 2019
  at 6:01 am …") is excluded; a byline equal to the site name (bbc "BBC News") or empty
  (the trafilatura gold says the BBC page has no author) means "no personal byline", which
  matches when we return no author or exactly that name. Extra names of ours are reported
  by the bench but do not fail a match. **Exact authors** (a stricter figure beside it):
  our names are the truth's names, no more, in the same order and spelled the same (case
  and spacing aside; full stops count, so "Dana A Ford" is not "Dana A. Ford").
* **Date**: the same calendar day as the truth's date part; when both carry a UTC offset
  ours is first converted to the truth's offset.
* **Body**: for full-text truths, token recall (share of the truth's case-folded word tokens,
  as a multiset, found in ours) and token precision (share of ours found in the truth); for
  snippet truths, recall is the share of ``body_must_contain`` snippets found, and
  "clean" the share of ``body_must_not_contain`` boilerplate snippets absent (both compared
  after :func:`fold`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()


@dataclass
class TruthPage:
    """One corpus page: where its HTML is and what is known to be right about it."""

    id: str
    html_path: Path
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    body_text: str | None = None
    must_contain: list[str] = field(default_factory=list)
    must_not_contain: list[str] = field(default_factory=list)


def corpus_dir(shared: Path) -> Path:
    """Return the HTML corpus folder inside the ``shared`` folder beside the repo."""
    return shared / "corpus" / "html"


def load_truth(corpus: Path) -> list[TruthPage]:
    """Read ``ground_truth.jsonl`` in ``corpus``. Raises OSError when it is missing."""
    pages = []
    with (corpus / "ground_truth.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            if not line.strip():
                continue
            record = json.loads(line)
            body = record.get("body_text_inline")
            if record.get("body_text"):
                body = (corpus / record["body_text"]).read_text(encoding="utf-8")
            pages.append(
                TruthPage(
                    id=record["id"],
                    html_path=corpus / record["html"],
                    title=record.get("title") or None,
                    author=record.get("author"),
                    date=record.get("date") or None,
                    sitename=record.get("sitename") or None,
                    body_text=body,
                    must_contain=record.get("body_must_contain") or [],
                    must_not_contain=record.get("body_must_not_contain") or [],
                )
            )
    return pages


def fold(text: str) -> str:
    """Case-, space- and punctuation-insensitive form of ``text`` (letters and digits only)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def title_matches(ours: str, truth: str, appended: tuple[str, ...] = ()) -> bool:
    """True when ``ours`` equals ``truth`` after :func:`fold`.

    ``appended``: names (site, byline) the truth may carry as a last " - Name" / " | Name"
    part; such a truth also matches ``ours`` without it.
    """
    if fold(truth) and fold(ours) == fold(truth):
        return True
    parts = list(re.finditer(r"\s+[|\-–—]\s+", truth))
    if not parts or fold(truth[parts[-1].end() :]) not in {fold(a) for a in appended if a}:
        return False
    return title_matches(ours, truth[: parts[-1].start()])


def truth_author_names(truth: str) -> list[str] | None:
    """Names in a truth byline; ``[]`` = "no personal byline"; None = not a byline (skip)."""
    text = truth.strip()
    words = re.findall(r"\w+", text.casefold())
    if words and (words[0] in _MONTHS or words[0].isdigit()):
        return None
    text = re.sub(r"^(by|par|por)\s+", "", text, flags=re.IGNORECASE)
    text = re.split(r"\d", text, maxsplit=1)[0]
    text = re.sub(r"\((?=\s*(?:and|et|e|y|avec|with)\s)", ", ", text, flags=re.IGNORECASE)
    text = text.replace("(", " ").replace(")", " ")
    parts = re.split(r"[;,&]|\s(?:and|et|e|y|avec|with)\s", text)
    return [part.strip() for part in parts if fold(part)]


def _name_found(truth_name: str, ours: list[str]) -> bool:
    want = [fold(word) for word in truth_name.split() if fold(word)]
    for name in ours:
        have = [fold(word) for word in name.split() if fold(word)]
        if fold(name) == fold(truth_name):
            return True
        short, long_ = sorted((want, have), key=len)
        if short and _in_order(short, long_) and (len(short) >= 2 or len(long_) == 1):
            return True
    return False


def _in_order(short: list[str], long_: list[str]) -> bool:
    position = 0
    for word in long_:
        if position < len(short) and word == short[position]:
            position += 1
    return position == len(short)


def author_matches(ours: list[str], truth: str, sitename: str | None) -> bool | None:
    """Whether our author names agree with the truth byline; None when it cannot be judged."""
    names = truth_author_names(truth)
    if names is None:
        return None
    if not names or (sitename and len(names) == 1 and fold(names[0]) == fold(sitename)):
        return not ours or [fold(name) for name in ours] == [fold(names[0] if names else "")]
    return all(_name_found(name, ours) for name in names)


def authors_exact(ours: list[str], truth: str, sitename: str | None) -> bool | None:
    """Whether our author list is the truth's, name for name and spelled alike; None when
    the truth byline cannot be judged (see :func:`author_matches`)."""
    names = truth_author_names(truth)
    if names is None:
        return None
    if not names or (sitename and len(names) == 1 and fold(names[0]) == fold(sitename)):
        return author_matches(ours, truth, sitename)
    return [_spelling(name) for name in ours] == [_spelling(name) for name in names]


def _spelling(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def date_matches(ours: datetime | None, truth: str) -> bool:
    """True when ``ours`` falls on the truth's calendar day (in the truth's offset if any)."""
    if ours is None:
        return False
    truth_day = truth.strip()[:10]
    offset = _truth_offset(truth)
    if offset is not None and ours.tzinfo is not None:
        ours = ours.astimezone(offset)
    return ours.date().isoformat() == truth_day


def _truth_offset(truth: str) -> timezone | None:
    match = re.search(r"T[\d:.]+(Z|[+-]\d\d:?\d\d)$", truth.strip())
    if not match:
        return None
    if match.group(1) == "Z":
        return UTC
    sign = -1 if match.group(1)[0] == "-" else 1
    digits = match.group(1)[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def tokens(text: str) -> Counter[str]:
    """Case-folded word tokens of ``text`` with their counts."""
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def body_scores(ours: str, page: TruthPage) -> tuple[float | None, float | None, float | None]:
    """Return ``(recall, precision, clean)`` of our body against the page's body truth.

    Full-text truth: token recall and precision (clean None). Snippet truth: share of
    must-contain snippets found (precision None) and share of must-not-contain snippets
    absent. None where the truth cannot tell.
    """
    if page.body_text:
        truth_tokens, our_tokens = tokens(page.body_text), tokens(ours)
        common = sum((truth_tokens & our_tokens).values())
        recall = common / max(1, sum(truth_tokens.values()))
        precision = common / sum(our_tokens.values()) if our_tokens else 0.0
        return recall, precision, None
    folded = fold(ours)
    recall = clean = None
    if page.must_contain:
        recall = sum(fold(s) in folded for s in page.must_contain) / len(page.must_contain)
    if page.must_not_contain:
        absent = sum(fold(s) not in folded for s in page.must_not_contain)
        clean = absent / len(page.must_not_contain)
    return recall, None, clean


@dataclass
class PageScore:
    """How one parsed page fares against its truth; None where the truth says nothing."""

    id: str
    title: bool | None = None
    author: bool | None = None
    author_exact: bool | None = None
    date: bool | None = None
    recall: float | None = None
    precision: float | None = None
    clean: float | None = None
    ours: dict[str, str] = field(default_factory=dict)  # what we found, for the report


def score_page(
    page: TruthPage, title: str, authors: list[str], published_at: datetime | None, body: str
) -> PageScore:
    """Score one page's parsed fields against ``page``'s truth with the rules above."""
    score = PageScore(id=page.id)
    if page.title:
        score.title = title_matches(title, page.title, (page.sitename or "", page.author or ""))
    if page.author is not None:
        score.author = author_matches(authors, page.author, page.sitename)
        score.author_exact = authors_exact(authors, page.author, page.sitename)
    if page.date:
        score.date = date_matches(published_at, page.date)
    score.recall, score.precision, score.clean = body_scores(body, page)
    score.ours = {
        "title": title,
        "authors": "; ".join(authors),
        "date": published_at.isoformat() if published_at else "",
    }
    return score


@dataclass
class Totals:
    """Accuracy over the pages whose truth has the field (percentages, 0–100)."""

    title: float
    author: float
    date: float
    recall: float
    precision: float
    clean: float
    counts: dict[str, tuple[int, int]]  # field -> (matched, judged)


def summarise(scores: list[PageScore]) -> Totals:
    """Aggregate page scores: share of matches per field; mean body recall, precision, clean."""
    counts = {}
    for name in ("title", "author", "date", "author_exact"):
        judged = [getattr(s, name) for s in scores if getattr(s, name) is not None]
        counts[name] = (sum(judged), len(judged))

    def mean(name: str) -> float:
        values = [getattr(s, name) for s in scores if getattr(s, name) is not None]
        return 100.0 * sum(values) / len(values) if values else 0.0

    def percent(name: str) -> float:
        matched, judged = counts[name]
        return 100.0 * matched / judged if judged else 0.0

    return Totals(
        title=percent("title"),
        author=percent("author"),
        date=percent("date"),
        recall=mean("recall"),
        precision=mean("precision"),
        clean=mean("clean"),
        counts=counts,
    )
