"""An actor's external identifiers, checked and written one way before they are stored.

Known schemes are checked against their own rules (a Wikidata id is Q and digits, an ISNI or
ORCID carries a check character) and written in their usual form, so that two records of
one person compare equal; a link to the authority's page is read as the id it shows. Any
other scheme (``twitter``, a local register) is accepted as typed, within the lengths an
exchange bundle carries. Called by :class:`catalog.services.actors.ActorService` when an
identifier is added or edited by hand; imports keep what their source says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from catalog.errors import InvalidInput
from catalog.messages import Message
from catalog.models import ACTOR_NAME_MAX

SCHEME_MAX = 40  # the longest scheme an exchange bundle accepts (exchange.records)
# the schemes the window offers, with what each value looks like
KNOWN_SCHEMES: dict[str, str] = {
    "wikidata": "Q42",
    "viaf": "113230702",
    "isni": "0000 0001 2144 1970",
    "orcid": "0000-0002-1825-0097",
    "url": "https://example.org/about",
}
_SCHEME_NAMES = {"qid": "wikidata", "wikidata id": "wikidata", "wd": "wikidata", "website": "url", "web": "url"}
_SCHEME = re.compile(r"[a-z][a-z0-9._-]*")
_WIKIDATA = re.compile(r"(?:https?://(?:www\.|m\.)?wikidata\.org/(?:wiki|entity)/)?(?:wd:)?(q\d+)/?", re.IGNORECASE)
_VIAF = re.compile(r"(?:https?://(?:www\.)?viaf\.org/viaf/)?(\d{1,22})/?", re.IGNORECASE)
_ISO7064 = re.compile(r"(?:https?://(?:www\.)?(?:isni\.org/isni|orcid\.org)/)?([0-9][0-9 -]{14,20}[0-9xX])/?")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)


IdentifierInput = Mapping[str, str | Iterable[str]] | Iterable[tuple[str, str]]


def checked_identifiers(identifiers: IdentifierInput | None) -> list[tuple[str, str]]:
    """``identifiers`` (a mapping of scheme to a value or to values, or (scheme, value) pairs)
    as checked, normalised pairs, each once, in the order given. Raises InvalidInput naming
    the first bad one."""
    if identifiers is None:
        return []
    if isinstance(identifiers, Mapping):
        pairs: list[tuple[str, str]] = []
        for scheme, values in identifiers.items():
            pairs.extend((scheme, v) for v in ([values] if isinstance(values, str) else values))
    else:
        pairs = [tuple(pair) for pair in identifiers]  # type: ignore[misc]
    return list(dict.fromkeys(checked_identifier(scheme, value) for scheme, value in pairs))


def checked_identifier(scheme: str, value: str) -> tuple[str, str]:
    """One identifier as it is stored: the scheme in lower case, the value in its usual form.
    Raises InvalidInput saying what is wrong and what a good one looks like."""
    scheme = " ".join(str(scheme).split()).lower()
    scheme = _SCHEME_NAMES.get(scheme, scheme)
    value = " ".join(str(value).split())
    if not scheme:
        raise InvalidInput(Message("identifier_needs_scheme", value=value[:60]))
    if len(scheme) > SCHEME_MAX or not _SCHEME.fullmatch(scheme):
        raise InvalidInput(Message("identifier_scheme_bad", scheme=scheme[:60], most=SCHEME_MAX))
    if not value:
        raise InvalidInput(Message("identifier_empty", scheme=scheme))
    if len(value) > ACTOR_NAME_MAX:
        raise InvalidInput(Message("identifier_too_long", scheme=scheme, most=ACTOR_NAME_MAX))
    check = _CHECKS.get(scheme)
    return scheme, check(value) if check else value


def _wikidata(value: str) -> str:
    match = _WIKIDATA.fullmatch(value)
    if not match:
        raise InvalidInput(Message("not_wikidata_id", value=value[:60]))
    return match.group(1).upper()


def _viaf(value: str) -> str:
    match = _VIAF.fullmatch(value)
    if not match:
        raise InvalidInput(Message("not_viaf_id", value=value[:60]))
    return match.group(1)


def _iso7064_digits(value: str, name: str, example: str) -> str:
    match = _ISO7064.fullmatch(value)
    digits = re.sub(r"[ -]", "", match.group(1)).upper() if match else ""
    if len(digits) != 16 or not digits[:15].isdigit():
        raise InvalidInput(Message("not_iso7064_id", value=value[:60], name=name, example=example))
    if check_character(digits[:15]) != digits[15]:
        raise InvalidInput(Message("iso7064_check_fails", value=value[:60], name=name))
    return digits


def _isni(value: str) -> str:
    digits = _iso7064_digits(value, "ISNI", KNOWN_SCHEMES["isni"])
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def _orcid(value: str) -> str:
    digits = _iso7064_digits(value, "ORCID iD", KNOWN_SCHEMES["orcid"])
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def _url(value: str) -> str:
    if not _URL.fullmatch(value):
        raise InvalidInput(Message("not_web_address", value=value[:60]))
    return value


def check_character(digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character of ``digits`` (as ISNI and ORCID use it)."""
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


_CHECKS = {"wikidata": _wikidata, "viaf": _viaf, "isni": _isni, "orcid": _orcid, "url": _url}
