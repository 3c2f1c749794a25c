"""One writer per catalogue across processes: OS locks on the catalogue folder and ``pressmark.lock``.

The locks are held by open file descriptors, so the operating system releases them when the
holding process ends in any way (even SIGKILL): a lock left by a crashed process is never
honoured.

Where the system allows it (POSIX) the lock that counts is on the catalogue folder itself.
``pressmark.lock`` alone is not enough: anyone may delete it while a writer holds it, and the
next process would then create a new file, lock that, and write beside the first. A folder
holding a catalogue cannot be deleted or replaced from under its holder. The file is locked
too (for Pressmark versions that look only at it, and on Windows, where an open file cannot be
deleted anyway) and records who holds the lock (pid, host, program) for the message the second
process shows. Since the file is truncated and rewritten, it is opened without following links
and must be a plain file with no other name: a link planted there could point at anything.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import sys
from pathlib import Path

from catalog.errors import CatalogUnavailable

LOCK_NAME = "pressmark.lock"
# no inheritance by child processes; no following of links; no waiting on a FIFO planted here
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)


class CatalogLock:
    """An exclusive, non-blocking lock on a catalogue folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self._folder_fd: int | None = None
        self._holder_info = b""

    def acquire(self) -> bool:
        """Take the lock; returns False (without waiting) when another process holds it.

        Raises CatalogUnavailable when ``pressmark.lock`` is a link, not a plain file, has
        other names, or cannot be opened.
        """
        for _attempt in range(3):
            fd = self._open_file()
            folder_fd = _lock_folder(self.folder)
            if folder_fd is False:
                self._holder_info = _read_head(fd)
                os.close(fd)
                return False
            try:
                _lock(fd)
            except OSError:
                self._holder_info = _read_head(fd)
                _release(folder_fd, None)
                os.close(fd)
                return False
            if _same_file(fd, self.path):
                break
            # deleted or replaced between our open and our lock: that file no longer counts
            _release(folder_fd, fd)
        else:
            raise CatalogUnavailable(f"{self.folder}: {LOCK_NAME} keeps being replaced; is another program deleting it?")
        self._fd, self._folder_fd = fd, folder_fd
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "program": Path(sys.argv[0]).name})
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode(), 0) if hasattr(os, "pwrite") else os.write(fd, info.encode())
        return True

    def _open_file(self) -> int:
        """Open (or create) the lock file without following a link; refuse what is not a
        plain file with one name."""
        try:
            fd = os.open(self.path, _OPEN_FLAGS, 0o644)
        except OSError as exc:
            if self.path.is_symlink():
                raise CatalogUnavailable(
                    f"{self.folder}: {LOCK_NAME} is a symbolic link, which Pressmark will not write through; remove it and try again"
                ) from exc
            if exc.errno in (errno.EISDIR, errno.ENXIO, errno.ENODEV):
                raise CatalogUnavailable(f"{self.folder}: {LOCK_NAME} is not a plain file; remove it and try again") from exc
            raise CatalogUnavailable(f"{self.folder}: cannot open {LOCK_NAME}: {exc.strerror or exc}") from exc
        info = os.fstat(fd)
        problem = ""
        if not stat.S_ISREG(info.st_mode):
            problem = "is not a plain file"
        elif info.st_nlink > 1:
            problem = "has other names (hard links), so writing it would change another file"
        if problem:
            os.close(fd)
            raise CatalogUnavailable(f"{self.folder}: {LOCK_NAME} {problem}; remove it and try again")
        return fd

    def holder(self) -> str:
        """Who holds the lock, as a phrase for a message ("process 1234 (pressmark)")."""
        try:
            info = json.loads(self._holder_info.decode("utf-8") or "{}")
        except ValueError:
            return "another process"
        if not isinstance(info, dict) or not info:
            return "another process"
        return f"process {info.get('pid', '?')} ({info.get('program', 'Pressmark')}) on {info.get('host', 'this machine')}"

    def release(self) -> None:
        if self._fd is not None:
            fd, folder_fd = self._fd, self._folder_fd
            self._fd = self._folder_fd = None
            _release(folder_fd, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_head(fd: int) -> bytes:
    try:
        return os.pread(fd, 4096, 0) if hasattr(os, "pread") else os.read(fd, 4096)
    except OSError:
        return b""


def _same_file(fd: int, path: Path) -> bool:
    """True when ``path`` still names the file open as ``fd``."""
    try:
        mine, named = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)


def _release(folder_fd: int | None, fd: int | None) -> None:
    for held in (fd, folder_fd):
        if held is None:
            continue
        try:
            _unlock(held)
        except OSError:
            pass  # closing releases it all the same
        finally:
            os.close(held)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _lock_folder(_folder: Path) -> int | None | bool:
        # a folder cannot be locked here, and an open lock file cannot be deleted
        return None

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_folder(folder: Path) -> int | None | bool:
        """Lock the folder itself: its descriptor, None where the file system cannot lock
        folders (the file's lock then stands alone, as before), False when another holds it."""
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:  # e.g. NFS, where flock is emulated and a folder cannot be locked
            os.close(fd)
            return None
        return fd
