"""The proposals tree: a heading per kind over its proposals, checked by QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from catalog import ProposalView
from gui.models.proposal_tree import ProposalTreeModel
from gui.models.tree_model import TreeModel

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _quote(pid: int, kind: str, exact: str, speaker: str, confidence: float, status: str = "pending") -> ProposalView:
    data = {"start": 0, "end": len(exact), "exact": exact, "kind": kind, "speaker": speaker, "cue": "said", "confidence": confidence}
    return ProposalView(pid, "doc", "Ferry sheds", "quote", status, data)


def _actor(pid: int, name: str, kind: str, mentions: int) -> ProposalView:
    data = {"name": name, "type": kind, "mentions": [[i * 10, i * 10 + 4] for i in range(mentions)], "known_actor": "", "role": "mentioned", "confidence": 0.8}
    return ProposalView(pid, "doc", "Ferry sheds", "actor", "pending", data)


def test_groups_come_in_a_fixed_order_with_counts_and_plain_words(qtbot):
    model = ProposalTreeModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_proposals([
        _actor(1, "Marcus Webb", "person", 1),
        _quote(2, "pull_quote", "Every page is a page saved", "Helen Castellan", 0.9),
        _quote(3, "quotation", "We will not let them fall", "Helen Castellan", 0.85),
        _actor(4, "Quay Street", "place", 3),
    ])  # fmt: skip
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "Quotations (1)", "Pull quotes (1)", "People (1)", "Places (1)",
    ]  # fmt: skip
    people = model.index_of_key("group:person")
    assert model.index(0, 0, people).data() == "Marcus Webb"
    assert model.index(0, 1, people).data() == "1 mention"
    places = model.index_of_key("group:place")
    assert model.index(0, 1, places).data() == "3 mentions"
    pull = model.index_of_key("group:pull_quote")
    assert model.index(0, 0, pull).data() == "“Every page is a page saved” — Helen Castellan"
    assert model.index(0, 1, pull).data() == "pull-quote box"
    assert model.index(0, 1, model.index_of_key("group:quotation")).data() == "“said”"
    assert model.index(0, 2, pull).data() == "90%"
    assert model.index(0, 0, pull).data(TreeModel.PayloadRole).id == 2
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_a_rejected_proposal_says_so_and_is_struck_out(qtbot):
    model = ProposalTreeModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_proposals([_quote(5, "quotation", "Nobody asked us about this", "", 0.35, status="rejected")])
    row = model.index(0, 0, model.index(0, 0))
    assert row.data() == "“Nobody asked us about this” — unknown speaker (rejected)"
    assert row.data(Qt.ItemDataRole.FontRole).strikeOut()
    model.set_proposals([])
    assert model.rowCount() == 0 and model.groups() == {}
