"""Undoable changes to saved searches. They return an empty ``Changes`` (a saved search is
not a record), so the saved-searches panel follows ``Operations.stepped`` instead."""

from __future__ import annotations

from dataclasses import dataclass

from catalog.changes import Changes
from gui.edits import Edit


def _saved_query(catalog, name: str) -> str | None:
    return next((s.query for s in catalog.saved_searches() if s.name == name), None)


@dataclass
class SaveSearch(Edit):
    """Save ``query`` as ``name``; undo deletes it, or puts back the query it replaced."""

    name: str
    query: str
    _previous: str | None = None

    def __post_init__(self) -> None:
        self.name = " ".join(self.name.split())  # as the catalogue stores it

    @property
    def label(self) -> str:
        return f"Save search “{self.name}”"

    def apply(self, catalog) -> Changes:
        self._previous = _saved_query(catalog, self.name)
        return catalog.save_search(self.name, self.query)

    def revert(self, catalog) -> Changes:
        if self._previous is None:
            return catalog.delete_saved_search(self.name)
        return catalog.save_search(self.name, self._previous)


@dataclass
class DeleteSavedSearch(Edit):
    """Delete the saved search ``name``; undo saves it again."""

    name: str
    _query: str = ""

    @property
    def label(self) -> str:
        return f"Delete saved search “{self.name}”"

    def apply(self, catalog) -> Changes:
        self._query = _saved_query(catalog, self.name) or ""
        return catalog.delete_saved_search(self.name)

    def revert(self, catalog) -> Changes:
        return catalog.save_search(self.name, self._query)
