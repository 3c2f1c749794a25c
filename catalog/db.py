"""Engine set-up and schema upgrades: the only place that knows the database is SQLite.

``open_engine`` turns on WAL and foreign keys for SQLite; ``upgrade`` brings any catalogue to
the newest Alembic revision. Both are called by :class:`catalog.Catalog` only.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

from catalog.messages import Message

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
# the error texts by which SQLite says a file is damaged rather than busy or unwritable
DAMAGE_WORDS = ("malformed", "not a database", "file is encrypted", "corrupt", "could not decode to utf-8")


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` (a DB-API or SQLAlchemy error) says the database file is damaged."""
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in DAMAGE_WORDS)


def is_unreadable_value(exc: BaseException) -> bool:
    """True when ``exc`` (ValueError, TypeError) was raised while SQLAlchemy converted a
    stored value (a date, a number): the value on disk is not what the schema says, which
    only damage to the file makes happen."""
    if not isinstance(exc, ValueError | TypeError) or exc.__traceback__ is None:
        return False
    innermost = exc.__traceback__
    while innermost.tb_next is not None:
        innermost = innermost.tb_next
    where = innermost.tb_frame.f_code.co_filename.replace("\\", "/")
    return "/sqlalchemy/" in where and "processors" in where


def examine(path: Path) -> tuple[str, str]:
    """What the database file at ``path`` holds, found without changing it.

    Returns ``(state, why)``: ``"absent"`` (no file, or an empty one), ``"blank"`` (an SQLite
    file without tables: a first open cut short), ``"catalogue"`` (a Pressmark database), or
    ``"damaged"`` (a link, not SQLite, unreadable, truncated, another program's). ``why`` is
    a phrase for a message, as a Message ("its database catalog.sqlite is empty").
    """
    name = path.name
    try:
        info = path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return "absent", Message("database_file_missing", name=name)
    except OSError as exc:
        return "damaged", Message("database_file_unreadable", name=name, reason=exc.strerror)
    if stat.S_ISLNK(info.st_mode):
        return "damaged", Message("database_file_link", name=name)
    if not stat.S_ISREG(info.st_mode):
        return "damaged", Message("database_file_not_file", name=name)
    for side in ("-wal", "-shm", "-journal"):
        # SQLite refuses these as links too, but only with "unable to open database file"
        if os.path.islink(str(path) + side):
            return "damaged", Message("database_side_file_link", name=name + side)
    if info.st_size == 0:
        return "absent", Message("database_file_empty", name=name)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return "damaged", Message("database_file_unreadable", name=name, reason=exc.strerror)
    if not header.startswith(SQLITE_MAGIC):
        return "damaged", Message("database_not_sqlite", name=name)
    try:
        # a plain read-write connection: it replays a WAL left by a killed process, as the
        # catalogue itself would, and it never creates the file (mode=rw)
        connection = sqlite3.connect(path.absolute().as_uri() + "?mode=rw", uri=True)
        connection.text_factory = lambda raw: raw.decode("utf-8", "replace")  # names may be damaged too
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return "damaged", Message("database_file_unreadable", name=name, reason=str(exc))
        # busy, locked, no permission: not damage; opening it properly will say what it is
        return "catalogue", ""
    if _truncated(path):
        return "damaged", Message("database_truncated", name=name)
    if not tables:
        return "blank", Message("database_no_tables", name=name)
    if "alembic_version" not in tables:
        return "damaged", Message("database_foreign", name=name)
    return "catalogue", ""


def _truncated(path: Path) -> bool:
    """True when the file is shorter than the page count its header gives.

    Only trusted without a WAL: pages in a WAL are not yet in the file, and the header's count
    is only valid when SQLite marked it so (bytes 92-95 equal the change counter, 24-27).
    """
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] != header[24:28] or not pages:
        return False
    return path.stat().st_size < pages * page_size


def open_engine(url: str) -> Engine:
    """Create an engine for ``url``; for SQLite, WAL journal, foreign keys and a busy timeout."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001 - DB-API objects
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()
            # pysqlite begins transactions lazily, only before DML, so a SAVEPOINT taken first
            # would open (and its RELEASE commit) a transaction of its own: let SQLAlchemy
            # emit BEGIN itself, so that a unit of work with savepoints stays one transaction
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            connection.exec_driver_sql("BEGIN")

    return engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
