"""The tag tree panel: counts, choosing, rename (undoable), merge, delete, drop to tag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.models.record_mime import records_mime
from gui.panels.tags_panel import TagsPanel
from tests.gui.support import wait_changed, wait_idle


@pytest.fixture
def panel(qtbot, workspace):
    widget = TagsPanel(workspace.catalog, workspace.ops)
    qtbot.addWidget(widget)
    workspace.ops.changed.connect(widget.apply_changes)
    wait_idle(qtbot, workspace)  # the tree is read on the worker
    return widget


def test_shows_the_tree_expanded_with_counts(panel):
    heritage = panel.model.index_of_key("Heritage")
    assert panel.view.isExpanded(heritage)
    volunteers = panel.model.index_of_key("Heritage/Volunteers")
    assert volunteers.siblingAtColumn(1).data() == "5"
    # a parent counts the records of its sub-tags, each once
    assert heritage.siblingAtColumn(1).data() == "6"
    tip = heritage.data(Qt.ItemDataRole.ToolTipRole)
    assert "Tagged directly: 0 documents" in tip and "With its sub-tags: 6 records" in tip


def test_parent_counts_follow_changes_and_skip_the_trash(qtbot, panel, workspace):
    heritage = panel.model.index_of_key("Heritage")
    document = workspace.catalog.search.record_ids("document")[0]
    with wait_changed(qtbot, workspace):
        panel.tag_records([document], "Heritage")  # already under Heritage/Archives: still 6
    wait_idle(qtbot, workspace)
    heritage = panel.model.index_of_key("Heritage")
    assert heritage.siblingAtColumn(1).data() == "6"
    quote = workspace.catalog.search.record_ids("quote")[0]
    workspace.catalog.trash.delete([quote])
    panel.refresh()
    wait_idle(qtbot, workspace)
    assert panel.model.index_of_key("Heritage").siblingAtColumn(1).data() == "5"
    assert panel.model.index_of_key("Heritage/Volunteers").siblingAtColumn(1).data() == "4"


def test_clicking_a_tag_chooses_it(qtbot, panel):
    index = panel.model.index_of_key("Heritage/Archives")
    with qtbot.waitSignal(panel.tag_chosen) as blocker:
        panel.view.clicked.emit(index)
    assert blocker.args == ["Heritage/Archives"]


def test_rename_is_undoable(qtbot, panel, workspace):
    with wait_changed(qtbot, workspace):
        panel.rename("Heritage/Archives", "Heritage/Records")
    wait_idle(qtbot, workspace)
    assert panel.model.index_of_key("Heritage/Records").isValid()
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert panel.model.index_of_key("Heritage/Archives").isValid()


def test_merge_and_delete(qtbot, panel, workspace):
    with wait_changed(qtbot, workspace):
        panel.merge("Heritage/Archives", "Heritage/Volunteers")
    wait_idle(qtbot, workspace)
    assert not panel.model.index_of_key("Heritage/Archives").isValid()
    assert panel.model.index_of_key("Heritage/Volunteers").siblingAtColumn(1).data() == "6"
    with wait_changed(qtbot, workspace):
        panel.delete("Heritage")
    wait_idle(qtbot, workspace)
    assert panel.model.rowCount() == 0


def test_colour_changes_the_swatch(qtbot, panel, workspace):
    with wait_changed(qtbot, workspace):
        panel.set_colour("Heritage", "#c0392b")
    assert next(t for t in workspace.catalog.tags.find() if t.path == "Heritage").colour == "#c0392b"


def test_records_dropped_on_a_tag_get_it(qtbot, panel, workspace):
    quotes = [q.uuid for q in workspace.catalog.quotes.find()][:2]
    target = panel.model.index_of_key("Heritage/Archives")
    with wait_changed(qtbot, workspace):
        panel.model.dropMimeData(records_mime(quotes), Qt.DropAction.CopyAction, -1, -1, target)
    assert all("Heritage/Archives" in workspace.catalog.quotes.get(u).tags for u in quotes)


def test_a_real_drop_on_the_tree_view_tags_records(qtbot, panel, workspace):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    panel.resize(300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    document = workspace.catalog.search.record_ids("document")[0]
    target = panel.model.index_of_key("Heritage/Volunteers")
    point = QPointF(panel.view.visualRect(target).center())
    mime = records_mime([document])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = panel.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, *args))
    with wait_changed(qtbot, workspace):
        QApplication.sendEvent(viewport, QDropEvent(point, *args))
    assert "Heritage/Volunteers" in workspace.catalog.documents.get(document).tags


def test_merging_tags_keeps_every_undo_step(qtbot, panel, workspace):
    """Issue 14, defect 6: merging tags used to clear the undo history. Undo now lives in the
    catalogue (``catalog.history``): the merge is one more step, and the steps before it stay."""
    document = workspace.catalog.search.record_ids("document")[0]
    with wait_changed(qtbot, workspace):
        panel.rename("Heritage/Archives", "Heritage/Records")
    with wait_changed(qtbot, workspace):
        panel.merge("Heritage/Records", "Heritage/Volunteers")
    wait_idle(qtbot, workspace)
    assert workspace.ops.undo_status.undo == "Merge tag Heritage/Records into Heritage/Volunteers"
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert "Heritage/Records" in workspace.catalog.documents.get(document).tags
    assert workspace.ops.undo_status.undo.startswith("Rename tag")  # the step before the merge
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert panel.model.index_of_key("Heritage/Archives").isValid()


def test_deleting_a_tag_says_it_can_be_undone(qtbot, panel, workspace, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    with wait_changed(qtbot, workspace):
        panel._ask_delete("Heritage/Archives")
    assert "Undo brings" in asked[0] and "cannot be undone" not in asked[0]
    wait_idle(qtbot, workspace)
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert panel.model.index_of_key("Heritage/Archives").isValid()
