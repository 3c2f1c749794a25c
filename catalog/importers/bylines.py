"""Who wrote a saved web page: author names from its bylines, meta tags and structured data.

Used by :mod:`catalog.importers.html` (in the import worker; pure, no I/O). A page names its
authors in several places that disagree: trafilatura's guess, JSON-LD ``author``, meta tags,
byline elements, a "By …" line under the headline, an agency credit. The rules here decide
which to believe and turn each byline into clean names:

* a name the page gives as its publisher (JSON-LD ``publisher``, ``og:site_name``, the
  copyright holder) is not an author, so a ``meta name=author`` saying "Condé Nast" gives way
  to the person in JSON-LD or ``article:author``;
* placeholders a template left ("Name", "Admin", "Staff", "By") and labels ("作者：未知
  责任编辑：李明": author unknown, editor Li Ming) are not authors: an author label's value is
  kept, an editor's or a source's is not;
* names keep the page's own spelling, full stops of initials included ("Dana A. Ford", where
  trafilatura returns "Dana A Ford");
* co-authors are all kept: structured data listing more of them than a byline does wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from catalog.importers.base import ParsedActor
from catalog.text import normalise, squash_spaces

if TYPE_CHECKING:
    from catalog.importers.page_facts import PageFacts

# Placeholders some CMSs put where a byline belongs, and desk labels that name no one.
NOT_AUTHORS = {
    "username", "no author", "admin", "administrator", "author", "unknown", "anonymous",
    "staff", "by", "guest", "editor", "editors", "web desk", "desk", "null", "none", "editorial",
    "name", "author name", "your name", "first name last name", "firstname lastname",
    "staff writer", "staff writers", "staff reporter", "news desk", "newsroom", "the editors",
    "redaktion", "rédaction", "redacción", "redazione", "admin user", "webmaster",
    "未知", "佚名", "匿名", "不详", "不詳", "无", "編集部", "غير معروف",
}  # fmt: skip
AGENCIES = {
    "afp", "ap", "associated press", "reuters", "jiji", "kyodo", "dpa", "pa", "xinhua", "ansa",
    "efe", "upi", "press association", "bloomberg", "agence france-presse", "tass", "yonhap",
}  # fmt: skip
AUTHOR_META = (
    "author", "article:author", "parsely-author", "dc.creator", "dcterms.creator",
    "sailthru.author", "byl", "citation_author",
)  # fmt: skip
MONTHS = (  # full names, then abbreviations: a byline that ends with a date is cut before it
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
# "Label: value" parts of a byline. An author label's value is a name; any other label's
# value (the editor, the source, the photographer) is not the author's.
_AUTHOR_LABELS = (
    "作者", "记者", "記者", "撰文", "文", "author", "authors", "autor", "autorin", "auteur",
    "autore", "written by", "words", "text", "reporter", "reporting", "by", "بقلم", "كتب",
)  # fmt: skip
_OTHER_LABELS = (
    "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "校对", "審校", "审核", "来源", "來源",
    "出处", "摄影", "攝影", "图", "圖", "editor", "edited by", "source", "photo", "photos",
    "photography", "illustration", "via", "quelle", "fuente", "fonte", "crédit", "credit",
)  # fmt: skip
_LABEL = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(label) for label in _OTHER_LABELS + _AUTHOR_LABELS) + r")"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
# what a byline line under the headline starts with
_BY = re.compile(r"^\s*(by|par|por|von|door|di|av|af|بقلم)[:\s]+\S", re.IGNORECASE)
_SUFFIXES = {"jr", "sr", "jnr", "snr"}
# a byline's names end where its date or its time stamp starts
_NOT_NAME_FROM = (
    r"\d|updated|published|posted|\s(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def choose_authors(
    facts: PageFacts, extracted: str | None, publication: str, title: str = ""
) -> list[ParsedActor]:
    """The page's authors, in byline order, as persons or (news agencies) organisations.

    Names come from the first source that gives any: trafilatura, JSON-LD, meta tags, byline
    elements, a "By …" line or an agency credit under the headline. JSON-LD that lists the
    same names and more adds the co-authors; a byline element naming one of them with others
    ("X (avec Y et Z)") adds those. Each name keeps the page's spelling. ``title`` is the
    headline chosen for the page, under which a plain-text byline is looked for.

    A name the page also gives as its publisher or copyright holder is left out, unless
    nothing else names anyone: a one-person blog is published by its author.
    """
    sources = [
        [] if _only_in_other_stories(extracted or "", facts) else [extracted or ""],
        facts.ld_authors,
        [v for key in AUTHOR_META for v in facts.meta.get(key, [])],
        facts.bylines()[:3],
        facts.headline_bylines(title),
    ]
    names: list[str] = []
    for publishers in (facts.publisher_names() | {publication}, {publication}):
        for source in sources:
            names = clean_author_names(source, publishers)
            if names:
                break
        if names:
            break
    structured = clean_author_names(facts.ld_authors, publishers)
    known = {_fold(n) for n in structured}
    if len(structured) > len(names) and all(_fold(n) in known for n in names):
        names = structured
    for byline in facts.bylines():
        if names and any(_fold(name) in _fold(byline) for name in names):
            more = clean_author_names([byline], publishers)
            if len(names) < len(more) <= 6:
                found = {_fold(n) for n in names}
                names += [n for n in more if _fold(n) not in found and " " in n]
    spellings = _spellings(facts, publishers, title)
    names = [spellings.get(_fold(name), name) for name in names]
    kinds = ["organisation" if n.casefold() in AGENCIES else "person" for n in names]
    return [ParsedActor(name=normalise(n), type=k) for n, k in zip(names, kinds, strict=True)]


def _only_in_other_stories(extracted: str, facts: PageFacts) -> bool:
    """Whether trafilatura's byline is one it took from another story's teaser (an aside's
    "By …") and the page names it nowhere else as this story's."""
    folded = _fold(extracted)
    if not folded or not any(folded in _fold(b) for b in facts.other_stories_bylines()):
        return False
    own = [*facts.ld_authors, *(v for key in AUTHOR_META for v in facts.meta.get(key, []))]
    return not any(folded in _fold(text) for text in own + facts.bylines())


def _spellings(facts: PageFacts, publishers: set[str], title: str) -> dict[str, str]:
    """Each name the page writes anywhere, by its folded form, as written with the most
    full stops (so "Dana A. Ford" beats a copy that lost them)."""
    raw = [
        *facts.ld_authors,
        *(v for key in AUTHOR_META for v in facts.meta.get(key, [])),
        *facts.bylines(),
        *facts.headline_bylines(title),
    ]
    spellings: dict[str, str] = {}
    for name in clean_author_names(raw, publishers):
        best = spellings.get(_fold(name), "")
        if name.count(".") > best.count("."):
            spellings[_fold(name)] = name
    return spellings


def clean_author_names(raw: Iterable[str], publishers: str | Iterable[str] = "") -> list[str]:
    """Split bylines into names; drop "By", labels, dates, URLs, placeholders and publishers.

    ``publishers``: the page's publication and publisher names; a name equal to one of them
    is the publisher's, not an author's.
    """
    publisher_folds = {
        _fold(p) for p in ([publishers] if isinstance(publishers, str) else publishers)
    } - {""}
    names: list[str] = []
    for value in raw:
        if not isinstance(value, str) or _is_web_url(value.strip()):
            continue
        value = _labelled_names(squash_spaces(value))
        value = re.split(_NOT_NAME_FROM, value, flags=re.I)[0]
        value = re.sub(r"\(\s*(?:and|with|avec|et|und|y|con|com)\s+", ";", value, flags=re.I)
        for part in re.split(r"[;,|)、，]|\s&\s|\s+(?:and|with|avec|et|und|y|con|com)\s+", value):
            name = re.sub(
                r"^(by|par|por|von|door|text|words|بقلم)\b[:\s]*", "", part.strip(), flags=re.I
            )
            name = re.split(r"\s[-–—]\s", name, maxsplit=1)[0]
            name = re.sub(rf"\s+({'|'.join(MONTHS)})$", "", _trim(name), flags=re.I)
            if name.lower().endswith(" associated press"):
                name = name[: -len(" associated press")].strip()
            if name.count("(") != name.count(")"):
                name = name.replace("(", "").strip()
            if not name or name.casefold() in NOT_AUTHORS or len(name) > 60:
                continue
            if len(name.split()) > 6 or _fold(name) in publisher_folds:
                continue
            if name.isupper() and len(name.split()) >= 2:
                name = name.title()
            if _fold(name) not in {_fold(n) for n in names}:
                names.append(name)
    return names


def _labelled_names(value: str) -> str:
    """The byline without its labelled parts that name no author ("责任编辑：李明",
    "Source: …"); an author label ("作者：") is dropped and its value kept."""
    labels = list(_LABEL.finditer(value))
    if not labels:
        return value
    kept = [value[: labels[0].start()]]
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(value)
        if label.group(1).casefold() in _AUTHOR_LABELS:
            kept.append(value[label.end() : end])
    return ";".join(part.strip() for part in kept if part.strip())


def _trim(name: str) -> str:
    """The name without the punctuation around it, keeping an initial's or "Jr."'s full stop."""
    name = name.strip(" :-–—@·")
    words = name.split()
    if name.endswith(".") and words:
        last = words[-1].rstrip(".")
        if not (len(last) == 1 or last.casefold() in _SUFFIXES):
            name = name.rstrip(". ")
    return name


def is_byline_line(text: str) -> bool:
    """Whether a short line reads as a byline: "By …", "Par …", "Von …" and a name, which
    starts with a capital in scripts that have them ("By noon, the crowd…" is no byline)."""
    match = _BY.match(text)
    if not match or len(text) > 150 or len(text.split()) > 16:
        return False
    first = text[match.end() - 1]
    return first.isalpha() and not first.islower()


def _is_web_url(value: str | None) -> bool:
    return bool(value) and re.match(r"https?://[^\s/]+\.[^\s]+$", value or "") is not None
