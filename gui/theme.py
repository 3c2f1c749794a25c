"""Colours that follow the system palette (light or dark), and small drawn icons.

Nothing here is stored: every colour is derived from the current ``QPalette`` when asked, so
a panel that repaints on ``QEvent.PaletteChange`` follows the system's light/dark switch.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

# hue (degrees) per quote kind; lightness is chosen against the palette
KIND_HUES = {"quotation": 48, "pull_quote": 205, "excerpt": 130}
KIND_LABELS = {"quotation": "Quotation", "pull_quote": "Pull quote", "excerpt": "Excerpt"}
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
    """A rounded square of ``colour`` (a tag's), as an icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour or DEFAULT_TAG_COLOUR))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)
