"""The reader's proposal controls: the strip above the text and the bar over a marked span.

:class:`ProposalStrip` sits above the document (when it has proposals): the "Show
proposals" toggle, how many there are, and Previous / Next. :class:`ProposalBar` floats
under the proposal the user clicked or reached by keyboard: what it is, its evidence and
confidence, and Accept / Edit… / Reject. Both only emit; :class:`gui.panels.reader.DocumentReader`
owns them and says what they show. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catalog import ProposalView
from gui.catalog_text import catalog_text
from gui.i18n import translate
from gui.icons import set_icon


def proposal_colour(proposal: ProposalView, palette: QPalette) -> QColor:
    """The underline of a proposed span: the highlight colour for a quote, muted for an actor."""
    colour = palette.color(QPalette.ColorRole.Highlight)
    if proposal.kind != "quote":
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    return colour


def current_background(palette: QPalette) -> QColor:
    """The pale wash behind the proposal being decided."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(55)
    return colour


class ProposalStrip(QWidget):
    """Above the text: the toggle (``toggle_action``), a count, Previous and Next."""

    previous = Signal()
    next = Signal()

    def __init__(self, toggle_action: QAction, parent=None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("ProposalBar", "Proposals in the text"))
        self.toggle = QToolButton()
        toggle_action.setIconText(translate("ProposalBar", "Proposals"))  # the button's word; the View menu says "Show proposals"
        self.toggle.setDefaultAction(toggle_action)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.count = QLabel()
        # a narrow reader cuts the count rather than the buttons (the tooltip says it whole)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.previous_button = QToolButton()
        self.previous_button.setText(translate("ProposalBar", "Previous"))
        set_icon(self.previous_button, "previous")  # icons only: the count keeps the room
        self.previous_button.setToolTip(translate("ProposalBar", "The previous proposal in the text (Alt+P)"))
        self.previous_button.setAccessibleName(translate("ProposalBar", "Previous proposal"))
        self.next_button = QToolButton()
        self.next_button.setText(translate("ProposalBar", "Next"))
        set_icon(self.next_button, "next")
        self.next_button.setToolTip(translate("ProposalBar", "The next proposal in the text (Alt+N)"))
        self.next_button.setAccessibleName(translate("ProposalBar", "Next proposal"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.count, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)

    def set_count(self, quotes: int, actors: int) -> None:
        parts = []
        if quotes:
            parts.append(translate("ProposalBar", "%n quote", None, quotes) if quotes == 1 else translate("ProposalBar", "%n quotes", None, quotes))
        if actors:
            parts.append(translate("ProposalBar", "%n actor", None, actors) if actors == 1 else translate("ProposalBar", "%n actors", None, actors))
        listed = translate("ProposalBar", "{first}, {second}").format(first=parts[0], second=parts[1]) if len(parts) == 2 else "".join(parts)
        self.count.setText(listed or translate("ProposalBar", "none marked"))
        how = translate("ProposalBar", "Click one, or press Alt+N, then Alt+A to accept or Alt+R to reject")
        if parts:
            how = translate("ProposalBar", "Proposed in this text: {proposed}. {how}").format(proposed=listed, how=how)
        self.count.setToolTip(how)


class ProposalBar(QFrame):
    """Floats under a proposal: its words, evidence and confidence; Accept, Edit…, Reject.

    ``decided(action)`` is ``accept``, ``edit`` or ``reject``; ``closed`` when dismissed."""

    decided = Signal(str)
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setAccessibleName(translate("ProposalBar", "Proposal"))
        self.proposal: ProposalView | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.accept_button = QPushButton(translate("ProposalBar", "Accept"))
        self.accept_button.setToolTip(translate("ProposalBar", "Accept this proposal (Alt+A)"))
        self.edit_button = QPushButton(translate("ProposalBar", "Edit…"))
        self.edit_button.setToolTip(translate("ProposalBar", "Change the speaker, kind or name, then accept (Alt+E)"))
        self.reject_button = QPushButton(translate("ProposalBar", "Reject"))
        self.reject_button.setToolTip(translate("ProposalBar", "Reject this proposal (Alt+R); the Proposals tab can restore it"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(translate("ProposalBar", "Close"))
        self.close_button.setToolTip(translate("ProposalBar", "Close (Esc)"))
        self.close_button.setAutoRaise(True)
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the text
        self.accept_button.clicked.connect(lambda: self.decided.emit("accept"))
        self.edit_button.clicked.connect(lambda: self.decided.emit("edit"))
        self.reject_button.clicked.connect(lambda: self.decided.emit("reject"))
        self.close_button.clicked.connect(self.closed)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(head)
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        self.hide()

    def show_for(self, proposal: ProposalView, span: QRect, area: QRect) -> None:
        """Show ``proposal`` under ``span`` (viewport coordinates), kept inside ``area``."""
        self.proposal = proposal
        self.title.setText(catalog_text(proposal.title()))
        said = catalog_text(proposal.evidence)
        evidence = f"{said[:1].upper()}{said[1:]}"
        self.evidence.setText(translate("ProposalBar", "{evidence} · confidence {confidence}").format(evidence=evidence, confidence=f"{proposal.confidence:.0%}"))
        self.setAccessibleDescription(catalog_text(proposal.describe()))
        width = min(420, max(240, area.width() - 16))
        self.setFixedWidth(width)
        self.adjustSize()
        below = span.bottom() + 4
        top = below if below + self.height() <= area.bottom() else max(area.top(), span.top() - self.height() - 4)
        left = min(max(area.left() + 4, span.left()), area.right() - width - 4)
        self.move(QPoint(left, top))
        self.show()
        self.raise_()
