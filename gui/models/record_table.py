"""The centre list: a lazy table of documents, quotes or actors.

The model holds only the ordered UUIDs of one query (``Catalog.record_ids``); rows are
fetched a page at a time (``document_rows`` / ``quote_rows`` / ``actor_rows``) when the view
asks for them and kept in a bounded cache. :meth:`apply_changes` drops cached rows a
``Changes`` touched, and re-runs the query when records of this kind came or went. Reads run
on the main thread: one page is one small indexed query.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from catalog import Changes
from gui.i18n import translate
from gui.icons import icon
from gui.models.record_columns import COLUMNS, DEFAULT_ORDER, Column
from gui.models.record_mime import RECORDS_MIME, records_mime

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index Qt passes for "no parent"


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind (``document``, ``quote``, ``actor``) matching ``filters``.

    ``filters`` are the keyword filters of ``Catalog.record_ids`` (tag, actor, publication,
    month). ``UuidRole`` gives a row's UUID without fetching it; ``RecordRole`` the row's view.
    Raises what the catalogue raises for a bad filter (NotFound for a vanished tag).
    """

    UuidRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2
    PAGE_SIZE = 100
    MAX_PAGES = 40

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.kind = "document"
        self.filters: dict[str, str] = {}
        self.sort_key, self.descending = DEFAULT_ORDER["document"]
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, object]] = OrderedDict()
        self.rows_fetched = 0  # how many rows were ever read from the catalogue (for tests)

    # ----- the query ---------------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return COLUMNS[self.kind]

    def set_query(self, kind: str, filters: dict[str, str] | None = None) -> None:
        """Show records of ``kind`` matching ``filters``; a new kind starts in its own order."""
        if kind != self.kind:
            self.sort_key, self.descending = DEFAULT_ORDER[kind]
        self.kind = kind
        self.filters = dict(filters or {})
        self.reload()

    def reload(self) -> None:
        """Run the query again and drop every cached row."""
        ids = self._catalog.search.record_ids(self.kind, sort=self.sort_key, descending=self.descending, **self.filters)
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._ids = self._catalog.search.record_ids(self.kind, sort=self.sort_key, descending=self.descending, **self.filters)
        self._pages.clear()
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        for i, column in enumerate(self.columns):
            if column.sort == self.sort_key:
                return i
        return -1

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched: re-query if rows of this kind came or went (or,
        with a filter, were edited); otherwise refetch only the edited rows."""
        kind = self.kind
        came_or_went = changes.created[kind] or changes.deleted[kind]
        if came_or_went or (self.filters and changes.edited[kind]):
            self.reload()
            return
        names_shown = changes.touched("tag") or (kind != "document" and changes.touched("document"))
        if names_shown or (kind == "quote" and changes.touched("actor")):
            # tag names, document titles or speaker names show in every row
            self._pages.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))
            return
        touched = set(changes.edited[kind])
        for page in self._pages.values():
            for uuid in touched & page.keys():
                page.pop(uuid)
        rows = [row for row, uuid in enumerate(self._ids) if uuid in touched] if touched else []
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1))

    # ----- rows --------------------------------------------------------------------------
    def uuids(self) -> list[str]:
        return list(self._ids)

    def uuid_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, uuid: str) -> int:
        try:
            return self._ids.index(uuid)
        except ValueError:
            return -1

    def record_at(self, row: int):
        """The view of ``row`` (fetching its page if needed), or None if it vanished."""
        page_number = row // self.PAGE_SIZE
        page = self._pages.get(page_number)
        uuid = self._ids[row]
        if page is None or uuid not in page:
            page = self._fetch_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(uuid)

    def _fetch_page(self, page_number: int) -> dict[str, object]:
        wanted = self._ids[page_number * self.PAGE_SIZE : (page_number + 1) * self.PAGE_SIZE]
        fetch = {
            "document": self._catalog.documents.rows,
            "quote": self._catalog.quotes.rows,
            "actor": self._catalog.actors.rows,
        }[self.kind]
        views = fetch(wanted)
        self.rows_fetched += len(views)
        page = self._pages.setdefault(page_number, {})
        page.update({view.uuid: view for view in views})
        self._pages.move_to_end(page_number)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # ----- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Columns", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.UuidRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            # an actor's type at a glance (documents and quotes are all alike: no icon)
            record = self.record_at(index.row()) if self.kind == "actor" and index.column() == 0 else None
            return icon(getattr(record, "type", "actor")) if record is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, self.RecordRole):
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        if role == self.RecordRole:
            return record
        text = self.columns[index.column()].text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 else None
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [RECORDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return records_mime([self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
