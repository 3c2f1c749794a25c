"""The Statement view: every document carrying a quote's statement, in date order.

Opened by "Where else?" (the quote's record, the quotes list's context menu, Edit menu). The
trace runs on the worker (the first one in a catalogue also builds the statements file, with
progress in the status bar). Each row is one occurrence: date, publication, title, how alike,
and its words with those that differ from the quote marked; the first appearance is
highlighted and the quote's own row says so. Double-clicking a row emits
``place_chosen(document uuid, start, end)`` for the window to open the document there.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from catalog import Occurrence, WordChange
from gui import theme
from gui.catalog_text import catalog_text
from gui.errors import error_text
from gui.i18n import QT_TRANSLATE_NOOP, clauses, grouped, isolated, translate
from gui.panels.html_delegate import HtmlDelegate

COLUMNS = (
    "", QT_TRANSLATE_NOOP("StatementView", "Date"), QT_TRANSLATE_NOOP("StatementView", "Publication"),
    QT_TRANSLATE_NOOP("StatementView", "Title"), QT_TRANSLATE_NOOP("StatementView", "Alike"), QT_TRANSLATE_NOOP("StatementView", "Words there"),
)  # fmt: skip
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1  # (document uuid, start, end) of the row's occurrence
# a change's kind (WordChange.kind), as a marked word's tooltip names it
CHANGE_KINDS = {
    "changed": QT_TRANSLATE_NOOP("StatementView", "changed"),
    "added": QT_TRANSLATE_NOOP("StatementView", "added"),
    "left out": QT_TRANSLATE_NOOP("StatementView", "left out"),
    "moved": QT_TRANSLATE_NOOP("StatementView", "moved"),
}


def headers(columns: tuple[str, ...] = COLUMNS) -> list[str]:
    """The titles of ``columns`` (``COLUMNS``, or the reused passages' own) in the interface
    language."""
    return [translate("StatementView", title) if title else "" for title in columns]


def date_text(occurrence: Occurrence) -> str:
    """The occurrence's date as the lists show it: 2024-03-14, or "undated"."""
    return occurrence.published_at.strftime("%Y-%m-%d") if occurrence.published_at else translate("StatementView", "undated")


def first_mark() -> str:
    """The word marking the first appearance of a statement."""
    return translate("StatementView", "First")


def change_text(change: WordChange) -> str:
    """One change in words, in the interface language: changed “shut” for “close”, added
    “very”, left out “northern”, moved “at dawn”."""
    if change.kind == "changed":
        return translate("StatementView", "changed “{words}” for “{statement}”").format(words=change.words, statement=change.statement_words)
    if change.kind == "left out":
        return translate("StatementView", "left out “{words}”").format(words=change.statement_words)
    if change.kind == "added":
        return translate("StatementView", "added “{words}”").format(words=change.words)
    if change.kind == "moved":
        return translate("StatementView", "moved “{words}”").format(words=change.words)
    return change.describe()


def marked_text(occurrence: Occurrence) -> str:
    """The occurrence's words as HTML, the words that differ from the quote marked
    ``<b class="match">`` (as :class:`HtmlDelegate` highlights them), and, after them, the
    quote's words this one left out, struck through."""
    pieces: list[str] = []
    cursor = occurrence.start
    left_out: list[str] = []
    for change in sorted(occurrence.changes, key=lambda c: (c.start, c.end)):
        if change.kind == "left out":
            left_out.append(change.statement_words)
            continue
        if change.start < cursor:
            continue
        pieces.append(html.escape(occurrence.text[cursor - occurrence.start : change.start - occurrence.start]))
        if change.kind == "changed":
            title = translate("StatementView", "for “{words}”").format(words=change.statement_words)
        else:
            title = translate("StatementView", CHANGE_KINDS[change.kind]) if change.kind in CHANGE_KINDS else change.kind
        marked = html.escape(occurrence.text[change.start - occurrence.start : change.end - occurrence.start])
        pieces.append(f'<b class="match" title="{html.escape(title)}">{marked}</b>')
        cursor = change.end
    pieces.append(html.escape(occurrence.text[cursor - occurrence.start :]))
    text = "".join(pieces)
    if left_out:
        struck = clauses(f"<s>{html.escape(w)}</s>" for w in left_out)
        text += ' <span class="muted">' + translate("StatementView", "(left out: {words})").format(words=struck) + "</span>"
    return text


def change_summary(occurrence: Occurrence) -> str:
    """One line naming the changes, for the row's tooltip."""
    if occurrence.is_quote:
        return translate("StatementView", "The quote itself")
    if not occurrence.changes:
        return translate("StatementView", "The same words (punctuation and case aside)")
    return clauses(change_text(change) for change in occurrence.changes)


class StatementDialog(QDialog):
    """Where else a quote's statement appears (not modal; one for the window, loaded again
    for each quote). ``place_chosen(uuid, start, end)`` asks to open a document there."""

    place_chosen = Signal(str, int, int)

    def __init__(self, catalog, tasks, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("StatementView", "Where else?"))
        self._catalog = catalog
        self._tasks = tasks
        self._loading = ""
        self.occurrences: list[Occurrence] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.table = QTreeWidget()
        self.table.setObjectName("statementOccurrences")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(False)
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        self.table.setHeaderLabels(headers())
        self.table.setItemDelegateForColumn(len(COLUMNS) - 1, HtmlDelegate(self.table))
        self.table.itemActivated.connect(self._activated)
        for column, width in enumerate((70, 90, 150, 200, 50)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        hint = QLabel(translate("StatementView", "Double-click a row to open the document at that place. Marked words differ from the quote."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray")
        layout.addWidget(hint)
        self.resize(980, 460)

    def load(self, quote_uuid: str, excerpt: str = "") -> None:
        """Trace the quote ``quote_uuid`` on the worker and show what it finds."""
        self._loading = quote_uuid
        shown = " ".join(excerpt.split())
        if shown:
            self.caption.setText(translate("StatementView", "Looking for “{excerpt}” in other documents…").format(excerpt=html.escape(isolated(shown[:200]))))
        else:
            self.caption.setText(translate("StatementView", "Looking in other documents…"))
        self.table.clear()
        self.notice.setVisible(False)
        self._tasks.run(
            translate("StatementView", "Tracing the statement"),
            lambda progress, cancel: self._catalog.statements.trace(quote_uuid, progress, cancel),
            lambda found, uuid=quote_uuid: self._loaded(uuid, found),
            lambda exc, uuid=quote_uuid: self._failed(uuid, exc),
            shows_progress=True,
        )

    def _loaded(self, quote_uuid: str, occurrences: list[Occurrence]) -> None:
        if quote_uuid != self._loading:
            return  # another quote was asked for meanwhile
        self.show_occurrences(occurrences, self._catalog.statements.repaired)

    def _failed(self, quote_uuid: str, exc: BaseException) -> None:
        if quote_uuid == self._loading:
            self.caption.setText(translate("StatementView", "Could not trace the quote: {reason}").format(reason=html.escape(error_text(exc))))

    def show_occurrences(self, occurrences: list[Occurrence], notice: str | None = None) -> None:
        """Fill the table (main thread); ``notice`` says what was repaired on the way."""
        self.occurrences = list(occurrences)
        self.table.clear()
        quote = next((o for o in occurrences if o.is_quote), None)
        others = len(occurrences) - 1
        said = html.escape(" ".join(quote.text.split())[:200]) if quote else ""
        if others <= 0:
            carried = translate("StatementView", "No other document carries this statement.")
        elif others == 1:
            carried = grouped(translate("StatementView", "%n other document carries it.", None, others), others)
        else:
            carried = grouped(translate("StatementView", "%n other documents carry it.", None, others), others)
        self.caption.setText(translate("StatementView", "<b>“{statement}”</b><br>{carried}").format(statement=isolated(said), carried=carried))
        self.notice.setText(catalog_text(notice) if notice else "")
        self.notice.setVisible(bool(notice))
        first_brush = QBrush(theme.quote_background("quotation", self.palette()))
        for occurrence in occurrences:
            marks = [m for m, on in ((first_mark(), occurrence.first), (translate("StatementView", "This quote"), occurrence.is_quote)) if on]
            item = QTreeWidgetItem([
                " · ".join(marks), date_text(occurrence), occurrence.publication, occurrence.title,
                f"{occurrence.similarity:.0%}", marked_text(occurrence),
            ])  # fmt: skip
            item.setData(0, PLACE_ROLE, (occurrence.document, occurrence.start, occurrence.end))
            item.setToolTip(3, occurrence.title)
            for column in range(len(COLUMNS) - 1):
                item.setToolTip(column, change_summary(occurrence))
            if occurrence.first:
                for column in range(len(COLUMNS)):
                    item.setBackground(column, first_brush)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.table.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid, start, end = item.data(0, PLACE_ROLE)
        self.place_chosen.emit(uuid, start, end)
