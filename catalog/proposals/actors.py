"""Proposing the actors an article body mentions: people, organisations, places, events.

:func:`propose_actors` is called by the import pipeline (any thread; pure, no I/O) on a
body in stored form. Candidates come from capitalised name runs
(:mod:`catalog.proposals.names`), from the names and aliases of actors the catalogue
already holds, and from the speakers of proposed quotations. Mentions of one actor are
merged ("Ahmad Massoud" + "Massoud"; "National Resistance Front of Afghanistan" +
"National Resistance Front"; "US" + "United States") and the longest form names it.

Deliberately left out: lone capitalised words with no evidence of what they name
("Twitter"), and nationality, ethnic or religious adjectives ("Afghan", "Hazara",
"Uzbek"): they are groups of people, not one of the four actor types proposed here.

Every step takes time in proportion to the body (for a given catalogue): names are found
in one pass over the body's words, never by a search of the whole body per name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalog.proposals import lexicon as lx
from catalog.proposals.gazetteer import place_name
from catalog.proposals.names import POLL_EVERY, NameRun, acronym_key, classify, name_sequences, poll
from catalog.proposals.quotes import QuoteProposal
from catalog.proposals.speakers import is_proper_name

if TYPE_CHECKING:
    from catalog.store import CancelToken

SHORT_ALIAS_CHARS = 4  # known names this short must be written with a capital to match


@dataclass
class ActorProposal:
    """A proposed actor; ``mentions`` are code-point spans into the body, in order."""

    name: str
    type: str  # "person" | "organisation" | "place" | "event"
    mentions: list[tuple[int, int]]
    known_actor: str  # authorised name of the existing actor matched, or ""
    role: str  # "mentioned" | "quoted"
    confidence: float


@dataclass
class _Form:
    """One spelling of a candidate actor."""

    text: str
    type: str  # "" for a lone word that may only be a surname
    confidence: float
    known: str = ""
    ignore_case: bool = False
    quoted: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)


class _Groups:
    """Union-find over form keys; the smallest key of a group is its representative."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _add(forms: dict[str, _Form], text: str, kind: str, confidence: float) -> _Form:
    form = forms.get(text)
    if form is None:
        form = forms[text] = _Form(text, kind, confidence)
    elif confidence > form.confidence or (kind and not form.type):
        form.type, form.confidence = kind or form.type, max(confidence, form.confidence)
    return form


def _discovered(runs: list[NameRun]) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for run in runs:
        typed = classify(run)
        if typed is not None:
            kind, confidence, named = typed
            _add(forms, named.text, kind, confidence)
        elif len(run.words) == 1 and run.text not in lx.DEMONYMS:
            _add(forms, run.text, "", 0.0)  # kept only as the surname of a longer name
    return forms


class KnownNames(dict):
    """``known`` for :func:`propose_actors` (lower-cased name or alias -> (authorised name,
    type)), with its keys indexed by first and last word, built once however many bodies
    it is matched against. A plain dict works too, indexed anew on every call."""

    _index: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None

    def index(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        if self._index is None:
            self._index = _index_known(self)
        return self._index

    def learn(self, names: dict[str, tuple[str, str]]) -> None:
        """Add or change names (the index is rebuilt when next needed)."""
        self.update(names)
        self._index = None

    def __reduce__(self):  # the index is rebuilt where it is needed, not pickled
        return (KnownNames, (dict(self),))


_WORD = re.compile(r"\w+")


def _index_known(
    known: dict[str, tuple[str, str]],
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Keys by their first word, and known people's multi-word names by their last word."""
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for key, (_name, kind) in known.items():
        words = _WORD.findall(key.strip().lower())
        if not words:
            continue
        by_first.setdefault(words[0], []).append(key)
        if kind == "person" and " " in key.strip():
            by_last.setdefault(words[-1], []).append(key)
    return by_first, by_last


def _known_forms(
    body: str,
    known: dict[str, tuple[str, str]],
    forms: dict[str, _Form],
    speakers: AbstractSet[str] = frozenset(),
    cancel: CancelToken | None = None,
) -> None:
    """Known names the body mentions; and known people it does not name in full but may
    call by surname (or who speak a quote), as targets for a lone surname ("Massoud").

    Only keys whose first (or, for people, last) word occurs in the body are looked at, and
    their mentions are found in one pass over the body's words, so the cost follows the
    body, not the number of actors in the catalogue (a search of the whole body per name
    made a long text with many known names quadratic).
    """
    words = _body_words(body, cancel)
    by_first, by_last = known.index() if isinstance(known, KnownNames) else _index_known(known)
    candidates = {key for word in words for key in by_first.get(word, ())}
    candidates.update(key for word in words for key in by_last.get(word, ()))
    candidates.update(key for key in speakers if key in known)
    spans_of = _known_spans(body, candidates, cancel)
    for key in sorted(candidates):
        authorised, kind = known[key]
        stripped = key.strip()
        spans = spans_of.get(key, [])
        if not spans and not (kind == "person" and " " in stripped and len(key.split()) > 1):
            continue
        # an unmentioned known person stays as a target for a lone surname ("Massoud")
        form = _add(forms, stripped, kind, 0.95 if spans else 0.7)
        form.known, form.ignore_case, form.spans = authorised, True, spans


def _body_words(body: str, cancel: CancelToken | None) -> set[str]:
    """The body's distinct words, lower-cased."""
    words: set[str] = set()
    lowered = body.lower()
    start = 0
    while start < len(lowered):
        poll(cancel)
        # pieces end before a mark or a space, so no word is cut in two
        cut = _NOT_WORD.search(lowered, start + POLL_EVERY * 8)
        end = cut.start() if cut else len(lowered)
        words.update(_WORD.findall(lowered, start, end))
        start = end + 1
    return words


_NOT_WORD = re.compile(r"\W")


def _known_spans(
    body: str, keys: set[str], cancel: CancelToken | None
) -> dict[str, list[tuple[int, int]]]:
    r"""Each key's mentions: what ``(?<!\w)key(?!\w)`` finds, ignoring case, keeping a
    key of up to four characters only where the text writes it with a capital.

    A mention starts where a word of the body starts, that word, lower-cased, is the key's
    first word, and the body's next word is the key's second; so each key is tried only
    there, in one pass over the body's words (many keys share a first word: "the", "new").
    """
    # first word -> second word ("" for a key of one word) -> keys
    by_words: dict[str, dict[str, list[str]]] = {}
    found: dict[str, list[tuple[int, int]]] = {}
    patterns: dict[str, re.Pattern[str]] = {}

    def pattern_of(key: str) -> re.Pattern[str]:
        if key not in patterns:  # compiled when first needed: most keys never are
            patterns[key] = re.compile(rf"(?<!\w){re.escape(key.strip())}(?!\w)", re.IGNORECASE)
        return patterns[key]

    for key in sorted(keys):
        found[key] = []
        words = _WORD.findall(key.strip().lower())
        if _WORD.match(key.strip()) is None:
            # starts with no word character: searched for on its own
            found[key] = [m.span() for m in pattern_of(key).finditer(body) if _kept(key, m)]
        else:
            second = words[1] if len(words) > 1 else ""
            by_words.setdefault(words[0], {}).setdefault(second, []).append(key)
    if not by_words:
        return found
    last_end: dict[str, int] = {}
    matches = _WORD.finditer(body)
    current = next(matches, None)
    count = 0
    while current is not None:
        following = next(matches, None)
        count += 1
        if count % POLL_EVERY == 0:
            poll(cancel)
        seconds = by_words.get(current.group().lower())
        if seconds:
            start = current.start()
            candidates = seconds.get("", [])
            if following is not None:
                candidates = candidates + seconds.get(following.group().lower(), [])
            for key in candidates:
                if start < last_end.get(key, 0):
                    continue  # as finditer: mentions of one key do not overlap
                match = pattern_of(key).match(body, start)
                if match is None:
                    continue
                last_end[key] = match.end()
                if _kept(key, match):
                    found[key].append(match.span())
        current = following
    return found


def _kept(key: str, match: re.Match[str]) -> bool:
    return len(key) > SHORT_ALIAS_CHARS or any(ch.isupper() for ch in match.group())


def _surname_targets(forms: dict[str, _Form]) -> dict[str, list[str]]:
    targets: dict[str, list[str]] = {}
    for text in sorted(forms):
        form = forms[text]
        words = text.split()
        if form.type == "person" and len(words) > 1:
            targets.setdefault(words[-1].lower(), []).append(text)
    return targets


def _pre_connector(text: str) -> str:
    return re.split(r"\s(?:of|for)\s", text, maxsplit=1)[0]


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.split() if w[0].isupper() and w not in lx.CONNECTORS)


def _group(forms: dict[str, _Form]) -> _Groups:
    groups = _Groups()
    by_key: dict[str, str] = {}
    surnames = _surname_targets(forms)
    orgs = sorted(t for t, f in forms.items() if f.type == "organisation")
    # the longer names an organisation may be short for, by the short form they allow (a
    # pairwise comparison of every organisation was quadratic in a long text)
    by_short: dict[str, list[str]] = {}
    by_initials: dict[str, list[str]] = {}
    for longer in orgs:
        before = _pre_connector(longer)
        by_short.setdefault(before, []).append(longer)
        for initials in {_initials(longer), _initials(before)}:
            by_initials.setdefault(initials, []).append(longer)
    for text in sorted(forms):
        form = forms[text]
        groups.find(text)
        keys = [text.lower()]
        if form.known:
            keys.append("known:" + form.known)
        if form.type == "place" and place_name(text):
            keys.append("place:" + place_name(text))
        for key in keys:
            if key in by_key:
                groups.union(by_key[key], text)
            by_key.setdefault(key, text)
        if form.type == "organisation":
            acronym = acronym_key(text)
            for longer in by_short.get(text, []) + (
                by_initials.get(acronym, []) if acronym else []
            ):
                if longer != text and len(longer) > len(text):
                    groups.union(longer, text)
    # a lone word joins the one person whose last name it is ("Massoud"), never several
    for text in sorted(forms):
        if forms[text].type in ("", "person") and len(text.split()) == 1:
            fulls = surnames.get(text.lower(), [])
            if len({groups.find(f) for f in fulls}) == 1:
                groups.union(fulls[0], text)
    return groups


_WORD_CHAR = re.compile(r"\w")


def _spans_of(
    body: str, forms: dict[str, _Form], cancel: CancelToken | None = None
) -> dict[str, list[tuple[int, int]]]:
    r"""Each form's mentions: what ``(?<!\w)form(?!\w)`` finds for a case-sensitive form.

    Found in one pass over the body's words: each word is looked up among the forms that
    start with it, and the rest of those forms is followed word by word in a tree of them
    (:class:`_FormTree`). A search of the whole body per form made a long text with many
    names quadratic (a 1 MB text with 3,000 names took two minutes), and so did trying
    every form that starts with a common word ("The ...") at each of its occurrences.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    by_first_word: dict[str, list[str]] = {}
    for text, form in forms.items():
        lead = _WORD.match(text)
        if form.ignore_case:
            found[text] = form.spans
        elif lead is None:  # starts with no word character: searched for on its own
            pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
            found[text] = [m.span() for m in pattern.finditer(body)]
        else:
            found[text] = []
            by_first_word.setdefault(lead.group(), []).append(text)
    trees = {word: _FormTree.of(word, texts) for word, texts in by_first_word.items()}
    last_end: dict[str, int] = {}
    for count, word in enumerate(_WORD.finditer(body), 1):
        if count % POLL_EVERY == 0:
            poll(cancel)
        node = trees.get(word.group())
        start, pos = word.start(), word.end()
        while node is not None:
            # as finditer: mentions of one form do not overlap; a form ends where a word
            # does, or at its own trailing marks ("U.S.") with no word right after them
            ends = [(node.text, pos)] if node.text is not None else []
            for tail, text in node.tails.items():
                if body.startswith(tail, pos) and not _WORD_CHAR.match(body, pos + len(tail)):
                    ends.append((text, pos + len(tail)))
            for text, end in ends:
                if start >= last_end.get(text, 0):
                    found[text].append((start, end))
                    last_end[text] = end
            step = _STEP.match(body, pos) if node.children else None
            node = node.children.get(step.group()) if step else None
            pos = step.end() if step else pos
    return found


_STEP = re.compile(r"\W+\w+")  # the marks or spaces before a word, and the word


@dataclass
class _FormTree:
    """The forms that start with one word, as a tree of the steps (:data:`_STEP`) after it.

    ``text`` is the form that ends at this node, ``tails`` the forms that end here with
    marks after their last word (``"."`` for "U.S."), ``children`` the nodes a step on.
    A form is split into maximal runs, so in a body that holds it a step read at the same
    place is the same string: a node is found by one lookup per word, however many forms
    share the way there.
    """

    text: str | None = None
    tails: dict[str, str] = field(default_factory=dict)
    children: dict[str, _FormTree] = field(default_factory=dict)

    @classmethod
    def of(cls, lead: str, texts: list[str]) -> _FormTree:
        root = cls()
        for text in texts:
            node, rest = root, text[len(lead) :]
            steps = _STEP.findall(rest)  # contiguous: each form step starts with a mark
            for step in steps:
                node = node.children.setdefault(step, cls())
            tail = rest[sum(len(step) for step in steps) :]
            if tail:
                node.tails[tail] = text
            else:
                node.text = text
        return root


def _assign_mentions(
    body: str, forms: dict[str, _Form], groups: _Groups, cancel: CancelToken | None = None
) -> dict[str, list]:
    """Mentions per group; where spellings overlap the longest span wins."""
    candidates = []
    spans_of = _spans_of(body, forms, cancel)
    for text in sorted(forms):
        for span in spans_of[text]:
            candidates.append((-(span[1] - span[0]), span[0], groups.find(text), span))
    poll(cancel)
    taken = bytearray(len(body))
    mentions: dict[str, list] = {}
    for _, _, root, (start, end) in sorted(candidates):
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        mentions.setdefault(root, []).append((start, end))
    return mentions


def _speaker_forms(quotes, forms: dict[str, _Form]) -> set[str]:
    quoted: set[str] = set()
    # the first form in sorted order of each lower-cased spelling, kept up to date rather
    # than sought per quote (that was quotes x forms)
    by_lower: dict[str, str] = {}
    for text in sorted(forms, reverse=True):
        by_lower[text.lower()] = text
    for quote in quotes:
        name = quote.speaker.strip()
        if not is_proper_name(name):
            continue  # a noun phrase ("the participants") is not an actor proposal
        kind = quote.speaker_type if quote.speaker_type in ("person", "organisation") else "person"
        existing = by_lower.get(name.lower())
        form = forms[existing] if existing else _add(forms, name, kind, 0.7)
        if existing is None:
            by_lower[name.lower()] = name
        if not form.type:
            form.type, form.confidence = kind, 0.7
        form.quoted = True
        quoted.add(form.text)
    return quoted


def propose_actors(
    body: str,
    known: dict[str, tuple[str, str]] = {},  # noqa: B006 - read only
    quotes: Sequence[QuoteProposal] = (),
    names: list[NameRun] | None = None,
    cancel: CancelToken | None = None,
) -> list[ActorProposal]:
    """Propose the actors ``body`` mentions, with every mention's span.

    ``known`` maps every lower-cased name and alias of existing actors to ``(authorised
    name, type)``; they are matched case-insensitively on word boundaries (a key of up to
    four characters only where the text writes it with a capital, so "us" is not "US").
    Speakers of ``quotes`` that are proper names get role "quoted", and are proposed even
    when the body never names them (a pull quote's author), with no mentions. Returns
    proposals sorted by first mention (unmentioned ones last, by name); deterministic.
    ``names`` are ``name_sequences(body)`` when the caller has them already. Raises
    Cancelled when ``cancel`` is set (polled as it goes), nothing else on any ``str``.
    """
    forms = _discovered(name_sequences(body, cancel) if names is None else names)
    speakers = {q.speaker.strip().lower() for q in quotes if q.speaker.strip()}
    _known_forms(body, known, forms, speakers, cancel)
    quoted = _speaker_forms(quotes, forms)
    poll(cancel)
    groups = _group(forms)
    mentions = _assign_mentions(body, forms, groups, cancel)
    members: dict[str, list[_Form]] = {}
    for text in sorted(forms):
        members.setdefault(groups.find(text), []).append(forms[text])
    proposals = []
    for root, group in members.items():
        spans = sorted(mentions.get(root, []))
        typed = [f for f in group if f.type]
        is_quoted = any(f.text in quoted for f in group)
        if not typed or (not spans and not is_quoted):
            continue
        known_form = max((f for f in typed if f.known), key=lambda f: f.confidence, default=None)
        best = known_form or max(typed, key=lambda f: (f.confidence, len(f.text), f.text))
        surfaces = [body[s:e] for s, e in spans] or [f.text for f in group]
        # the first of the longest capitalised spellings (surfaces.index(t) in the key made
        # a name mentioned thousands of times quadratic)
        first_seen: dict[str, int] = {}
        for index, surface in enumerate(surfaces):
            first_seen.setdefault(surface, index)
        name = max(first_seen, key=lambda t: (t[:1].isupper(), len(t), -first_seen[t]))
        if known_form and any(t.lower() == known_form.known.lower() for t in surfaces):
            name = known_form.known
        confidence = best.confidence
        if len(spans) >= 3 or is_quoted:
            confidence = min(0.95, confidence + 0.05)
        proposals.append(
            ActorProposal(
                name=name,
                type=best.type,
                mentions=spans,
                known_actor=known_form.known if known_form else "",
                role="quoted" if is_quoted else "mentioned",
                confidence=round(confidence, 2),
            )
        )
    return sorted(
        proposals,
        key=lambda a: (a.mentions[0] if a.mentions else (len(body) + 1, 0), a.name),
    )
