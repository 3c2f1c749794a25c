"""Ground truth of the shared HTML corpus and the tolerant matching used to score against it.

Used by ``bench/html_accuracy.py`` (prints the figures) and by
``tests/catalog/importers/test_html.py`` (asserts thresholds), so both judge the same way.
Pure functions, no I/O beyond reading the corpus files; never touches the network.

Matching rules (decided once, here, for every page alike):

* **Title**: equal after :func:`fold` (NFKC, case-folded, punctuation, quotes, dashes and
  white space removed).
* **Author**: the truth byline is cleaned of a leading "By"/"Par"/"Por" and of anything from
  its first digit on (Readability's "by Lucas Nolan22 Dec 2016651" keeps "Lucas Nolan"), then
  split into names on ``;``, ``,``, ``&``, "and"/"et"/"e"/"y"/"avec" and parentheses. A page
  matches when every truth name is found among our authors (equal after folding, or the
  shorter name's words all occur, in order, in the longer one). Truth bylines that are
  not names are handled so: a byline that starts with a date (seattletimes' "April 28, 2019
  at 6:01 am …") is excluded; a byline equal to the site name (bbc "BBC News") or empty
  (the trafilatura gold says the BBC page has no author) means "no personal byline", which
  matches when we return no author or exactly that name. Extra names of ours are reported
  by the bench but do not fail a match.
* **Date**: the same calendar day as the truth's date part; when both carry a UTC offset
  ours is first converted to the truth's offset.
* **Body**: token recall (multiset of case-folded word tokens of the truth found in ours)
  and token precision for full-text truths; for snippet truths, the fraction of
  ``body_must_contain`` snippets found and of ``body_must_not_contain`` snippets absent
  (compared after :func:`fold`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
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


def title_matches(ours: str, truth: str) -> bool:
    """True when ``ours`` equals ``truth`` after :func:`fold`."""
    return bool(fold(truth)) and fold(ours) == fold(truth)


def truth_author_names(truth: str) -> list[str] | None:
    """Names in a truth byline; ``[]`` = "no personal byline"; None = not a byline (skip)."""
    text = truth.strip()
    words = re.findall(r"\w+", text.casefold())
    if words and (words[0] in _MONTHS or words[0].isdigit()):
        return None
    text = re.sub(r"^(by|par|por)\s+", "", text, flags=re.IGNORECASE)
    text = re.split(r"\d", text, maxsplit=1)[0]
    parts = re.split(r"[;,&()]|\s(?:and|et|e|y|avec)\s", text)
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
        return timezone.utc
    sign = -1 if match.group(1)[0] == "-" else 1
    digits = match.group(1)[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def tokens(text: str) -> Counter[str]:
    """Case-folded word tokens of ``text`` with their counts."""
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def body_scores(ours: str, page: TruthPage) -> tuple[float | None, float | None]:
    """Return ``(recall, precision)`` of our body against the page's body truth.

    Full-text truth: token recall and precision. Snippet truth: share of must-contain
    snippets found, and share of must-not-contain snippets absent. None where unknown.
    """
    if page.body_text:
        truth_tokens, our_tokens = tokens(page.body_text), tokens(ours)
        common = sum((truth_tokens & our_tokens).values())
        recall = common / max(1, sum(truth_tokens.values()))
        precision = common / sum(our_tokens.values()) if our_tokens else 0.0
        return recall, precision
    folded = fold(ours)
    recall = precision = None
    if page.must_contain:
        recall = sum(fold(s) in folded for s in page.must_contain) / len(page.must_contain)
    if page.must_not_contain:
        absent = sum(fold(s) not in folded for s in page.must_not_contain)
        precision = absent / len(page.must_not_contain)
    return recall, precision
