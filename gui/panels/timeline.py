"""A timeline: documents and quotes per month as paired bars; click a month to filter by it.

When the months are too many for the width (a catalogue spanning years), the bars count years
instead, and a click on a year searches ``year:YYYY``. Labels are drawn only where they fit,
never over each other nor past the edges.

In a right-to-left window (the Arabic interface) the chart is mirrored: time runs from the
right (the earliest bar there), the legend reads from the right, and the arrow keys move the
way they point. The geometry is worked out left to right and mirrored in one place
(:meth:`TimelineChart.visual`), so drawing, labels, clicks and the keyboard agree.

By keyboard: Tab reaches the chart, Left / Right (Home / End) move between bars, shown by a
focus frame, and Enter or Space lists the month (or searches the year) as a click does; the
bar's counts are its accessible description.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from catalog import Changes, MonthActivity
from gui import theme
from gui.i18n import translate
from gui.panel_loader import PanelLoader
from gui.panels.status import count_text
from gui.tasks import TaskRunner

MAX_BAR_WIDTH = 28
MIN_MONTH_WIDTH = 12  # pixels a month needs for its two bars to be seen; narrower ones add up to years
LABEL_GAP = 10  # pixels between two labels


@dataclass
class Period:
    """One bar pair: a month (``YYYY-MM``) or a year (``YYYY``) and what it holds."""

    key: str
    documents: int
    quotes: int

    @property
    def is_year(self) -> bool:
        return len(self.key) == 4

    def counts(self) -> str:
        """"2024-03: 2 documents, 5 quotes" in the interface language (the bar's tooltip and
        accessible description)."""
        return translate("Timeline", "{period}: {documents}, {quotes}").format(
            period=self.key, documents=count_text("documents", self.documents), quotes=count_text("quotes", self.quotes)
        )


def by_year(months: list[MonthActivity]) -> list[Period]:
    """The months added up per year, oldest first (a year without documents counts zeros)."""
    years: dict[str, Period] = {}
    for month in months:
        year = years.setdefault(month.month[:4], Period(month.month[:4], 0, 0))
        year.documents += month.documents
        year.quotes += month.quotes
    return list(years.values())


class TimelineChart(QWidget):
    """Draws ``documents.activity_by_month()`` (read on ``tasks``). A click emits
    ``month_chosen("YYYY-MM")`` on a month, or ``year_chosen("YYYY")`` on a year (shown when
    months would be too narrow). ``loader.loaded`` fires when the months were (re)read."""

    month_chosen = Signal(str)
    year_chosen = Signal(str)

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.months: list[MonthActivity] = []
        self.selected = ""
        self.current = ""  # the bar the keyboard is on ('' until the chart is focused)
        self.setMouseTracking(True)
        self.setMinimumHeight(90)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Timeline", "Timeline"))
        self.setAccessibleDescription(translate("Timeline", "Documents and quotes per month or year. Left and Right move between bars; Enter lists one."))
        self.setToolTip(translate("Timeline", "Documents (dark) and quotes (light) per month or year; click one, or press Enter on it, to list it"))
        self.loader = PanelLoader(tasks, translate("Timeline", "Counting months"), catalog.documents.activity_by_month, self._show_months, self)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(400, 110)

    def refresh(self) -> None:
        """Read the months again (on the worker)."""
        self.loader.request()

    def _show_months(self, months: list[MonthActivity]) -> None:
        self.months = months
        if self.current and self.current not in {p.key for p in self.periods()}:
            self.current = ""
        self.update()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touched("document") or changes.touched("quote"):
            self.refresh()

    # ----- geometry ----------------------------------------------------------------------
    def periods(self) -> list[Period]:
        """What the bars show at the current width: months, or years when months would be
        narrower than ``MIN_MONTH_WIDTH``."""
        months = [Period(m.month, m.documents, m.quotes) for m in self.months]
        if len(months) * MIN_MONTH_WIDTH > self._usable():
            return by_year(self.months)
        return months

    def _usable(self) -> int:
        return max(1, self.width() - 16)

    def _slot(self, count: int) -> tuple[float, float]:
        """(left margin, width of one period) for ``count`` periods."""
        usable = self._usable()
        width = min(MAX_BAR_WIDTH * 2.5, usable / max(1, count))
        return 8 + (usable - width * count) / 2, width

    def visual(self, rect: QRectF) -> QRectF:
        """Where ``rect``, laid out left to right with time, is drawn: itself, or in a
        right-to-left window its mirror image (time runs from the right)."""
        if not self.isRightToLeft():
            return QRectF(rect)
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def period_rect(self, index: int, top: float = 0.0, height: float | None = None) -> QRectF:
        """Where the ``index``-th period (oldest first) of :meth:`periods` is drawn: its
        column from ``top``, ``height`` tall (by default the widget's height)."""
        left, width = self._slot(len(self.periods()))
        return self.visual(QRectF(left + index * width, top, width, self.height() - top if height is None else height))

    def period_at(self, x: float) -> Period | None:
        """The period drawn at ``x`` (a widget coordinate), or None."""
        periods = self.periods()
        left, width = self._slot(len(periods))
        if self.isRightToLeft():
            x = self.width() - x
        index = int((x - left) // width) if width else -1
        return periods[index] if 0 <= index < len(periods) else None

    def month_at(self, x: float) -> str:
        """The month (or year) under ``x``, or ''."""
        period = self.period_at(x)
        return period.key if period else ""

    def labels(self) -> list[tuple[QRectF, str]]:
        """Where each drawn label goes, oldest first: under its bars, inside the widget, none
        overlapping; a label that would collide with the one before is left out."""
        periods = self.periods()
        left, width = self._slot(len(periods))
        metrics = self.fontMetrics()
        line = metrics.height()
        y = self.height() - line - 2
        shown: list[tuple[QRectF, str]] = []
        free_from = 0.0
        for i, period in enumerate(periods):
            text_width = metrics.horizontalAdvance(period.key) + 2
            x = left + i * width + (width - text_width) / 2
            x = min(max(x, 0.0), self.width() - text_width)
            if x < free_from:
                continue
            shown.append((QRectF(x, y, text_width, line), period.key))
            free_from = x + text_width + LABEL_GAP
        return [(self.visual(rect), text) for rect, text in shown]

    # ----- painting ----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        line = self.fontMetrics().height()
        top = line + 6  # the legend's line
        plot_height = self.height() - top - line - 6
        if not self.months:
            painter.setPen(theme.muted_text(palette))
            empty = translate("Timeline", "No dated documents yet") if self.loader.has_loaded else translate("Timeline", "Counting documents per month…")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
            return
        periods = self.periods()
        peak = max(max(p.documents, p.quotes) for p in periods) or 1
        left, width = self._slot(len(periods))
        doc_colour = palette.color(QPalette.ColorRole.Highlight)
        quote_colour = theme.quote_background("quotation", palette, strong=True)
        per = translate("Timeline", "per year (peak {peak})") if periods[0].is_year else translate("Timeline", "per month (peak {peak})")
        entries = [(doc_colour, translate("Timeline", "documents")), (quote_colour, translate("Timeline", "quotes"))]
        self._legend(painter, entries, (per.format(peak=peak), translate("Timeline", "peak {peak}").format(peak=peak)))
        bar = min(MAX_BAR_WIDTH, width * 0.4)
        for i, period in enumerate(periods):
            x = left + i * width + (width - 2 * bar) / 2
            if period.key == self.selected:
                painter.fillRect(self.period_rect(i, top - 2, plot_height + 4), palette.color(QPalette.ColorRole.AlternateBase))
            for offset, value, colour in ((0, period.documents, doc_colour), (bar, period.quotes, quote_colour)):
                height = plot_height * value / peak
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(self.visual(QRectF(x + offset, top + plot_height - height, max(1.0, bar - 1), height)), 2, 2)
        painter.setPen(theme.muted_text(palette))
        for rect, text in self.labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, text)
        keys = [p.key for p in periods]
        if self.hasFocus():
            # the keyboard's bar: a frame in the highlight colour, seen in light and dark themes
            i = keys.index(self._keyboard_key(keys))
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.period_rect(i, top - 3, plot_height + 6).adjusted(1, 0, -1, 0))

    def _legend(self, painter: QPainter, entries, notes: tuple[str, ...]) -> None:
        metrics = self.fontMetrics()
        x, size, line = 8.0, metrics.height() - 4, metrics.height()

        def text(at: float, words: str) -> float:
            """Draw ``words`` from ``at`` (laid out left to right); returns their width."""
            width = metrics.horizontalAdvance(words)
            painter.drawText(self.visual(QRectF(at, 2, width, line)), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, words)
            return width

        for colour, label in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(self.visual(QRectF(x, 4, size, size)), 2, 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            x += size + 12 + text(x + size + 4, label)
        painter.setPen(theme.muted_text(self.palette()))
        text(x, self.legend_note(x, notes))

    def legend_note(self, x: float, notes: tuple[str, ...]) -> str:
        """The longest of ``notes`` that fits from ``x`` (laid out left to right) to the far
        edge ('' if none does): a narrow chart says less rather than cutting a word in half."""
        room = self.width() - 4 - x
        return next((note for note in notes if self.fontMetrics().horizontalAdvance(note) <= room), "")

    # ----- keyboard ----------------------------------------------------------------------
    def current_period(self) -> Period | None:
        """The bar the keyboard is on, or None."""
        return next((p for p in self.periods() if p.key == self.current), None)

    def move_to(self, key: str) -> None:
        """Put the keyboard on the bar ``key``; its counts become the accessible description."""
        self.current = key
        period = self.current_period()
        if period is not None:
            self.setAccessibleDescription(period.counts())
        self.update()

    def choose(self, period: Period) -> None:
        """List ``period``: ``month_chosen`` for a month, ``year_chosen`` for a year."""
        self.selected = period.key
        self.update()
        (self.year_chosen if period.is_year else self.month_chosen).emit(period.key)

    def _keyboard_key(self, keys: list[str]) -> str:
        """The bar the keyboard is on: the one it moved to, else the one chosen last, else the newest."""
        if self.current in keys:
            return self.current
        return self.selected if self.selected in keys else keys[-1]

    def focusInEvent(self, event) -> None:
        keys = [p.key for p in self.periods()]
        if keys:
            self.move_to(self._keyboard_key(keys))
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()  # the focus frame goes
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        periods = self.periods()
        keys = [p.key for p in periods]
        if not keys:
            super().keyPressEvent(event)
            return
        at = keys.index(self._keyboard_key(keys))
        key = event.key()
        later = -1 if self.isRightToLeft() else 1  # the arrows move the way they point: Left is later in a mirrored chart
        moves = {Qt.Key.Key_Left: at - later, Qt.Key.Key_Right: at + later, Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(keys) - 1}
        if key in moves:
            self.move_to(keys[max(0, min(len(keys) - 1, moves[key]))])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.move_to(keys[at])
            self.choose(periods[at])
        else:
            super().keyPressEvent(event)

    # ----- mouse -------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        period = self.period_at(event.position().x())
        if period:
            QToolTip.showText(
                event.globalPosition().toPoint(), period.counts(), self
            )

    def mouseReleaseEvent(self, event) -> None:
        period = self.period_at(event.position().x())
        if period and event.button() == Qt.MouseButton.LeftButton:
            self.move_to(period.key)
            self.choose(period)
