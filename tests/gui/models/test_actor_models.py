"""The possible-duplicates table and the actor tree that takes drops, checked by
QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from catalog.services.actors import ActorSummary, DuplicatePair
from gui.models.actor_merge_tree import ACTOR_MIME, MergeableActorTreeModel
from gui.models.record_mime import records_mime
from gui.panels.actor_duplicates import DuplicatePairsModel

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _actor(uuid: str, name: str, type_: str = "person", documents: int = 0, quotes: int = 0) -> ActorSummary:
    return ActorSummary(uuid, name, type_, documents, quotes)


def test_duplicate_pairs_show_both_actors_the_likeness_and_why(qtbot):
    model = DuplicatePairsModel()
    QAbstractItemModelTester(model, FAIL)
    obama, barack, hassan = _actor("a", "Obama", quotes=1), _actor("b", "Barack Obama", documents=3, quotes=2), _actor("c", "Amal Hassan")
    model.set_pairs([
        DuplicatePair(barack, obama, 0.86, "“Obama” is a shorter form of “Barack Obama”"),
        DuplicatePair(hassan, _actor("d", "Dr. Amal Hassan"), 0.98, "differ only in titles"),
    ])  # fmt: skip
    assert [model.index(0, c).data() for c in range(5)] == [
        "Barack Obama · 3 documents, 2 quotes", "Obama · 1 quote", "person", "86%", "“Obama” is a shorter form of “Barack Obama”",
    ]  # fmt: skip
    assert model.index(1, 0).data(DuplicatePairsModel.PairRole).first is hassan
    model.remove_actor("a")
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Dr. Amal Hassan"
    model.remove_where(lambda pair: pair.first.uuid == "c")
    assert model.rowCount() == 0


def test_an_actor_drops_only_on_another_actor_of_its_type(qtbot):
    model = MergeableActorTreeModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_actors([_actor("p1", "Obama"), _actor("p2", "Barack Obama"), _actor("o1", "Obama Foundation", "organisation")])
    dragged = model.index_of_key("p1")
    data = model.mimeData([dragged])
    assert data.hasFormat(ACTOR_MIME)
    assert model.flags(dragged) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled  # a group row
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, -1, -1, model.index_of_key("p2"))
    for target in (model.index_of_key("o1"), model.index_of_key("p1"), model.index(0, 0), QModelIndex()):
        assert not model.canDropMimeData(data, move, -1, -1, target)
    assert not model.canDropMimeData(records_mime(["p1"]), move, -1, -1, model.index_of_key("p2"))
    with qtbot.waitSignal(model.actor_dropped) as blocker:
        assert model.dropMimeData(data, move, -1, -1, model.index_of_key("p2")) is False
    assert blocker.args == ["p1", "p2"]


def test_an_actors_tooltip_gives_its_whole_name_type_and_counts_in_plain_words(qtbot):
    from gui.models.actor_tree import ActorTreeModel, actor_tooltip

    assert actor_tooltip(_actor("a", "Coastal Heritage Foundation of the North", "organisation", 1)) == (
        "Coastal Heritage Foundation of the North (organisation)\nnamed in 1 document"
    )
    assert actor_tooltip(_actor("b", "Helen Castellan", documents=3, quotes=2)) == "Helen Castellan (person)\nnamed in 3 documents, 2 quotes"
    assert actor_tooltip(_actor("c", "Quay Street", "place")) == "Quay Street (place)"
    model = ActorTreeModel()
    model.set_actors([_actor("b", "Helen Castellan", documents=3, quotes=2)])
    group = model.index(0, 0)
    assert model.index(0, 0, group).data(Qt.ItemDataRole.ToolTipRole) == "Helen Castellan (person)\nnamed in 3 documents, 2 quotes"
