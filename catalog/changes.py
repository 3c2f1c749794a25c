"""What one unit of work changed, by record kind and UUID.

Every mutating :class:`catalog.Catalog` method returns a :class:`Changes`. The search index
is synced from it and GUI panels refresh only what they show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("document", "quote", "actor", "tag", "saved_search")


@dataclass
class Changes:
    created: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    edited: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    deleted: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    # records whose links to others changed but whose own indexed text did not (an actor
    # gained a document): panels refresh them, the index need not rewrite what links to them
    linked: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    proposals: bool = False  # the proposals of some document changed
    # record UUID -> the bundle's revision a merge took it from (the revision's second parent)
    merged_from: dict[str, str] = field(default_factory=dict)

    def create(self, kind: str, uuid: str) -> None:
        self.created[kind].add(uuid)

    def edit(self, kind: str, uuid: str) -> None:
        if uuid not in self.created[kind]:
            self.edited[kind].add(uuid)
            self.linked[kind].discard(uuid)

    def link(self, kind: str, uuid: str) -> None:
        if uuid not in self.created[kind] and uuid not in self.edited[kind]:
            self.linked[kind].add(uuid)

    def delete(self, kind: str, uuid: str) -> None:
        self.created[kind].discard(uuid)
        self.edited[kind].discard(uuid)
        self.linked[kind].discard(uuid)
        self.deleted[kind].add(uuid)

    def merge(self, other: Changes) -> Changes:
        for kind in KINDS:
            for uuid in other.created[kind]:
                self.create(kind, uuid)
            for uuid in other.edited[kind]:
                self.edit(kind, uuid)
            for uuid in other.linked[kind]:
                self.link(kind, uuid)
            for uuid in other.deleted[kind]:
                self.delete(kind, uuid)
        self.proposals = self.proposals or other.proposals
        self.merged_from.update(other.merged_from)
        return self

    def touched(self, kind: str) -> set[str]:
        return self.created[kind] | self.edited[kind] | self.linked[kind] | self.deleted[kind]

    def __bool__(self) -> bool:
        return self.proposals or any(self.touched(kind) for kind in KINDS)

    def summary(self) -> str:
        parts = []
        for verb, table in (("created", self.created), ("edited", self.edited), ("deleted", self.deleted)):
            counts = [f"{len(v)} {k.replace('_', ' ')}{'s' if len(v) != 1 else ''}" for k, v in table.items() if v]
            if counts:
                parts.append(f"{verb} " + ", ".join(counts))
        return "; ".join(parts) or "no change"
