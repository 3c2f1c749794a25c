"""An actor's page of what they said: every quote of theirs in the order the documents were
published, each under its date, publication and document title, narrowed by words typed
above the list ("what did X say about Y, and when"). Activating a quote (double-click, Enter)
emits ``quote_chosen(uuid)``, which opens its document at the quote.

The quotes are read on the task runner's reading thread (``catalog.actors.said``) when the
page is shown and whenever the words change (after a pause in typing), so a prolific speaker
never holds up the window, and the filter never waits for a write under way (an import); a
newer read replaces one under way.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from catalog import SpokenQuote
from gui.i18n import isolated, translate
from gui.models.row_list import RowListModel
from gui.panel_loader import PanelLoader
from gui.panels.html_delegate import HtmlDelegate
from gui.tasks import TaskRunner

TYPING_PAUSE_MS = 250


def quote_html(quote: SpokenQuote, words: list[str]) -> str:
    """A quote as the list shows it: date, publication and title on top, the quote below with
    the words looked for highlighted."""
    date = quote.published_at.strftime("%Y-%m-%d") if quote.published_at else (quote.published_text or translate("ActorSaid", "undated"))
    where = " · ".join(html.escape(part) for part in (date, quote.publication) if part)
    text = html.escape(" ".join(quote.exact.split()))
    for word in words:
        text = re.sub(rf"(?<!\w)({re.escape(html.escape(word))}\w*)", r'<b class="match">\1</b>', text, flags=re.IGNORECASE)
    title = html.escape(quote.document_title or translate("ActorSaid", "Untitled"))
    return f"<span class='muted'>{where}</span> — <i>{title}</i><br/>“{text}”"


class ActorSaid(QWidget):
    """``set_actor(uuid, name)`` chooses whose quotes to show; ``loader.loaded`` fires when the
    list was (re)filled. Reads only; main thread."""

    quote_chosen = Signal(str)

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.uuid = ""
        self.name = ""
        self._stale = False
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("ActorSaid", "About… (words in the quote, its note or tags)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("ActorSaid", "Narrow what they said"))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _text: self._pause.start())
        self.filter.returnPressed.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = RowListModel(lambda q: quote_html(q, self._words), lambda q: translate("ActorSaid", "Double-click to open the document at this quote"), parent=self)
        self.view = QListView()
        self.view.setAccessibleName(translate("ActorSaid", "What they said"))
        self.view.setAccessibleDescription(translate("ActorSaid", "The actor's quotes, oldest document first; Enter opens the document at the quote"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(lambda index: self.quote_chosen.emit(index.data(RowListModel.RecordRole).uuid))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._words: list[str] = []
        self._asked = ("", "")  # the actor and words of the read under way
        self.loader = PanelLoader(tasks, translate("ActorSaid", "Reading what the actor said"), self._read, self._show, self, reads=True)

    def set_actor(self, uuid: str, name: str) -> None:
        """Show what ``uuid`` said (read now if the page is shown, else when it is)."""
        if uuid == self.uuid:
            return
        self.uuid, self.name = uuid, name
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.model.set_rows([])
        self.summary.clear()
        self._stale = bool(uuid)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the quotes again (on the worker), or when the page is next shown."""
        self._pause.stop()
        if not self.uuid:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._asked = (self.uuid, " ".join(self.filter.text().split()))
        self.loader.request()

    def _read(self) -> tuple[str, str, list[SpokenQuote]]:
        uuid, about = self._asked  # set on the main thread before the request: read once here
        return uuid, about, self._catalog.actors.said(uuid, about=about) if uuid else []

    def _show(self, result: tuple[str, str, list[SpokenQuote]]) -> None:
        uuid, about, quotes = result
        if uuid != self.uuid:
            return  # another actor was chosen meanwhile; its own read follows
        self._words = about.split()
        self.model.set_rows(quotes)
        self.summary.setText(self._summary(about, quotes))

    def _summary(self, about: str, quotes: list[SpokenQuote]) -> str:
        name, words = isolated(html.escape(self.name)), isolated(html.escape(about))
        if not quotes:
            if about:
                return translate("ActorSaid", "Nothing {name} said is about “{about}”.").format(name=name, about=words)
            return translate("ActorSaid", "No quotes of {name} yet.").format(name=name)
        years = sorted({q.published_at.year for q in quotes if q.published_at})
        span = "" if not years else f"{years[0]}" if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
        n = len(quotes)
        if about and n == 1:
            line = translate("ActorSaid", "%n quote of {name} about “{about}”", None, n)
        elif about:
            line = translate("ActorSaid", "%n quotes of {name} about “{about}”", None, n)
        else:
            line = translate("ActorSaid", "%n quote of {name}", None, n) if n == 1 else translate("ActorSaid", "%n quotes of {name}", None, n)
        line = line.format(name=name, about=words)
        if span:
            line = translate("ActorSaid", "{summary}, {years}").format(summary=line, years=span)
        return translate("ActorSaid", "{summary}, oldest first").format(summary=line)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()
