"""Errors the catalogue raises. Each carries one clear line for the user."""

from __future__ import annotations


class PressmarkError(Exception):
    """Base of every error Pressmark reports to a user; ``str()`` is one clear line."""


class ImportFailed(PressmarkError):
    """A file could not be imported; the catalogue is unchanged. Names the file."""

    def __init__(self, name: str, reason: str):
        reason = " ".join(str(reason).split())
        if len(reason) > 300:
            reason = reason[:299] + "…"
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class DuplicateDocument(PressmarkError):
    """The article is already in the catalogue (same URL, same text or same original file)."""

    def __init__(self, name: str, existing_uuid: str, existing_title: str, why: str):
        super().__init__(
            f"{name}: already in the catalogue as “{existing_title}” ({existing_uuid}), same {why}"
        )
        self.existing_uuid = existing_uuid


class NotFound(PressmarkError):
    """No record matches the given id, UUID or name."""


class InvalidInput(PressmarkError):
    """An argument is malformed (bad query, bad offsets, unknown kind, …)."""


class CatalogUnavailable(PressmarkError):
    """The catalogue cannot be opened (missing, unreadable, newer schema, in use)."""


class InvalidBundle(PressmarkError):
    """An exchange bundle was refused (damaged, hostile or malformed); nothing was imported.

    ``str()`` names the bundle and the first reason it was refused.
    """

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: refused: {reason}")
        self.name = name
        self.reason = reason


class SaveFailed(PressmarkError):
    """A change could not be written (disk full, read-only folder, …); nothing was saved."""


class CatalogDamaged(CatalogUnavailable):
    """The catalogue folder holds originals, an index or backups but no usable database
    (missing, emptied, not SQLite, truncated, another program's). Nothing was changed; the
    message names the newest backup to put back with ``pressmark restore``."""
