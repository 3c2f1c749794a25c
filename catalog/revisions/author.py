"""Who is making a change: the person using this installation.

A display name (asked once by the window and kept in its settings; ``--author`` or
``PRESSMARK_AUTHOR`` on the command line; else the login name) and a random installation id,
kept in the user's configuration folder so that two people called "Sam" stay apart.
"""

from __future__ import annotations

import getpass
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_path

ENV_VAR = "PRESSMARK_AUTHOR"
_INSTALLATION_FILE = "installation.json"


@dataclass(frozen=True)
class Author:
    name: str
    installation_id: str

    def describe(self) -> str:
        return self.name or "someone"


def installation_id(folder: Path | None = None) -> str:
    """This installation's random id, made and saved the first time it is asked for. If the
    configuration folder cannot be written, a fresh id is used for this run only."""
    folder = folder or user_config_path("Pressmark", appauthor=False)
    path = folder / _INSTALLATION_FILE
    try:
        value = json.loads(path.read_text("utf-8")).get("installation_id", "")
        if isinstance(value, str) and len(value) == 36:
            return value
    except (OSError, ValueError, AttributeError):
        pass
    value = str(uuid.uuid4())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"installation_id": value}), "utf-8")
        os.replace(temporary, path)
    except OSError:
        pass
    return value


def name_from_environment() -> str:
    """The name ``$PRESSMARK_AUTHOR`` gives, or "" when it is not set: whoever set it has
    answered the question the window would ask."""
    return " ".join(os.environ.get(ENV_VAR, "").split())[:200]


def default_name() -> str:
    """``$PRESSMARK_AUTHOR``, else the login name, else "Pressmark user"."""
    name = name_from_environment()
    if name:
        return name
    try:
        return getpass.getuser()[:200] or "Pressmark user"
    except (OSError, KeyError, ImportError):
        return "Pressmark user"


def current_author(name: str | None = None) -> Author:
    """The author for this process: ``name`` if given, else :func:`default_name`."""
    chosen = " ".join((name or "").split())[:200] or default_name()
    return Author(chosen, installation_id())
