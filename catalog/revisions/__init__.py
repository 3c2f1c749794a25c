"""Revisions: every change recorded, undo, history and the three-way merge (docs/design/revisions.md)."""
