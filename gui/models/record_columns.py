"""What the record list shows for each kind of record: column titles, cell text, sort keys.

``sort`` names a sort the catalogue understands (``Catalog.record_ids(sort=...)``), or None
for a column that cannot be sorted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from gui.i18n import QT_TRANSLATE_NOOP
from gui.theme import kind_label


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[object], str]
    sort: str | None
    width: int = 120


def _date(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment else ""


def _names(refs) -> str:
    return ", ".join(r.name for r in refs)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# titles translated where shown (context "Columns")
COLUMNS: dict[str, list[Column]] = {
    "document": [
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda d: d.title, "title", 320),
        Column(QT_TRANSLATE_NOOP("Columns", "Publication"), lambda d: d.publication, "publication", 150),
        Column(QT_TRANSLATE_NOOP("Columns", "Published"), lambda d: _date(d.published_at), "date", 90),
        Column(QT_TRANSLATE_NOOP("Columns", "Authors"), lambda d: _names(d.authors), None, 130),
        Column(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda d: ", ".join(d.tags), None, 140),
        Column(QT_TRANSLATE_NOOP("Columns", "Added"), lambda d: _date(d.accessioned_at), "added", 90),
    ],
    "quote": [
        Column(QT_TRANSLATE_NOOP("Columns", "Quote"), lambda q: _one_line(q.exact), "text", 340),
        Column(QT_TRANSLATE_NOOP("Columns", "Speaker"), lambda q: q.speaker.name if q.speaker else "", "speaker", 140),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda q: kind_label(q.kind), "kind", 80),
        Column(QT_TRANSLATE_NOOP("Columns", "Document"), lambda q: q.document_title, "document", 220),
        Column(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda q: ", ".join(q.tags), None, 140),
    ],
    "actor": [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda a: a.name, "name", 220),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda a: a.type, "type", 100),
        Column(QT_TRANSLATE_NOOP("Columns", "Dates"), lambda a: a.dates, "dates", 90),
        Column(QT_TRANSLATE_NOOP("Columns", "Documents"), lambda a: str(len(a.documents)), None, 80),
        Column(QT_TRANSLATE_NOOP("Columns", "Quotes"), lambda a: str(a.quote_count), None, 70),
        Column(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda a: ", ".join(a.tags), None, 140),
    ],
}

# the order each kind opens in: (sort, descending)
DEFAULT_ORDER = {"document": ("date", True), "quote": ("date", True), "actor": ("name", False)}
