"""The three-way merge of one record: the last version both sides share, mine and theirs.

Pure functions, any thread (docs/design/revisions.md, section 4). :func:`find_base` walks the
bundle's revision graph from its head to the newest revision this catalogue also has;
:func:`merge_fields` decides field by field: a field changed on one side only is taken from
that side, a field changed the same way on both is agreed, and only a field changed
differently on both sides is a conflict. Lists that are sets (tags, aliases, identifiers,
relations, actor links) merge as sets: what each side added or removed since the base.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from catalog.vocabulary import ADDED_FIELDS

SET_FIELDS = frozenset({"tags", "aliases", "identifiers", "relations", "actors"})
LOCAL_FIELDS = frozenset({"proposals", "proposal_payloads"})  # never exchanged


@dataclass
class FieldMerge:
    """The outcome for one record: the merged values, the fields taken from theirs, and
    the conflicts as ``field -> (mine, theirs, base)`` (their merged value is mine)."""

    merged: dict[str, object]
    taken: list[str] = field(default_factory=list)
    conflicts: dict[str, tuple[object, object, object]] = field(default_factory=dict)


def find_base(head: str | None, parents: Mapping[str, Iterable[str | None]], known: set[str]) -> str | None:
    """The nearest revision to ``head`` (following ``parents``: revision -> its parents) that is
    in ``known``; None when the two histories share none."""
    queue = deque([head] if head else [])
    seen: set[str] = set()
    while queue:
        rev = queue.popleft()
        if rev is None or rev in seen:
            continue
        seen.add(rev)
        if rev in known:
            return rev
        queue.extend(p for p in parents.get(rev, ()) if p)
    return None


def merge_fields(base: Mapping[str, object], mine: Mapping[str, object], theirs: Mapping[str, object]) -> FieldMerge:
    """Merge the fields ``theirs`` carries (others stay mine). See the module doc."""
    result = FieldMerge(dict(mine))
    for name, their_value in theirs.items():
        if name in LOCAL_FIELDS:
            continue
        my_value, base_value = mine.get(name), base.get(name, ADDED_FIELDS.get(name))
        if my_value == their_value or their_value == base_value:
            continue
        if my_value == base_value:
            result.merged[name] = their_value
            result.taken.append(name)
            continue
        if name in SET_FIELDS and _all_lists(base_value, my_value, their_value):
            result.merged[name] = _merge_sets(base_value, my_value, their_value)  # type: ignore[arg-type]
            if result.merged[name] != my_value:
                result.taken.append(name)
            continue
        result.conflicts[name] = (my_value, their_value, base_value)
    return result


def _all_lists(*values: object) -> bool:
    return all(isinstance(v, list) for v in values)


def _key(item: object) -> str:
    return repr(item)


def _merge_sets(base: list, mine: list, theirs: list) -> list:
    """Mine, less what theirs removed since the base, plus what theirs added (in their order)."""
    base_keys = {_key(i) for i in base}
    their_keys = {_key(i) for i in theirs}
    removed = base_keys - their_keys
    merged = [item for item in mine if _key(item) not in removed]
    have = {_key(i) for i in merged}
    for item in theirs:
        if _key(item) not in base_keys and _key(item) not in have:
            merged.append(item)
            have.add(_key(item))
    # a list the state keeps sorted (tags, aliases, identifiers, relations) stays sorted;
    # an ordered one (a document's actor links: authors in byline order) keeps its order
    return sorted(merged) if mine == sorted(mine) and theirs == sorted(theirs) else merged
