"""Actors, publications, saved searches and trash panels."""

from __future__ import annotations

from gui.panels.actors_panel import ActorsPanel
from gui.panels.publications_panel import PublicationsPanel
from gui.panels.saved_searches_panel import SavedSearchesPanel
from gui.panels.trash_panel import TrashPanel
from tests.gui.support import wait_changed, wait_idle


def test_actors_are_grouped_and_filterable(qtbot, workspace):
    panel = ActorsPanel(workspace.catalog, workspace.tasks)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loader.loaded):
        pass
    groups = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert groups[0].startswith("People (")
    panel.filter.setText("castellan")
    people = panel.model.index(0, 0)
    assert panel.model.rowCount() == 1 and panel.model.rowCount(people) == 1
    assert people.data() == "People (1)" and panel.view.isExpanded(people)
    helen = panel.model.index(0, 0, people)
    assert helen.data() == "Helen Castellan"
    with qtbot.waitSignal(panel.actor_chosen) as blocker:
        panel.view.clicked.emit(helen)
    assert workspace.catalog.actors.get(blocker.args[0]).name == "Helen Castellan"


def test_publications_list_counts_and_choose(qtbot, workspace):
    panel = PublicationsPanel(workspace.catalog, workspace.tasks)
    qtbot.addWidget(panel)
    wait_idle(qtbot, workspace)
    assert panel.model.index(0).data() == "The Harbour Ledger  (1)"
    with qtbot.waitSignal(panel.publication_chosen) as blocker:
        panel.view.clicked.emit(panel.model.index(0))
    assert blocker.args == ["The Harbour Ledger"]


def test_saved_searches_are_stored_in_the_catalogue(qtbot, workspace):
    panel = SavedSearchesPanel(workspace.catalog, workspace.ops)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.saved):
        panel.save("Volunteers", "tag:'heritage/volunteers'")
    assert [s.name for s in workspace.catalog.search.saved()] == ["Volunteers"]
    assert panel.model.index(0).data() == "Volunteers"
    with qtbot.waitSignal(panel.search_chosen) as blocker:
        panel.view.clicked.emit(panel.model.index(0))
    assert blocker.args == ["tag:'heritage/volunteers'"]
    panel.remove("Volunteers")
    wait_idle(qtbot, workspace)
    assert panel.model.rowCount() == 0


def test_saving_again_replaces_and_saved_searches_are_undone_like_any_change(qtbot, workspace):
    panel = SavedSearchesPanel(workspace.catalog, workspace.ops)
    qtbot.addWidget(panel)

    def names() -> list[str]:
        return [panel.model.index(r).data() for r in range(panel.model.rowCount())]

    with qtbot.waitSignal(panel.saved):
        panel.save("Harbour", "harbour")
    with qtbot.waitSignal(panel.saved):
        panel.save("  Harbour ", "harbour registers")
    wait_idle(qtbot, workspace)
    assert names() == ["Harbour"] and workspace.catalog.search.saved()[0].query == "harbour registers"
    assert workspace.ops.undo_status.undo == "Save search Harbour"
    panel.remove("Harbour")
    wait_idle(qtbot, workspace)
    assert names() == [] and workspace.ops.undo_status.undo == "Delete saved search Harbour"
    workspace.ops.undo()  # Edit → Undo brings it back, and the list follows
    wait_idle(qtbot, workspace)
    qtbot.waitUntil(lambda: names() == ["Harbour"])
    assert workspace.catalog.search.saved()[0].query == "harbour registers"


def test_a_bad_saved_search_is_reported(qtbot, workspace, gui_env):
    panel = SavedSearchesPanel(workspace.catalog, workspace.ops)
    qtbot.addWidget(panel)
    panel.save("Broken", "nosuchfield:x")
    wait_idle(qtbot, workspace)
    assert gui_env.reporter.shown and "not a field" in gui_env.reporter.shown[0].informativeText()


def test_trash_restores_and_empties(qtbot, workspace):
    panel = TrashPanel(workspace.catalog, workspace.ops)
    qtbot.addWidget(panel)
    workspace.ops.changed.connect(panel.apply_changes)
    quotes = [q.uuid for q in workspace.catalog.quotes.find()]
    with wait_changed(qtbot, workspace):
        workspace.ops.mutate("Delete", lambda _p, _c: (None, workspace.catalog.trash.delete(quotes[:2])))
    wait_idle(qtbot, workspace)
    assert panel.model.rowCount() == 2
    panel.view.selectionModel().select(panel.model.index(0), panel.view.selectionModel().SelectionFlag.Select)
    with wait_changed(qtbot, workspace):
        panel.restore_selected()
    wait_idle(qtbot, workspace)
    assert panel.model.rowCount() == 1
    with wait_changed(qtbot, workspace):
        panel.empty()
    wait_idle(qtbot, workspace)
    assert panel.model.rowCount() == 0 and not panel.empty_button.isEnabled()
    assert len(workspace.catalog.quotes.find()) == 4
