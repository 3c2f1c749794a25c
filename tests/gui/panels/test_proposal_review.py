"""Reviewing proposals where they are: marked in the reader, decided in place; the
Proposals tab grouped by kind, filtered, accepted a kind at once, a rejected one restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor

from gui.panels.record_pane import RecordPane
from tests.catalog.test_proposal_review import BODY
from tests.conftest import add_text
from tests.gui.support import wait_changed, wait_idle


@pytest.fixture
def review(qtbot, gui_env):
    workspace = gui_env.workspace(gui_env.open_catalog(sample=False))
    document = add_text(workspace.catalog, "Ferry sheds", BODY)
    pane = RecordPane(workspace.catalog, workspace.ops)
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    pane.show()
    workspace.ops.changed.connect(pane.apply_changes)
    pane.show_document(document)
    return pane, workspace, document


def _quote_proposal(pane, starts: str):
    return next(p for p in pane.proposals.model.proposals() if p.kind == "quote" and p.data["exact"].startswith(starts))


def _marks(reader) -> list[tuple[str, QTextCharFormat.UnderlineStyle]]:
    return [(s.cursor.selectedText(), s.format.underlineStyle()) for s in reader.extraSelections()]


def _alt(reader, key: Qt.Key) -> None:
    """Alt+key as the window delivers it: the shortcut override first, then the key press."""
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        reader.event(QKeyEvent(kind, key, Qt.KeyboardModifier.AltModifier))


def test_proposals_are_marked_apart_from_quotes_and_the_toggle_hides_them(review):
    pane, _workspace, _document = review
    reader = pane.reader
    marks = _marks(reader)
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    dotted = QTextCharFormat.UnderlineStyle.DotLine
    assert ("We will not let these buildings fall into the sea", wavy) in marks
    assert ("Marcus Webb", dotted) in marks
    assert reader.proposal_strip.isVisible() and reader.proposal_strip.count.text() == "4 quotes, 3 actors"
    reader.show_proposals_action.setChecked(False)
    assert reader.extraSelections() == [] and reader.proposal_at(reader.body_offset + BODY.index("We will")) is None
    reader.show_proposals_action.setChecked(True)
    assert len(reader.extraSelections()) == len(marks)


def test_clicking_a_proposed_quote_opens_its_bar_and_accept_makes_it_a_quote_at_once(qtbot, review):
    pane, workspace, document = review
    reader = pane.reader
    helen = _quote_proposal(pane, "We will not")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.body_offset + BODY.index("buildings"))
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert reader.current_proposal is not None and reader.current_proposal.id == helen.id
    bar = reader.proposal_bar
    assert bar.isVisible() and bar.title.text() == "Quotation by Helen Castellan (chair of the trust)"
    assert "“said”" in bar.evidence.text() and "confidence 90%" in bar.evidence.text()
    assert pane.proposals.current_proposal().id == helen.id  # the tab follows
    with wait_changed(qtbot, workspace):
        qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workspace)
    quotes = workspace.catalog.documents.get(document).quotes
    assert [q.speaker.name for q in quotes if q.exact == helen.data["exact"]] == ["Helen Castellan"]
    assert any(q.exact == helen.data["exact"] for q in reader.view.quotes)  # repainted
    assert helen.id not in {p.id for p in pane.proposals.model.proposals()}
    # the speaker's own proposal was settled with the quote; the next one in the text is current now
    assert "Helen Castellan" not in {p.data.get("name") for p in pane.proposals.model.proposals()}
    assert reader.current_proposal is not None and reader.current_proposal.data.get("name") == "Marcus Webb"
    assert workspace.ops.undo_status.undo == "Accept proposal"
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert not workspace.catalog.documents.get(document).quotes
    assert helen.id in {p.id for p in pane.proposals.model.proposals()}


def _taken(reader, key: Qt.Key) -> bool:
    """Whether the reader claims Alt+key before the window's shortcuts and mnemonics."""
    override = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.AltModifier)
    override.ignore()
    reader.event(override)
    return override.isAccepted()


def test_keyboard_walks_the_proposals_and_rejects_the_one_at_the_cursor(qtbot, review):
    pane, workspace, document = review
    reader = pane.reader
    reader.setFocus()
    # on the title no proposal is at the cursor: Alt+E still opens the Edit menu
    assert not _taken(reader, Qt.Key.Key_E) and not _taken(reader, Qt.Key.Key_A)
    assert _taken(reader, Qt.Key.Key_N)
    _alt(reader, Qt.Key.Key_N)
    first = reader.current_proposal
    assert first is not None and first.kind == "actor" and first.data["name"] == "Harbour Trust"  # first in the text
    _alt(reader, Qt.Key.Key_N)
    assert reader.current_proposal.data.get("exact", "").startswith("We will not")
    _alt(reader, Qt.Key.Key_P)
    assert reader.current_proposal.id == first.id
    _alt(reader, Qt.Key.Key_N)
    rejected = reader.current_proposal
    assert _taken(reader, Qt.Key.Key_R)
    with wait_changed(qtbot, workspace):
        _alt(reader, Qt.Key.Key_R)
    wait_idle(qtbot, workspace)
    assert [p.id for p in workspace.catalog.proposals.find(document, status="rejected")] == [rejected.id]
    assert workspace.catalog.documents.get(document).quotes == []
    assert reader.current_proposal is not None and reader.current_proposal.id != rejected.id
    reader.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert reader.current_proposal is None and not reader.proposal_bar.isVisible()


def test_the_context_menu_offers_the_decisions_on_the_proposal_under_the_pointer(review):
    pane, _workspace, _document = review
    reader = pane.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.body_offset + BODY.index("repairs"))
    texts = [a.text() for a in reader._proposal_actions(reader.cursorRect(cursor).center())]
    assert texts[:3] == ["Accept proposal", "Edit proposal…", "Reject proposal"]
    assert "Show proposals" in texts and "Next proposal" in texts
    assert [a.text() for a in reader._proposal_actions(QPoint(2, 2))][0] == "Next proposal"


def test_the_tab_groups_by_kind_in_plain_words(review):
    pane, _workspace, _document = review
    panel = pane.proposals
    groups = panel.model.groups()
    assert list(groups)[:1] == ["quotation"] and {"person", "organisation"} <= set(groups)
    heading = panel.model.index(0, 0)
    assert heading.data() == f"Quotations ({len(groups['quotation'])})"
    row = panel.model.index(0, 0, heading)
    assert row.data().startswith("“We will not let") and row.data().endswith("— Helen Castellan (chair of the trust)")
    assert panel.model.index(0, 1, heading).data() == "“said”"
    assert panel.model.index(0, 2, heading).data() == "90%"
    people = panel.model.index_of_key("group:person")
    assert panel.model.index(0, 1, people).data() == "2 mentions, quoted"


def test_filters_narrow_the_list_and_the_marks(review):
    pane, _workspace, _document = review
    panel, reader = pane.proposals, pane.reader
    panel.kind.setCurrentIndex(panel.kind.findData("quotation"))
    assert set(panel.model.groups()) == {"quotation"}
    assert {p.kind for _s, _e, p in reader._proposal_spans} == {"quote"}  # the reader follows
    panel.min_confidence.setValue(80)
    assert [p.confidence >= 0.8 for p in panel.model.proposals()] == [True, True]
    panel.min_confidence.setValue(0)
    panel.text.setText("fishermen")
    assert [p.data["exact"][:6] for p in panel.model.proposals()] == ["Nobody"]
    panel.text.setText("no such words")
    assert panel.model.proposals() == [] and panel.empty.text() == "No proposal matches these filters."


def test_bulk_accept_by_kind_is_one_step_that_one_undo_takes_back(qtbot, review):
    pane, workspace, document = review
    panel = pane.proposals
    quotations = panel.model.groups()["quotation"]
    panel.view.setCurrentIndex(panel.model.index_of_key(f"proposal:{quotations[1].id}"))
    assert panel.accept_all_button.text() == f"Accept all {len(quotations)} quotations"
    organisations = panel.model.groups()["organisation"]
    with wait_changed(qtbot, workspace):
        panel.accept_all_button.click()
    wait_idle(qtbot, workspace)
    assert len(workspace.catalog.documents.get(document).quotes) == len(quotations)
    # the speakers' own proposals were settled with their quotes; the organisation waits
    assert panel.model.groups() == {"organisation": organisations}
    assert workspace.ops.undo_status.undo == "Accept all quotations"
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(document).quotes == []
    assert [p.id for p in panel.model.groups()["quotation"]] == [p.id for p in quotations]


def test_a_rejected_proposal_is_brought_back_with_show_rejected_and_restore(qtbot, review):
    pane, workspace, _document = review
    panel = pane.proposals
    webb = _quote_proposal(pane, "the repairs")
    with wait_changed(qtbot, workspace):
        panel.reject(webb)
    wait_idle(qtbot, workspace)
    assert webb.id not in {p.id for p in panel.model.proposals()}
    panel.show_rejected.setChecked(True)
    assert panel.select(webb.id) and panel.reject_button.text() == "Restore"
    assert not panel.accept_button.isEnabled()
    assert webb.id not in {p.id for _s, _e, p in pane.reader._proposal_spans}  # rejected: not marked
    with wait_changed(qtbot, workspace):
        panel.reject_button.click()
    wait_idle(qtbot, workspace)
    assert workspace.ops.undo_status.undo == "Restore proposal"
    restored = next(p for p in panel.model.proposals() if p.id == webb.id)
    assert restored.status == "pending" and webb.id in {p.id for _s, _e, p in pane.reader._proposal_spans}


def test_all_documents_lists_every_documents_proposals_and_opens_the_one_chosen(qtbot, review):
    pane, workspace, document = review
    other = add_text(workspace.catalog, "Harbour wall", "“The wall will hold through the winter storms,” said Ruth Alder.")
    panel = pane.proposals
    panel.everywhere.setChecked(True)
    quotations = panel.model.groups()["quotation"]
    assert {p.document_uuid for p in quotations} == {document, other}
    assert panel.accept_all_button.text() == f"Accept all {len(panel.model.proposals())} proposals"  # nothing chosen
    panel.view.setCurrentIndex(panel.model.index_of_key("group:quotation"))
    assert panel.accept_all_button.text() == f"Accept all {len(quotations)} quotations"
    assert pane.side.tabText(2) == f"Proposals ({len(workspace.catalog.proposals.find(document))})"  # still this document's
    alder = next(p for p in quotations if p.document_uuid == other)
    index = panel.model.index_of_key(f"proposal:{alder.id}")
    assert index.data().endswith("· in “Harbour wall”")
    panel.view.clicked.emit(index)
    assert pane.reader.view.uuid == other and pane.reader.current_proposal.id == alder.id
    assert panel.current_proposal().id == alder.id
    with wait_changed(qtbot, workspace):
        panel.accept_all_button.click()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.proposals.find(kind="quotation") == []
    assert workspace.ops.undo_status.undo == "Accept all quotations"


def test_the_view_menu_holds_the_readers_show_proposals_toggle_and_remembers_it(qtbot, window, gui_env):
    from gui.main_window import MainWindow

    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.record.reader.show_proposals_action in view_menu.actions()
    window.record.reader.show_proposals_action.trigger()  # turned off
    assert gui_env.settings.proposals_shown() is False
    later = MainWindow(window.workspace, gui_env.settings)
    qtbot.addWidget(later)
    assert not later.record.reader.show_proposals_action.isChecked()
    assert not later.record.reader.marks_shown()


def test_next_visits_every_marked_span_once_in_text_order_then_wraps(review):
    pane, _workspace, _document = review
    reader = pane.reader
    spans = [(start, proposal.id) for start, _end, proposal in reader._proposal_spans]
    assert len(spans) > len({pid for _s, pid in spans})  # an actor's several mentions are among them
    visited = []
    for _ in spans:
        assert reader.go_to_proposal(1)
        visited.append((reader.textCursor().selectionStart(), reader.current_proposal.id))
    assert visited == spans
    reader.go_to_proposal(1)
    assert (reader.textCursor().selectionStart(), reader.current_proposal.id) == spans[0]  # round again
    reader.go_to_proposal(-1)
    assert (reader.textCursor().selectionStart(), reader.current_proposal.id) == spans[-1]
