"""Colours that follow the palette (light or dark), the palettes themselves, and small drawn icons.

Nothing here is stored: every colour is derived from the current ``QPalette`` when asked, so
a panel that repaints on ``QEvent.PaletteChange`` follows the system's light/dark switch and
View → Appearance (:func:`apply_appearance`: the system's own look, or the Fusion style with
Pressmark's light or dark palette).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QComboBox

from catalog import ACTOR_TYPES
from gui.i18n import QT_TRANSLATE_NOOP, translate

# hue (degrees) per quote kind; lightness is chosen against the palette
KIND_HUES = {"quotation": 48, "pull_quote": 205, "excerpt": 130}
# the words the window names a quote's kind with (translated by kind_label, context "Kinds")
KIND_LABELS = {
    "quotation": QT_TRANSLATE_NOOP("Kinds", "Quotation"),
    "pull_quote": QT_TRANSLATE_NOOP("Kinds", "Pull quote"),
    "excerpt": QT_TRANSLATE_NOOP("Kinds", "Excerpt"),
}


# an actor's type as the window names it (translated by actor_type_label, context "ActorTypes")
ACTOR_TYPE_LABELS = {
    "person": QT_TRANSLATE_NOOP("ActorTypes", "person"),
    "organisation": QT_TRANSLATE_NOOP("ActorTypes", "organisation"),
    "place": QT_TRANSLATE_NOOP("ActorTypes", "place"),
    "event": QT_TRANSLATE_NOOP("ActorTypes", "event"),
    "group": QT_TRANSLATE_NOOP("ActorTypes", "group"),
}


# the part an actor plays in a document (catalog.LINK_ROLES) as the window names it
LINK_ROLE_LABELS = {
    "author": QT_TRANSLATE_NOOP("LinkRoles", "author"),
    "quoted": QT_TRANSLATE_NOOP("LinkRoles", "quoted"),
    "mentioned": QT_TRANSLATE_NOOP("LinkRoles", "mentioned"),
    "subject": QT_TRANSLATE_NOOP("LinkRoles", "subject"),
}


def role_label(role: str) -> str:
    """An actor's role in a document in the interface language (the role itself when unknown)."""
    return translate("LinkRoles", LINK_ROLE_LABELS[role]) if role in LINK_ROLE_LABELS else role


def actor_type_label(actor_type: str) -> str:
    """An actor type's name in the interface language (the type itself when unknown)."""
    return translate("ActorTypes", ACTOR_TYPE_LABELS[actor_type]) if actor_type in ACTOR_TYPE_LABELS else actor_type


def add_actor_types(box: QComboBox) -> None:
    """Each actor type as an item of ``box``: shown in the interface language, kept as the
    type itself (``box.currentData()``)."""
    for actor_type in ACTOR_TYPES:
        box.addItem(actor_type_label(actor_type), actor_type)


def kind_label(kind: str) -> str:
    """A quote kind's name in the interface language (the kind itself when unknown)."""
    return translate("Kinds", KIND_LABELS[kind]) if kind in KIND_LABELS else kind
DEFAULT_TAG_COLOUR = "#7f8c8d"
ERROR_COLOUR = "#c0392b"  # a query the catalogue cannot read: its box's border, the reason


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def quote_background(kind: str, palette: QPalette, strong: bool = False) -> QColor:
    """The highlight behind a quote of ``kind``; ``strong`` for the quote being looked at."""
    hue = KIND_HUES.get(kind, 0)
    if is_dark(palette):
        return QColor.fromHsl(hue, 140 if strong else 110, 110 if strong else 60)
    return QColor.fromHsl(hue, 255 if strong else 200, 150 if strong else 215)


def match_colour(palette: QPalette) -> QColor:
    """Colour of search hits in snippets."""
    return QColor("#ffd54f") if not is_dark(palette) else QColor("#8d6e00")


def muted_text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


def swatch(colour: str, size: int = 12) -> QIcon:
    """A rounded square of ``colour`` (a tag's), as an icon; drawn for 1x, 2x and 3x
    screens, so it stays sharp on a HiDPI one."""
    result = QIcon()
    for scale in (1, 2, 3):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour or DEFAULT_TAG_COLOUR))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
        painter.end()
        result.addPixmap(pixmap)
    return result


# (window, base, alternate base, text, muted text, button, highlight, link) of each palette
_PALETTES = {
    "light": ("#f4f3f0", "#ffffff", "#f8f7f4", "#1f2328", "#7a7f87", "#ebe9e4", "#2f6fb0", "#1f5fa8"),
    "dark": ("#26282b", "#1d1f21", "#232528", "#e3e3e0", "#8f949b", "#33363a", "#3f7cc0", "#8ab8f0"),
}
_SYSTEM_STYLE = "pressmarkSystemStyle"  # the application's style name before any appearance


def appearance_palette(name: str) -> QPalette:
    """Pressmark's ``light`` or ``dark`` palette: calm paper-like greys, one blue accent,
    every group (active, inactive, disabled) filled so nothing falls back to the system's."""
    window, base, alternate, text, muted, button, highlight, link = (QColor(c) for c in _PALETTES[name])
    palette = QPalette()
    role = QPalette.ColorRole
    faded = QColor(text)
    faded.setAlpha(110)
    roles = {
        role.Window: window, role.WindowText: text, role.Base: base, role.AlternateBase: alternate,
        role.Text: text, role.Button: button, role.ButtonText: text, role.BrightText: QColor("#ffffff"),
        role.Highlight: highlight, role.HighlightedText: QColor("#ffffff"), role.Link: link,
        role.LinkVisited: link, role.PlaceholderText: muted, role.ToolTipBase: button, role.ToolTipText: text,
        role.Light: button.lighter(125), role.Midlight: button.lighter(110), role.Mid: button.darker(125),
        role.Dark: button.darker(160), role.Shadow: QColor("#000000"), role.Accent: highlight,
    }  # fmt: skip
    for colour_role, colour in roles.items():
        palette.setColor(colour_role, colour)
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, faded)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Highlight, button.darker(115))
    palette.setColor(QPalette.ColorGroup.Inactive, role.Highlight, highlight)
    return palette


def apply_appearance(app: QApplication, name: str) -> None:
    """Show the whole application in ``name``: ``light`` or ``dark`` (the Fusion style with
    Pressmark's palette), or ``system`` (the style and palette it started with). Applied at
    once: every widget gets a ``QEvent.PaletteChange``. Call on the GUI thread."""
    if app.property(_SYSTEM_STYLE) is None:
        app.setProperty(_SYSTEM_STYLE, app.style().name())
    if name in _PALETTES:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(appearance_palette(name))
        return
    system_style = str(app.property(_SYSTEM_STYLE))
    if app.style().name().lower() != system_style.lower():
        app.setStyle(system_style)
    app.setPalette(QPalette())  # a palette that sets nothing gives the platform's back
