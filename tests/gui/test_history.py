"""The window over the catalogue's undo and history: Edit → Undo / Redo follow the catalogue's
status (across a restart, with the reason when blocked), the History tab lists a record's
revisions with their author and restores a version, and the author's name is asked once."""

from __future__ import annotations

from sqlalchemy import update

from catalog.models import Document, Operation
from gui.controller import AppController
from gui.errors import ErrorReporter
from gui.revision_text import ADDED_STYLE
from tests.gui.conftest import AUTHOR
from tests.gui.support import wait_changed, wait_idle


def edit_section(qtbot, window, workspace, section: str) -> None:
    form = window.record.metadata
    form.fields["section"].setText(section)
    form.fields["section"].textEdited.emit(section)
    with wait_changed(qtbot, workspace):
        window.actions_.save_metadata.trigger()
    wait_idle(qtbot, workspace)


def test_edit_menu_undo_and_redo_go_through_the_catalogue(qtbot, window, workspace):
    undo, redo = window.actions_.undo, window.actions_.redo
    uuid = window.record.uuid
    section = workspace.catalog.documents.get(uuid).section
    edit_section(qtbot, window, workspace, "Coast")
    assert undo.text() == "&Undo Edit document" and undo.isEnabled() and undo.toolTip() == "Undo Edit document"
    assert redo.text() == "&Redo" and not redo.isEnabled()
    assert undo.text() == workspace.catalog.history.undo_status().undo.join(("&Undo ", ""))

    with wait_changed(qtbot, workspace):
        undo.trigger()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(uuid).section == section
    assert window.record.metadata.fields["section"].text() == section
    assert redo.text() == "&Redo Edit document" and redo.isEnabled()
    assert undo.text() == f"&Undo {workspace.catalog.history.undo_status().undo}"

    with wait_changed(qtbot, workspace):
        redo.trigger()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(uuid).section == "Coast"
    assert undo.text() == "&Undo Edit document" and not redo.isEnabled()


def test_merging_tags_keeps_the_undo_history(qtbot, window, workspace):
    edit_section(qtbot, window, workspace, "Coast")
    with wait_changed(qtbot, workspace):
        window.tags.merge("Heritage/Archives", "Heritage/Volunteers")
    wait_idle(qtbot, workspace)
    assert window.actions_.undo.text().startswith("&Undo Merge tag")
    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert window.tags.model.index_of_key("Heritage/Archives").isValid()
    assert window.actions_.undo.text() == "&Undo Edit document"  # the edit before is still there


def test_the_undo_status_survives_reopening_the_catalogue(qtbot, gui_env):
    gui_env.open_catalog().close()  # the sample copy, ready to be opened by the controller
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.catalog_path)
    edit_section(qtbot, window, window.workspace, "Coast")
    assert window.actions_.undo.text() == "&Undo Edit document"
    controller.shutdown()  # quit, and start again
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start()  # the last catalogue
    qtbot.addWidget(window)
    assert not window.workspace.catalog.read_only
    wait_idle(qtbot, window.workspace)
    assert window.actions_.undo.text() == "&Undo Edit document" and window.actions_.undo.isEnabled()
    with wait_changed(qtbot, window.workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, window.workspace)
    assert window.workspace.catalog.documents.get(window.record.uuid).section != "Coast"
    controller.shutdown()


def test_a_blocked_undo_is_disabled_with_its_reason(qtbot, window, workspace, gui_env):
    catalog = workspace.catalog
    uuid = window.record.uuid
    edit_section(qtbot, window, workspace, "Coast")
    # a colleague's change arriving by merge, which cannot itself be undone here
    with catalog.store.writing("Merge from Sam", kind="merge") as (session, changes):
        session.execute(update(Document).where(Document.uuid == uuid).values(notes="Sam's note"))
        changes.edit("document", uuid)
    with catalog.store.engine.begin() as connection:
        connection.execute(update(Operation).where(Operation.kind == "merge").values(undo_state="closed"))
    workspace.ops.refresh_undo_status()
    wait_idle(qtbot, workspace)
    undo = window.actions_.undo
    assert not undo.isEnabled() and undo.text() == "&Undo Edit document"
    assert "cannot be undone" in undo.toolTip() and "Merge from Sam" in undo.toolTip()
    assert undo.statusTip() == undo.toolTip()
    workspace.ops.undo()  # as if the menu had been used just before the status changed
    wait_idle(qtbot, workspace)
    assert "Merge from Sam" in gui_env.reporter.shown[-1].informativeText() + gui_env.reporter.shown[-1].text()
    assert catalog.documents.get(uuid).section == "Coast"


def test_history_tab_lists_revisions_with_the_author_and_restores_a_version(qtbot, window, workspace):
    pane = window.record
    uuid = pane.uuid
    section = workspace.catalog.documents.get(uuid).section
    edit_section(qtbot, window, workspace, "Coast")
    edit_section(qtbot, window, workspace, "Coast and harbour")
    history = pane.history
    with qtbot.waitSignal(history.loaded, timeout=10000):
        pane.side.setCurrentWidget(history)
    rows = [history.model.row_at(r) for r in range(history.model.rowCount())]
    assert [r.label for r in rows[:2]] == ["Edit document", "Edit document"]
    assert all(r.author == AUTHOR for r in rows[:2])
    assert history.model.index(0, 1).data() == AUTHOR
    assert history.model.index(0, 3).data() == "section"
    assert history.caption.text() == f"History of the document “{pane.reader.view.title}”"
    # the newest change is selected: before and after side by side, the added words in green
    assert "Section Coast Coast and harbour" in " ".join(history.details.toPlainText().split())
    assert ADDED_STYLE.split(";")[0].split(":")[1] in history.details.toHtml()
    assert not history.restore_button.isEnabled()  # the newest version is the current one

    history.view.selectRow(1)
    assert history.restore_button.isEnabled()
    with wait_changed(qtbot, workspace):
        history.restore_button.click()
    wait_idle(qtbot, workspace)  # the tab reads the history again after the change
    assert workspace.catalog.documents.get(uuid).section == "Coast"
    assert history.model.row_at(0).label.startswith("Restore the version of")
    assert window.actions_.undo.text().startswith("&Undo Restore the version of")
    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(uuid).section == "Coast and harbour"
    assert section != "Coast and harbour"


def test_actor_history_is_a_tab_of_the_actor(qtbot, window, workspace):
    pane = window.record
    helen = workspace.catalog.actors.get("Helen Castellan").uuid
    pane.show_actor(helen)
    pane.actor.description.setPlainText("Chair of the Saltmere Heritage Trust")
    with wait_changed(qtbot, workspace):
        pane.actor.save()
    wait_idle(qtbot, workspace)
    with qtbot.waitSignal(pane.actor_history.loaded, timeout=10000):
        pane.actor_page.setCurrentWidget(pane.actor_history)
    newest = pane.actor_history.model.row_at(0)
    assert newest.label == "Edit actor" and newest.author == AUTHOR
    assert "Heritage" in pane.actor_history.details.toPlainText()
    assert "Helen Castellan" in pane.actor_history.caption.text()


def test_the_authors_name_is_asked_once_and_signs_the_changes(qtbot, gui_env, monkeypatch):
    monkeypatch.delenv("PRESSMARK_AUTHOR", raising=False)
    gui_env.settings.set_author_name("")
    asked: list[str] = []

    def ask(suggestion: str) -> str:
        asked.append(suggestion)
        return "  Ana   Lucas "

    controller = AppController(gui_env.settings, ErrorReporter(), ask_author=ask)
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.tmp / "named")
    assert len(asked) == 1 and asked[0]  # prefilled with the login name
    assert gui_env.settings.author_name() == "Ana Lucas"
    assert window.workspace.catalog.author.name == "Ana Lucas"
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.open(gui_env.tmp / "other")
    qtbot.addWidget(window)
    assert len(asked) == 1  # not asked again

    dialog = window.commands.ask_author_name()
    assert dialog.name_edit.text() == "Ana Lucas"
    dialog.name_edit.setText("Ana Lucas-Reyes")
    dialog.accept()
    wait_idle(qtbot, window.workspace)
    assert gui_env.settings.author_name() == "Ana Lucas-Reyes"
    assert window.workspace.catalog.author.name == "Ana Lucas-Reyes"
    assert window.actions_.author_name in window.menuBar().actions()[1].menu().actions()
    controller.shutdown()


def test_a_name_given_by_pressmark_author_is_not_asked_for(qtbot, gui_env, monkeypatch):
    """Whoever set ``$PRESSMARK_AUTHOR`` has answered already: the window signs with it and
    leaves the settings alone (a name chosen there later still wins)."""
    monkeypatch.setenv("PRESSMARK_AUTHOR", "  Noor   Haddad ")
    gui_env.settings.set_author_name("")
    asked: list[str] = []
    controller = AppController(gui_env.settings, ErrorReporter(), ask_author=lambda s: asked.append(s) or "Someone Else")
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.tmp / "named")
    qtbot.addWidget(window)
    assert asked == [] and window.workspace.catalog.author.name == "Noor Haddad"
    assert gui_env.settings.author_name() == ""
