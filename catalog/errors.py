"""Errors the catalogue raises. Each carries one clear line for the user."""

from __future__ import annotations

import errno
import os


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


# ----- turning any exception into a sentence for the user ---------------------------------
CLI_STEPS = {"check": "`pressmark check`", "restore": "`pressmark restore`"}

# SQLite's primary result codes (the low byte of ``sqlite_errorcode``)
_SQLITE_MESSAGES = {
    3: "the catalogue's database may not be opened ({detail}): check the folder's permissions",
    5: "the catalogue's database is busy ({detail}): another program is writing to it; try again when it has finished",
    6: "the catalogue's database is busy ({detail}): try again when the other step has finished",
    8: "the catalogue's database cannot be written ({detail}): check that the file and its folder are writable",
    10: "the disk could not read or write the catalogue's database ({detail}): check the disk, then run {check}",
    11: "the catalogue's database is damaged ({detail}): run {check}, or {restore} to go back to the newest backup",
    13: "the disk holding the catalogue is full ({detail}): free some space and try again; the failed step saved nothing",
    14: "the catalogue's database cannot be opened ({detail}): check that the catalogue folder is there and readable",
    26: "the catalogue's database is damaged ({detail}): run {check}, or {restore} to go back to the newest backup",
}
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")

_OS_MESSAGES = {
    errno.ENAMETOOLONG: "the file name “{name}” is too long for this file system: choose a shorter name",
    errno.ENOSPC: "the disk is full (writing {path}): free some space and try again",
    errno.EACCES: "{path}: permission denied: check the permissions of the file and its folder",
    errno.EPERM: "{path}: the operation is not permitted: check the permissions of the file and its folder",
    errno.EROFS: "{path}: the disk is read-only: choose a writable place",
    errno.ENOENT: "{path}: no such file or folder",
    errno.EEXIST: "{path}: a file is in the way (it exists already): move it elsewhere and try again",
    errno.ENOTDIR: "{path}: a file is where a folder should be: move it elsewhere and try again",
    errno.EISDIR: "{path}: is a folder, not a file",
    errno.EIO: "{path}: the disk could not read or write it (input/output error): check the disk",
    errno.EMFILE: "too many files are open at once: close some programs and try again",
}


def explain(exc: BaseException, steps: dict[str, str] = CLI_STEPS) -> str | None:
    """One sentence for the user about ``exc``, saying what is wrong and what to do; None
    when ``exc`` is not a failure we know (a bug: the caller says so and where to see more).

    A :class:`PressmarkError` is its own line. A database error names SQLite's reason, never
    the SQL; a damaged database points to the check and restore steps named in ``steps``
    (``{"check": …, "restore": …}``: commands for the CLI, menu items for the window). File
    system errors name the file; nesting too deep and undecodable text say so. The CLI's
    ``main`` and ``gui.errors`` call this on any thread; it raises nothing.
    """
    if isinstance(exc, PressmarkError):
        text = str(exc)
        # an error quoting a huge argument back stays readable: keep its start and its advice
        return text if len(text) <= 1000 else f"{text[:600]}…{text[-300:]}"
    database = _sqlite_error(exc)
    if database is not None:
        detail = _one_line(str(database)) or type(database).__name__
        code = getattr(database, "sqlite_errorcode", None)
        template = _SQLITE_MESSAGES.get(code & 0xFF) if isinstance(code, int) else None
        if template is None and any(word in detail.lower() for word in _DAMAGE_WORDS):
            template = _SQLITE_MESSAGES[11]
        if template is None:
            template = "the catalogue's database refused this step ({detail}); the step saved nothing: run {check} if it happens again"
        return template.format(detail=detail, **steps)
    if isinstance(exc, OSError):
        return _explain_os_error(exc)
    if isinstance(exc, RecursionError):
        return (
            "the records are nested too deeply to process (such as tags hundreds of levels deep): "
            "make the nesting shallower and try again; the step saved nothing"
        )
    if isinstance(exc, UnicodeDecodeError):
        filename = getattr(exc, "filename", None)  # set by our readers, not by Python
        where = f"{filename}: " if isinstance(filename, str) else ""
        return (
            f"{where}the text is not valid {exc.encoding} (byte 0x{exc.object[exc.start]:02x} at position "
            f"{exc.start} cannot be read): save the file as UTF-8 and try again"
        )
    if isinstance(exc, UnicodeEncodeError):
        return (
            f"“{_shorten(_readable(exc.object))}” contains characters that cannot be stored as text (such as a file name in "
            "an unknown encoding): rename it and try again"
        )
    return None


def describe(exc: BaseException, steps: dict[str, str] = CLI_STEPS) -> str:
    """:func:`explain`, or for a bug "internal error: Type: its first line"."""
    return explain(exc, steps) or f"internal error: {type(exc).__name__}: {_one_line(_readable(str(exc)))}"


def _sqlite_error(exc: BaseException):
    """The sqlite3 error behind ``exc`` (SQLAlchemy wraps it as ``orig``), or None."""
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        return exc
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error) and type(exc).__module__.startswith("sqlalchemy"):
        return orig
    return None


def _explain_os_error(exc: OSError) -> str:
    paths = [p for p in (exc.filename, exc.filename2) if p is not None]
    paths = [_readable(os.fsdecode(p) if isinstance(p, bytes) else str(p)) for p in paths]
    if exc.errno == errno.ENAMETOOLONG and paths:
        # os.replace(temp, target) reports the temp file first; the long name is the target's
        longest = max(paths, key=lambda p: max((len(os.fsencode(part)) for part in p.split(os.sep)), default=0))
        name = max(longest.split(os.sep), key=lambda part: len(os.fsencode(part)))
        return _OS_MESSAGES[errno.ENAMETOOLONG].format(name=_shorten(name))
    path = _shorten(paths[0], 200) if paths else "a file"
    template = _OS_MESSAGES.get(exc.errno) if exc.errno is not None else None
    if template is None:
        return f"{path}: {_one_line(exc.strerror or str(exc))}"
    return template.format(path=path, name=path)


def _readable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) shown as "?"."""
    return text.encode("utf-8", "replace").decode("utf-8") if isinstance(text, str) else str(text)


def _shorten(text: str, keep: int = 60) -> str:
    return text if len(text) <= keep else text[: keep - 1] + "…"


def _one_line(text: str) -> str:
    """The first line of ``text`` with runs of spaces squashed, at most 300 characters."""
    lines = text.strip().splitlines()
    return _shorten(" ".join(lines[0].split()), 300) if lines else ""
