"""Possible duplicate actors: pairs of actors of one type whose names look alike.

Pure functions over names, no database: :meth:`catalog.services.actors.ActorService.duplicates`
reads the names, aliases and identifiers and turns the pairs found here into views.

Comparing every pair of 20,000 actors would be 200 million comparisons, so actors are first
put in blocks by the "skeleton" of each word of their names (see :func:`skeleton`), and only
actors sharing a block are compared. A block of a very common word (a first name shared by
hundreds) is split again by the initials of the names' other words, so that "John Smith"
meets "J. Smith" without meeting every other Smith.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from catalog.messages import Message

# words before a name that say what someone is, not who
TITLES = frozenset(
    "mr mrs ms miss mx dr doctor prof professor sir dame lord lady rev revd reverend fr father "
    "sheikh shaikh sheik imam rabbi ayatollah gen general col colonel maj major capt captain lt "
    "sgt adm admiral president pres vice pm minister sen senator rep gov governor mayor judge "
    "justice hon honourable honorable the".split()
)
# words after a name
SUFFIXES = frozenset("jr junior sr senior ii iii iv phd md esq obe mbe kbe inc ltd llc plc co corp gmbh ag sa".split())
# small words inside names that tell nothing apart (never a block of their own)
PARTICLES = frozenset("al el bin ibn bint abu abd de del della der di da du dos van von den la le st of and for the".split())
# the types whose names are often shortened to initials (BBC, UN) or to one word (Hudson Institute)
COLLECTIVE_TYPES = frozenset({"organisation", "group", "place", "event"})
IDENTITY_SCHEMES = frozenset({"wikidata", "viaf", "isni", "orcid"})  # one value names one entity

BLOCK_LIMIT = 16  # actors in one block compared all with all; a bigger block is split again
NEIGHBOURS = 8  # in a block still too big after splitting, each actor meets this many next to it

_FOLDED = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"})
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
_NOT_WORD = re.compile(r"[^\w]+")
_DIGRAPHS = (("sch", "s"), ("tch", "k"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "k"), ("zh", "j"), ("ck", "k"))
_CONSONANTS = str.maketrans({"c": "k", "g": "k", "q": "k", "z": "s", "w": "v", "x": "k"})
_VOWELS = frozenset("aeiouy")


@dataclass
class NamedActor:
    """What the finder needs of one actor: its names (the authorised one first) and its
    identifiers as (scheme, value) pairs."""

    key: int
    type: str
    names: list[str]
    identifiers: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Likeness:
    """Two actors (by ``key``) that may be one, ``score`` from 0 to 1, and ``reason`` in words."""

    first: int
    second: int
    score: float
    reason: str


@dataclass
class _Variant:
    """One name of an actor, read for comparing (all worked out once, not per pair)."""

    name: str
    tokens: list[str]
    skeletons: list[str]
    significant: list[str]  # the skeletons of the words that are not particles ("al", "van")
    joined: str
    words: list[str]  # the skeletons it is put in blocks by (with their near forms, if rare)
    keys: set[str]  # other blocks: the whole name in any order, an organisation's initials
    sorted_tokens: tuple[str, ...] = ()
    sorted_significant: tuple[str, ...] = ()
    significant_set: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.sorted_tokens = tuple(sorted(self.tokens))
        self.sorted_significant = tuple(sorted(self.significant))
        self.significant_set = frozenset(self.significant)


def fold(text: str) -> str:
    """``text`` without accents, case or apostrophes: "Zelens’kyi" → "zelenskyi"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDED))
    return _APOSTROPHES.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def name_tokens(name: str, actor_type: str = "person") -> list[str]:
    """The words of a name that say who: folded, without titles before it ("Dr.") or suffixes
    after it ("Jr."); "Hassan, Amal" is read as "Amal Hassan" for a person."""
    if actor_type == "person" and name.count(",") == 1:
        last, first = name.split(",")
        if _words(first) and not all(w in SUFFIXES for w in _words(first)):
            name = f"{first} {last}"
    words = _words(name)
    start, end = 0, len(words)
    while start < end - 1 and words[start] in TITLES:
        start += 1
    while end - 1 > start and words[end - 1] in SUFFIXES:
        end -= 1
    return words[start:end]


def _words(text: str) -> list[str]:
    return [w for w in _NOT_WORD.split(fold(text).replace("_", " ")) if w]


@lru_cache(maxsize=1 << 16)  # names share their words: most are seen many times
def skeleton(word: str) -> str:
    """A folded word's consonants, spelt alike across transliterations: Gaddafi, Qadhafi and
    Kadhafi are all "kdf"; Zelensky, Zelenskyy and Zelenskiy "slnsk"; Kyiv and Kiev "kv".
    A word not in Latin letters is its own skeleton."""
    if not word.isascii():
        return word
    for pair, single in _DIGRAPHS:
        word = word.replace(pair, single)
    word = word.translate(_CONSONANTS)
    head = "a" if word[0] in _VOWELS else word[0]
    letters = [head] + [c for c in word[1:] if c not in _VOWELS]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


@lru_cache(maxsize=1 << 16)
def _near(skel: str) -> frozenset[str]:
    """A skeleton and, when long enough, each form of it with one letter left out: two words
    one letter apart (a typo, two letters swapped) share one of them."""
    if len(skel) < 4:  # shorter, the forms would be a letter or two that many words share
        return frozenset({skel})
    return frozenset({skel} | {skel[:i] + skel[i + 1 :] for i in range(len(skel))})


def _initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t not in PARTICLES)


def _variant(name: str, actor_type: str) -> _Variant:
    tokens = name_tokens(name, actor_type) or _words(name) or [name.casefold()]
    skeletons = [skeleton(t) for t in tokens]
    significant = [skel for token, skel in zip(tokens, skeletons, strict=True) if token not in PARTICLES] or skeletons
    words = [(token, skel) for token, skel in zip(tokens, skeletons, strict=True) if len(token) > 1 and token not in PARTICLES]
    keys: set[str] = set()
    if actor_type == "person" and len(words) >= 2:
        # two people share a surname, or their whole names in some order: first names alone
        # ("John") would put thousands in one block for nothing
        blocked = [words[-1][1]]
        keys.add("all:" + " ".join(sorted(significant)))
    else:
        blocked = [skel for _token, skel in words]
    if actor_type in COLLECTIVE_TYPES:
        if len(significant) >= 2:
            keys.add("initials:" + _initials(tokens))
        elif len(tokens) == 1 and 2 <= len(tokens[0]) <= 8:
            keys.add("initials:" + tokens[0])
    return _Variant(name, tokens, skeletons, significant, " ".join(tokens), blocked, keys)


def find_likenesses(
    actors: Sequence[NamedActor], min_score: float = 0.75, different: Iterable[tuple[int, int]] = ()
) -> list[Likeness]:
    """Pairs of ``actors`` of the same type whose names (or aliases, or identifiers) make them
    look like one, scoring at least ``min_score``, best first. Pairs in ``different`` (keys,
    either order) were judged distinct and are left out, and so are pairs with different values
    of an identifier that names one entity (two Wikidata ids)."""
    variants = {a.key: [_variant(n, a.type) for n in dict.fromkeys(a.names) if n.strip()] for a in actors}
    types = {a.key: a.type for a in actors}
    identifiers = {a.key: {(s.lower(), v.strip().lower()): f"{s} {v}" for s, v in a.identifiers} for a in actors if a.identifiers}
    refused = {(min(pair), max(pair)) for pair in different}
    found = []
    for first, second in _candidates(actors, variants):
        if (first, second) in refused:
            continue
        if first in identifiers and second in identifiers:
            shared = _shared_identifier(identifiers[first], identifiers[second])
            if shared is None:
                continue  # different values of one identifier: certainly two
            if shared:
                found.append(Likeness(first, second, 1.0, Message("alike_identifier", identifier=shared)))
                continue
        best: tuple[float, str] = (0.0, "")
        for va in variants[first]:
            for vb in variants[second]:
                best = max(best, _compare(va, vb, types[first]))
        if best[0] >= min_score:
            found.append(Likeness(first, second, round(best[0], 3), best[1]))
    found.sort(key=lambda p: (-p.score, p.first, p.second))
    return found


def _shared_identifier(mine: dict[tuple[str, str], str], theirs: dict[tuple[str, str], str]) -> str | None:
    """"scheme value" both hold; "" when none is shared; None when an identity scheme differs."""
    for pair, text in mine.items():
        if pair in theirs:
            return text
    schemes = {scheme for scheme, _value in mine}
    for scheme, _value in theirs:
        if scheme in IDENTITY_SCHEMES and scheme in schemes:
            return None
    return ""


def _candidates(actors: Sequence[NamedActor], variants: dict[int, list[_Variant]]) -> set[tuple[int, int]]:
    """The pairs worth comparing: actors of one type sharing a block."""
    # a common word ("Council", a frequent surname) makes a big block by itself: its near forms
    # would only copy that block
    actors_by_word = Counter((a.type, w) for a in actors for w in {w for v in variants[a.key] for w in v.words})
    blocks: dict[tuple[str, str], dict[int, list[_Variant]]] = {}
    for actor in actors:
        for variant in variants[actor.key]:
            keys = set(variant.keys)
            for word in variant.words:
                keys.update(_near(word) if actors_by_word[(actor.type, word)] <= BLOCK_LIMIT else (word,))
            for key in keys:
                blocks.setdefault((actor.type, key), {}).setdefault(actor.key, []).append(variant)
        for scheme, value in actor.identifiers:
            blocks.setdefault((actor.type, f"id:{scheme.lower()}:{value.strip().lower()}"), {}).setdefault(actor.key, [])
    pairs: set[tuple[int, int]] = set()
    for (actor_type, key), members in blocks.items():
        if len(members) < 2:
            continue  # most blocks: a word (or a near form of one) no one else's name has
        if key.startswith(("id:", "all:")) or (len(members) <= BLOCK_LIMIT and actor_type != "person"):
            pairs.update(combinations(sorted(members), 2))
        else:
            # people sharing a surname are one only if their first names start alike too
            _split_block(key, members, pairs)
    return pairs


def _split_block(key: str, members: dict[int, list[_Variant]], pairs: set[tuple[int, int]]) -> None:
    """Pairs within a block of people, or a big one: by the initials of the names' other
    words (of their skeletons, so that Usama and Osama agree); an actor whose name is the
    block's word alone meets everyone in it."""
    alone: list[int] = []
    by_initial: dict[str, set[int]] = {}
    for actor, names in members.items():
        initials = {
            skel[0]
            for v in names
            for token, skel in zip(v.tokens, v.skeletons, strict=True)
            if token not in PARTICLES and not (skel in v.words and key in _near(skel))  # not the word blocked by
        }
        if not initials:
            alone.append(actor)
        for initial in initials:
            by_initial.setdefault(initial, set()).add(actor)
    everyone = sorted(members)
    for actor in alone:
        pairs.update((min(actor, other), max(actor, other)) for other in everyone if other != actor)
    for group in by_initial.values():
        if len(group) <= BLOCK_LIMIT:
            pairs.update(combinations(sorted(group), 2))
            continue
        # still too many (a surname and an initial shared by hundreds): neighbours in name order
        ordered = sorted(group, key=lambda a: min(v.joined for v in members[a]))
        for i, actor in enumerate(ordered):
            for other in ordered[i + 1 : i + 1 + NEIGHBOURS]:
                pairs.add((min(actor, other), max(actor, other)))


def _compare(a: _Variant, b: _Variant, actor_type: str) -> tuple[float, str]:
    """How alike two names are, and why, as (score, reason)."""
    if a.tokens == b.tokens:
        if a.name == b.name:
            return 1.0, Message("alike_same_name", name=a.name)
        return 0.98, Message("alike_but_titles", first=a.name, second=b.name)
    if a.sorted_tokens == b.sorted_tokens:
        return 0.95, Message("alike_words_reordered", first=a.name, second=b.name)
    if a.sorted_significant == b.sorted_significant:
        # the least alike of the words that differ: Gaddafi/Qadhafi are nearer than Mahmoud/Mohammed
        words = [(x, y) for x, y in zip(_by_skeleton(a), _by_skeleton(b), strict=True) if x != y]
        least = min((fuzz.ratio(x, y) / 100 for x, y in words), default=1.0)
        if least >= 0.5:  # below, the consonants agree by chance ("Lutchai", "Lulkouckga")
            return 0.7 + 0.25 * least, Message("alike_transliterated", first=a.name, second=b.name)
    short, long = (a, b) if len(a.significant) <= len(b.significant) else (b, a)
    if _initials_agree(short, long):
        return 0.85, Message("alike_initials", short=short.name, long=long.name)
    if short.significant_set < long.significant_set:
        if long.significant[-1] in short.significant:
            return 0.86, Message("alike_shorter_form", short=short.name, long=long.name)
        if actor_type in COLLECTIVE_TYPES:
            return 0.8, Message("alike_shorter_form", short=short.name, long=long.name)
        return 0.6, Message("alike_part_of", short=short.name, long=long.name)
    if actor_type in COLLECTIVE_TYPES and len(short.tokens) == 1 and len(long.tokens) > 1 and short.tokens[0] == _initials(long.tokens):
        return 0.85, Message("alike_acronym", short=short.name, long=long.name)
    if len(a.tokens) == len(b.tokens):
        # word by word, each alike or nearly (a typo): "Jonathan Smith" and "Jonathon Smiht"
        least = 1.0
        for x, y in zip(a.tokens, b.tokens, strict=True):
            if x != y:  # a letter wrong, missing, added or two swapped in a longish word
                least = min(least, DamerauLevenshtein.normalized_similarity(x, y, score_cutoff=0.75))
                if not least:
                    break
        if least:
            return 0.6 + 0.3 * least, Message("alike_misspelt", first=a.name, second=b.name)
    return 0.0, ""


def _by_skeleton(variant: _Variant) -> list[str]:
    """The words that are not particles, ordered by their skeletons (to pair them across names)."""
    pairs = list(zip(variant.skeletons, variant.tokens, strict=True))
    words = [(skel, token) for skel, token in pairs if token not in PARTICLES] or pairs
    return [token for _skel, token in sorted(words)]


def _initials_agree(short: _Variant, long: _Variant) -> bool:
    """"J. Smith" and "John Smith", "George W. Bush" and "George Bush": each word of the
    shorter name is a word or the initial of one of the longer, in order, the last word alike."""
    if short.skeletons[-1] != long.skeletons[-1] or not any(len(t) == 1 for t in short.tokens + long.tokens):
        return False
    rest = iter(zip(long.tokens, long.skeletons, strict=True))
    for token, skel in zip(short.tokens, short.skeletons, strict=True):
        for other, other_skel in rest:
            if skel == other_skel or (len(token) == 1 and other.startswith(token)) or (len(other) == 1 and token.startswith(other)):
                break
        else:
            return False
    return True
