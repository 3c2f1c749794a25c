"""The reader: one document's title, metadata line, body with every quote highlighted, and
its end matter set apart. Read-only; selecting text and pressing Ctrl+Q asks for a quote.

Positions: the body is inserted verbatim at ``body_offset`` of the ``QTextDocument``; every
conversion between Qt's UTF-16 positions and the catalogue's code points goes through
:mod:`gui.positions`. Right-to-left runs (the sample's Arabic) are laid out by Qt's bidi
algorithm; each paragraph takes its direction from its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from catalog import DocumentView, QuoteView
from gui import theme
from gui.positions import body_span_to_qt, qt_span_to_body

QUOTE_PROPERTY = QTextFormat.Property.UserProperty + 1


class DocumentReader(QTextBrowser):
    """Shows one :class:`DocumentView`. Main thread only.

    Signals: ``quote_clicked(uuid)`` when the user clicks a highlighted quote;
    ``selection_span_changed(bool)`` tells whether some body text is selected.
    """

    quote_clicked = Signal(str)
    selection_span_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(18)
        self.view: DocumentView | None = None
        self.body_offset = 0
        self._quotes: list[QuoteView] = []
        self._active_quote = ""
        self._extra_actions: list[QAction] = []
        self.selectionChanged.connect(lambda: self.selection_span_changed.emit(self.selected_span() is not None))
        self.setPlaceholderText("Choose a document to read it here.")

    # ----- content -----------------------------------------------------------------------
    def show_document(self, view: DocumentView | None) -> None:
        """Show ``view`` (None clears the reader); keeps the scroll position if it is the
        same document again (e.g. after one of its quotes changed)."""
        same = view is not None and self.view is not None and view.uuid == self.view.uuid
        scroll = self.verticalScrollBar().value() if same else 0
        self.view = view
        self._quotes = list(view.quotes) if view else []
        if not same:
            self._active_quote = ""
        self._render()
        self.verticalScrollBar().setValue(scroll)

    def _render(self) -> None:
        document = self.document()
        document.clear()
        self.setExtraSelections([])
        view = self.view
        if view is None:
            return
        palette = self.palette()
        cursor = QTextCursor(document)
        base = QFont(self.font())
        base.setPointSizeF(base.pointSizeF() * 1.08)
        body_format = QTextCharFormat()
        body_format.setFont(base)
        spaced = QTextBlockFormat()
        spaced.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

        title = QTextCharFormat()
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.55)
        title_font.setBold(True)
        title.setFont(title_font)
        cursor.setCharFormat(title)
        cursor.insertText(view.title)
        muted = QTextCharFormat(body_format)
        muted.setForeground(theme.muted_text(palette))
        if view.subtitle:
            cursor.insertBlock()
            subtitle = QTextCharFormat(body_format)
            subtitle.setFontItalic(True)
            cursor.insertText(view.subtitle, subtitle)
        cursor.insertBlock()
        cursor.insertText(_meta_line(view), muted)
        if view.image_caption:
            cursor.insertBlock()
            caption = QTextCharFormat(muted)
            caption.setFontItalic(True)
            cursor.insertText(f"Image: {view.image_caption}", caption)
        cursor.insertBlock(spaced)
        cursor.insertBlock(spaced)
        cursor.setCharFormat(body_format)
        self.body_offset = cursor.position()
        cursor.insertText(view.body, body_format)
        if view.end_matter:
            cursor.insertBlock(spaced)
            cursor.insertHtml("<hr/>")
            cursor.insertBlock()
            end_matter = QTextCharFormat(muted)
            end_font = QFont(base)
            end_font.setPointSizeF(base.pointSizeF() * 0.9)
            end_matter.setFont(end_font)
            end_matter.setFontItalic(True)
            cursor.insertText(view.end_matter, end_matter)
        self._highlight_quotes()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _highlight_quotes(self) -> None:
        if self.view is None:
            return
        palette = self.palette()
        for quote in self._quotes:
            cursor = self._cursor_for(quote.start, quote.end)
            mark = QTextCharFormat()
            mark.setBackground(theme.quote_background(quote.kind, palette))
            mark.setProperty(QUOTE_PROPERTY, quote.uuid)
            speaker = quote.speaker.name if quote.speaker else "unknown speaker"
            mark.setToolTip(f"{theme.KIND_LABELS.get(quote.kind, quote.kind)} — {speaker}")
            cursor.mergeCharFormat(mark)
        self._show_active()

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        qt_start, qt_end = body_span_to_qt(self.view.body, self.body_offset, start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # ----- quotes and selections ---------------------------------------------------------
    def show_quote(self, uuid: str) -> bool:
        """Scroll to the quote ``uuid`` and mark it strongly; False if it is not shown here."""
        quote = next((q for q in self._quotes if q.uuid == uuid), None)
        if quote is None:
            return False
        self._active_quote = uuid
        self._show_active()
        cursor = self._cursor_for(quote.start, quote.end)
        cursor.setPosition(cursor.selectionStart())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _show_active(self) -> None:
        quote = next((q for q in self._quotes if q.uuid == self._active_quote), None)
        if quote is None:
            self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor_for(quote.start, quote.end)
        selection.format.setBackground(theme.quote_background(quote.kind, self.palette(), strong=True))
        selection.format.setFontUnderline(True)
        self.setExtraSelections([selection])

    def selected_span(self) -> tuple[int, int] | None:
        """The selected part of the body, as code points, or None."""
        if self.view is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return qt_span_to_body(self.view.body, self.body_offset, cursor.selectionStart(), cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        """Select ``body[start:end]`` (code points), e.g. to show a proposal."""
        if self.view is None:
            return
        cursor = self._cursor_for(start, end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def quote_at(self, position: int) -> str:
        """UUID of the quote under Qt position ``position``, or ''."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position + 1, self.document().characterCount() - 1))
        value = cursor.charFormat().property(QUOTE_PROPERTY)
        return value if isinstance(value, str) else ""

    def add_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered at the top of the right-click menu (e.g. "Quote selection…")."""
        self._extra_actions = list(actions)

    # ----- Qt ----------------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self._extra_actions:
            menu.insertAction(first, action)
        if self._extra_actions:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            uuid = self.quote_at(self.cursorForPosition(event.position().toPoint()).position())
            if uuid:
                self._active_quote = uuid
                self._show_active()
                self.quote_clicked.emit(uuid)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.view is not None:
            self._render()


def _meta_line(view: DocumentView) -> str:
    parts = [view.publication, view.section]
    if view.published_at:
        parts.append(f"{view.published_at.day} {view.published_at:%B %Y}")
    elif view.published_text:
        parts.append(view.published_text)
    if view.authors:
        parts.append("by " + ", ".join(a.name for a in view.authors))
    return " · ".join(p for p in parts if p)

