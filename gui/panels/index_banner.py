"""A strip above the panels while the search index is rebuilt in the background.

The window stays usable meanwhile (browsing, reading, editing); only searching waits for the
index. Shown by :meth:`gui.window_commands.WindowCommands.repair_index`; follows the task
runner's progress for its task (named :func:`task_label`). It speaks the interface language,
the catalogue's reason (a :class:`catalog.Message`) included.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QToolButton

from catalog import Message
from gui.catalog_text import catalog_text
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.tasks import TaskRunner

LABEL = QT_TRANSLATE_NOOP("IndexBanner", "Rebuilding the search index")
# an index that is only behind (or holds too few records) is still searched meanwhile
READABLE = ("index_behind", "index_count_differs")


def task_label() -> str:
    """The rebuild's task as the status bar names it, in the interface language: the banner
    follows the progress of the task of this name."""
    return translate("IndexBanner", LABEL)


class IndexBanner(QFrame):
    """Hidden until :meth:`start`; :meth:`finish` hides it, :meth:`fail` keeps it with the reason."""

    def __init__(self, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.setObjectName("index-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)  # follows light and dark themes
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text = QLabel()
        # one line that never widens the window; the tooltip holds the whole text
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("IndexBanner", "Hide"))
        self.close_button.setAccessibleName(translate("IndexBanner", "Hide the index message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.close_button)
        tasks.progressed.connect(self._progressed)
        self.hide()

    def start(self, problem: str) -> None:
        """Show that the index is being rebuilt because of ``problem`` (``catalog.index_problem``)."""
        if isinstance(problem, Message):
            readable = problem.key in READABLE
        else:  # a reason in words of its own
            readable = "behind" in problem or " holds " in problem
        if readable:
            text = translate("IndexBanner", "<b>Rebuilding the search index:</b> {problem}. Searches meanwhile may miss the latest changes; everything else works now.")
        else:
            text = translate("IndexBanner", "<b>Rebuilding the search index:</b> {problem}. Searching works again when it is done; everything else works now.")
        self._say(text.format(problem=html.escape(catalog_text(problem))))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.close_button.hide()
        self.show()

    def finish(self) -> None:
        self.hide()

    def fail(self, reason: str) -> None:
        """Keep the banner, saying the rebuild failed for ``reason`` (words in the interface language)."""
        text = translate("IndexBanner", "<b>The search index could not be rebuilt:</b> {reason}. Try again with Tools → Reindex.")
        self._say(text.format(reason=html.escape(reason)))
        self.progress.hide()
        self.close_button.show()
        self.show()

    def _say(self, rich: str) -> None:
        self.text.setText(rich)
        self.text.setToolTip(rich)

    def _progressed(self, label: str, done: int, total: int, _message: str) -> None:
        if label == task_label() and self.isVisible():
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
