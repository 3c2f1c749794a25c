"""Quotations and their speakers in French, German, Spanish and Arabic text.

Called by :func:`catalog.proposals.quotes.propose_quotes` for a body whose language has
:class:`~catalog.proposals.conventions.Conventions`; pure functions over a body in stored
form. :func:`quoted_spans` finds what the language's quotation marks (and Spanish dialogue
dashes) enclose; :func:`attribute` reads the cue and speaker around one of them, in the
orders these languages use: after the quotation («…», a déclaré le ministre / „…“, sagte er /
«…»، قال الوزير), before it with the speaker as subject (Le ministre a déclaré : «…»), or
with the speaker after the verb (Am Montag sagte der Minister: „…“ / قال وزير الخارجية: «…»),
and after "according to" words (selon, según, laut, وفقا لـ).

Names are told by capitals in the Latin scripts (German nouns are capitalised too, so its
role nouns are listed); Arabic has no capitals, so a speaker there is a role noun with its
complements ("وزير الخارجية") and, after them, the name that follows ("أيمن الصفدي").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from catalog.proposals.conventions import Conventions, fold
from catalog.proposals.sentences import sentence_end, sentence_start
from catalog.proposals.speakers import Speaker

CUE_REACH_WORDS = 12  # words allowed between a cue and the quotation it introduces
SENTENCE_REACH_CHARS = 2000  # an attribution is read no further than this from its quotation
MAX_SPEAKER_WORDS = 8
MAX_QUOTE_CHARS = 3000

_PUNCTUATION = r"[,،;؛:.!?؟()\[\]\n—–«»“”„\"‹›]"
_SEGMENT_END = re.compile(_PUNCTUATION)
_LEAD = " ,،:\u00a0\u202f\t\n—–-"
_DIALOGUE_INCISE = re.compile(r"\s[—–](?=\w)")


@dataclass(frozen=True)
class Found:
    """An attribution: the cue word as written and the speaker it names (None: unknown)."""

    speaker: Speaker | None
    cue: str


class Patterns:
    """A language's cues compiled once: verbs, "according to" words before and after the
    speaker, cues that only follow a quotation, and its quotation mark pairs."""

    def __init__(self, conventions: Conventions) -> None:
        self.conventions = conventions
        flags = re.IGNORECASE
        # a word goes on through a hyphen and an Arabic vowel mark (no \w character)
        inside = "\\w\u064b-\u065f\u0670\u0640-"
        boundary = f"(?![{inside}])"
        parts = [
            ("verb", "|".join(conventions.verbs), boundary),
            # "وفقا ل" is written onto the speaker's first word ("وفقا للوزير")
            ("before", "|".join(conventions.before_speaker), rf"(?:(?<=[لـ])|{boundary})"),
        ]
        if conventions.after_speaker:
            parts.append(("after", "|".join(conventions.after_speaker), boundary))
        alternatives = "|".join(f"(?P<{name}>(?:{cue}){end})" for name, cue, end in parts)
        self.cue = re.compile(rf"(?<![{inside}])(?:{alternatives})", flags)
        right = "|".join(conventions.right_only) or "(?!)"
        self.right_only = re.compile(rf"(?:{right}){boundary}", flags)
        self.pairs = re.compile(
            "|".join(
                f"{re.escape(opening)}[^{re.escape(opening + closing)}]{{1,{MAX_QUOTE_CHARS}}}[{re.escape(closing)}]"
                for opening, closing in conventions.pairs
            )
        )
        self.pronouns = {fold(word): kind for word, kind in conventions.pronouns}


_PATTERNS: dict[str, Patterns] = {}


def patterns(conventions: Conventions) -> Patterns:
    """The compiled cues of ``conventions`` (compiled on first use, then kept)."""
    found = _PATTERNS.get(conventions.code)
    if found is None:
        found = _PATTERNS[conventions.code] = Patterns(conventions)
    return found


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;:،"):
        end -= 1
    return start, end


def quoted_spans(
    body: str, conventions: Conventions, straight: list[tuple[int, int]]
) -> list[tuple[int, int, int, int]]:
    """``(mark_start, mark_end, start, end)`` of every quotation, outermost only.

    ``straight`` are the body's paired straight quotes (mark offsets). A quotation nested in
    another (‹ › inside « ») belongs to the outer one and is not proposed on its own.
    """
    marks = [(m.start(), m.end()) for m in patterns(conventions).pairs.finditer(body)]
    marks += [pair for pair in straight if pair[1] - pair[0] <= MAX_QUOTE_CHARS]
    spans = []
    for mark_start, mark_end in sorted(marks):
        start, end = _trimmed(body, mark_start + 1, mark_end - 1)
        if start < end:
            spans.append((mark_start, mark_end, start, end))
    if conventions.dialogue_dashes:
        spans = sorted(spans + _dialogue(body))
    outer: list[tuple[int, int, int, int]] = []
    for span in spans:
        if outer and span[0] < outer[-1][1]:
            continue
        outer.append(span)
    return outer


def _dialogue(body: str) -> list[tuple[int, int, int, int]]:
    """Speech in lines that open with a dash, less the narrator's incises (—dijo X—)."""
    spans = []
    for line in re.finditer(r"(?m)^[ \t]*[—–](?=\S)[^\n]*", body):
        mark = body.index(line.group().lstrip(" \t")[0], line.start())
        pos, limit = mark + 1, line.end()
        while pos < limit:
            incise = _DIALOGUE_INCISE.search(body, pos, limit)
            stop = incise.start() + 1 if incise else limit
            start, end = _trimmed(body, pos, stop)
            if start < end and any(ch.isalpha() for ch in body[start:end]):
                spans.append((mark, stop, start, end))
            if incise is None:
                break
            close = body.find(body[incise.start() + 1], incise.end(), limit)
            if close < 0:
                break
            mark, pos = close, close + 1
            while pos < limit and body[pos] in " .,;":
                pos += 1
    return spans


def is_title(text: str, conventions: Conventions) -> bool:
    """True when every word of ``text`` is capitalised (a title or a name, not speech)."""
    words = _words(text)
    return conventions.cased and bool(words) and all(
        _capitalised(w) or _bare(w) in conventions.particles for w in words
    )


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def _bare(word: str) -> str:
    return fold(word.strip(".,;:!?()\"'“”«»"))


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _elided(word: str, conventions: Conventions) -> str:
    """``word`` without an elided article ("l'ONU" -> "ONU") when one is written on it."""
    for article in ("l'", "l’", "d'", "d’"):
        if conventions.code == "fr" and word.lower().startswith(article) and len(word) > 2:
            return word[2:]
    return word


def _role_type(word: str, conventions: Conventions) -> str:
    """"person" or "organisation" when ``word`` is a role or organisation noun, else ""."""
    bare = _bare(word)
    # German case endings: "des Ministeriums", "dem Experten"
    forms = {bare, bare.removesuffix("s"), bare.removesuffix("n"), bare.removesuffix("en")}
    if forms & conventions.org_nouns or any(f.endswith(conventions.org_suffixes) for f in forms):
        return "organisation"
    if forms & conventions.person_nouns or any(f.endswith(conventions.person_suffixes) for f in forms):
        return "person"
    return ""


def _is_role_noun(word: str, conventions: Conventions) -> bool:
    return bool(_role_type(word, conventions))


def _noun_type(phrase: str, conventions: Conventions) -> str:
    words = _words(phrase)
    if not words:
        return ""
    head = _bare(words[0])
    if _role_type(words[0], conventions):
        return _role_type(words[0], conventions)
    if conventions.cased and head.endswith(("s", "x")) and len(head) > 3:
        return "group"
    if not conventions.cased and head.endswith(("ون", "ين")):
        return "group"
    return ""


def _inner_particle(words: list[str], index: int, conventions: Conventions) -> bool:
    """True when ``words[index]`` is a lower-case particle inside a name ("de", "von der")."""
    bare = _bare(words[index])
    if bare not in conventions.particles or index + 1 >= len(words):
        return False
    if bare in conventions.determiners:  # "la", "der" only after another particle
        return index > 0 and _bare(words[index - 1]) in conventions.particles
    return True


def _noun_first(phrase: str, conventions: Conventions) -> bool:
    """True when ``phrase`` opens with an article and its language capitalises nouns: the
    word after the article is a noun, not a name ("Die Hydrologin Maria Seidl")."""
    words = _words(phrase)
    while words and _bare(words[0]) in conventions.openers | conventions.time_words:
        words = words[1:]
    return conventions.nouns_capitalised and bool(words) and _bare(words[0]) in conventions.determiners


def _name_at_end(words: list[str], conventions: Conventions, noun_first: bool = False) -> int:
    """Where the proper name at the end of ``words`` begins, or ``len(words)`` for none;
    never at the first word when ``noun_first`` (see :func:`_noun_first`)."""
    if noun_first and len(words) > 1:
        return 1 + _name_at_end(words[1:], conventions)
    if noun_first:
        return len(words)
    if not conventions.cased:
        return _arabic_name_start(words, conventions)
    start = len(words)
    while start > 0 and (
        _capitalised(words[start - 1])
        or (start < len(words) and _capitalised(words[start]) and _inner_particle(words, start - 1, conventions))
    ):
        start -= 1
    after_article = conventions.prepositions | conventions.determiners
    while start < len(words):
        # a name starts with a capital; capitalised words after "del" or "des" complete the
        # role ("portavoz del Partido Popular", "Sprecher des Ministeriums"), and so does a
        # German role noun ("Innenministerin Anna Schmidt")
        word = words[start]
        if start > 0 and _bare(words[start - 1]) in after_article and _capitalised(word):
            while start < len(words) and _capitalised(words[start]):
                start += 1
            continue
        if not _capitalised(word) or (conventions.nouns_capitalised and _is_role_noun(word, conventions)):
            start += 1
            continue
        break
    return start


def _arabic_name_start(words: list[str], conventions: Conventions) -> int:
    """Where the name begins after a head noun and its complements, or ``len(words)``.

    Arabic writes no capitals: "وزير الخارجية الأردني أيمن الصفدي" is a role noun, its
    complements (definite words, organisation nouns, "باسم"), then the name; a phrase that
    starts with a proper name ("أيمن الصفدي") is all name.
    """
    if not words:
        return 0
    head = fold(words[0])
    if not (head.startswith("ال") or head in conventions.person_nouns or head in conventions.org_nouns):
        return 0
    index = 1
    while index < len(words) and _arabic_complement(fold(words[index]), conventions):
        index += 1
    return index


def _arabic_complement(word: str, conventions: Conventions) -> bool:
    return (
        word.startswith(("ال", "لل", "بال"))
        or word == "باسم"
        or word in conventions.org_nouns
        or word in conventions.person_nouns
    )


def _speaker(phrase: str, apposition: str, conventions: Conventions) -> Speaker | None:
    """A speaker from the words naming it and the phrase in commas after them, if any."""
    words = _phrase_words(phrase, conventions)
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return None
    if _bare(words[0]) in conventions.stops:
        return None  # "Nach der Sitzung": a prepositional phrase, not a speaker
    start = _name_at_end(words, conventions, _noun_first(phrase, conventions))
    role = " ".join(words[:start])
    if start < len(words):
        name = " ".join(words[start:])
        if not role and apposition:
            extra = _phrase_words(apposition, conventions)
            if extra and _name_at_end(extra, conventions) == len(extra) and len(extra) <= MAX_SPEAKER_WORDS:
                role = " ".join(extra)
        kind = "organisation" if name.isupper() or _noun_type(name, conventions) == "organisation" else "person"
        return Speaker(name, role=role, type=kind, proper=True)
    if apposition:
        extra = _phrase_words(apposition, conventions)
        if extra and len(extra) <= 4 and _name_at_end(extra, conventions) == 0:
            return Speaker(" ".join(extra), role=role, type="person", proper=True)
    return Speaker(role, type=_noun_type(role, conventions))


def _phrase_words(phrase: str, conventions: Conventions) -> list[str]:
    words = _words(phrase)
    while words and _bare(words[0]) in conventions.openers | conventions.time_words:
        words = words[1:]
    if words and _bare(words[0]) in conventions.determiners:
        words = words[1:]
    if words:
        words[0] = _elided(words[0], conventions)
    return words


def _pronoun(word: str, patterns_: Patterns) -> Speaker | None:
    kind = patterns_.pronouns.get(_bare(word))
    if kind is None:
        return None
    return Speaker("", type="group" if kind == "they" else "person", pronoun=kind)


def _segment(text: str) -> tuple[str, str]:
    """The words up to the next punctuation, and what follows that punctuation."""
    match = _SEGMENT_END.search(text)
    if match is None:
        return text, ""
    rest = text[match.end() :] if match.group() in ",،" else ""
    return text[: match.start()], rest


def speaker_after(text: str, patterns_: Patterns) -> Speaker | None:
    """The speaker named right after a cue ("a déclaré le ministre, Jean Dupont.")."""
    conventions = patterns_.conventions
    text = text.lstrip(_LEAD)
    text = text.lstrip("ـ ")
    segment, rest = _segment(text)
    words = segment.split()
    if words and _pronoun(words[0], patterns_):
        return _pronoun(words[0], patterns_)
    while words and _bare(words[0]) in conventions.time_words:
        words = words[1:]
    kept: list[str] = []
    for word in words:
        ellipsis = bool(kept) and kept[-1].endswith("-")  # "Industrie- und Handelskammer"
        if not ellipsis and (_bare(word) in conventions.stops or _bare(word) in conventions.time_words):
            break
        kept.append(word)
    while kept and _bare(kept[-1]) in conventions.trailing:
        kept.pop()  # "fügte der Minister hinzu": the verb's separable particle
    if not kept:
        return None
    apposition = ""
    if rest:
        # the phrase in commas after the speaker, up to its first stop word
        for word in _segment(rest)[0].split():
            if _bare(word) in conventions.stops:
                break
            apposition += " " + word
        if len(kept) < len(words) and _is_name(apposition, conventions):
            # "l'adjointe aux finances, Sophie Marchand": the words before the name, stop
            # words and all, are its role
            kept = words
    if len(kept) < len(words):
        apposition = ""
    return _speaker(" ".join(kept), apposition, conventions)


def _is_name(phrase: str, conventions: Conventions) -> bool:
    """True when ``phrase`` is nothing but a proper name of at most four words."""
    words = _phrase_words(phrase, conventions)
    return 0 < len(words) <= 4 and _name_at_end(words, conventions) == 0


def subject_before(text: str, patterns_: Patterns) -> Speaker | None:
    """The subject of a cue that follows ``text`` ("Le ministre, Jean Dupont, a déclaré")."""
    conventions = patterns_.conventions
    segments = [s.strip() for s in re.split(_PUNCTUATION, text)]
    while segments and not segments[-1]:
        segments.pop()
    if not segments:
        return None
    last = _phrase_words(segments[-1], conventions)
    if len(last) == 1 and _pronoun(last[0], patterns_):
        return _pronoun(last[0], patterns_)
    if not last or len(last) > MAX_SPEAKER_WORDS:
        return None
    previous = _phrase_words(segments[-2], conventions) if len(segments) > 1 else []
    start = _name_at_end(last, conventions, _noun_first(segments[-1], conventions))
    if start == len(last) and previous and len(previous) <= 4 and _name_at_end(previous, conventions) == 0:
        # "Jean Dupont, ministre de l'Intérieur, a déclaré": the name is in the commas before
        return Speaker(" ".join(previous), role=" ".join(last), type="person", proper=True)
    speaker = _speaker(segments[-1], "", conventions)
    if speaker is not None and speaker.proper and not speaker.role and start == 0 and previous:
        # "Le ministre de l'Intérieur, Jean Dupont, a déclaré": the role is before the name
        if len(previous) <= MAX_SPEAKER_WORDS and _name_at_end(previous, conventions) == len(previous):
            return replace(speaker, role=" ".join(previous))
    return speaker


def _verb_pronoun(cue: str, patterns_: Patterns) -> Speaker | None:
    """The speaker a verb carries itself: "a-t-il déclaré", "dit-elle", "قالت" with no subject."""
    conventions = patterns_.conventions
    inline = re.search(r"-(?:t-)?(il|elle|ils|elles|on)\b|^a-t-(il|elle|on)\b", cue, re.IGNORECASE)
    if inline:
        word = inline.group(1) or inline.group(2)
        return _pronoun(word, patterns_) or Speaker("", pronoun="it")
    if not conventions.pro_drop:
        return None
    verb = fold(cue)
    if conventions.code == "ar":
        kind = "they" if verb.endswith("وا") else "she" if verb.endswith("ت") else "he"
    else:
        kind = "they" if verb.endswith("ron") or verb.startswith("han ") else "he"
    return Speaker("", type="group" if kind == "they" else "person", pronoun=kind)


def _cue_kind(match: re.Match[str]) -> str:
    return next(name for name in ("verb", "before", "after") if match.groupdict().get(name))


def _read(match: re.Match[str], before: str, after: str, patterns_: Patterns) -> Found:
    """What a cue found in a sentence says: ``before``/``after`` are the words around it."""
    kind, cue = _cue_kind(match), match.group().strip()
    if kind == "before":
        if cue.rstrip("ـ").endswith("ل") and after[:1] == "ل":
            after = "ا" + after  # "وفقا للوزير": the article's alef is elided after "ل"
        return Found(speaker_after(after, patterns_), cue.lower())
    if kind == "after":
        return Found(subject_before(before, patterns_), cue.lower())
    speaker = _verb_pronoun(cue, patterns_) if "-" in cue else None
    # a comma right after the verb opens a clause ("sagte, der Klimawandel mache ..."),
    # not a speaker's name
    named_after = not after.lstrip(" \u00a0").startswith((",", "،"))
    # the subject comes first (Le ministre a déclaré : «…»), unless the language puts the
    # verb first (قال الوزير: «…») or nothing that names anyone precedes the verb
    # (Am Montag sagte der Minister: „…“)
    subject_first = patterns_.conventions.cased
    if speaker is None and subject_first and before.strip(_LEAD):
        speaker = subject_before(before, patterns_)
    if speaker is None and named_after:
        speaker = speaker_after(after, patterns_)
    if speaker is None and not subject_first and before.strip(_LEAD):
        speaker = subject_before(before, patterns_)
    if speaker is None:
        speaker = _verb_pronoun(cue, patterns_)
    return Found(speaker, cue.lower())


def _from_right(right: str, closed: bool, patterns_: Patterns) -> Found | None:
    text = right.lstrip(_LEAD)
    if not text:
        return None
    match = patterns_.cue.match(text)
    if match:
        return _read(match, "", text[match.end() :], patterns_)
    match = patterns_.right_only.match(text)
    if match and right.lstrip(" \u00a0").startswith((",", "،")):
        return Found(speaker_after(text[match.end() :], patterns_), match.group().lower())
    if closed and _capitalised(text):
        return None  # a new sentence
    match = patterns_.cue.search(text)
    if match and len(_words(text[: match.start()])) <= 6 and _cue_kind(match) == "verb":
        subject = subject_before(text[: match.start()], patterns_)
        if subject is not None:
            return Found(subject, match.group().strip().lower())
    return None


def _from_left(left: str, patterns_: Patterns) -> Found | None:
    last = None
    for match in patterns_.cue.finditer(left):
        last = match
    if last is None or len(_words(left[last.end() :])) > CUE_REACH_WORDS:
        return None
    return _read(last, left[: last.start()], left[last.end() :], patterns_)


def _from_inside(quoted: str, patterns_: Patterns) -> Found | None:
    """An attribution in commas inside the marks: «A, a souligné le maire, B»."""
    for match in patterns_.cue.finditer(quoted):
        if _cue_kind(match) == "verb" and quoted[: match.start()].rstrip().endswith((",", "،")):
            found = _read(match, "", quoted[match.end() :], patterns_)
            if found.speaker is not None:
                return found
    return None


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _word_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of words separated by nothing but a space (punctuation ends a run)."""
    runs: list[list[re.Match[str]]] = []
    end = -1
    for match in _WORD.finditer(text):
        if runs and text[end : match.start()] in (" ", "\u00a0"):
            runs[-1].append(match)
        else:
            runs.append([match])
        end = match.end()
    return runs


def person_names(text: str, conventions: Conventions) -> list[tuple[int, str]]:
    """``(offset, name)`` of each person's name written in ``text``, in order ("Die
    Anwohnerin Petra Lang" -> "Petra Lang"): two or three capitalised words, no role or
    organisation noun among them. None in a script without capitals."""
    if not conventions.cased:
        return []
    found = []
    for run in _word_runs(text):
        words = [match.group() for match in run]
        index = 0
        while index < len(words):
            if not _capitalised(words[index]):
                index += 1
                continue
            end = index
            while end < len(words) and (_capitalised(words[end]) or _inner_particle(words, end, conventions)):
                end += 1
            phrase = " ".join(words[index:end])
            candidate = _phrase_words(phrase, conventions)
            start = _name_at_end(candidate, conventions, _noun_first(phrase, conventions))
            name = candidate[start:]
            if 2 <= len(name) <= 3 and not any(_role_type(w, conventions) for w in name):
                found.append((run[end - len(name)].start(), " ".join(name)))
            index = end
    return found


def last_person(text: str, conventions: Conventions) -> str:
    """The last person's name written in ``text`` (see :func:`person_names`), or ""."""
    names = person_names(text, conventions)
    return names[-1][1] if names else ""


def attribute(
    body: str, span: tuple[int, int, int, int], floor: int, ceiling: int, conventions: Conventions
) -> Found | None:
    """The cue and speaker of the quotation ``span`` (as from :func:`quoted_spans`), read in
    its sentence, never before ``floor`` nor after ``ceiling``; None when there is no cue."""
    found_patterns = patterns(conventions)
    mark_start, mark_end, _start, end = span
    floor = max(floor, mark_start - SENTENCE_REACH_CHARS)
    ceiling = min(ceiling, mark_end + SENTENCE_REACH_CHARS)
    left = body[sentence_start(body, mark_start, floor) : mark_start]
    right = body[mark_end : sentence_end(body, mark_end, ceiling)]
    closed = body[end - 1] in ".!?…؟"
    found = _from_right(right, closed, found_patterns)
    if found is not None and found.speaker is not None:
        return found
    from_left = _from_left(left, found_patterns)
    if from_left is not None and (from_left.speaker is not None or found is None):
        return from_left
    return found or _from_inside(body[span[2] : end], found_patterns)
