"""What every worker process Pressmark starts does first (import preparers, index segment
writers: see catalog.import_pool and catalog.search.index)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading


def end_with_parent() -> None:
    """In a worker process: exit as soon as the process that started it is gone (killed,
    crashed). Its queues stay open in the worker itself, so it would otherwise wait on them
    for ever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="pressmark-parent-watch", daemon=True).start()
