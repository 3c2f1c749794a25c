"""One writer per catalogue across processes: an OS file lock on ``pressmark.lock``.

The lock is held by an open file descriptor, so the operating system releases it when the
holding process ends in any way (even SIGKILL): a lock left by a crashed process is never
honoured. The file also records who holds it (pid, host, program), for the message the second
process shows.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

LOCK_NAME = "pressmark.lock"


class CatalogLock:
    """An exclusive, non-blocking lock on a catalogue folder."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; returns False (without waiting) when another process holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "program": Path(sys.argv[0]).name})
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode(), 0) if hasattr(os, "pwrite") else os.write(fd, info.encode())
        return True

    def holder(self) -> str:
        """Who holds the lock, as a phrase for a message ("process 1234 (pressmark)")."""
        try:
            info = json.loads(self.path.read_text("utf-8") or "{}")
        except (OSError, ValueError):
            return "another process"
        return f"process {info.get('pid', '?')} ({info.get('program', 'Pressmark')}) on {info.get('host', 'this machine')}"

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
