"""The "Possible duplicates" window: pairs of actors that may be one, best first, each merged
with one click (keeping either) or dismissed as two different actors (which the catalogue
remembers as a "different from" relation, shown in both records' history).

The pairs are found on the task runner (``catalog.actors.duplicates``: a second or two for
20,000 actors); a merged or dismissed pair leaves the list at once, and the list is read again
after each change so that a merge's new aliases can bring new pairs. Every merge and
dismissal is one catalogue change, undone with Edit → Undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from catalog import ActorSummary, Changes, DuplicatePair
from gui.catalog_text import catalog_text
from gui.i18n import QT_TRANSLATE_NOOP, grouped, isolated, listed, translate
from gui.models.actor_tree import actor_counts
from gui.models.headed_table import NO_PARENT, HeadedTableModel, Index
from gui.operations import Operations
from gui.panel_loader import PanelLoader
from gui.theme import actor_type_label, add_actor_types
from gui.views import select_row

# after a change, the pairs are found again once the user pauses: a search over 20,000 actors
# queued after every click would hold up the merges queued behind it
REREAD_AFTER_MS = 800


def _described(actor: ActorSummary) -> str:
    """The actor's name, and how many documents and quotes name it: "Helen Castellan · 2
    documents, 1 quote"."""
    counts = actor_counts(actor)
    return translate("ActorDuplicates", "{name} · {counts}").format(name=isolated(actor.name), counts=listed(counts)) if counts else actor.name


def _elided(name: str, width: int = 28) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


class DuplicatePairsModel(HeadedTableModel):
    """One row per :class:`DuplicatePair`; the pair under ``PairRole``."""

    HEADERS = (QT_TRANSLATE_NOOP("DuplicatePairsModel", "Keep"), QT_TRANSLATE_NOOP("DuplicatePairsModel", "Merge into it"), QT_TRANSLATE_NOOP("DuplicatePairsModel", "Type"), QT_TRANSLATE_NOOP("DuplicatePairsModel", "Alike"), QT_TRANSLATE_NOOP("DuplicatePairsModel", "Why"))
    PairRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def remove_actor(self, uuid: str) -> None:
        """Drop every pair naming ``uuid`` (merged away)."""
        self.remove_where(lambda p: uuid in (p.first.uuid, p.second.uuid))

    def remove_where(self, test) -> None:
        for row in reversed(range(len(self._pairs))):
            if test(self._pairs[row]):
                self.beginRemoveRows(NO_PARENT, row, row)
                del self._pairs[row]
                self.endRemoveRows()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._pairs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        pair = self._pairs[index.row()]
        if role == self.PairRole:
            return pair
        if role == Qt.ItemDataRole.DisplayRole:
            return (_described(pair.first), _described(pair.second), actor_type_label(pair.first.type), f"{pair.score:.0%}", catalog_text(pair.reason))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ActorDuplicates", "{first} and {second}: {why}").format(
                first=isolated(pair.first.name), second=isolated(pair.second.name), why=catalog_text(pair.reason)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DuplicatesDialog(QDialog):
    """Non-modal. ``actor_chosen(uuid)`` asks the window to show an actor. Writes through
    ``ops`` (merge, mark different); reads on its task runner. ``loader.loaded`` fires when
    the list was (re)filled."""

    actor_chosen = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.setWindowTitle(translate("ActorDuplicates", "Possible duplicate actors"))
        self.resize(960, 480)
        intro = QLabel(translate(
            "ActorDuplicates",
            "Actors of one type whose names look alike. Merging keeps one: the other's name becomes an alias, "
            "and its documents, quotes, relations, identifiers and tags move over. Edit → Undo takes a merge back.",
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.type = QComboBox()
        self.type.addItem(translate("ActorDuplicates", "All types"), "")
        add_actor_types(self.type)
        self.type.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        top = QHBoxLayout()
        show = QLabel(translate("ActorDuplicates", "Show:"))
        show.setBuddy(self.type)
        top.addWidget(show)
        top.addWidget(self.type)
        top.addWidget(self.summary, 1)
        self.model = DuplicatePairsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive,) * 2 + (QHeaderView.ResizeMode.ResizeToContents,) * 2):
            header.setSectionResizeMode(column, mode)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 250)
        header.resizeSection(1, 220)
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._update_buttons())
        self.table.doubleClicked.connect(self._show_actor)
        self.keep_first = QPushButton()
        self.keep_first.clicked.connect(lambda: self.merge_selected(keep_first=True))
        self.keep_second = QPushButton()
        self.keep_second.clicked.connect(lambda: self.merge_selected(keep_first=False))
        self.different = QPushButton(translate("ActorDuplicates", "Not the same"))
        self.different.setToolTip(translate("ActorDuplicates", "These are two actors: stop offering this pair (remembered in the catalogue)"))
        self.different.clicked.connect(self.dismiss_selected)
        close = QPushButton(translate("ActorDuplicates", "Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.keep_first, self.keep_second, self.different):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._asked_type = ""
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(REREAD_AFTER_MS)
        self._reread.timeout.connect(self.refresh)
        self.loader = PanelLoader(ops.tasks, translate("ActorDuplicates", "Looking for possible duplicate actors"), self._read, self._show_pairs, self)
        ops.changed.connect(self.apply_changes)
        self._update_buttons()

    # ----- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Find the pairs again (on the worker)."""
        self._reread.stop()
        self._asked_type = self.type.currentData() or ""
        self.summary.setText(translate("ActorDuplicates", "Looking for actors that may be one…"))
        self.loader.request()

    def _read(self) -> list[DuplicatePair]:
        return self._catalog.actors.duplicates(type=self._asked_type or None)

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_pairs(pairs)
        if pairs:
            select_row(self.table, min(row, len(pairs) - 1))
        self._update_summary()
        self._update_buttons()

    def apply_changes(self, changes: Changes) -> None:
        if self.isVisible() and (changes.touched("actor") or changes.deleted["document"]):
            self._reread.start()

    # ----- acting ------------------------------------------------------------------------
    def selected_pair(self) -> DuplicatePair | None:
        index = self.table.currentIndex()
        return index.data(DuplicatePairsModel.PairRole) if index.isValid() else None

    def merge_selected(self, keep_first: bool = True) -> None:
        """Merge the selected pair, keeping its first actor (or the second); one change."""
        pair = self.selected_pair()
        if pair is None:
            return
        keep, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        self.model.remove_actor(other.uuid)
        self._after_row_gone()
        self._ops.change(
            translate("ActorDuplicates", "Merge “{other}” into “{keep}”").format(other=other.name, keep=keep.name),
            lambda: self._catalog.actors.merge(keep.uuid, other.uuid),
            on_failure=lambda exc: self._failed(translate("ActorDuplicates", "Could not merge the actors"), exc),
        )  # fmt: skip

    def dismiss_selected(self) -> None:
        """Mark the selected pair as two different actors; the list stops offering it."""
        pair = self.selected_pair()
        if pair is None:
            return
        first, second = pair.first.uuid, pair.second.uuid
        self.model.remove_where(lambda p: {p.first.uuid, p.second.uuid} == {first, second})
        self._after_row_gone()
        self._ops.change(
            translate("ActorDuplicates", "Mark actors as different"), lambda: self._catalog.actors.mark_different(first, second),
            on_failure=lambda exc: self._failed(translate("ActorDuplicates", "Could not mark the actors as different"), exc),
        )  # fmt: skip

    def _failed(self, title: str, exc: BaseException) -> None:
        self._ops.report_error(title, exc)
        self.refresh()  # the pair taken off the list is still there: show it again

    def _after_row_gone(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self._update_summary()
        self._update_buttons()

    def _show_actor(self, index) -> None:
        pair = index.data(DuplicatePairsModel.PairRole)
        if pair is not None:
            self.actor_chosen.emit(pair.second.uuid if index.column() == 1 else pair.first.uuid)

    def _update_summary(self) -> None:
        n = self.model.rowCount()
        if not n:
            self.summary.setText(translate("ActorDuplicates", "No possible duplicates left."))
            return
        found = translate("ActorDuplicates", "%n possible duplicate.", None, n) if n == 1 else translate("ActorDuplicates", "%n possible duplicates.", None, n)
        how = translate("ActorDuplicates", "Choose a pair, then which actor to keep; double-click a name to see its record.")
        self.summary.setText(f"{grouped(found, n)} {how}")

    def _update_buttons(self) -> None:
        pair = self.selected_pair()
        writable = not self._catalog.read_only
        for button in (self.keep_first, self.keep_second, self.different):
            button.setEnabled(pair is not None and writable)
        if pair is None:
            self.keep_first.setText(translate("ActorDuplicates", "Keep the first"))
            self.keep_second.setText(translate("ActorDuplicates", "Keep the second"))
            return
        for button, keep, other in ((self.keep_first, pair.first, pair.second), (self.keep_second, pair.second, pair.first)):
            button.setText(translate("ActorDuplicates", "Keep “{name}”").format(name=isolated(_elided(keep.name))))
            button.setToolTip(translate("ActorDuplicates", "Merge “{other}” into “{keep}”").format(other=isolated(other.name), keep=isolated(keep.name)))
