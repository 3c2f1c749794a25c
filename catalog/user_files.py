"""The user's files and folders as the window and the command line speak of them: whether a
folder may become a new catalogue, and file names told apart (pages saved as ``source.html``
in folders of their own). Pure functions of paths; nothing here writes."""

from __future__ import annotations

from pathlib import Path

from catalog.errors import explain
from catalog.location import is_catalog
from catalog.messages import Message


def new_catalogue_problem(folder: Path) -> str | None:
    """Why a new catalogue cannot be made in ``folder`` (it holds files that are not a
    catalogue's, or is a file), or None when it can (missing, empty, or a catalogue already).
    File → New, ``--catalog`` at the window's start and the command line's ``init`` and
    ``import`` ask before creating one, so no catalogue is ever written among someone's files."""
    if is_catalog(folder):
        return None
    if folder.exists() and not folder.is_dir():
        return Message("new_folder_is_file", path=folder)
    try:
        # hidden entries (.DS_Store, desktop.ini's kin) do not make a folder someone's work
        others = sorted(entry.name for entry in folder.iterdir() if not entry.name.startswith("."))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return explain(exc)
    if not others:
        return None
    shown = ", ".join(others[:3])
    if len(others) > 3:
        shown = Message("files_and_more", files=shown, more=len(others) - 3)
    return Message("new_folder_not_empty", path=folder, files=shown)


def distinct_names(paths: list[str]) -> list[str]:
    """Each path as its file name, with as many of its folders as it takes to tell it from
    the others: pages saved as ``aclu/source.html`` and ``cnn/source.html`` are not both
    ``source.html``. The same path twice stays the same name."""
    parts = [Path(path).parts for path in paths]
    depth = [1] * len(parts)
    while True:
        by_name: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for i, whole in enumerate(parts):
            by_name.setdefault(whole[-depth[i] :], set()).add(whole)
        longer = [
            i for i, whole in enumerate(parts)
            if len(by_name[whole[-depth[i] :]]) > 1 and depth[i] < len(whole)
        ]  # fmt: skip
        if not longer:
            return [str(Path(*whole[-depth[i] :])) if whole else "" for i, whole in enumerate(parts)]
        for i in longer:
            depth[i] += 1
