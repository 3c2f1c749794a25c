"""Dates in a typed search that the search cannot read, said with what and where.

The search reads ``date:`` values with whoosh's date grammar (``2024-03-14``, ``2024-03``,
``2024``, ``yesterday``, ranges ``date:[2024-01-01 to 2024-06-30]``); a value it cannot read
ends as "cannot read the search …: notadate", which names neither the field nor the place.
:func:`date_problem` names both. The window and the command line call it after a search
failed, to say more than the search did.
"""

from __future__ import annotations

import re
from datetime import datetime

from catalog.messages import Message

# a date: clause and its value: a bracketed range, or one word with an optional comparison
_DATE_CLAUSE = re.compile(r"(?<![\w/])date:(\[[^\]]*\]?|[<>]?=?[^\s()]*)", re.I)
_RANGE_ENDS = re.compile(r"\S+", re.I)
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2})?$")
# Python's words for a date that does not exist, as the catalogue's sentences
_IMPOSSIBLE = {"month must be in 1..12": "date_month_range", "day is out of range for month": "date_day_range"}


def date_problem(parser, text: str) -> str | None:
    """The first ``date:`` value of ``text`` that is not a date, as "“notadate” at character 6
    is not a date: write dates as …" (characters counted from 1 in ``text``); None when every
    date reads. ``parser`` is ``catalog.search.parser()``, whose date grammar decides.
    Any thread; reads nothing but ``text``."""
    for clause in _DATE_CLAUSE.finditer(text):
        value, start = clause.group(1), clause.start(1)
        if not value:
            continue  # "date:" alone: the search says that it has nothing after it
        if value.startswith("["):
            inner = value[1:].rstrip("]")
            for end in _RANGE_ENDS.finditer(inner):
                word = end.group(0)
                if word.lower() == "to":
                    continue
                problem = _unreadable(parser, word)
                if problem is not None:
                    return _say(word, start + 1 + end.start() + 1, problem)
            continue
        word = value.lstrip("<>=")
        problem = _unreadable(parser, word) if word else None
        if problem is not None:
            return _say(word, start + len(value) - len(word) + 1, problem)
    return None


def _say(word: str, where: int, reason: str) -> str:
    how = Message("search_date_how")
    if reason:
        return Message("search_not_a_date_because", date=word, at=where, reason=reason, how=how)
    return Message("search_not_a_date", date=word, at=where, how=how)


def impossible_date(exc: ValueError) -> str:
    """Why a year, month and day make no date (``datetime``'s ValueError), as a Message when
    it is one Python says in words we know."""
    key = _IMPOSSIBLE.get(str(exc))
    return Message(key) if key else str(exc)


def _unreadable(parser, word: str) -> str | None:
    """Why ``word`` is not a date ('' when there is no more to say), or None when it is one."""
    iso = _ISO.match(word)
    if iso:
        year, month, day = (int(part) if part else 1 for part in iso.groups())
        try:
            datetime(year, month, day)
        except ValueError as exc:
            return impossible_date(exc)
        return None
    if not re.fullmatch(r"[\w-]+", word):
        return ""
    try:
        query = parser.parse(f"date:{word}")
    except Exception:  # noqa: BLE001 - whoosh raises a bare Exception for an unreadable date
        return ""
    return "" if _has_error(query) else None


def _has_error(query) -> bool:
    if getattr(query, "error", None):
        return True
    return any(_has_error(child) for child in query.children())
