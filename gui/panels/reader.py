"""The reader: one document's title, metadata line, body with every quote highlighted, and
its end matter set apart. Read-only; selecting text and pressing Ctrl+Q asks for a quote.

Proposals are marked in the text too (a wavy underline for a proposed quote, a dotted one
for an actor's mentions), unless translate("DocumentReader", "Show proposals") is off. Clicking one, or reaching it with
Alt+N / Alt+P, opens a bar under it to accept (Alt+A), edit (Alt+E) or reject (Alt+R) it;
the reader only says so (``proposal_decided``): the record pane has the catalogue do it.

Positions: the body is inserted verbatim at ``body_offset`` of the ``QTextDocument``; every
conversion between Qt's UTF-16 positions and the catalogue's code points goes through
:mod:`gui.positions`. Right-to-left runs (the sample's Arabic) are laid out by Qt's bidi
algorithm; each paragraph takes its direction from its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from catalog import DocumentView, ProposalView, QuoteView
from gui import theme
from gui.catalog_text import catalog_text
from gui.i18n import translate
from gui.panels.proposal_bar import ProposalBar, ProposalStrip, current_background, proposal_colour
from gui.positions import body_span_to_qt, qt_span_to_body

QUOTE_PROPERTY = QTextFormat.Property.UserProperty + 1
# Alt+letter on the proposal at the cursor; the reader takes them before the menus' mnemonics
PROPOSAL_KEYS = {
    Qt.Key.Key_A: "accept",
    Qt.Key.Key_E: "edit",
    Qt.Key.Key_R: "reject",
    Qt.Key.Key_N: "next",
    Qt.Key.Key_P: "previous",
}


class DocumentReader(QTextBrowser):
    """Shows one :class:`DocumentView`. Main thread only.

    Signals: ``quote_clicked(uuid)`` when the user clicks a highlighted quote;
    ``selection_span_changed(bool)`` tells whether some body text is selected;
    ``proposal_decided(action, id)`` when the user accepts (``accept``), wants to edit
    (``edit``) or rejects (``reject``) the proposal ``id`` in the text;
    ``proposal_focused(id)`` when a proposal becomes the one being decided.
    Proposals to mark come from :meth:`set_proposals`.
    """

    quote_clicked = Signal(str)
    selection_span_changed = Signal(bool)
    proposal_decided = Signal(str, int)
    proposal_focused = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setAccessibleName(translate("DocumentReader", "Document text"))
        self.setAccessibleDescription(translate("DocumentReader", "The document, its quotes highlighted; select words and press Ctrl+Q to quote them"))
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
        self.setPlaceholderText(translate("DocumentReader", "Choose a document to read it here."))
        self._proposals: list[ProposalView] = []
        self._proposal_spans: list[tuple[int, int, ProposalView]] = []  # Qt positions, in text order
        self.current_proposal: ProposalView | None = None
        self._current_span = (0, 0)  # Qt positions of the current proposal's span (one of an actor's mentions)
        self._advance_from: int | None = None  # after a decision, go on from this Qt position
        self.show_proposals_action = QAction(translate("DocumentReader", "Show proposals"), self)
        self.show_proposals_action.setCheckable(True)
        self.show_proposals_action.setChecked(True)
        self.show_proposals_action.setToolTip(translate("DocumentReader", "Mark proposed quotes and actors in the text"))
        self.show_proposals_action.toggled.connect(self._proposals_toggled)
        self.proposal_strip = ProposalStrip(self.show_proposals_action, self)
        self.proposal_strip.next.connect(lambda: self.go_to_proposal(1))
        self.proposal_strip.previous.connect(lambda: self.go_to_proposal(-1))
        self.proposal_strip.hide()
        self.proposal_bar = ProposalBar(self.viewport())
        self.proposal_bar.decided.connect(self.decide)
        self.proposal_bar.closed.connect(self.close_proposal)
        self.verticalScrollBar().valueChanged.connect(self._place_bar)

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
            self._proposals, self.current_proposal, self._advance_from = [], None, None
            self.proposal_bar.hide()
        self._render()
        if same and self.current_proposal is not None:
            self._place_bar()
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
        self._index_proposals()
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
            speaker = quote.speaker.name if quote.speaker else translate("Reader", "unknown speaker")
            mark.setToolTip(f"{theme.kind_label(quote.kind)} — {speaker}")
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
        """Paint what extra selections show: the quote being looked at (first), then the
        proposals' marks, the proposal being decided among them."""
        selections = []
        quote = next((q for q in self._quotes if q.uuid == self._active_quote), None)
        if quote is not None:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(quote.start, quote.end)
            selection.format.setBackground(theme.quote_background(quote.kind, self.palette(), strong=True))
            selection.format.setFontUnderline(True)
            selections.append(selection)
        self.setExtraSelections(selections + self._proposal_marks())

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

    # ----- proposals -----------------------------------------------------------------------
    def set_proposals(self, proposals: list[ProposalView]) -> None:
        """Mark ``proposals`` (pending ones of the document shown) in the text. A proposal
        whose span no longer matches the text is left out. After a decision made here the
        next proposal becomes the current one, so Alt+A, Alt+A... walks through them."""
        self._proposals = [p for p in proposals if self.view is not None and p.document_uuid == self.view.uuid]
        self._index_proposals()
        advance, self._advance_from = self._advance_from, None
        current = self.current_proposal
        still = next((p for p in self._proposals if current is not None and p.id == current.id), None)
        if still is not None:
            self.current_proposal = still
        elif advance is not None and self.marks_shown():
            self.current_proposal = None
            self.go_to_proposal(1, advance)
        else:
            self.close_proposal()
        self._show_active()

    def marks_shown(self) -> bool:
        return self.show_proposals_action.isChecked() and bool(self._proposal_spans)

    def proposal_at(self, position: int) -> ProposalView | None:
        """The proposal marked at Qt position ``position``: a proposed quote before an
        actor's mention; None when none is, or marks are hidden."""
        if not self.show_proposals_action.isChecked():
            return None
        found = [p for start, end, p in self._proposal_spans if start <= position < end]
        return min(found, key=lambda p: p.kind != "quote", default=None)

    def proposal_at_cursor(self) -> ProposalView | None:
        """The proposal being decided, else the one under the text cursor."""
        if self.current_proposal is not None:
            return self.current_proposal
        return self.proposal_at(self.textCursor().position())

    def focus_proposal(self, proposal_id: int) -> bool:
        """Make the proposal ``proposal_id`` current: scroll to it, show its bar. False when
        it is not marked here."""
        if not self.show_proposals_action.isChecked():
            return False
        spans = [(start, end, p) for start, end, p in self._proposal_spans if p.id == proposal_id]
        if not spans:
            return False
        start, end, proposal = spans[0]
        self._make_current(proposal, start, end)
        return True

    def go_to_proposal(self, step: int, origin: int | None = None) -> bool:
        """Go to the next (``step`` 1) or previous (-1) proposal after/before the current
        one or the cursor (or Qt position ``origin``), wrapping round; False when none is marked."""
        if not self.marks_shown():
            return False
        spans = self._proposal_spans if step > 0 else list(reversed(self._proposal_spans))
        if origin is None and self.current_proposal is not None:
            here = self._current_span
            # the spans in text order; the current one's place among them, then one step on
            index = next((i for i, s in enumerate(spans) if (s[0], s[1], s[2].id) == (*here, self.current_proposal.id)), -1)
            following = spans[index + 1 :] if index >= 0 else []
        else:
            # from the caret (or ``origin``): a proposal starting right there counts going forward
            origin = self.textCursor().selectionStart() if origin is None else origin
            following = [s for s in spans if (s[0] >= origin if step > 0 else s[0] < origin)]
        start, end, proposal = (following or spans)[0]
        self._make_current(proposal, start, end)
        return True

    def decide(self, action: str) -> None:
        """``accept``, ``edit`` or ``reject`` the proposal at the cursor (see
        :meth:`proposal_at_cursor`): emits ``proposal_decided``; nothing when there is none."""
        proposal = self.proposal_at_cursor()
        if proposal is None:
            return
        if action != "edit":
            self._advance_from = self._current_start() if self.current_proposal is not None else self.textCursor().position()
        self.proposal_decided.emit(action, proposal.id)

    def close_proposal(self) -> None:
        self.current_proposal = None
        self.proposal_bar.hide()
        self._show_active()

    def _current_start(self) -> int:
        return self._current_span[0]

    def _make_current(self, proposal: ProposalView, start: int, end: int) -> None:
        self.current_proposal = proposal
        self._current_span = (start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)  # selected: Ctrl+Q can quote it as it is
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._show_active()
        self._place_bar()
        self.proposal_focused.emit(proposal.id)

    def _place_bar(self) -> None:
        proposal = self.current_proposal
        if proposal is None or not self.marks_shown():
            self.proposal_bar.hide()
            return
        start, end = self._current_span
        first, last = QTextCursor(self.document()), QTextCursor(self.document())
        first.setPosition(start)
        last.setPosition(end)
        span = self.cursorRect(first).united(self.cursorRect(last))
        if span.width() < 20 or span.top() > self.cursorRect(first).bottom():  # runs over lines
            span = QRect(self.cursorRect(first).left(), self.cursorRect(first).top(), 40, self.cursorRect(last).bottom() - self.cursorRect(first).top())
        self.proposal_bar.show_for(proposal, span, self.viewport().rect())

    def _index_proposals(self) -> None:
        """The marked spans in Qt positions, in text order; the strip's count."""
        self._proposal_spans = []
        view = self.view
        if view is not None:
            for proposal in self._proposals:
                if proposal.kind == "quote" and view.body[proposal.spans[0][0] : proposal.spans[0][1]] != proposal.data.get("exact"):
                    continue  # the text changed since it was proposed
                for start, end in proposal.spans:
                    if 0 <= start < end <= len(view.body):
                        self._proposal_spans.append((*body_span_to_qt(view.body, self.body_offset, start, end), proposal))
        self._proposal_spans.sort(key=lambda s: (s[0], s[2].kind != "quote"))
        quotes = len({p.id for _s, _e, p in self._proposal_spans if p.kind == "quote"})
        actors = len({p.id for _s, _e, p in self._proposal_spans if p.kind != "quote"})
        self.proposal_strip.set_count(quotes, actors)
        self._show_strip(bool(self._proposals) and self.view is not None)

    def _proposal_marks(self) -> list[QTextEdit.ExtraSelection]:
        if not self.show_proposals_action.isChecked():
            return []
        palette = self.palette()
        marks = []
        current = self.current_proposal.id if self.current_proposal is not None else None
        for start, end, proposal in self._proposal_spans:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(self.document())
            mark.cursor.setPosition(start)
            mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            quote = proposal.kind == "quote"
            style = QTextCharFormat.UnderlineStyle.WaveUnderline if quote else QTextCharFormat.UnderlineStyle.DotLine
            mark.format.setUnderlineStyle(style)
            mark.format.setUnderlineColor(proposal_colour(proposal, palette))
            if proposal.id == current:
                mark.format.setBackground(current_background(palette))
            mark.format.setToolTip(
                translate("Reader", "Proposed: {title} — {evidence}; confidence {confidence}").format(
                    title=catalog_text(proposal.title()), evidence=catalog_text(proposal.evidence), confidence=f"{proposal.confidence:.0%}"
                )
            )
            marks.append(mark)
        return marks

    def _proposals_toggled(self, shown: bool) -> None:
        if not shown:
            self.close_proposal()
        self._show_active()

    def _show_strip(self, shown: bool) -> None:
        height = self.proposal_strip.sizeHint().height() if shown else 0
        self.setViewportMargins(0, height, 0, 0)
        self.proposal_strip.setVisible(shown)
        self._place_strip()

    def _place_strip(self) -> None:
        # as wide as the text, clear of the scroll bar (which runs the reader's full height)
        frame = self.frameWidth()
        self.proposal_strip.setGeometry(frame, frame, self.viewport().width(), self.proposal_strip.sizeHint().height())

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
        for action in [*self._proposal_actions(event.pos()), *self._extra_actions]:
            menu.insertAction(first, action)
        if menu.actions() and menu.actions()[0] is not first:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _proposal_actions(self, pos) -> list[QAction]:
        """The context menu's proposal entries: decide the one under ``pos``, move between
        them, show or hide them."""
        actions: list[QAction] = []
        under = self.proposal_at(self.cursorForPosition(pos).position())
        if under is not None:
            for action, text, key in (
                ("accept", translate("DocumentReader", "Accept proposal"), "Alt+A"),
                ("edit", translate("DocumentReader", "Edit proposal…"), "Alt+E"),
                ("reject", translate("DocumentReader", "Reject proposal"), "Alt+R"),
            ):
                entry = QAction(text, self)
                entry.setShortcut(QKeySequence(key))  # shown in the menu; the reader handles the key
                entry.triggered.connect(lambda _checked=False, a=action, p=under: self._decide_on(p, a))
                actions.append(entry)
        if self.marks_shown():
            for text, key, step in ((translate("DocumentReader", "Next proposal"), "Alt+N", 1), (translate("DocumentReader", "Previous proposal"), "Alt+P", -1)):
                entry = QAction(text, self)
                entry.setShortcut(QKeySequence(key))
                entry.triggered.connect(lambda _checked=False, s=step: self.go_to_proposal(s))
                actions.append(entry)
        if self._proposals:
            actions.append(self.show_proposals_action)
        return actions

    def _decide_on(self, proposal: ProposalView, action: str) -> None:
        self.focus_proposal(proposal.id)
        self.decide(action)

    def _proposal_key(self, event) -> str:
        """The proposal action an Alt+letter key press asks for, or '': only while there is a
        proposal to act on, so that otherwise the key opens its menu as usual."""
        if event.modifiers() != Qt.KeyboardModifier.AltModifier or not self.marks_shown():
            return ""
        action = PROPOSAL_KEYS.get(Qt.Key(event.key()), "")
        if action in ("accept", "edit", "reject") and self.proposal_at_cursor() is None:
            return ""
        return action

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._proposal_key(event):
            event.accept()  # ours, not a menu mnemonic's
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        action = self._proposal_key(event)
        if action in ("next", "previous"):
            self.go_to_proposal(1 if action == "next" else -1)
        elif action:
            self.decide(action)
        elif event.key() == Qt.Key.Key_Escape and self.current_proposal is not None:
            self.close_proposal()
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            proposal = self.proposal_at(position)
            uuid = self.quote_at(position)
            if proposal is not None and (proposal.kind == "quote" or not uuid):
                self.focus_proposal(proposal.id)
                return
            if self.current_proposal is not None:
                self.close_proposal()
            if uuid:
                self._active_quote = uuid
                self._show_active()
                self.quote_clicked.emit(uuid)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_strip()
        if self.proposal_bar.isVisible():
            self._place_bar()

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

