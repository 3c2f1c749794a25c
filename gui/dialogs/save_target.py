"""The file an export dialog saves to: whether it can be written there, said under the path.

The bibliography and bundle dialogs both show the same judgement: no path yet, a folder that
does not exist, a folder given where a file is wanted (all of which keep OK disabled), or a
file that will be replaced (OK stays enabled: the warning is for the user's eyes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from gui.i18n import translate


def save_target_problem(path: Path | None, what: str) -> tuple[bool, str]:
    """(whether ``path`` can be saved to, what to say about it) for a file holding ``what``
    ("bibliography", "bundle"); ``path`` is None while none is given."""
    if path is None:
        return False, translate("SaveTarget", "Choose where to save the {what}.").format(what=_noun(what))
    if not path.parent.is_dir():
        return False, translate("SaveTarget", "There is no folder {folder}.").format(folder=path.parent)
    if path.is_dir():
        return False, translate("SaveTarget", "{path} is a folder: give a file name.").format(path=path)
    if path.exists():
        return True, translate("SaveTarget", "{name} exists and will be replaced.").format(name=path.name)
    return True, ""


def show_save_target(path: Path | None, what: str, warning: QLabel, ok: QPushButton) -> None:
    """Enable ``ok`` as :func:`save_target_problem` judges ``path``, and say why in ``warning``
    (hidden when there is nothing to say)."""
    fine, message = save_target_problem(path, what)
    ok.setEnabled(fine)
    warning.setText(message)
    warning.setVisible(bool(message))


def _noun(what: str) -> str:
    """``what`` ("bibliography", "bundle") in the interface language."""
    nouns = {"bibliography": translate("SaveTarget", "bibliography"), "bundle": translate("SaveTarget", "bundle")}
    return nouns.get(what, what)
