"""Errors the catalogue raises. Each carries one clear line for the user."""

from __future__ import annotations

import errno
import os

from catalog.messages import STEPS, Message, Step


class PressmarkError(Exception):
    """Base of every error Pressmark reports to a user; ``str()`` is one clear line. Raised
    with a :class:`~catalog.messages.Message` as its one argument, the window says that line
    in its own language (:func:`explain` gives the Message back)."""


class ImportFailed(PressmarkError):
    """A file could not be imported; the catalogue is unchanged. Names the file.

    ``reason`` is best a :class:`~catalog.messages.Message` (the window says it in its own
    language); its text, or a plain reason, is kept to one line of at most 300 characters.
    """

    def __init__(self, name: str, reason: str):
        reason = tidy_reason(reason)
        super().__init__(Message("import_failed", name=name, reason=reason))
        self.name = name
        self.reason = reason


class DuplicateDocument(PressmarkError):
    """The article is already in the catalogue (same URL, same text or same original file:
    ``why`` is one of ``DUPLICATE_EVIDENCE``)."""

    def __init__(self, name: str, existing_uuid: str, existing_title: str, why: str):
        already = Message(DUPLICATE_EVIDENCE[why], title=existing_title, uuid=existing_uuid)
        super().__init__(Message("import_failed", name=name, reason=already))
        self.existing_uuid = existing_uuid


# what shows a file to be a document the catalogue holds -> the sentence saying so
DUPLICATE_EVIDENCE = {
    "original file": "duplicate_same_original",
    "URL": "duplicate_same_url",
    "short URL": "duplicate_same_short_url",
    "text": "duplicate_same_text",
}


def tidy_reason(reason: str, most: int = 300) -> str:
    """``reason`` on one line of at most ``most`` characters. A Message stays one, its text
    fields made so instead (a sentence of our own is short; what it quotes may not be); a
    :class:`~catalog.messages.Step` it names stays as it is."""
    if isinstance(reason, Message):
        return Message(reason.key, **{k: tidy_reason(v, most) if isinstance(v, str) and not isinstance(v, Step) else v for k, v in reason.fields.items()})
    text = " ".join(str(reason).split())
    return text if len(text) <= most else text[: most - 1] + "…"


class NotFound(PressmarkError):
    """No record matches the given id, UUID or name."""


class InvalidInput(PressmarkError):
    """An argument is malformed (bad query, bad offsets, unknown kind, …)."""


class CatalogUnavailable(PressmarkError):
    """The catalogue cannot be opened (missing, unreadable, newer schema, in use)."""


class InvalidBundle(PressmarkError):
    """An exchange bundle was refused (damaged, hostile or malformed); nothing was imported.

    ``str()`` names the bundle and the first reason it was refused; ``reason`` is a
    :class:`~catalog.messages.Message` when the readers worded it as one.
    """

    def __init__(self, name: str, reason: str):
        super().__init__(Message("bundle_refused", name=name, reason=reason))
        self.name = name
        self.reason = reason


class SaveFailed(PressmarkError):
    """A change could not be written (disk full, read-only folder, …); nothing was saved."""


class CatalogDamaged(CatalogUnavailable):
    """The catalogue folder holds originals, an index or backups but no usable database
    (missing, emptied, not SQLite, truncated, another program's). Nothing was changed; the
    message names the newest backup to put back with ``pressmark restore``."""


# ----- turning any exception into a sentence for the user ---------------------------------
# the steps a sentence names, as commands (a front end names its own: the window its menu items)
CLI_STEPS: dict[str, str] = {"check": STEPS["check"], "restore": STEPS["restore"]}

# SQLite's primary result codes (the low byte of ``sqlite_errorcode``) -> the sentence's key
_SQLITE_MESSAGES = {
    3: "database_not_permitted", 5: "database_busy_elsewhere", 6: "database_busy", 8: "database_read_only",
    10: "database_disk_error", 11: "database_damaged", 13: "database_disk_full", 14: "database_cannot_open",
    26: "database_damaged",
}  # fmt: skip
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")

# errno -> the sentence's key (catalog.messages.SENTENCES)
_OS_MESSAGES = {
    errno.ENAMETOOLONG: "file_name_too_long", errno.ENOSPC: "disk_full", errno.EACCES: "permission_denied",
    errno.EPERM: "not_permitted", errno.EROFS: "read_only_disk", errno.ENOENT: "no_such_file",
    errno.EEXIST: "file_in_the_way", errno.ENOTDIR: "file_not_folder", errno.EISDIR: "is_a_folder",
    errno.EIO: "disk_io_error", errno.EMFILE: "too_many_open_files",
}  # fmt: skip


def explain(exc: BaseException, steps: dict[str, str] = CLI_STEPS) -> str | None:
    """One sentence for the user about ``exc``, saying what is wrong and what to do; None
    when ``exc`` is not a failure we know (a bug: the caller says so and where to see more).

    A :class:`PressmarkError` is its own line. A database error names SQLite's reason, never
    the SQL; a damaged database points to the check and restore steps named in ``steps``
    (``{"check": …, "restore": …}``: commands for the CLI, menu items for the window). File
    system errors name the file; nesting too deep and undecodable text say so. Each of these
    is a :class:`~catalog.messages.Message` (the window says it in its own language), and so
    is a PressmarkError's line when it was raised with one; else its line is its own text. The CLI's ``main`` and ``gui.errors`` call this on
    any thread; it raises nothing.
    """
    if isinstance(exc, PressmarkError):
        text = str(exc)
        # an error quoting a huge argument back stays readable: keep its start and its advice
        if len(text) > 1000:
            return f"{text[:600]}…{text[-300:]}"
        said = exc.args[0] if len(exc.args) == 1 else None
        return said if isinstance(said, Message) else text
    database = _sqlite_error(exc)
    if database is not None:
        detail = _one_line(str(database)) or type(database).__name__
        code = getattr(database, "sqlite_errorcode", None)
        key = _SQLITE_MESSAGES.get(code & 0xFF) if isinstance(code, int) else None
        if key is None and any(word in detail.lower() for word in _DAMAGE_WORDS):
            key = "database_damaged"
        return Message(key or "database_refused", detail=detail, **steps)
    if isinstance(exc, OSError):
        return _explain_os_error(exc)
    if isinstance(exc, RecursionError):
        return Message("nested_too_deep")
    if isinstance(exc, UnicodeDecodeError):
        filename = getattr(exc, "filename", None)  # set by our readers, not by Python
        where = {"file": filename} if isinstance(filename, str) else {}
        key = "file_text_not_decodable" if where else "text_not_decodable"
        return Message(key, encoding=exc.encoding, byte=f"0x{exc.object[exc.start]:02x}", position=exc.start, **where)
    if isinstance(exc, UnicodeEncodeError):
        return Message("text_not_storable", text=_shorten(_readable(exc.object)))
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
        return Message("file_name_too_long", name=_shorten(name))
    path = _shorten(paths[0], 200) if paths else "a file"
    key = _OS_MESSAGES.get(exc.errno) if exc.errno is not None else None
    if key is None:
        return f"{path}: {_one_line(exc.strerror or str(exc))}"
    return Message(key, path=path, name=path)


def _readable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) shown as "?"."""
    return text.encode("utf-8", "replace").decode("utf-8") if isinstance(text, str) else str(text)


def _shorten(text: str, keep: int = 60) -> str:
    return text if len(text) <= keep else text[: keep - 1] + "…"


def _one_line(text: str) -> str:
    """The first line of ``text`` with runs of spaces squashed, at most 300 characters."""
    lines = text.strip().splitlines()
    return _shorten(" ".join(lines[0].split()), 300) if lines else ""
