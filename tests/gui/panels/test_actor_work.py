"""Actor work in the window: possible duplicates merged or dismissed, an actor dragged onto
another, aliases, identifiers and relations edited in the record (and not lost), and the
page of what an actor said."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from tests.conftest import add_text
from tests.gui.support import wait_changed, wait_idle


@pytest.fixture
def actors(gui_env):
    """The sample catalogue with a few actors that look like others."""
    catalog = gui_env.open_catalog()
    catalog.actors.add("Dr. Helen Castellan")
    catalog.actors.add("P. Lindqvist")
    catalog.actors.add("Lindqvist Boatyard", "organisation")
    return catalog


@pytest.fixture
def window(qtbot, gui_env, actors):
    from gui.main_window import MainWindow

    workspace = gui_env.workspace(actors)
    win = MainWindow(workspace, gui_env.settings)
    gui_env.reporter.parent = win
    qtbot.addWidget(win)
    win.show()
    win.select_first_document()
    wait_idle(qtbot, workspace)
    return win


def _pairs(dialog) -> list[tuple[str, str]]:
    return [(p.first.name, p.second.name) for p in dialog.model.pairs()]


def _open_duplicates(qtbot, window):
    with qtbot.waitSignal(window.actors.duplicates_requested):
        window.actors.duplicates_button.click()
    dialog = window.duplicates
    qtbot.waitUntil(lambda: dialog.loader.has_loaded and not window.workspace.tasks.busy)
    return dialog


def test_possible_duplicates_merge_with_one_click_keeping_either_and_undo_restores_both(qtbot, window):
    catalog, workspace = window.workspace.catalog, window.workspace
    dialog = _open_duplicates(qtbot, window)
    assert dialog.isVisible()
    assert _pairs(dialog) == [("Helen Castellan", "Dr. Helen Castellan"), ("Peter Lindqvist", "P. Lindqvist")]
    assert dialog.keep_first.text() == "Keep “Helen Castellan”"
    helen = dialog.selected_pair().first
    with wait_changed(qtbot, workspace):
        dialog.keep_second.click()  # keep "Dr. Helen Castellan", fold Helen Castellan into it
    assert _pairs(dialog) == [("Peter Lindqvist", "P. Lindqvist")]
    wait_idle(qtbot, workspace)
    kept = catalog.actors.get("Dr. Helen Castellan")
    assert "Helen Castellan" in kept.aliases and kept.quote_count == helen.quotes
    assert window.actions_.undo.text() == "&Undo Merge “Helen Castellan” into “Dr. Helen Castellan”"
    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert catalog.actors.get(helen.uuid).quote_count == helen.quotes
    assert catalog.actors.get("Dr. Helen Castellan").aliases == []
    qtbot.waitUntil(lambda: ("Helen Castellan", "Dr. Helen Castellan") in _pairs(dialog))  # read again after the undo


def test_a_dismissed_pair_is_remembered_by_the_catalogue(qtbot, window):
    catalog, workspace = window.workspace.catalog, window.workspace
    dialog = _open_duplicates(qtbot, window)
    dialog.table.selectRow(1)
    with wait_changed(qtbot, workspace):
        dialog.different.click()
    wait_idle(qtbot, workspace)
    assert _pairs(dialog) == [("Helen Castellan", "Dr. Helen Castellan")]
    dialog.close()
    window.actions_.possible_duplicates.trigger()  # opened again from the View menu
    qtbot.waitUntil(lambda: not workspace.tasks.busy)
    assert _pairs(window.duplicates) == [("Helen Castellan", "Dr. Helen Castellan")]
    short, full = catalog.actors.get("P. Lindqvist"), catalog.actors.get("Peter Lindqvist")
    relations = [(r, ref.uuid) for r, ref in short.relations + full.relations]
    assert relations in ([("different from", full.uuid)], [("different from", short.uuid)])  # shown in the record


def test_dragging_an_actor_onto_another_merges_after_asking(qtbot, window):
    catalog, workspace, panel = window.workspace.catalog, window.workspace, window.actors
    assert panel.view.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop
    asked = []
    panel.confirm_merge = lambda _parent, keep, other: asked.append((keep.name, other.name)) or len(asked) > 1
    model = panel.model
    dragged = model.mimeData([model.index_of_key(catalog.actors.get("P. Lindqvist").uuid)])
    target = model.index_of_key(catalog.actors.get("Peter Lindqvist").uuid)
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, target)  # the user says no
    wait_idle(qtbot, workspace)
    assert catalog.actors.get("P. Lindqvist").name == "P. Lindqvist"
    with wait_changed(qtbot, workspace):
        model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, target)
    assert asked == [("Peter Lindqvist", "P. Lindqvist")] * 2
    assert catalog.actors.get("Peter Lindqvist").aliases == ["P. Lindqvist"]
    wait_idle(qtbot, workspace)
    assert model.index_of_key(catalog.actors.get("Peter Lindqvist").uuid).isValid()
    assert len([s for s in catalog.actors.summaries() if "Lindqvist" in s.name and s.type == "person"]) == 1


def test_aliases_identifiers_and_relations_are_edited_checked_and_undone_as_one_change(qtbot, window):
    catalog, workspace, pane = window.workspace.catalog, window.workspace, window.record
    helen = catalog.actors.get("Helen Castellan")
    window.actors.actor_chosen.emit(helen.uuid)
    record = pane.actor
    assert pane.stack.currentWidget() is pane.actor_page and not record.save_button.isEnabled()
    record.aliases.add_row(("H. Castellan",))
    record.identifiers.add_row(("wikidata", "https://www.wikidata.org/wiki/Q4115189"))
    record.identifiers.add_row(("isni", "0000 0001 2144 1971"))
    assert not record.save_button.isEnabled() and "does not check" in record.problem.text()
    record.identifiers.table.item(1, 1).setText("0000 0001 2144 1970")
    assert record.save_button.isEnabled() and record.problem.isHidden()
    record.relations.add_row(("chair of", "Saltmere Archive Trust"))
    with wait_changed(qtbot, workspace):
        record.save_button.click()
    wait_idle(qtbot, workspace)
    saved = catalog.actors.get(helen.uuid)
    assert saved.aliases == ["H. Castellan"]
    assert saved.identifiers == {"isni": ["0000 0001 2144 1970"], "wikidata": ["Q4115189"]}
    assert [(r, ref.name) for r, ref in saved.relations] == [("chair of", "Saltmere Archive Trust")]
    assert record.identifiers.rows() == [("isni", "0000 0001 2144 1970"), ("wikidata", "Q4115189")]  # as stored
    assert not record.has_unsaved_edits() and not record.save_button.isEnabled()
    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()  # one change: everything goes
    wait_idle(qtbot, workspace)
    after = catalog.actors.get(helen.uuid)
    assert (after.aliases, after.identifiers, after.relations) == (helen.aliases, helen.identifiers, helen.relations)
    assert record.aliases.rows() == [(alias,) for alias in helen.aliases]


def test_a_relation_to_an_unknown_actor_is_refused_and_keeps_what_was_typed(qtbot, window, gui_env):
    catalog, workspace, record = window.workspace.catalog, window.workspace, window.record.actor
    window.record.show_actor(catalog.actors.get("Helen Castellan").uuid)
    record.relations.add_row(("patron of", "Nobody Known"))
    record.save()
    qtbot.waitUntil(lambda: bool(gui_env.reporter.shown))
    assert "Nobody Known" in gui_env.reporter.shown[-1].informativeText()
    assert record.relations.rows() == [("patron of", "Nobody Known")] and record.has_unsaved_edits()
    assert catalog.actors.get("Helen Castellan").relations == []
    wait_idle(qtbot, workspace)


def test_unsaved_actor_edits_are_not_lost_when_another_record_is_chosen(qtbot, window):
    catalog, workspace, pane = window.workspace.catalog, window.workspace, window.record
    helen, peter = catalog.actors.get("Helen Castellan").uuid, catalog.actors.get("Peter Lindqvist").uuid
    answers, asked = [], []
    pane.ask_unsaved = lambda _parent, title, what="": asked.append((title, what)) or answers.pop(0)
    window.actors.actor_chosen.emit(helen)
    pane.actor.dates.setText("1961–")
    pane.actor.dates.textEdited.emit("1961–")
    assert pane.actor.has_unsaved_edits()

    answers.append(QMessageBox.StandardButton.Cancel)  # stay: the typed dates stay
    window.actors.actor_chosen.emit(peter)
    assert asked == [("Helen Castellan", "actor")]
    assert pane.uuid == helen and pane.actor.dates.text() == "1961–"

    answers.append(QMessageBox.StandardButton.Save)  # save on the way to a document
    with wait_changed(qtbot, workspace):
        pane.show_document(catalog.search.record_ids("document")[0])
    assert pane.kind == "document" and len(asked) == 2
    wait_idle(qtbot, workspace)
    assert catalog.actors.get(helen).dates == "1961–"

    window.actors.actor_chosen.emit(helen)
    pane.actor.dates.setText("1962–")
    pane.actor.dates.textEdited.emit("1962–")
    answers.append(QMessageBox.StandardButton.Discard)
    window.actors.actor_chosen.emit(peter)
    assert pane.uuid == peter and catalog.actors.get(helen).dates == "1961–"
    window.actors.actor_chosen.emit(helen)
    assert pane.actor.dates.text() == "1961–" and len(asked) == 3  # nothing left to ask about


def test_a_reload_while_typing_keeps_what_is_typed(qtbot, window):
    workspace, pane = window.workspace, window.record
    helen = workspace.catalog.actors.get("Helen Castellan").uuid
    pane.show_actor(helen)
    pane.actor.aliases.add_row(("H. C.",))
    with wait_changed(qtbot, workspace):
        pane.actor.tags.add_edit.setText("People")
        pane.actor.tags.add_edit.returnPressed.emit()
    wait_idle(qtbot, workspace)
    assert pane.actor.tags.list.count() == 1 and pane.actor.aliases.rows() == [("H. C.",)]


@pytest.fixture
def spoken(gui_env):
    """Helen Castellan quoted in two dated articles besides the sample's."""
    catalog = gui_env.open_catalog()
    for title, date, body in (
        ("Tide mill reopens", datetime(2023, 1, 9), "Helen Castellan said the tide mill taxes are too high."),
        ("Harbour walls", datetime(2021, 3, 4), "Helen Castellan said the harbour walls will hold."),
    ):
        doc = add_text(catalog, title, body, publication="Saltmere Weekly", published_at=date)
        words = body.split(" said ")[1].rstrip(".")
        start = catalog.documents.get(doc).body.index(words)
        catalog.quotes.add(doc, start, start + len(words), speaker="Helen Castellan")
    return catalog


def test_what_an_actor_said_lists_quotes_by_date_narrows_by_words_and_opens_the_document(qtbot, gui_env, spoken):
    from gui.main_window import MainWindow

    workspace = gui_env.workspace(spoken)
    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, workspace)
    pane = window.record
    helen = spoken.actors.get("Helen Castellan")
    pane.show_actor(helen.uuid)
    said = pane.actor_said
    with qtbot.waitSignal(said.loader.loaded, timeout=10000):
        pane.actor_page.setCurrentWidget(said)
    rows = said.model.rows()
    assert len(rows) == helen.quote_count == 4
    assert [q.document_title for q in rows[:2]] == ["Harbour walls", "Tide mill reopens"]  # oldest first
    assert "Saltmere Weekly" in said.model.index(0).data() and "2021-03-04" in said.model.index(0).data()
    with qtbot.waitSignal(said.loader.loaded, timeout=10000):
        said.filter.setText("TAXES")
    assert [q.exact for q in said.model.rows()] == ["the tide mill taxes are too high"]
    assert '<b class="match">taxes</b>' in said.model.index(0).data()
    assert said.summary.text().startswith("1 quote of Helen Castellan about “TAXES”, 2023")
    with qtbot.waitSignal(pane.shown) as shown:
        said.view.activated.emit(said.model.index(0))
    assert shown.args[0] == "quote" and pane.stack.currentWidget() is pane.document_page
    assert pane.reader.view.title == "Tide mill reopens"
    assert pane.reader.extraSelections()[0].cursor.selectedText() == "the tide mill taxes are too high"
