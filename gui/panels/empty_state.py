"""What a list shows when it has nothing to show: an icon, a line saying so, a hint of how
things come, and (for some) a button that does it ("Import files…").

The record list shows one for an empty catalogue, the centre for a search that found
nothing, the actors panel for a catalogue with no actors yet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from gui.icons import icon, set_icon
from gui.theme import muted_text

ICON_SIZE = 48  # in the centre; the side panels' are smaller


class EmptyState(QWidget):
    """A calm, centred message. ``button_clicked()`` when its button (made only when
    ``button_text`` is given) is pressed; :meth:`show_message` changes the words."""

    button_clicked = Signal()

    def __init__(self, icon_name: str, title: str, hint: str = "", button_text: str = "", icon_size: int = ICON_SIZE, parent=None):
        super().__init__(parent)
        self._icon_name = icon_name
        self._icon_size = icon_size
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.button: QPushButton | None = None
        if button_text:
            self.button = QPushButton(button_text)
            self.button.setAccessibleName(button_text.rstrip("…"))
            set_icon(self.button, "import_files")
            self.button.clicked.connect(self.button_clicked)
            layout.addSpacing(8)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.show_message(title, hint)
        self._paint_icon()

    def show_message(self, title: str, hint: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.setAccessibleName(title)

    def set_icon_name(self, name: str) -> None:
        self._icon_name = name
        self._paint_icon()

    def _paint_icon(self) -> None:
        # muted, like the hint: the empty state is a quiet part of the window
        palette = self.palette()
        palette.setColor(palette.ColorRole.WindowText, muted_text(palette))
        self.picture.setPixmap(icon(self._icon_name, palette).pixmap(QSize(self._icon_size, self._icon_size), self.devicePixelRatioF()))
        self.hint.setStyleSheet(f"color: {muted_text(self.palette()).name()};")
        if self.button is not None:
            set_icon(self.button, "import_files")

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.DevicePixelRatioChange):
            self._paint_icon()
        super().changeEvent(event)
