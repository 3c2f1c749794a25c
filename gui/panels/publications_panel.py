"""Publications with their document counts (read on the task runner); choosing one filters
the centre list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from catalog import Changes
from gui.i18n import translate
from gui.icons import icon
from gui.models.row_list import RowListModel
from gui.panel_loader import PanelLoader
from gui.tasks import TaskRunner


class PublicationsPanel(QWidget):
    """Emits ``publication_chosen(name)`` (``"(none)"`` for documents without one)."""

    publication_chosen = Signal(str)

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.model = RowListModel(
            lambda row: f"{_name(row[0])}  ({row[1]})",
            tooltip=lambda row: translate("PublicationsPanel", "%n documents", None, row[1]),
            decoration=lambda _row: icon("publication"), parent=self,
        )  # fmt: skip
        self.view = QListView()
        self.view.setIconSize(QSize(16, 16))  # a small mark beside the name, not a picture
        self.view.setAccessibleName(translate("PublicationsPanel", "Publications"))
        self.view.setAccessibleDescription(translate("PublicationsPanel", "Publications with their number of documents; Enter lists one's documents"))
        self.view.setModel(self.model)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.loader = PanelLoader(tasks, translate("PublicationsPanel", "Counting publications"), catalog.documents.publications, self._show_publications, self)
        self.refresh()

    def refresh(self) -> None:
        """Read the publications again (on the worker)."""
        self.loader.request()

    def _show_publications(self, publications: dict[str, int]) -> None:
        self.model.set_rows(sorted(publications.items(), key=lambda item: item[0].lower()))

    def apply_changes(self, changes: Changes) -> None:
        if changes.touched("document"):
            self.refresh()

    def _clicked(self, index: QModelIndex) -> None:
        name, _count = self.model.row_at(index.row())
        self.publication_chosen.emit(name)


def _name(publication: str) -> str:
    """A publication as the list shows it: the catalogue's "(none)" (documents without one,
    and the filter that finds them) in the window's language."""
    return translate("PublicationsPanel", "(no publication)") if publication == "(none)" else publication
