"""The window's interface language: Qt's translation machinery, and the catalogue it reads.

Every text the window shows goes through :func:`translate` (``QCoreApplication.translate``
under a name ``pyside6-lupdate`` recognises without options), or, for module-level tables
built before any translator is installed, is marked with ``QT_TRANSLATE_NOOP`` and passed
through :func:`translate` where it is shown; a sentence ``catalog/`` says (a
:class:`catalog.Message`) is translated by its key in ``gui/catalog_text.py``. The source
catalogue is ``translations/pressmark_LANG.ts`` (written by ``pyside6-lupdate -extensions py
-locations none -no-obsolete -recursive gui -ts ...`` and translated by hand); the compiled ``.qm`` lives in ``resources/translations`` so the installed app and the
frozen bundle need no Qt tool (``tests/gui/test_i18n.py`` checks it is the compilation of the
``.ts``). ``install_translators`` loads it with Qt's own ``qtbase`` translations, which name
the standard buttons (Save, Discard, Cancel), and mirrors the window for a right-to-left
language.

The language is View → Language (remembered; it takes effect at the next start) or the
environment variable ``PRESSMARK_LANG`` (``en``, ``ar``), which wins, for tests and pictures.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

__all__ = [
    "LANGUAGES", "LANG_ENV_VAR", "QT_TRANSLATE_NOOP", "chosen_language", "clauses", "grouped", "install_translators", "isolated",
    "italics_read", "listed", "translate",
]  # fmt: skip

LANG_ENV_VAR = "PRESSMARK_LANG"
# the languages the interface is translated into, by code, named in their own language
LANGUAGES = {"en": "English", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})

_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (itself when untranslated); ``%n`` in ``text`` is
    replaced by ``n`` in the plural form the language needs."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def grouped(text: str, n: int) -> str:
    """``text``, a count translated with ``%n`` (Qt writes ``n`` plainly), with ``n`` grouped
    by thousands as English writes it ("1,204 quotes"). Counts are written
    ``translate(ctx, "%n quote", None, n) if n == 1 else translate(ctx, "%n quotes", None, n)``:
    English needs no catalogue, and the plural's translation holds every form the language
    has (Arabic's six)."""
    return text.replace(str(n), f"{n:,}", 1)


def listed(items: Iterable[str]) -> str:
    """``items`` one after another as the interface language lists them: "a, b, c" (Arabic
    separates them with its own comma)."""
    return translate("Lists", ", ", "between the items of a list").join(items)


def clauses(parts: Iterable[str]) -> str:
    """``parts`` of one sentence as the interface language separates them: "a; b" (Arabic
    with its own semicolon)."""
    return translate("Lists", "; ", "between the parts of a sentence").join(parts)


def isolated(text: str) -> str:
    """``text`` (a title or a name, often English) for a ``{placeholder}`` of a translated
    sentence: in a right-to-left window it is wrapped in Unicode direction isolates (U+2068 FIRST
    STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), so an English title's own punctuation stays
    with it and the Arabic quote marks around it sit where they belong; left-to-right it is
    ``text`` unchanged."""
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"\u2068{text}\u2069"


def italics_read() -> bool:
    """Whether the window may set text apart in italics: not right to left, where the script
    (Arabic) has no italics and its fonts often have no slanted face, so the text would show as
    empty boxes."""
    return QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft


def chosen_language(setting: str = "system") -> str:
    """The language to show: ``$PRESSMARK_LANG`` if it names one of ``LANGUAGES``, else the
    setting (``system``, ``en``, ``ar``), where ``system`` is the system locale's language if
    the interface is translated into it, else English."""
    env = os.environ.get(LANG_ENV_VAR, "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> None:
    """Replace the translators ``app`` reads with those of ``language``: ours and Qt's
    ``qtbase``; a right-to-left language mirrors the whole window. English installs none."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight)
    if language == "en":
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resources.files("resources") / "translations" / f"pressmark_{language}.qm"
    for load in (
        lambda t: t.load(f"qtbase_{language}", qt_folder),
        lambda t: t.load(str(ours)),  # resources is a folder: installed, or the bundle's
    ):
        translator = QTranslator(app)
        if load(translator):
            app.installTranslator(translator)
            _installed.append(translator)
