"""A timeline: documents and quotes per month as paired bars; click a month to filter by it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from catalog import Changes, MonthActivity
from gui import theme
from gui.panel_loader import PanelLoader
from gui.tasks import TaskRunner

MAX_BAR_WIDTH = 28


class TimelineChart(QWidget):
    """Draws ``Catalog.activity_by_month()`` (read on ``tasks``); emits ``month_chosen("YYYY-MM")``
    on a click. ``loader.loaded`` fires when the months were (re)read."""

    month_chosen = Signal(str)

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.months: list[MonthActivity] = []
        self.selected = ""
        self.setMouseTracking(True)
        self.setMinimumHeight(90)
        self.setToolTip("Documents (dark) and quotes (light) per month; click a month to list it")
        self.loader = PanelLoader(tasks, "Counting months", catalog.documents.activity_by_month, self._show_months, self)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(400, 110)

    def refresh(self) -> None:
        """Read the months again (on the worker)."""
        self.loader.request()

    def _show_months(self, months: list[MonthActivity]) -> None:
        self.months = months
        self.update()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touched("document") or changes.touched("quote"):
            self.refresh()

    def _slot(self) -> tuple[float, float]:
        """(left margin, width of one month)."""
        usable = max(1, self.width() - 16)
        width = min(MAX_BAR_WIDTH * 2.5, usable / max(1, len(self.months)))
        return 8 + (usable - width * len(self.months)) / 2, width

    def month_at(self, x: float) -> str:
        left, width = self._slot()
        index = int((x - left) // width) if width else -1
        return self.months[index].month if 0 <= index < len(self.months) else ""

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        line = self.fontMetrics().height()
        top = line + 6  # the legend's line
        plot_height = self.height() - top - line - 6
        if not self.months:
            painter.setPen(theme.muted_text(palette))
            empty = "No dated documents yet" if self.loader.has_loaded else "Counting documents per month…"
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
            return
        peak = max(max(m.documents, m.quotes) for m in self.months) or 1
        left, width = self._slot()
        doc_colour = palette.color(QPalette.ColorRole.Highlight)
        quote_colour = theme.quote_background("quotation", palette, strong=True)
        self._legend(painter, [(doc_colour, "documents"), (quote_colour, "quotes")], f"per month (peak {peak})")
        bar = min(MAX_BAR_WIDTH, width * 0.4)
        every = max(1, int(60 // max(width, 1)))  # label every n-th month so labels do not collide
        for i, month in enumerate(self.months):
            x = left + i * width + (width - 2 * bar) / 2
            if month.month == self.selected:
                painter.fillRect(QRectF(left + i * width, top - 2, width, plot_height + 4), palette.color(QPalette.ColorRole.AlternateBase))
            for offset, value, colour in ((0, month.documents, doc_colour), (bar, month.quotes, quote_colour)):
                height = plot_height * value / peak
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x + offset, top + plot_height - height, bar - 1, height), 2, 2)
            if i % every == 0:
                painter.setPen(theme.muted_text(palette))
                painter.drawText(
                    QRectF(left + i * width - 20, top + plot_height + 2, width + 40, line + 2),
                    Qt.AlignmentFlag.AlignHCenter,
                    month.month,
                )

    def _legend(self, painter: QPainter, entries, note: str) -> None:
        x, size = 8.0, self.fontMetrics().height() - 4
        for colour, label in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, 4, size, size), 2, 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(int(x + size + 4), 2 + self.fontMetrics().ascent(), label)
            x += size + 12 + self.fontMetrics().horizontalAdvance(label)
        painter.setPen(theme.muted_text(self.palette()))
        painter.drawText(int(x), 2 + self.fontMetrics().ascent(), note)

    def mouseMoveEvent(self, event) -> None:
        month = self.month_at(event.position().x())
        found = next((m for m in self.months if m.month == month), None)
        if found:
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{found.month}: {found.documents} documents, {found.quotes} quotes", self
            )

    def mouseReleaseEvent(self, event) -> None:
        month = self.month_at(event.position().x())
        if month and event.button() == Qt.MouseButton.LeftButton:
            self.selected = month
            self.update()
            self.month_chosen.emit(month)
