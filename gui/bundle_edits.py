"""Importing a bundle as an undoable edit.

Undo removes what the import added (records, kept-both copies, new tags) and sends records
it brought back from the trash back there (``Catalog.revert_bundle_import``); what it added
to records that were already here (tags, aliases, identifiers, links) and fields it took
from the bundle stay. Redo imports the same file again with the same conflict policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from catalog.changes import Changes
from catalog.exchange.merge_report import MergeReport
from gui.edits import Edit


@dataclass
class ImportBundle(Edit):
    """Merge the bundle at ``path`` with conflict policy ``policy`` (mine, theirs, both)."""

    path: Path
    policy: str = "mine"
    report: MergeReport | None = None
    shows_progress = True

    @property
    def label(self) -> str:
        return f"Import bundle “{Path(self.path).name}”"

    def first_apply(self, catalog, progress, cancel) -> Changes:
        self.report = catalog.import_bundle(self.path, on_conflict=self.policy, progress=progress, cancel=cancel)
        return self.report.changes

    def apply(self, catalog) -> Changes:
        return self.first_apply(catalog, None, None)

    def revert(self, catalog) -> Changes:
        assert self.report is not None, "reverted before it was applied"
        return catalog.revert_bundle_import(self.report)
