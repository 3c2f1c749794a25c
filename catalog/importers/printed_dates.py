"""Calendar dates as a page prints them, in its language: "4 décembre 2026", "4. Dezember
2026", "4 de diciembre de 2026", "٤ ديسمبر ٢٠٢٦", "4 كانون الأول 2026", "2026年12月4日",
"04.12.2026".

:func:`find` is called by :func:`catalog.importers.html.choose_date` (in the import worker;
pure: it reads nothing but Babel's own data) on the text printed under a page's headline.
What a language writes comes from the Unicode CLDR through Babel, for the language and each
of its regional variants: its month names (wide and abbreviated, inside a date and standing
alone: Russian "декабря" and "декабрь", Levantine "كانون الأول" beside "ديسمبر"), its long and
medium date patterns (the words between the parts: "d 'de' MMMM 'de' y", "y年M月d日"), and
which of day and month its numeric dates put first (dd.MM.yy in German, M/d/yy in American
English). English dates are read on every page too: pages in other languages print them, and
some pages declare the wrong language.

Precision comes first. A date is a day, a month and a four-digit year (1900–2200) written
together: a month name alone ("in March", "May" the verb), a year alone, a price or a phone
number is none. A numeric date whose first two numbers could each be the month ("04/12/2026")
is read only when the language says which comes first.

dateparser (installed with htmldate) was tried and is not used: its ``search_dates`` with
``languages=["de"]`` reads "04.12.2026" as 12 April, finds a date in 2038 in "in 2026 after
12 years", and does not know "كانون الأول".

The languages read in their own words are :data:`LANGUAGES`; on a page in any other language
only English and numeric dates are read (a slash date only when just one of its first two
numbers could be the month). The list is also what the frozen bundle ships: the spec
(installer/pressmark.spec) bundles the Babel data files :func:`babel_locales` names, 378
files and 9.1 MB of Babel's 32 MB, so a language added to the list is read from source and
from the bundle alike.

The first page in a language reads that language's locale data once per process (English,
with 130 regional variants, about 0.1 s); each page after that costs a few searches. Missing
locale data degrades and says so: a language of :data:`LANGUAGES` whose data this build
lacks is logged once as a warning and read like any other language (English and numeric
dates), and a build with no English data still reads English month names as
:mod:`catalog.importers.bylines` knows them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.dates import get_date_format, get_month_names, tokenize_pattern

from catalog.importers import bylines

log = logging.getLogger(__name__)

# The languages whose month names and date patterns are read, each in all its regional
# variants: those the tests read dates in, and the other major languages of the news. Adding
# one here costs its Babel data in the bundle (0.15-0.6 MB a language;
# tests/installer/test_recipes.py checks the spec ships it).
LANGUAGES = (
    "ar", "de", "en", "es", "fr", "he", "hu", "it", "ja", "ko", "nl", "pl", "pt", "ru", "zh",
    "bg", "ca", "cs", "da", "el", "fa", "fi", "hi", "hr", "id", "ms", "nb", "ro", "sk", "sr",
    "sv", "th", "tr", "uk", "ur", "vi",
)  # fmt: skip
YEARS = range(1900, 2201)
# what a page may write after a day's number: English 18th, French 1er, Spanish 1º
_ORDINAL = "(?:st|nd|rd|th|er|º|°)?"
# spaces, and the direction marks Arabic and Hebrew pages leave between words
_MARKS = "\u200e\u200f\u061c"
_GAP = rf"[\s{_MARKS}]*"
# letters pages write for one another: Arabic alef with or without its hamza or madda
# ("كانون الاول" for "كانون الأول"); one letter for one, so positions in the text still hold
_FOLD = str.maketrans("أإآ", "ااا")
# read in every language beside its own patterns: its names, day first and month first
_COMMON_PATTERNS = ("d MMMM y", "MMMM d, y")
_NUMERIC = re.compile(
    r"(?<![A-Za-z\d./-])"
    r"(?:(?P<year1>\d{4})(?P<sep1>[./-])(?P<month1>\d{1,2})(?P=sep1)(?P<day1>\d{1,2})"
    r"|(?P<first>\d{1,2})(?P<sep2>[./-])\s?(?P<second>\d{1,2})(?P=sep2)\s?(?P<year2>\d{4}))"
    r"(?![A-Za-z\d/-]|[.,]\d)"
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# English month names for a build without Babel's English data, which then still reads
# English dates
_ENGLISH = {
    name.lower(): number
    for name, number in zip(
        bylines.MONTHS, (*range(1, 13), 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12), strict=True
    )
}


def may_hold_date(text: str) -> bool:
    """Whether ``text`` has a four-digit number, as every date :func:`find` reads does."""
    return _YEAR.search(text) is not None


def find(text: str, language: str = "") -> tuple[datetime, str] | None:
    """The first calendar date written in ``text``, and the words it is written in.

    ``language`` is the page's language tag ("fr", "en-GB", "ar-SY"), or "" when unknown:
    its month names and patterns are read (a language of :data:`LANGUAGES`), then English
    ones, then numeric dates (see :func:`_numeric`: "04/12/2026" is 4 December in "en-GB",
    12 April in "en-US"); the one that starts first wins. Returns ``(midnight of that day, the text as printed)``, or None
    when no day, month and four-digit year are written together. Raises nothing on any
    ``str``.
    """
    folded = text.translate(_FOLD)
    locale = _locale(language)
    codes = dict.fromkeys([locale.language if locale else "", "en"])
    readers = [_reader(code) for code in codes if code]
    found: list[tuple[int, int, int, datetime]] = []
    for rank, reader in enumerate(readers):
        for pattern in reader.patterns:
            for match in pattern.finditer(folded):
                moment = reader.moment(match)
                if moment is not None:
                    found.append((match.start(), -match.end(), rank, moment))
                    break
    day_first = _day_first(language)
    for match in _NUMERIC.finditer(folded):
        moment = _numeric(match, day_first)
        if moment is not None:
            found.append((match.start(), -match.end(), len(readers), moment))
            break
    if not found:
        return None
    start, minus_end, _, moment = min(found, key=lambda candidate: candidate[:3])
    return moment, text[start:-minus_end]


@dataclass(frozen=True)
class _Reader:
    """One language's dates with month names, as regular expressions over folded text."""

    patterns: tuple[re.Pattern[str], ...]
    months: dict[str, int]  # by _key(name)

    def moment(self, match: re.Match[str]) -> datetime | None:
        parts = match.groupdict()
        month = self.months.get(_key(parts["name"])) if parts.get("name") else None
        if parts.get("month"):
            month = int(parts["month"])
        return _moment(parts["year"], month, parts["day"])


def babel_locales() -> list[str]:
    """The Babel locales this module loads, as ``babel.localedata`` names them: "root",
    which every locale inherits from, each locale of every language in :data:`LANGUAGES`,
    and the locales of other languages they inherit from. Called at build time by installer/pressmark.spec, which bundles
    their data files and no others; raises OSError when Babel has no locale data."""
    names = ["root", *(name for language in LANGUAGES for name in _identifiers(language))]
    # a locale may inherit from another language's (Norwegian Bokmål "nb" from "no")
    parents = get_global("parent_exceptions")
    for name in names:  # grows as parents are found, so their parents are followed too
        parent = parents.get(name)
        if parent and parent not in names:
            names.append(parent)
    return names


def _identifiers(language: str) -> list[str]:
    """Babel's locales of ``language`` (an ISO 639 code): the language and its regional
    variants ("ar", "ar_SY", "zh_Hant_TW"). Raises OSError when Babel has no locale data."""
    return [
        name
        for name in localedata.locale_identifiers()
        if name == language or name.startswith(f"{language}_")
    ]


@cache
def _missing(names: str, consequence: str) -> None:
    """Say once per process that a build lacks Babel's data for the locales ``names``."""
    log.warning("printed dates: no Babel locale data for %s in this build; %s", names, consequence)


@cache
def _reader(language: str) -> _Reader:
    """The month names and date patterns of ``language`` (an ISO 639 code) in every locale
    Babel has for it; a name two of them give different months is left out. Missing data
    is logged once and skipped: a language with none reads English and numeric dates only
    (English itself then as bylines knows it), a regional variant whose file or parent's
    file is missing leaves its own names and patterns out."""
    months: dict[str, int] = {}
    clashes: set[str] = set()
    patterns = set(_COMMON_PATTERNS)
    try:
        identifiers = _identifiers(language)
    except OSError:  # a build without Babel's locale data
        identifiers = []
    if not identifiers:
        _missing(language, "its dates are read in English and numeric forms only")
        months = dict(_ENGLISH) if language == "en" else {}
    skipped = []
    for identifier in identifiers:
        try:
            locale = Locale.parse(identifier)
            month_names = [
                get_month_names(width, context, locale)
                for width in ("wide", "abbreviated")
                for context in ("format", "stand-alone")
            ]
            formats = [locale.date_formats[length].pattern for length in ("long", "medium")]
        except (OSError, UnknownLocaleError):  # its file, or a parent's, left out of the build
            skipped.append(identifier)
            continue
        for by_number in month_names:
            for number, name in by_number.items():
                key = _key(name)
                if key and months.setdefault(key, number) != number:
                    clashes.add(key)
        patterns.update(formats)
    if skipped:
        consequence = "or for a locale they inherit from; their month names and patterns are not read"
        _missing(", ".join(skipped), consequence)
    names = sorted(set(months) - clashes, key=len, reverse=True)
    if not names:
        return _Reader((), {})
    alternatives = "|".join(re.escape(name).replace(r"\ ", _GAP) for name in names)
    regexes = (_regex(pattern, alternatives) for pattern in sorted(patterns))
    compiled = tuple(re.compile(r, re.IGNORECASE) for r in dict.fromkeys(regexes) if r)
    return _Reader(compiled, {name: months[name] for name in names})


def _regex(pattern: str, names: str) -> str | None:
    """A CLDR date pattern ("d 'de' MMMM 'de' y") as a regular expression with the groups
    day, year and name (a month in ``names``) or month (its number); None for a pattern
    with other parts (an era, a weekday). Text before the first part is left out, and
    after the last only the word written onto it (日 in "y年M月d日", not Russian " г.")."""
    fields: list[str] = []  # the parts' letters
    literals = [""]  # the text before, between and after them
    for _, value in tokenize_pattern(pattern):
        if isinstance(value, str):  # the text between parts
            literals[-1] += value
            continue
        char, count = value
        if char in "ML":
            char = "MMMM" if count in (3, 4) else "M" if count <= 2 else "?"
        fields.append("y" if char == "u" else char)
        literals.append("")
    if sorted(fields) not in (["M", "d", "y"], ["MMMM", "d", "y"]):
        return None
    if "M" in fields and not any(ch.isalpha() for ch in "".join(literals[1:-1])):
        return None  # "dd-MM-y": a numeric date, read by _numeric in its language's order
    pieces = []
    for index, char in enumerate(fields):
        before, after = literals[index], literals[index + 1]
        if index:
            pieces.append(_literal(before))
        if char == "d":
            pieces.append(rf"(?<!\d)(?P<day>\d{{1,2}})(?!\d){_ORDINAL}")
        elif char == "y":
            pieces.append(r"(?<!\d)(?P<year>\d{4})(?!\d)")
        elif char == "M":
            pieces.append(r"(?<!\d)(?P<month>\d{1,2})(?!\d)")
        else:  # a name stands apart from other letters, unless the pattern writes one onto it
            alone_before = "" if before[-1:].isalpha() and index else r"(?<![^\W\d_])"
            alone_after = "" if after[:1].isalpha() else r"(?![^\W\d_])"
            pieces.append(rf"{alone_before}(?P<name>{names})\.?{alone_after}")
    attached = re.match(rf"[^\s{_MARKS}]*", literals[-1])
    if attached and any(ch.isalpha() for ch in attached.group(0)):
        pieces.append(f"(?:{_literal(attached.group(0))})?")
    return _GAP.join(pieces)


def _literal(text: str) -> str:
    """The words and marks a pattern writes between two parts; spaces may vary and commas
    and full stops may be left out."""
    out = []
    for ch in text:
        if ch.isspace() or ch in _MARKS:
            out.append(_GAP)
        elif ch in ",.":
            out.append(re.escape(ch) + "?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _key(name: str) -> str:
    """A month name as looked up: folded, lower case, its spaces single, no full stop."""
    name = re.sub(rf"[\s{_MARKS}]+", " ", name.translate(_FOLD))
    return name.strip(" .").lower()


@cache
def _locale(tag: str) -> Locale | None:
    """Babel's locale for a language tag ("en-GB", "pt_BR", "ar"), else for its language
    alone; None when neither is a locale of :data:`LANGUAGES` this build has data for (a
    language of the list without its data is logged once)."""
    tag = tag.strip().replace("_", "-")
    for candidate in (tag, tag.split("-")[0]):
        try:
            locale = Locale.parse(candidate, sep="-")
            if locale.language not in LANGUAGES:
                return None
            locale.date_formats  # noqa: B018 - loads its data and its parents', which may be missing
        except (ValueError, TypeError, UnknownLocaleError, OSError):
            continue
        return locale
    language = tag.split("-")[0].lower()
    if language in LANGUAGES:
        _missing(language, "its dates are read in English and numeric forms only")
    return None


@cache
def _day_first(tag: str) -> bool | None:
    """Whether the tag's locale writes a numeric date's day before its month (None when the
    tag names no locale Babel has)."""
    locale = _locale(tag)
    if locale is None:
        return None
    pattern = get_date_format("short", locale=locale).pattern
    fields = [value[0] for _, value in tokenize_pattern(pattern) if not isinstance(value, str)]
    if "d" not in fields or "M" not in fields:
        return None
    return fields.index("d") < fields.index("M")


def _numeric(match: re.Match[str], day_first: bool | None) -> datetime | None:
    """The day a numeric date names. Year first is year-month-day. Otherwise a number above
    12 is the day; then dots and hyphens put the day first (every CLDR locale that writes
    the month first writes M/d/y, with slashes); with slashes the language decides, and
    an unknown language reads no date."""
    if match["year1"]:
        return _moment(match["year1"], int(match["month1"]), match["day1"])
    first, second = int(match["first"]), int(match["second"])
    if first > 12 or first == second or match["sep2"] != "/":
        day, month = first, second
    elif second > 12:
        day, month = second, first
    elif day_first is None:
        return None
    else:
        day, month = (first, second) if day_first else (second, first)
    return _moment(match["year2"], month, str(day))


def _moment(year: str, month: int | None, day: str) -> datetime | None:
    if month is None or int(year) not in YEARS:
        return None
    try:
        return datetime(int(year), month, int(day))
    except ValueError:
        return None
