"""Who is speaking: the subject of an attribution verb, or the name after it.

Given the words of a sentence around a quotation, split at the attribution verb ("said",
"wrote", "according to"), :func:`subject_before` reads the speaker that precedes the verb
("the chairman of the committee, Rep. Mike McCaul, wrote") and :func:`speaker_after` the one
that follows it ("said Mike McCaul, the chairman"). Both return a :class:`Speaker` or None.
Pure functions over short strings; English heuristics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.proposals import lexicon as lx
from catalog.proposals.names import NameRun, classify, name_sequences

_SEGMENT_SPLIT = re.compile(r"[,;:()—–“”«»\"]|\s-\s")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_TIME_PHRASE = re.compile(
    r"\s+(?:(?:on|last|this|next|earlier|late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|afternoon|evening)$"
)
_AFTER_STOP = re.compile(r"[,;:.!?()—–\n]|\s(?:who|which|that|adding|while|as|in|on)\s")


@dataclass(frozen=True)
class Speaker:
    """A speaker as found in the text: ``name`` is a proper name or a noun phrase."""

    name: str
    role: str = ""
    type: str = ""  # person | organisation | group | ""
    proper: bool = False  # True for a proper name, False for a noun phrase
    pronoun: str = ""  # "he"/"she" when the subject was a pronoun still to be resolved


def _strip_determiner(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _trim_verb_padding(text: str) -> str:
    """Drop what sits between a subject and its verb ("also", "had", "on Tuesday")."""
    text = _PARENTHESES.sub("", text)
    text = _TIME_PHRASE.sub("", text.rstrip(" ,\n"))
    words = text.rstrip(" ,\n").split()
    while (
        words
        and words[-1].islower()
        and (words[-1] in lx.AUXILIARIES or (words[-1].endswith("ly") and len(words[-1]) > 4))
    ):
        words.pop()
    return " ".join(words).rstrip(" ,")


def _segments(text: str) -> list[str]:
    segs = [seg.strip() for seg in _SEGMENT_SPLIT.split(text)]
    segs = [seg for seg in segs if seg]
    # an age between commas ("John Smith, 45, said") is not the subject
    while len(segs) > 1 and segs[-1].isdigit():
        segs.pop()
    return segs


def _run_type(run: NameRun) -> str:
    typed = classify(run)
    kind = typed[0] if typed else "person"
    if kind == "place":
        # a capital speaking is its government ("Washington said")
        return "organisation"
    return kind if kind in ("person", "organisation") else ""


def _covering_name(segment: str) -> NameRun | None:
    """The proper name that makes up ``segment`` (bar openers or "the"), or None."""
    runs = name_sequences(segment)
    if not runs or runs[-1].end != len(segment):
        return None
    run = runs[-1]
    return run if _only_titles(_words_before(segment, run)) else None


def _words_before(text: str, run: NameRun) -> list[str]:
    """The words before ``run`` in ``text``, less its title and any clause openers."""
    before = text[: run.start].rstrip()
    if run.role and before.endswith(run.role):
        before = before[: -len(run.role)]
    words = [w for w in before.split() if any(ch.isalnum() for ch in w)]
    while words and words[0].lower() in lx.CLAUSE_OPENERS:
        words = words[1:]
    return words


def _only_titles(words: list[str]) -> bool:
    """True when ``words`` are nothing but "the", honorifics and title words."""
    for word in words:
        bare = word.rstrip(".")
        if word.lower() != "the" and bare not in lx.HONORIFICS and bare not in lx.TITLES:
            return False
    return True


def role_phrase(segment: str) -> str:
    """``segment`` as an appositive role ("the chairman of X" -> "chairman of X"), or ""."""
    words = segment.split()
    if not words or len(words) > 15:
        return ""
    first = words[0]
    if re.match(r"^[A-Z][\w.-]*['’]s$", first) and len(words) > 1 and words[1].islower():
        return segment  # "Acme's chief executive"
    lowered = first.lower()
    if lowered in ("the", "a", "an", "its", "his", "her", "their"):
        return _strip_determiner(segment)
    if not first.islower():
        return ""
    if lowered in lx.PREPOSITIONS or lowered in lx.CLAUSE_OPENERS or lowered in lx.CUE_VERBS:
        return ""
    if lowered.endswith("ing") or lowered.endswith("ed"):
        return ""
    return segment


def noun_phrase_type(phrase: str) -> str:
    """person / organisation / group for a lower-case noun phrase, from its head noun."""
    words = [w.lower().strip(".,") for w in phrase.split()]
    head_words: list[str] = []
    for word in words:
        if word in lx.PREPOSITIONS and head_words:
            break
        head_words.append(word)
    head = head_words[-1] if head_words else ""
    if head in lx.ORG_NOUNS:
        return "organisation"
    if head in lx.COLLECTIVE_NOUNS:
        return "group"
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return "group"
    if head in lx.PERSON_NOUNS:
        return "person"
    return ""


def _noun_phrase(segment: str) -> str:
    words = [w for w in segment.split() if any(ch.isalnum() for ch in w)]
    while words and words[0].lower() in lx.CLAUSE_OPENERS:
        words = words[1:]
    start = 0
    for index, word in enumerate(words):
        if word.lower() in lx.DETERMINERS:
            previous = words[index - 1].lower() if index else ""
            if previous not in lx.PREPOSITIONS and previous not in lx.DETERMINERS:
                start = index
    words = words[start:]
    if not words or len(words) > 8:
        return ""
    return _sentence_case(" ".join(words))


def _sentence_case(phrase: str) -> str:
    """Lower-case a phrase's first word when only its sentence position capitalised it."""
    first = phrase.split()[0]
    if not first[0].isupper() or first.isupper():
        return phrase
    runs = name_sequences(phrase)
    if runs and runs[0].start == 0 and classify(runs[0]) is not None:
        return phrase
    return first[0].lower() + phrase[1:]


def _pronoun(word: str) -> Speaker | None:
    lowered = word.lower()
    if lowered in lx.PRONOUNS_SINGULAR:
        return Speaker("", type="person", pronoun=lowered)
    if lowered in lx.PRONOUNS_OTHER:
        return Speaker("", type="group" if lowered in ("we", "they") else "", pronoun=lowered)
    return None


def _from_run(run: NameRun, role: str = "") -> Speaker:
    return Speaker(run.text, role=role or run.role, type=_run_type(run), proper=True)


def subject_before(text: str) -> Speaker | None:
    """The subject of a verb that follows ``text`` ("..., Rep. Mike McCaul," -> McCaul)."""
    segs = _segments(_trim_verb_padding(text))
    if not segs:
        return None
    last = segs[-1]
    last_words = last.split()
    while len(last_words) > 1 and last_words[0].lower() in lx.CLAUSE_OPENERS:
        last_words = last_words[1:]
    if len(last_words) == 1 and _pronoun(last_words[0]):
        return _pronoun(last_words[0])
    run = _covering_name(last)
    if run is not None:
        role = run.role or (role_phrase(segs[-2]) if len(segs) > 1 else "")
        return _from_run(run, role)
    if len(segs) > 1 and role_phrase(last):
        run = _covering_name(segs[-2])
        if run is not None:
            return _from_run(run, role_phrase(last))
    phrase = _noun_phrase(last)
    if not phrase:
        return None
    runs = name_sequences(phrase)
    if runs and runs[-1].text == phrase:
        return _from_run(runs[-1])
    return Speaker(phrase, type=_phrase_type(phrase, runs))


def _phrase_type(phrase: str, runs: list[NameRun]) -> str:
    """A noun phrase's type, from a name it starts with ("the UN Mission in X") or its head."""
    lead = _strip_determiner(phrase)
    if runs and lead.startswith(runs[0].text):
        typed = _run_type(runs[0])
        if typed:
            return typed
    return noun_phrase_type(phrase)


def speaker_after(text: str) -> Speaker | None:
    """The speaker named right after a verb ("said Mike McCaul, the chairman.")."""
    text = text.lstrip(" ,:")
    first = text.split(" ", 1)[0].strip(".,;:!?") if text else ""
    if first and _pronoun(first):
        return _pronoun(first)
    runs = name_sequences(text[:200])
    if runs and _only_titles(_words_before(text, runs[0])):
        run = runs[0]
        role = run.role
        rest = text[run.end :]
        if rest.startswith(", "):
            candidate = _AFTER_STOP.split(rest[2:], maxsplit=1)[0].strip()
            role = role or role_phrase(candidate)
        return _from_run(run, role)
    phrase = _AFTER_STOP.split(text, maxsplit=1)[0].strip()
    if not phrase or len(phrase.split()) > 10:
        return None
    first_word = phrase.split()[0]
    if first_word.lower() not in lx.DETERMINERS and not first_word.islower():
        return None
    return Speaker(_sentence_case(phrase), type=noun_phrase_type(phrase))


def is_proper_name(text: str) -> bool:
    """True when ``text`` is one capitalised name ("Mike McCaul"), not a noun phrase."""
    runs = name_sequences(text.strip())
    return len(runs) == 1 and runs[0].start == 0 and runs[0].end == len(text.strip())


# Lower-case words that make a phrase a clause or a fragment, never a speaker's description:
# subject pronouns and relatives ("... when he"), conjunctions ("uber stepped in and"),
# complementisers in the other languages read ("qu'il transmettrait un").
_CLAUSE_WORDS = frozenset(
    """
    he she it they we i you who whom which that what when where why how and or but nor
    if because while whereas although though than then so
    qu que qui quand dass er sie und oder aber et ou mais
    """.split()
)
# Phrase-final words that leave it unfinished: determiners, articles and prepositions
# ("the", "according to the explanatory", "qu'il transmettrait un").
_OPEN_ENDINGS = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | _CLAUSE_WORDS
    | frozenset("der die das den dem des ein eine einen el los las un una unos unas le la les".split())
)
_REFLEXIVES = frozenset("himself herself itself themselves".split())


def _is_verb_form(word: str) -> bool:
    """A lower-case word read as a finite verb or participle inside a phrase: a cue
    ("said"), or a past tense followed by the clause it starts ("stepped in")."""
    return word in lx.CUE_VERBS or word in lx.AUXILIARIES and word in ("has", "had", "have", "was", "were", "is", "are")


def is_clause(phrase: str) -> bool:
    """True when ``phrase``, read as who spoke, is a clause or a fragment of one ("uber
    stepped in and", "saying he", "in Iowa", "the") rather than a noun phrase.

    Called on speakers that are not proper names, before they are proposed. English and the
    Latin-script languages read; a phrase in a script without letter case passes unless it
    is empty."""
    words = [w.strip(".,;:!?\"'“”«»()") for w in phrase.split()]
    words = [w for w in words if w]
    if not words:
        return True
    lowered = [w.lower() for w in words]
    if lowered[-1] in _OPEN_ENDINGS or lowered[0] in lx.PREPOSITIONS or lowered[0] in ("according", "saying"):
        return True
    if len(words) == 1 and lowered[0] in lx.DETERMINERS:
        return True  # "some", "the": a determiner with its noun cut off
    if lowered[0].endswith("ing") and words[0].islower():
        return True  # "explaining why he", "speaking through an interpreter"
    if any(w.startswith(("qu'", "qu’")) for w in lowered):
        return True
    for index, word in enumerate(words):
        if not word.islower():
            continue
        if word in _CLAUSE_WORDS or _is_verb_form(word):
            return True
        following = lowered[index + 1] if index + 1 < len(words) else ""
        if index > 0 and word.endswith("ed") and (following in lx.PREPOSITIONS or following in _CLAUSE_WORDS or not following):
            return True  # "audience members laughed when", "uber stepped in"
    return False


def settled(speaker: Speaker) -> Speaker | None:
    """``speaker`` as it may be proposed: a name, or a description that is no name.

    Called by :func:`catalog.proposals.quotes.propose_quotes` on every speaker found.
    A proper name or a pronoun comes back as it is. A phrase ending in a name ("director
    Bong Joon Ho", "commerzbank analyst Carsten Fritsch") becomes that name, the words
    before it its role. A clause or fragment ("uber stepped in and", "saying he") gives
    None: no speaker. Any other common-noun phrase ("the participants", "a senior political
    source") comes back with an empty ``name`` and the phrase as its ``role``: it says who
    spoke, but is no actor to create.
    """
    if speaker.proper or speaker.pronoun or not speaker.name:
        return speaker
    phrase = speaker.name
    words = phrase.split()
    if len(words) == 2 and words[-1].lower() in _REFLEXIVES:
        # "Major himself noted": a surname the sentence's start had lower-cased
        return Speaker(words[0][:1].upper() + words[0][1:], type="person", proper=True)
    runs = name_sequences(phrase)
    named = _trailing_person(phrase, runs)
    if named is not None:
        return named
    if is_clause(phrase):
        return None
    lead = _strip_determiner(phrase)
    if lead and lead[0].isupper() and is_proper_name(lead) and (not runs or classify(runs[-1]) is not None):
        return Speaker(lead, role=speaker.role, type=_phrase_type(phrase, runs) or speaker.type, proper=True)
    if words[0].lower() in lx.DETERMINERS:
        phrase = words[0].lower() + phrase[len(words[0]) :]  # "A senior source told ..."
    return Speaker("", role=phrase, type=speaker.type)


def _trailing_person(phrase: str, runs: list[NameRun]) -> Speaker | None:
    """The person named at the end of ``phrase``, after lower-case role words, or None."""
    if not runs:
        return None
    run = runs[-1]
    head = phrase[: run.start].rstrip()
    if run.role and head.endswith(run.role):
        head = head[: -len(run.role)]  # the run's own title words ("CEO John Mackey")
    before = head.split()
    if not before or run.end != len(phrase.rstrip(" .")) or before[-1].lower() in lx.PREPOSITIONS:
        return None  # "... High Commissioner for Human Rights" names no person at its end
    joined = [i for i, w in enumerate(before) if w.lower() in ("and", "or", "but")]
    if any(w.islower() and (w in _CLAUSE_WORDS or _is_verb_form(w)) and w not in ("and", "or", "but") for w in before):
        return None  # "pompeo said that after legal consultation Washington"
    if joined:
        # "Whole Foods co-founder and CEO John Mackey": the role is what the name follows
        # from the last "and" on; "its first-ever Retina display and Steve Jobs": none
        before = before[joined[-1] + 1 :]
        if before and not all(w[:1].isupper() or w.lower() in lx.PERSON_NOUNS for w in before):
            before = []
    role = " ".join(w for w in before if w.lower() not in ("the", "a", "an"))
    typed = classify(run)
    if len(run.words) < 2:
        # one word after its description ("ferry operator Nordline"): the description types it
        kind = typed[0] if typed is not None else noun_phrase_type(role)
        kind = kind if kind in ("person", "organisation") else ""
        return Speaker(run.text, role=role, type=kind, proper=True) if kind else None
    if typed is not None and typed[0] != "person":
        return None
    role = " ".join(filter(None, [role, run.role]))
    return Speaker(run.text, role=role, type="person", proper=True)
