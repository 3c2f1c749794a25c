"""One long text: it imports in reasonable time, its proposals take time in proportion to its
length (with or without a catalogue of known names), they are what a search per name finds,
and a cancel token stops them promptly.

The Reuters text is built at test time from ../shared (never copied into the repository),
from stories the benchmark (bench/long_text_bench.py) does not use; the growth test uses
generated prose.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time

import pytest

from catalog import importing
from catalog.importers import parse_bytes
from catalog.proposals import KnownNames, propose_actors
from catalog.proposals.actors import _Form, _known_spans, _spans_of
from catalog.store import Cancelled, CancelToken
from tests.conftest import shared_path

MB = 1_000_000


def _reuters_text(size: int) -> str:
    """About ``size`` characters of Reuters stories from the middle of the corpus, end to end."""
    files = sorted(shared_path("corpus", "reuters21578", "jsonl").glob("*.jsonl"))
    assert len(files) > 12, "expected the 22 files of Reuters-21578"
    parts = ["Reuters stories, laid end to end\n\n"]
    total = 0
    for path in files[10:]:
        for line in path.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            if story.get("body"):
                parts.append(f"{(story.get('title') or '').strip()}\n\n{story['body'].strip()}\n\n")
                total += len(parts[-1])
            if total >= size:
                return "".join(parts)
    return "".join(parts)


def test_a_1_mb_text_imports_within_a_generous_bound(catalog, tmp_path):
    """Issue 13's target is 5 s on the development machine; a 1 MB text once took over
    12 minutes. 30 s leaves room for a busy CI runner, none for a quadratic step."""
    path = tmp_path / "reuters-1mb.txt"
    path.write_text(_reuters_text(MB), encoding="utf-8")
    assert path.stat().st_size >= MB
    started = time.monotonic()
    outcome = catalog.documents.import_paths([path])[0]
    elapsed = time.monotonic() - started
    assert outcome.status == "imported", outcome.message
    assert elapsed < 30, f"importing 1 MB took {elapsed:.1f} s"


FIRST = "Mara Tom Ines Kofi Li Olga Ravi Nadia Jonas Aiko Pedro Leila Sven Amara Igor Chen".split()
SYLLABLES = "ka ro mi ten vos dal bri nu se lor pe quin ta zu wen har".split()
WORDS = (
    "harbour quay board budget ferry storm ledger council vote market wage river bridge "
    "the a of and to in for on with rose fell plan shares prices said talks week"
).split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def _prose(size: int, seed: int) -> tuple[str, KnownNames]:
    """Generated news prose of about ``size`` characters: new people and organisations all
    along (so the names grow with the text), quotations with and without attribution, and
    now and then a long line with no full stop and short quotes in it; and a catalogue of
    known names, half of which the text mentions."""
    rng = random.Random(seed)
    people: list[str] = []
    orgs: list[str] = []
    known = KnownNames()
    parts, total = ["A long report\n\n"], 0
    while total < size:
        if rng.random() < 0.3 or len(people) < 5:
            people.append(f"{rng.choice(FIRST)} {_name(rng)}")
            orgs.append(f"{_name(rng)} {rng.choice(['Council', 'Bank', 'Party', 'Institute'])}")
            for name, kind in ((people[-1], "person"), (orgs[-1], "organisation")):
                if rng.random() < 0.5:
                    known[name.lower()] = (name, kind)
            known[f"{_name(rng)} {_name(rng)}".lower()] = ("Unmentioned", "person")
        clause = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        who, org = rng.choice(people), rng.choice(orgs)
        roll = rng.random()
        if roll < 0.25:
            sentence = f"“{clause.capitalize()},” said {who} of the {org}. "
        elif roll < 0.3:
            sentence = (
                " ".join(f"{rng.choice(WORDS)} “{rng.choice(WORDS)}”" for _ in range(40)) + "\n"
            )
        else:
            sentence = f"{clause.capitalize()} at the {org}, {who.split()[-1]} added. "
        parts.append(sentence + ("\n\n" if rng.random() < 0.15 else ""))
        total += len(parts[-1])
    return "".join(parts), known


def _prepare_seconds(texts: list[tuple[str, KnownNames]]) -> list[float]:
    """The least CPU time of five runs for each text, the texts taken in turn within each
    round so that a busy spell on a shared machine falls on all of them alike."""
    prepared = [(text.encode(), known) for text, known in texts]
    parsed = [parse_bytes(data, "long.txt") for data, _ in prepared]
    best = [float("inf")] * len(texts)
    for _ in range(5):
        for i, ((data, known), doc) in enumerate(zip(prepared, parsed, strict=True)):
            started = time.process_time()
            importing.prepare(doc, data, "long.txt", known)
            best[i] = min(best[i], time.process_time() - started)
    return best


def test_proposals_take_time_in_proportion_to_the_text():
    """Eight times the text takes about eight times as long to propose, not sixty-four: each
    name used to be searched for in the whole body, and each quotation read back to the
    start of a text without full stops. Linear work measures about 1.2 here (the larger text
    also knows more names); the bound of 3 leaves room for a loaded CI runner (1.6 was seen
    at four times the text) and none for a quadratic step, which would measure near 8."""
    small_text, small_known = _prose(50_000, seed=11)
    large_text, large_known = _prose(400_000, seed=12)
    small, large = _prepare_seconds([(small_text, small_known), (large_text, large_known)])
    ratio = (large / small) / (len(large_text) / len(small_text))
    assert ratio < 3, (
        f"{len(small_text):,} chars: {small:.2f} s; {len(large_text):,}: {large:.2f} s"
    )


def _regex_spans(body: str, form: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body, flags)]


def test_mentions_are_what_a_search_per_name_finds():
    rng = random.Random(5)
    forms = [
        "U.S.",
        "U.S",
        "AT&T",
        "Yahoo!",
        "New York",
        "New York Times",
        "New",
        "Bank of Japan",
        "Bank",
        "Anne-Marie Roy",
        "O'Neil",
        "Roy",
        "Roy Roy",
        "(Inc)",
    ]
    pieces = forms + [" ", " ", ". ", ", ", "\n", "s", "Newer", "Banking", "!", "York", "of"]
    body = "".join(rng.choice(pieces) for _ in range(20_000))
    found = _spans_of(body, {form: _Form(form, "person", 0.5) for form in forms})
    for form in forms:
        assert found[form] == _regex_spans(body, form), form


def test_known_names_are_found_as_a_case_blind_search_finds_them():
    rng = random.Random(6)
    keys = {"us", "u.s.", "bank of japan", "new york", "o'neil", "al-sadr", "roy roy", "fed"}
    pieces = [
        "US",
        "us",
        "U.S.",
        "u.s.",
        "Bank of Japan",
        "BANK OF JAPAN",
        "bank of japanese",
        "New York",
        "new  york",
        "O'Neil",
        "Al-Sadr",
        "Roy Roy Roy",
        "Fed",
        "fed",
        "Federal",
        " ",
        " ",
        ". ",
        "\n",
    ]
    body = "".join(rng.choice(pieces) for _ in range(20_000))
    found = _known_spans(body, keys, None)
    for key in keys:
        expected = [
            span
            for span in _regex_spans(body, key, re.IGNORECASE)
            if len(key) > 4 or any(ch.isupper() for ch in body[span[0] : span[1]])
        ]
        assert found[key] == expected, key


class _TimedToken(CancelToken):
    """Records when it was polled; cancels itself at the ``cancel_at``-th poll."""

    def __init__(self, cancel_at: int | None = None):
        super().__init__()
        self.polls: list[float] = []
        self.cancel_at = cancel_at

    def check(self) -> None:
        self.polls.append(time.process_time())
        if self.cancel_at is not None and len(self.polls) >= self.cancel_at:
            self.cancel()
        super().check()


def test_a_long_text_is_polled_for_cancel_throughout_its_preparation(tmp_path):
    text, known = _prose(1_000_000, seed=13)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    token = _TimedToken()
    started = time.process_time()
    [prepared] = importing.prepare_files([path], known, token)
    assert isinstance(prepared, importing.Prepared)
    moments = [started, *token.polls, time.process_time()]
    longest = max(b - a for a, b in zip(moments, moments[1:], strict=False))
    assert len(token.polls) >= 20
    assert longest < 0.5 * (moments[-1] - moments[0]), f"{longest:.2f} s without a poll"


def test_cancelling_stops_preparing_and_is_no_failed_file(tmp_path):
    text, known = _prose(300_000, seed=14)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Cancelled):
        importing.prepare_files([path], known, _TimedToken(cancel_at=5))
    assert propose_actors("Mara Kanu said so.", known)  # the pure functions still work


def test_cancelling_the_import_of_a_long_text_stops_it_promptly_and_adds_nothing(catalog, tmp_path):
    """Issue 14, defect 1: Cancel reaches the preparing of a long file (through the import of
    a folder, as the window runs it), and the catalogue is as it was."""
    text, _known = _prose(2_000_000, seed=15)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    before = catalog.maintenance.stats()
    token = CancelToken()
    timer = threading.Timer(0.5, token.cancel)
    timer.start()
    started = time.monotonic()
    outcomes = catalog.documents.import_paths([path], cancel=token)
    took = time.monotonic() - started
    timer.cancel()
    assert token.cancelled and took < 0.5 + 3.0, f"cancel took {took - 0.5:.1f} s to be heard"
    assert not [o for o in outcomes if o.status == "imported"]
    assert catalog.maintenance.stats() == before
