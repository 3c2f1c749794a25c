"""Proposing quotations and their speakers in an article body.

:func:`propose_quotes` is called by the import pipeline (any thread; pure, no I/O) on a
body already in stored form (:func:`catalog.text.normalise`). It proposes:

* every span inside “curly”, "straight" or «angle» quotation marks, possibly across line
  breaks, except scare quotes (fewer than 4 words and no attribution verb nearby);
* every span the source marked itself (a pull-quote box), located in the body.

``exact`` never includes the quotation marks, the white space inside them, or a trailing
comma/semicolon/colon placed inside the closing mark (American punctuation puts the
sentence's comma there: “... against the Taliban,” -> "... against the Taliban"); a final
full stop, question or exclamation mark stays, as it ends the speaker's own sentence.
Offsets are code points: ``body[start:end] == exact``. Nothing is stored; the user confirms.

Given the body's ``language``, French, German, Spanish and Arabic text is read with its own
quotation marks and attribution words (:mod:`catalog.proposals.multilingual`); any other
language gets the English rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from catalog.proposals import lexicon as lx
from catalog.proposals import multilingual
from catalog.proposals.conventions import Conventions, conventions_for
from catalog.proposals.names import NameRun, classify, name_sequences, poll
from catalog.proposals.sentences import sentence_end, sentence_start
from catalog.proposals.speakers import Speaker, settled, speaker_after, subject_before
from catalog.text import normalise

if TYPE_CHECKING:
    from catalog.store import CancelToken

SCARE_QUOTE_WORDS = 4  # fewer words than this, without a cue, is a scare quote
MAX_QUOTE_CHARS = 3000
CUE_REACH_WORDS = 12  # words allowed between a verb and the quotation it introduces
CONTINUATION_WORDS = 15  # an attributed quote's speaker carries over this far, in a paragraph
# An attribution is read in the sentence around its quotation, and no further than this on
# either side: a text with no sentence ends (one long line, no full stops) made every
# quotation read back to the start of the text, which was quadratic.
SENTENCE_REACH_CHARS = 2000
MAX_MARKED = 100  # spans a source marked itself, located in the body (each costs a search)

_PAIRED = re.compile(rf"“([^“”]{{1,{MAX_QUOTE_CHARS}}})”|«([^«»]{{1,{MAX_QUOTE_CHARS}}})»")
# Case-sensitive, so that "States" in "United States" is no cue; phrases may open a sentence.
_CUE_ALTERNATIVES = "|".join(
    [f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in lx.CUE_PHRASES_SPEAKER_AFTER] + sorted(lx.CUE_VERBS)
)
_CUE = re.compile(rf"(?<![\w-])({_CUE_ALTERNATIVES})\b")
_PASSIVE = frozenset("was were is are been being be".split())
_QUOTE_LOOKALIKES = {
    "'": "['‘’]",
    "‘": "['‘’]",
    "’": "['‘’]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
    "-": "[-‐‑–—]",
    "–": "[-‐‑–—]",
    "—": "[-‐‑–—]",
}


@dataclass
class QuoteProposal:
    """A proposed quotation: ``body[start:end] == exact`` (code points)."""

    start: int
    end: int
    exact: str
    kind: str  # "quotation" | "pull_quote"
    speaker: str
    speaker_role: str
    speaker_type: str  # "person" | "organisation" | "group" | ""
    cue: str
    confidence: float
    # who spoke as the text describes them when that is no name ("the participants", "a
    # senior political source"): evidence for the reader, never made an actor
    described_as: str = ""


@dataclass(frozen=True)
class _Span:
    mark_start: int  # the opening quotation mark
    mark_end: int  # just past the closing mark
    start: int
    end: int


@dataclass(frozen=True)
class _Attribution:
    speaker: Speaker | None
    cue: str


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;:"):
        end -= 1
    return start, end


def _straight_pairs(body: str) -> list[tuple[int, int]]:
    pairs = []
    pending: int | None = None
    for match in re.finditer('"', body):
        pos = match.start()
        if pending is not None and "\n\n" in body[pending:pos]:
            pending = None
        can_open = (pos == 0 or body[pos - 1].isspace() or body[pos - 1] in "([{—–-/:") and (
            pos + 1 < len(body) and not body[pos + 1].isspace()
        )
        if pending is None:
            pending = pos if can_open else None
        elif pos > 0 and not body[pos - 1].isspace():
            pairs.append((pending, pos + 1))
            pending = None
        elif can_open:
            pending = pos
    return pairs


def _quoted_spans(body: str, conventions: Conventions | None = None) -> list[_Span]:
    if conventions is not None:
        found = multilingual.quoted_spans(body, conventions, _straight_pairs(body))
        return [_Span(*span) for span in found]
    marks = [(m.start(), m.end()) for m in _PAIRED.finditer(body)]
    marks += [pair for pair in _straight_pairs(body) if pair[1] - pair[0] <= MAX_QUOTE_CHARS]
    spans = []
    for mark_start, mark_end in sorted(marks):
        start, end = _trimmed(body, mark_start + 1, mark_end - 1)
        if start < end:
            spans.append(_Span(mark_start, mark_end, start, end))
    return spans


def _word_count(text: str) -> int:
    return len(text.split())


def _last_cue(text: str) -> re.Match[str] | None:
    """The last attribution verb in ``text`` close enough to its end to introduce a quote."""
    last = None
    for match in _CUE.finditer(text):
        if not text[max(0, match.start() - 3) : match.start()].lower().endswith("so-"):
            last = match
    # the words after a verb only grow fewer further on: if the last verb is too far from
    # the end, so is every earlier one (counting them after each verb was quadratic)
    if last is not None and _word_count(text[last.end() :]) <= CUE_REACH_WORDS:
        return last
    return None


def _cue_word(match: re.Match[str]) -> str:
    return match.group(1).lower()


def _from_right(right: str, quote_closed: bool) -> _Attribution | None:
    """Attribution right after the closing mark: “...,” said X / “...,” X said."""
    text = right.lstrip(" ,—–")
    if not text:
        return None
    if quote_closed and text[0].isupper():
        # a new sentence, unless it is a short "Name said." clause
        match = _CUE.search(text)
        if not match or _word_count(text[: match.start()]) > 4 or _word_count(text) > 8:
            return None
    match = _CUE.match(text)
    if match:
        return _Attribution(speaker_after(text[match.end() :]), _cue_word(match))
    match = _CUE.search(text)
    if match and _word_count(text[: match.start()]) <= 8:
        cue = _cue_word(match)
        if cue in lx.CUE_PHRASES_SPEAKER_AFTER:
            return _Attribution(speaker_after(text[match.end() :]), cue)
        speaker = subject_before(text[: match.start()])
        if speaker is not None:
            return _Attribution(speaker, cue)
    return None


def _from_left(left: str, right: str) -> _Attribution | None:
    """Attribution before the opening mark: X said: “...” / according to X, “...”."""
    match = _last_cue(left)
    if match is None:
        return None
    cue = _cue_word(match)
    if cue in lx.CUE_PHRASES_SPEAKER_AFTER:
        return _Attribution(speaker_after(left[match.end() :]), cue)
    before = left[: match.start()].split()
    if before and before[-1].lower() in _PASSIVE:
        # "the plan was dubbed “a farce” by critics": the agent follows the quotation
        agent = re.match(r"\s*by\s+(.*)", right, re.DOTALL)
        return _Attribution(speaker_after(agent.group(1)) if agent else None, cue)
    return _Attribution(subject_before(left[: match.start()]), cue)


def _attribute(
    body: str, span: _Span, floor: int, ceiling: int, conventions: Conventions | None = None
) -> _Attribution | None:
    if conventions is not None:
        bounds = (span.mark_start, span.mark_end, span.start, span.end)
        read = multilingual.attribute(body, bounds, floor, ceiling, conventions)
        return _Attribution(read.speaker, read.cue) if read is not None else None
    floor = max(floor, span.mark_start - SENTENCE_REACH_CHARS)
    ceiling = min(ceiling, span.mark_end + SENTENCE_REACH_CHARS)
    left = body[sentence_start(body, span.mark_start, floor) : span.mark_start]
    right = body[span.mark_end : sentence_end(body, span.mark_end, ceiling)]
    closed = body[span.end - 1] in ".!?…"
    found = _from_right(right, closed)
    if found is not None and found.speaker is not None:
        return found
    from_left = _from_left(left, right)
    if from_left is not None and (from_left.speaker is not None or found is None):
        return from_left
    if found is not None:
        return found
    match = _CUE.search(right)
    if match and _cue_word(match) in lx.CUE_PHRASES_SPEAKER_AFTER:
        return _Attribution(speaker_after(right[match.end() :]), _cue_word(match))
    return None


class _People:
    """Persons named in the body, in order, computed once when a pronoun needs them.

    Looked up by bisection and by surname: a scan of every earlier person per quotation
    (and per lone surname) made a long text's quotes quadratic. ``runs`` are the body's
    name runs when the caller has them already.
    """

    def __init__(
        self, body: str, runs: list[NameRun] | None = None, cancel: CancelToken | None = None
    ) -> None:
        self.body = body
        self.runs = runs
        self.cancel = cancel
        self.found: list[tuple[int, str]] | None = None
        self.starts: list[int] = []
        # surname -> (starts of the names ending in it, the first such name, how many of
        # them in a row are that same name)
        self.by_surname: dict[str, tuple[list[int], str, int]] = {}

    def _find(self) -> list[tuple[int, str]]:
        if self.found is None:
            self.found = []
            latest: dict[str, str] = {}  # surname -> the most recent full name ending in it
            runs = self.runs if self.runs is not None else name_sequences(self.body, self.cancel)
            for run in runs:  # in order of position
                typed = classify(run)
                if typed and typed[0] == "person":
                    self.found.append((run.start, typed[2].text))
                elif typed is None and len(run.words) == 1 and run.text in latest:
                    self.found.append((run.start, latest[run.text]))
                else:
                    continue
                latest[_surname(self.found[-1][1])] = self.found[-1][1]
            self.starts = [start for start, _ in self.found]
            for start, name in self.found:
                surname = _surname(name)
                starts, first, same = self.by_surname.get(surname, ([], name, 0))
                if same == len(starts) and name == first:
                    same += 1
                starts.append(start)
                self.by_surname[surname] = (starts, first, same)
        return self.found

    def last_before(self, pos: int) -> str:
        """The most recent person named before ``pos`` (for "he said"), full name if known."""
        found = self._find()
        earlier = bisect_left(self.starts, pos)
        return found[earlier - 1][1] if earlier else ""

    def full_name(self, name: str, pos: int) -> str:
        """``name`` completed from an earlier mention when it is a lone surname ("Blinken")."""
        if " " in name:
            return name
        self._find()
        starts, first, same = self.by_surname.get(name, ([], name, 0))
        earlier = bisect_left(starts, pos)
        # one full name only among the earlier mentions: the first, repeated
        return first if 0 < earlier <= same else name


class _Quoted:
    """Who a pronoun ("a-t-il ajouté", "sagte sie", "قالت") or a lone surname means in a
    language other than English: the person named since the last quotation, else the last
    person quoted; a surname completed from an earlier speaker's full name.

    ``quotations`` is the caller's list, growing in order of position while it is read;
    what was added since the last look is taken in then, so each look costs the same.
    """

    def __init__(self, body: str, conventions: Conventions, quotations: list[QuoteProposal]) -> None:
        self.body = body
        self.conventions = conventions
        self.quotations = quotations
        self.seen = 0
        self.last_person = ""
        self.by_surname: dict[str, str] = {}
        self.written: dict[str, tuple[int, str]] | None = None  # surname -> first full name

    def _catch_up(self) -> None:
        for quote in self.quotations[self.seen :]:
            if quote.speaker and quote.speaker_type == "person":
                self.last_person = quote.speaker
                if " " in quote.speaker:
                    self.by_surname.setdefault(_surname(quote.speaker), quote.speaker)
        self.seen = len(self.quotations)

    def last_before(self, pos: int) -> str:
        self._catch_up()
        since = max(0, pos - SENTENCE_REACH_CHARS)
        if self.quotations:
            since = max(since, self.quotations[-1].end)
        named = multilingual.last_person(self.body[since:pos], self.conventions)
        return named or self.last_person

    def full_name(self, name: str, pos: int) -> str:
        self._catch_up()
        if " " in name:
            return name
        if name in self.by_surname:
            return self.by_surname[name]
        if self.written is None:
            self.written = {}
            for start, full in multilingual.person_names(self.body, self.conventions):
                self.written.setdefault(_surname(full), (start, full))
        start, full = self.written.get(name, (pos, name))
        return full if start < pos else name

    def named(self, speaker: Speaker) -> Speaker:
        """``speaker`` as a person quoted before when its phrase ends in their surname
        ("الوزير العمري" after "وزير النقل خالد العمري"), else ``speaker`` itself."""
        self._catch_up()
        words = speaker.name.split()
        if speaker.proper or speaker.pronoun or len(words) < 2 or words[-1] not in self.by_surname:
            return speaker
        return Speaker(self.by_surname[words[-1]], role=" ".join(words[:-1]), type="person", proper=True)


def _surname(name: str) -> str:
    return (name.split() or [""])[-1]


def _proposal(
    body: str, span: _Span, found: _Attribution | None, people: _People | _Quoted
) -> QuoteProposal:
    speaker = settled(found.speaker) if found and found.speaker else None
    name, role, kind, confidence = "", "", "", 0.25
    described = ""
    if speaker is not None and not speaker.name and not speaker.pronoun:
        # a description, not a name: it says who spoke, and no actor is made of it
        described, kind, confidence = speaker.role, "", 0.55
    elif speaker is not None and speaker.pronoun:
        name = people.last_before(span.mark_start) if speaker.pronoun in ("he", "she") else ""
        kind, confidence = speaker.type, (0.5 if name else 0.35)
    elif speaker is not None:
        name, role, kind = speaker.name, speaker.role, speaker.type
        if speaker.proper and kind == "person":
            name = people.full_name(name, span.mark_start)
        confidence = 0.85 if speaker.proper else 0.65
        confidence += 0.05 if role else 0.0
    elif found is not None:
        confidence = 0.35
    return QuoteProposal(
        start=span.start,
        end=span.end,
        exact=body[span.start : span.end],
        kind="quotation",
        speaker=name,
        speaker_role=role,
        speaker_type=kind if name else "",
        cue=found.cue if found else "",
        confidence=round(confidence, 2),
        described_as=described,
    )


def _continued(body: str, previous: QuoteProposal, quote: QuoteProposal) -> QuoteProposal:
    """An unattributed quotation right after an attributed one in the same paragraph is
    usually the same speaker going on ("“A,” X said. “B.”"): give it that speaker, weakly."""
    between = body[previous.end : quote.start]
    if not (previous.speaker or previous.described_as) or "\n" in between or _word_count(between) > CONTINUATION_WORDS:
        return quote
    return replace(
        quote,
        speaker=previous.speaker,
        speaker_role=previous.speaker_role,
        speaker_type=previous.speaker_type,
        described_as=previous.described_as,
        confidence=0.45,
    )


def _locate(body: str, exact: str) -> tuple[int, int, float] | None:
    """Find a marked span in the body: exactly, else ignoring spacing and quote styles."""
    target = normalise(exact).strip()
    if not target:
        return None
    pos = body.find(target)
    if pos >= 0:
        return pos, pos + len(target), 1.0
    parts = [
        "".join(_QUOTE_LOOKALIKES.get(ch, re.escape(ch)) for ch in word) for word in target.split()
    ]
    match = re.search(r"\s+".join(parts), body)
    if match:
        return match.start(), match.end(), 0.9
    return None


def _marked_proposals(
    body: str, marked, author: str, quotations: list[QuoteProposal], spans: list[_Span]
) -> list[QuoteProposal]:
    found: list[QuoteProposal] = []
    seen: set[tuple[int, int, str]] = set()
    for exact, kind in marked[:MAX_MARKED]:
        located = _locate(body, exact)
        if located is None:
            continue
        start, end, certainty = located
        kind = kind or "pull_quote"
        if (start, end, kind) in seen:
            continue
        seen.add((start, end, kind))
        # a box highlighting someone else's quoted words belongs to that speaker
        inside = [
            q
            for q, s in zip(quotations, spans, strict=True)
            if s.mark_start < start and end <= s.mark_end
        ]
        if inside and inside[0].speaker:
            source = inside[0]
            speaker, role, typ, cue = (
                source.speaker,
                source.speaker_role,
                source.speaker_type,
                source.cue,
            )
        else:
            speaker, role, typ, cue = author, "", "person" if author else "", ""
        confidence = (0.9 if speaker else 0.5) * certainty
        found.append(
            QuoteProposal(
                start, end, body[start:end], kind, speaker, role, typ, cue, round(confidence, 2)
            )
        )
    return found


def propose_quotes(
    body: str,
    marked: Sequence[tuple[str, str]] = (),
    author: str = "",
    names: list[NameRun] | None = None,
    cancel: CancelToken | None = None,
    language: str = "en",
) -> list[QuoteProposal]:
    """Propose the quotations in ``body``, each with its speaker when one can be found.

    ``marked`` holds ``(exact, kind)`` spans the source itself marked (pull-quote boxes);
    each is located in the body (first occurrence; spacing and quote styles may differ)
    and attributed to ``author`` with its kind (default "pull_quote"), unless it lies
    inside a quotation, whose speaker it then takes. Marked spans not found are skipped, and
    so are those past the first ``MAX_MARKED`` (a source with more boxes than that marks
    something else than pull quotes, and each costs a search of the body).
    ``names`` are ``name_sequences(body)`` when the caller has them (they are found
    otherwise, when needed). ``language`` is an ISO 639-1 code ("fr"): it chooses the
    quotation marks and attribution words read (English for a language without its own).
    Returns proposals sorted by position; raises nothing on any ``str`` input but
    Cancelled, when ``cancel`` is set (polled as it goes).
    """
    poll(cancel)
    conventions = conventions_for(language)
    spans = _quoted_spans(body, conventions)
    real = [s for s in spans if _word_count(body[s.start : s.end]) >= SCARE_QUOTE_WORDS]
    kept_spans: list[_Span] = []
    quotations: list[QuoteProposal] = []
    quoted = _Quoted(body, conventions, quotations) if conventions is not None else None
    people = _People(body, names, cancel) if quoted is None else quoted
    # the nearest real quotation on either side bounds where an attribution may be; found
    # by bisection, as a scan per quotation made a long text's quotes quadratic
    real_ends = sorted(s.mark_end for s in real)
    real_starts = sorted(s.mark_start for s in real)
    for count, span in enumerate(spans, 1):
        if count % 500 == 0:
            poll(cancel)
        before = bisect_right(real_ends, span.mark_start)
        floor = real_ends[before - 1] if before else 0
        after = bisect_left(real_starts, span.mark_end)
        ceiling = real_starts[after] if after < len(real_starts) else len(body)
        found = _attribute(body, span, floor, ceiling, conventions)
        short = _word_count(body[span.start : span.end]) < SCARE_QUOTE_WORDS
        if short and (found is None or not found.cue):
            continue
        if quoted is not None and conventions is not None:
            if short and multilingual.is_title(body[span.start : span.end], conventions):
                continue  # a newspaper's or a book's name: der „Badischen Zeitung“
            if found is not None and found.speaker is not None:
                found = _Attribution(quoted.named(found.speaker), found.cue)
        proposal = _proposal(body, span, found, people)
        if not proposal.speaker and not proposal.cue and quotations:
            proposal = _continued(body, quotations[-1], proposal)
        kept_spans.append(span)
        quotations.append(proposal)
    poll(cancel)
    proposals = quotations + _marked_proposals(body, marked, author, quotations, kept_spans)
    return sorted(proposals, key=lambda q: (q.start, q.end, q.kind))
