"""The record list's kind tabs (documents, quotes, actors): each kind's icon, with its name
beside it where the column has room for both, and the icon alone where it has not.

The centre column is about 200 pixels wide in a 1024-pixel window: three named tabs fill it,
and an icon beside each name would make the column, and so the window, wider than the
screen. So the bar's minimum width is always that of the icons alone, and its owner tells it,
on every resize, how much room it has (:meth:`KindTabs.fit`): the names show only where they
fit whole. Whatever shows, each tab's accessible name is its kind's name, and an icon alone
carries the name as its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionTab, QStylePainter, QTabBar

from gui.icons import icon


class KindTabs(QTabBar):
    """One tab per ``(icon name, name, tip)`` of ``kinds``, already in the interface language.
    Main thread only; the owner calls :meth:`fit` with the width the bar may take."""

    def __init__(self, kinds: Sequence[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        self._kinds = list(kinds)
        self._room: int | None = None  # the width the owner offered last
        self._widths: tuple[int, int] | None = None  # (with names, icons alone), measured when asked
        self.names_shown = True
        for i, (icon_name, name, _tip) in enumerate(self._kinds):
            self.addTab(icon(icon_name), name)
            self.setAccessibleTabName(i, name)
        self._label_tabs()

    def fit(self, width: int) -> None:
        """Show the names if the bar with them fits in ``width`` pixels, else the icons alone."""
        self._room = width
        self._show_names(self._measured()[0] <= width)

    def minimumSizeHint(self) -> QSize:
        # the icons alone: showing the names never makes the column, or the window, wider
        return QSize(self._measured()[1], super().minimumSizeHint().height())

    def _measured(self) -> tuple[int, int]:
        """The bar's width (with names, icons alone), measured on the bar itself so its style
        sheet, font and icon size count."""
        if self._widths is None:
            shown = self.names_shown
            self._show_names(True)
            wide = self.sizeHint().width()
            self._show_names(False)
            narrow = self.sizeHint().width()
            self._show_names(shown)
            self._widths = (wide, narrow)
        return self._widths

    def _show_names(self, shown: bool) -> None:
        if shown != self.names_shown:
            self.names_shown = shown
            self._label_tabs()

    def _label_tabs(self) -> None:
        for i, (_icon_name, name, tip) in enumerate(self._kinds):
            self.setTabText(i, name if self.names_shown else "")
            # an icon alone is named by its tooltip; a named tab says what it does
            self.setTabToolTip(i, tip if self.names_shown else name)

    def paintEvent(self, event) -> None:
        if self.names_shown:
            super().paintEvent(event)
            return
        # the style puts an icon where a name would start; alone, it belongs in the middle
        painter = QStylePainter(self)
        current = self.currentIndex()
        for i in [*(i for i in range(self.count()) if i != current), current]:  # the current tab over its neighbours
            option = QStyleOptionTab()
            self.initStyleOption(option, i)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            option.icon.paint(painter, option.rect, Qt.AlignmentFlag.AlignCenter, QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled)
            if option.state & QStyle.StateFlag.State_HasFocus:
                frame = QStyleOptionFocusRect()
                frame.initFrom(self)
                frame.rect = option.rect.adjusted(3, 3, -3, -3)
                painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.PaletteChange:  # drawn again in the new palette's colours
            for i, (icon_name, _name, _tip) in enumerate(self._kinds):
                self.setTabIcon(i, icon(icon_name))
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths = None  # the names take another width now
            if self._room is not None:
                self.fit(self._room)
