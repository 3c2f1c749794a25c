"""The window's icons: one for each kind of record and one for every action.

They are glyphs of the Material Design Icons font that ships inside the ``qtawesome``
package (nothing is fetched), drawn at whatever size and pixel ratio is asked, so they stay
crisp on a HiDPI screen. Each is drawn in the colours of a palette (its text, its disabled
text, its highlighted text), so an icon made from the dark palette is light. Pressmark's own
mark (``pressmark``) is the hand-written SVG in ``resources/icons``.

Widgets and actions given their icon with :func:`set_icon` get it again in the new colours
when :func:`refresh_icons` is called on an ancestor (the main window does on
``QEvent.PaletteChange``). Item models ask :func:`icon` each time a row is painted, so their
decorations follow by themselves.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

# the glyph behind each icon name (names are the record kinds and the actions' names); a pair
# is (off, on): a checkable action shows its state by the glyph, as a check box or radio button
GLYPHS: dict[str, str | tuple[str, str]] = {
    # records
    "document": "mdi6.file-document-outline",
    "quote": "mdi6.format-quote-open",
    "actor": "mdi6.account-outline",
    "person": "mdi6.account-outline",
    "organisation": "mdi6.domain",
    "place": "mdi6.map-marker-outline",
    "event": "mdi6.calendar-star",
    "group": "mdi6.account-group-outline",
    "tag": "mdi6.tag-outline",
    "publication": "mdi6.newspaper-variant-outline",
    "saved_search": "mdi6.bookmark-outline",
    "trash": "mdi6.delete-outline",
    # actions
    "new_catalog": "mdi6.folder-plus-outline",
    "open_catalog": "mdi6.folder-open-outline",
    "recent_catalog": "mdi6.folder-clock-outline",
    "import_files": "mdi6.tray-arrow-down",
    "import_folder": "mdi6.folder-download-outline",
    "export": "mdi6.file-export-outline",
    "export_bundle": "mdi6.package-variant-closed",
    "export_kwic": "mdi6.table-arrow-right",
    "import_bundle": "mdi6.package-down",
    "export_bibliography": "mdi6.format-list-text",
    "quit": "mdi6.exit-to-app",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "quote_selection": "mdi6.format-quote-open",
    "copy_citation": "mdi6.content-copy",
    "citation_style": "mdi6.book-outline",
    "tag_selection": "mdi6.tag-plus-outline",
    "delete_selection": "mdi6.delete-outline",
    "save_metadata": "mdi6.content-save-outline",
    "accept_all": "mdi6.check-all",
    "author_name": "mdi6.account-edit-outline",
    "find": "mdi6.magnify",
    "show_documents": "mdi6.file-document-multiple-outline",
    "show_quotes": "mdi6.format-quote-close",
    "show_actors": "mdi6.account-multiple-outline",
    "clear_filter": "mdi6.filter-remove-outline",
    "show_kwic": "mdi6.format-align-center",
    "quoted_together": "mdi6.graph-outline",
    "possible_duplicates": "mdi6.account-multiple-check-outline",
    "reused_passages": "mdi6.content-duplicate",
    "where_else": "mdi6.map-search-outline",
    "reindex": "mdi6.database-refresh-outline",
    "check": "mdi6.stethoscope",
    "backup_now": "mdi6.database-arrow-down-outline",
    "restore_backup": "mdi6.backup-restore",
    "shortcuts": "mdi6.keyboard-outline",
    "about": "mdi6.information-outline",
    # the View menu's panes and appearance
    # the side panels' context menus
    "list_records": "mdi6.format-list-bulleted",
    "rename": "mdi6.rename-box",
    "merge": "mdi6.call-merge",
    "colour": "mdi6.palette-swatch-outline",
    "appearance": "mdi6.palette-outline",
    "language": "mdi6.translate",
    "panes": "mdi6.view-split-vertical",
    # the reader's strip of proposals
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    # checkable entries: a pane shown (a tick), one choice among several (a dot)
    "toggle": ("mdi6.checkbox-blank-outline", "mdi6.checkbox-marked-outline"),
    "choice": ("mdi6.radiobox-blank", "mdi6.radiobox-marked"),
}

ICON_PROPERTY = "pressmarkIcon"  # the icon name kept on a widget or action by set_icon
_SVG_ICONS = ("pressmark",)
_cache: dict[tuple[str, int, int, int], QIcon] = {}


def icon_path(name: str) -> Path:
    return Path(str(resources.files("resources") / "icons" / f"{name}.svg"))


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` (a key of ``GLYPHS``, or ``pressmark``) in the colours of
    ``palette`` (by default the application's); an empty icon for an unknown name.
    Call on the GUI thread, once a QApplication exists."""
    if name in _SVG_ICONS:
        path = icon_path(name)
        return QIcon(str(path)) if path.is_file() else QIcon()
    glyph = GLYPHS.get(name)
    if glyph is None:
        return QIcon()
    palette = palette or QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if disabled == normal:  # some palettes leave the disabled group alone: fade it ourselves
        disabled = QColor(normal)
        disabled.setAlphaF(0.4)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    key = (name, normal.rgba(), disabled.rgba(), selected.rgba())
    cached = _cache.get(key)
    if cached is None:
        import qtawesome  # imported here: it needs the QApplication that exists by now

        off, on = glyph if isinstance(glyph, tuple) else (glyph, glyph)
        cached = _cache[key] = qtawesome.icon(
            off, on=on, color=normal, color_active=normal, color_disabled=disabled, color_selected=selected,
        )  # fmt: skip
    return cached


def set_icon(target: QObject, name: str) -> None:
    """Give ``target`` (a QAction or a button) the icon ``name`` and remember the name, so
    :func:`refresh_icons` can draw it again in a new palette."""
    target.setProperty(ICON_PROPERTY, name)
    target.setIcon(icon(name))  # type: ignore[attr-defined]


def refresh_icons(root: QObject) -> None:
    """Draw again, in the application's palette now, every icon given with :func:`set_icon`
    to ``root`` or any object under it."""
    for target in [root, *root.findChildren(QObject)]:
        name = target.property(ICON_PROPERTY)
        if name:
            target.setIcon(icon(str(name)))  # type: ignore[attr-defined]
