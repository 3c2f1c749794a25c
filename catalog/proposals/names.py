"""Capitalised name sequences in running text, and what kind of actor each one names.

:func:`name_sequences` finds runs of capitalised words ("Rep. Mike McCaul", "National
Resistance Council for the Salvation of Afghanistan") with code-point offsets;
:func:`classify` types a run as person, organisation, place or event, or returns None when
there is no evidence (a lone capitalised word). Scripts without letter case (Arabic, CJK)
produce no sequences. Pure functions; no state.

Functions that walk a whole body take an optional ``cancel`` token (anything with a
``check()`` that raises, as :class:`catalog.store.CancelToken`), polled every few thousand
words, so that stopping the import of a long text does not wait for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from catalog.store import CancelToken

from catalog.proposals import lexicon as lx
from catalog.proposals.gazetteer import place_name
from catalog.proposals.sentences import is_sentence_start

# Dotted acronyms ("U.S.") first, then words with inner hyphens or apostrophes.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-'’][^\W_]\w*)*")
_POSSESSIVE = ("'s", "’s")
_LOWER_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|ar)-[^\W\d_]")
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")  # "R-Texas" after a US legislator's name
_SPACE = (" ", "\u00a0")

# Places that are also common given names; a run starting with one may be a person.
_GIVEN_NAME_PLACES = frozenset(
    "Chad Georgia Jordan Sydney Virginia Paris Israel Santiago Sofia Medina Aden Florence "
    "Victoria Lima".split()
)


POLL_EVERY = 20_000  # words (or runs, or mentions) between two polls of a cancel token


def poll(cancel: CancelToken | None) -> None:
    """Raise the token's Cancelled if it is set; nothing without a token."""
    if cancel is not None:
        cancel.check()


class Token(NamedTuple):
    """A word of the text: ``text == source[start:end]`` (possessive "'s" left out).

    A tuple, and ``capitalised`` worked out once: a 10 MB text has 1.6 million words, and
    building them as frozen dataclasses and testing their case on every look took a fifth
    of its proposals' time.
    """

    start: int
    end: int
    text: str
    capitalised: bool


def _capitalised(word: str) -> bool:
    if _PARTY_TAG.match(word):
        return False
    first = word[0]
    return first.isupper() or first.istitle() or bool(_LOWER_PREFIXED.match(word))


@dataclass(frozen=True)
class NameRun:
    """One capitalised run: ``text == source[start:end]``; honorifics and titles removed.

    ``role`` holds leading title words ("Foreign Minister"); ``honorific`` is True when an
    honorific such as "Rep." preceded the run.
    """

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    role: str = ""
    honorific: bool = False


def tokens(text: str, cancel: CancelToken | None = None) -> list[Token]:
    """Word tokens with offsets; a trailing possessive "'s" is left out of the token."""
    found = []
    matches = _TOKEN.finditer(text)
    while batch := list(islice(matches, POLL_EVERY)):
        poll(cancel)
        for match in batch:
            start, end, word = match.start(), match.end(), match.group()
            if len(word) > 3 and word.endswith(_POSSESSIVE):
                end -= 2
                word = word[:-2]
            found.append(Token(start, end, word, _capitalised(word)))
    return found


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _joinable(text: str, left: Token, right: Token) -> bool:
    gap = _gap(text, left, right)
    if gap in _SPACE:
        return True
    # "Rep. Mike", "John F. Kennedy": a period after an honorific or an initial
    abbreviated = left.text in lx.HONORIFICS or (len(left.text) == 1 and left.text.isupper())
    if abbreviated and gap in (". ", ".\u00a0"):
        return True
    # "the Fishermen's Association", "the People's Congress": a possessive inside the name,
    # before the noun that makes it an organisation or an event
    return left.capitalised and gap[:2] in _POSSESSIVE and gap[2:] in _SPACE and right.text in (lx.ORG_CUES | lx.EVENT_CUES)


def _raw_runs(text: str, toks: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    i = 0
    while i < len(toks):
        if not toks[i].capitalised:
            i += 1
            continue
        run = [toks[i]]
        has_connector = False
        j = i + 1
        while j < len(toks) and _joinable(text, toks[j - 1], toks[j]):
            tok = toks[j]
            if tok.capitalised:
                run.append(tok)
                j += 1
                continue
            inner = _inner_lowercase(text, toks, j, run, has_connector)
            if not inner:
                break
            has_connector = has_connector or tok.text in lx.CONNECTORS
            run.extend(toks[j : j + inner])
            j += inner
        runs.append(run)
        i = j
    return runs


def _inner_lowercase(
    text: str, toks: list[Token], j: int, run: list[Token], has_connector: bool
) -> int:
    """How many lower-case tokens from ``j`` belong inside the run (0 = the run ends)."""
    word = toks[j].text
    last = run[-1].text
    if word in lx.PARTICLES:
        take = 1
    elif word in lx.CONNECTORS and (last in lx.CONNECTABLE_HEADS or has_connector):
        take = 2 if j + 1 < len(toks) and toks[j + 1].text == "the" else 1
    elif word == "and" and has_connector:
        take = 1
    else:
        return 0
    for k in range(j + 1, j + take + 1):
        if k >= len(toks) or not _joinable(text, toks[k - 1], toks[k]):
            return 0
    follower = toks[j + take]
    if not follower.capitalised or follower.text in lx.STOP_WORDS:
        return 0
    return take


def _trim(text: str, run: list[Token]) -> NameRun | None:
    honorific = False
    while run:
        head = run[0].text
        if head in lx.STOP_WORDS or (head in lx.MONTHS_AND_DAYS and len(run) == 1):
            run = run[1:]
        elif head in lx.HONORIFICS and len(run) > 1:
            honorific = True
            run = run[1:]
        elif len(run) > 1 and _opening_participle(text, run[0]):
            run = run[1:]
        else:
            break
    # a run cannot end on a connector or particle
    while run and not run[-1].capitalised:
        run = run[:-1]
    if not run:
        return None
    role_start = run[0].start
    run = _after_title(run)
    role = text[role_start : run[0].start].strip()
    words = [tok.text for tok in run]
    if all(word in lx.MONTHS_AND_DAYS for word in words):
        return None
    return NameRun(
        start=run[0].start,
        end=run[-1].end,
        text=text[run[0].start : run[-1].end],
        words=tuple(words),
        role=role,
        honorific=honorific,
    )


def _after_title(run: list[Token]) -> list[Token]:
    """The run without a title before the name ("US Secretary of State Antony Blinken")."""
    words = [tok.text for tok in run]
    if _head_cue(words):
        return run
    start = 0
    while start < len(words) - 1 and words[start] in lx.TITLES:
        start += 1
    if start == 0 and any(word in lx.TITLES for word in words[:-2]):
        for size in (3, 2):
            tail = words[-size:]
            if len(words) > size and tail[0] not in lx.TITLE_COMPLEMENTS and _person_like(tail):
                return run[-size:]
    return run[start:]


def _opening_participle(text: str, token: Token) -> bool:
    # "Speaking Smith ..." is rare, "Releasing Smith from custody" is not
    return (
        len(token.text) > 5 and token.text.endswith("ing") and is_sentence_start(text, token.start)
    )


def name_sequences(text: str, cancel: CancelToken | None = None) -> list[NameRun]:
    """All capitalised runs in ``text``, in order, with stop words and honorifics trimmed.

    Raises Cancelled when ``cancel`` is set (polled as it goes)."""
    found = []
    runs = _raw_runs(text, tokens(text, cancel))
    poll(cancel)
    for count, run in enumerate(runs, 1):
        if count % POLL_EVERY == 0:
            poll(cancel)
        trimmed = _trim(text, run)
        if trimmed is not None:
            found.append(trimmed)
    return found


def _pre_connector(words: tuple[str, ...] | list[str]) -> list[str]:
    head: list[str] = []
    for word in words:
        if word in lx.CONNECTORS:
            break
        head.append(word)
    return head


def _head_cue(words: tuple[str, ...] | list[str]) -> str:
    """The type a name's head noun signals ("organisation" for "... Council"), or ""."""
    head_part = [w for w in _pre_connector(words) if not re.fullmatch(r"[IVX]+|\d+", w)]
    if not head_part:
        return ""
    head = head_part[-1]
    if head in lx.EVENT_CUES:
        return "event"
    if head in lx.ORG_CUES:
        return "organisation"
    if head in lx.PLACE_CUES or (head_part[0] in lx.PLACE_PREFIXES and len(words) > 1):
        return "place"
    return ""


def _person_like(words: tuple[str, ...] | list[str]) -> bool:
    names = [w for w in words if w not in lx.PARTICLES]
    if not 2 <= len(names) <= 3:
        return False
    if place_name(names[0]) and names[0] not in _GIVEN_NAME_PLACES:
        return False
    for word in names:
        if word in lx.TITLES or word in lx.DEMONYMS or word in lx.ORG_CUES:
            return False
        if word.isupper() or not any(ch.islower() for ch in word):
            return False
    return True


def acronym_key(name: str) -> str:
    """``name`` without dots when it is an acronym ("U.N." -> "UN"), else ""."""
    bare = name.replace(".", "")
    if 2 <= len(bare) <= 6 and bare.isupper() and bare.isalnum():
        return bare
    return ""


def classify(run: NameRun) -> tuple[str, float, NameRun] | None:
    """Type a run: ``(type, confidence, run)``, or None when nothing says what it is.

    The returned run may be shorter than the one given: leading demonyms and compass
    adjectives are dropped when the rest is a name ("Northern Afghanistan" -> place
    "Afghanistan"). A lone unclassified word returns None; callers may still use it as the
    surname of a longer person name.
    """
    words = run.words
    if place_name(run.text):
        return "place", 0.9, run
    if run.text in lx.ORG_NAMES or run.text.title() in lx.ORG_NAMES:
        return "organisation", 0.9, run
    acronym = acronym_key(run.text)
    if acronym:
        return "organisation", 0.85 if acronym in lx.ORG_ACRONYMS else 0.5, run
    cue = _head_cue(words)
    if cue == "organisation" or (cue and len(words) > 1):
        # a lone "Congress" is an organisation; a lone "War" or "City" names nothing
        return cue, 0.8, run
    if _person_like(words):
        return "person", 0.8 if run.honorific or run.role else 0.7, run
    if len(words) > 1 and words[0] in lx.DEMONYMS:
        return classify(_drop_first(run))
    if run.honorific or run.role:
        return "person", 0.6, run
    if len(words) >= 4:
        return "organisation", 0.35, run
    if len(words) > 1:
        return "organisation", 0.4, run
    return None


def _drop_first(run: NameRun) -> NameRun:
    rest = run.text[len(run.words[0]) :].lstrip()
    return NameRun(
        start=run.end - len(rest),
        end=run.end,
        text=rest,
        words=run.words[1:],
        role=run.role,
        honorific=run.honorific,
    )
