"""What importing a bundle did (or, in a dry run, would do), record by record.

Built by :mod:`catalog.exchange.merge`; returned by ``Catalog.import_bundle``; printed by the
CLI and shown by the GUI. Plain data, safe to hand to any thread.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from catalog.changes import Changes
from catalog.vocabulary import MERGE_POLICIES

POLICIES = MERGE_POLICIES
RESOLUTIONS = {"mine": "kept mine", "theirs": "took theirs", "both": "kept both"}
KINDS = ("tag", "actor", "document", "quote")
ACTIONS = ("added", "unchanged", "updated", "kept", "conflict", "skipped")
EARLIER_COPY = "its copy kept beside yours earlier"  # a MergeEntry's matched_by


@dataclass
class MergeEntry:
    """One record of the bundle and what became of it.

    ``action``: ``added`` (new here), ``unchanged`` (already here, identical), ``updated``
    (already here; their changes were taken, or links, tags, aliases or identifiers added),
    ``kept`` (theirs is a version we had: ours is newer), ``conflict`` (edited differently here
    and there; see ``fields``, ``values`` and ``resolution``) or ``skipped`` (could not be
    placed; see ``detail``). ``local_uuid`` is the record it now lives as here. ``values``
    holds a conflict's differing fields: for a three-way conflict (``shared_base``) each one's
    ``mine``, ``theirs`` and ``base``; for a two-way one (no shared version) ``mine`` and
    ``theirs`` only, and not for every field (a document's text, "in the trash here").
    """

    kind: str
    uuid: str
    label: str
    action: str
    local_uuid: str = ""
    matched_by: str = ""  # id, text, URL, name, identifier, path, position, or the earlier copy (EARLIER_COPY)
    fields: list[str] = field(default_factory=list)
    resolution: str = ""
    detail: str = ""
    values: dict[str, dict[str, object]] = field(default_factory=dict)
    shared_base: bool = False  # merged three-way, against the last version both sides share

    def describe(self) -> str:
        text = f"{self.kind} “{_short(self.label)}”: {self.action}"
        if self.matched_by and self.matched_by != "id":
            text += f" (matched by {self.matched_by})"
        if self.fields:
            text += f"; differs in {', '.join(self.fields)}"
        if self.resolution:
            text += f"; {self.resolution}"
        if self.detail:
            text += f"; {self.detail}"
        for name, values in self.values.items():
            sides = [side for side in ("mine", "theirs", "base") if side in values]
            text += f"\n    {name}: " + ", ".join(f"{side} {_value(values[side])}" for side in sides)
        return text


@dataclass
class MergeReport:
    """Every record's fate, the policies used, and the catalogue's :class:`Changes`.

    ``decisions`` are the policies chosen record by record (bundle UUID -> policy);
    ``policy`` resolved every other conflict.
    """

    bundle: str
    policy: str
    dry_run: bool
    entries: list[MergeEntry] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    decisions: dict[str, str] = field(default_factory=dict)

    def add(self, entry: MergeEntry) -> MergeEntry:
        self.entries.append(entry)
        return entry

    def count(self, action: str, kind: str | None = None) -> int:
        return sum(1 for e in self.entries if e.action == action and (kind is None or e.kind == kind))

    @property
    def conflicts(self) -> list[MergeEntry]:
        return [e for e in self.entries if e.action == "conflict"]

    @property
    def skipped(self) -> list[MergeEntry]:
        return [e for e in self.entries if e.action == "skipped"]

    def summary(self) -> str:
        """One line per kind, e.g. ``documents: 2 added, 1 unchanged, 1 conflict (took theirs)``."""
        lines = []
        for kind in KINDS:
            parts = []
            for action in ACTIONS:
                n = self.count(action, kind)
                if n:
                    word = action if action != "conflict" else ("conflicts" if n > 1 else "conflict")
                    parts.append(f"{n} {word}")
            if parts:
                lines.append(f"{kind}s: {', '.join(parts)}")
        verb = "would change" if self.dry_run else "changed"
        lines.append(f"catalogue {verb}: {self.changes.summary()}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "bundle": self.bundle,
            "policy": self.policy,
            "decisions": dict(self.decisions),
            "dry_run": self.dry_run,
            "counts": {kind: {a: self.count(a, kind) for a in ACTIONS} for kind in KINDS},
            "entries": [asdict(e) for e in self.entries if e.action != "unchanged"],
            "conflicts": [
                {"kind": e.kind, "record": e.local_uuid or e.uuid, "label": e.label, "field": name, "resolution": e.resolution,
                 "shared_base": e.shared_base, "base": None, **values}
                for e in self.conflicts
                for name, values in e.values.items()
            ],
            "changes": self.changes.summary(),
        }


def two_way_values(pairs: dict[str, tuple[object, object]], fields: list[str]) -> dict[str, dict[str, object]]:
    """A two-way conflict's ``values``: ``mine`` and ``theirs`` of each field of ``fields`` that
    ``pairs`` holds (no ``base``: there is no shared version); times as ISO text, so the report
    stays plain data."""
    return {name: {"mine": _plain(pairs[name][0]), "theirs": _plain(pairs[name][1])} for name in fields if name in pairs}


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def _value(value: object) -> str:
    if value is None:
        return "(none)"
    return f"“{_short(value)}”" if isinstance(value, str) else _short(str(value))


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
