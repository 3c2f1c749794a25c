"""What the window remembers between sessions, over one ``QSettings`` passed in.

Window geometry and state, splitter layouts, the panes shown, the appearance (system, light
or dark), the interface language, the last catalogue and the recent ones, the
folder bundles were last exported to or imported from, the name the user's changes carry in
the history, the citation style. The
application makes its ``QSettings`` (organisation "Pressmark"); tests pass one pointing at a
temporary file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
APPEARANCES = ("system", "light", "dark")
INTERFACE_LANGUAGES = ("system", "en", "ar")


def app_settings_store() -> QSettings:
    """The application's settings: an INI file in the user's config folder (organisation
    "Pressmark"), so tests can redirect it with ``QSettings.setPath``."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Pressmark", "Pressmark")


class AppSettings:
    """Typed access to the settings store; every setter writes through at once."""

    def __init__(self, store: QSettings):
        self.store = store

    # ----- window ------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", value)

    def pane_shown(self, name: str) -> bool:
        """Whether the pane ``name`` (see ``MainWindow.panes``) is shown; every pane is until
        the user hides it."""
        return self._flag(f"panes/{name}")

    def set_pane_shown(self, name: str, shown: bool) -> None:
        self._set_flag(f"panes/{name}", shown)

    def proposals_shown(self) -> bool:
        """Whether the reader marks proposals in the text (View → Show proposals); yes until
        the user turns it off."""
        return self._flag("view/proposals")

    def set_proposals_shown(self, shown: bool) -> None:
        self._set_flag("view/proposals", shown)

    def appearance(self) -> str:
        """``system``, ``light`` or ``dark`` (``system`` until chosen, or for anything else)."""
        return self._choice("view/appearance", APPEARANCES)

    def set_appearance(self, value: str) -> None:
        """Remember ``value`` (one of ``APPEARANCES``); raises ValueError for anything else."""
        self._set_choice("view/appearance", APPEARANCES, value, "appearance")

    def language(self) -> str:
        """The interface language: ``system`` (until chosen, or for anything else), ``en`` or
        ``ar``; read at start-up (see ``gui.i18n``)."""
        return self._choice("view/language", INTERFACE_LANGUAGES)

    def set_language(self, value: str) -> None:
        """Remember ``value`` (one of ``INTERFACE_LANGUAGES``); raises ValueError otherwise."""
        self._set_choice("view/language", INTERFACE_LANGUAGES, value, "language")

    def _flag(self, key: str) -> bool:
        """A yes/no setting: yes until set to no."""
        return str(self.store.value(key, "true")).lower() != "false"

    def _set_flag(self, key: str, value: bool) -> None:
        self.store.setValue(key, "true" if value else "false")
        self.store.sync()

    def _choice(self, key: str, allowed) -> str:
        """One of ``allowed`` (whose first is ``system``): ``system`` until chosen, or for
        anything else found under ``key``."""
        value = str(self.store.value(key, "system") or "system")
        return value if value in allowed else "system"

    def _set_choice(self, key: str, allowed, value: str, what: str) -> None:
        if value not in allowed:
            raise ValueError(f"{what} {value!r} is not one of {', '.join(allowed)}")
        self.store.setValue(key, value)
        self.store.sync()

    # ----- catalogues --------------------------------------------------------------------
    def last_catalog(self) -> Path | None:
        value = self.store.value("catalog/last", "")
        return Path(value) if value else None

    def recent_catalogs(self) -> list[Path]:
        value = self.store.value("catalog/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(v) for v in value or [] if v]

    def remember_catalog(self, path: Path) -> None:
        """Make ``path`` the last catalogue and the first of the recent ones."""
        path = Path(path)
        recent = [p for p in self.recent_catalogs() if p != path]
        self.store.setValue("catalog/last", str(path))
        self.store.setValue("catalog/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self.store.sync()

    # ----- history -----------------------------------------------------------------------
    def author_name(self) -> str:
        """The name the user's changes carry in the history ("" until it has been asked)."""
        return " ".join(str(self.store.value("history/author", "") or "").split())

    def set_author_name(self, name: str) -> None:
        self.store.setValue("history/author", " ".join(name.split()))
        self.store.sync()

    # ----- exchange ----------------------------------------------------------------------
    def exchange_folder(self) -> Path:
        """Where bundles were last exported to or imported from (else the home folder)."""
        value = self.store.value("exchange/folder", "")
        return Path(value) if value and Path(value).is_dir() else Path.home()

    def set_exchange_folder(self, folder: Path) -> None:
        self.store.setValue("exchange/folder", str(folder))

    # ----- citations ---------------------------------------------------------------------
    def citation_style(self) -> str:
        """The CSL style citations are copied in ("" until one has been chosen)."""
        return str(self.store.value("citations/style", "") or "").strip()

    def set_citation_style(self, name: str) -> None:
        self.store.setValue("citations/style", name.strip())
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
