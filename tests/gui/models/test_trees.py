"""The tag tree and the actor tree, checked by QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from catalog.services.actors import ActorSummary
from catalog.views import TagView
from gui.models.actor_tree import ActorTreeModel
from gui.models.record_mime import records_mime
from gui.models.tag_tree import TagTreeModel

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def tag(path: str, documents: int = 0, quotes: int = 0, colour: str = "") -> TagView:
    return TagView(uuid=path, path=path, colour=colour, documents=documents, quotes=quotes, actors=0)


def test_tag_tree_nests_paths_with_counts(qtbot):
    model = TagTreeModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_tags([tag("Heritage"), tag("Heritage/Archives", 1, colour="#2e86c1"), tag("Heritage/Volunteers", 0, 5), tag("Coast")])
    assert model.rowCount() == 2
    heritage = model.index_of_key("Heritage")
    assert model.rowCount(heritage) == 2
    archives = model.index(0, 0, heritage)
    assert archives.data() == "Archives"
    assert model.index(1, 1, heritage).data() == "5"
    assert model.parent(archives) == heritage
    assert not archives.data(Qt.ItemDataRole.DecorationRole).isNull()
    model.set_tags([])
    assert model.rowCount() == 0


def test_tag_tree_shows_totals_with_sub_tags(qtbot):
    from catalog.services.tags import TagCount

    model = TagTreeModel()
    QAbstractItemModelTester(model, FAIL)
    counts = {"Heritage": TagCount(documents=1, total=4), "Heritage/Archives": TagCount(quotes=3, total=3)}
    model.set_tags([tag("Heritage", 1), tag("Heritage/Archives", 0, 3)], counts)
    heritage = model.index_of_key("Heritage")
    assert heritage.siblingAtColumn(1).data() == "4"
    assert "With its sub-tags: 4 records" in heritage.data(Qt.ItemDataRole.ToolTipRole)
    archives = model.index_of_key("Heritage/Archives")
    assert "sub-tags" not in archives.data(Qt.ItemDataRole.ToolTipRole)


def test_dropping_records_on_a_tag_asks_to_tag_them(qtbot):
    model = TagTreeModel()
    model.set_tags([tag("Heritage"), tag("Heritage/Archives")])
    target = model.index_of_key("Heritage/Archives")
    mime = records_mime(["u-1", "u-2"])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    with qtbot.waitSignal(model.records_dropped) as blocker:
        model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert blocker.args == [["u-1", "u-2"], "Heritage/Archives"]


def test_actor_tree_groups_by_type(qtbot):
    model = ActorTreeModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_actors(
        [
            ActorSummary("a", "Saltmere Archive Trust", "organisation", 1, 0),
            ActorSummary("b", "Helen Castellan", "person", 1, 2),
            ActorSummary("c", "Idris Haddad", "person", 1, 1),
        ]
    )
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["People (2)", "Organisations (1)"]
    people = model.index(0, 0)
    assert model.index(0, 0, people).data() == "Helen Castellan"
    assert model.index(0, 2, people).data() == "2"
    assert model.index(0, 0, people).data(ActorTreeModel.KeyRole) == "b"
