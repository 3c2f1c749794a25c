"""The record pane: document with metadata, quotes and proposals; actors; edits undone in the catalogue."""

from __future__ import annotations

import pytest

from catalog.sample import sample_article_path
from gui.panels.record_pane import RecordPane
from tests.gui.support import wait_changed, wait_idle


@pytest.fixture
def pane(qtbot, workspace):
    widget = RecordPane(workspace.catalog, workspace.ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    workspace.ops.changed.connect(widget.apply_changes)
    return widget


@pytest.fixture
def document(workspace) -> str:
    return workspace.catalog.search.record_ids("document")[0]


def test_a_quote_opens_its_document_scrolled_to_it(pane, workspace):
    quote = workspace.catalog.quotes.find(speaker="Peter Lindqvist")[0]
    pane.show_quote(quote.uuid)
    assert pane.reader.view.uuid == quote.document_uuid
    assert pane.side.currentWidget() is pane.quote
    assert "Lindqvist" in pane.quote.speaker_link.text()
    assert quote.exact in pane.quote.context.text()
    assert pane.reader.extraSelections()[0].cursor.selectedText() == quote.exact


def test_metadata_edit_is_undoable(qtbot, pane, workspace, document):
    pane.show_document(document)
    form = pane.metadata
    assert not form.save_button.isEnabled()
    form.fields["section"].setText("Heritage")
    form.fields["section"].textEdited.emit("Heritage")
    assert form.save_button.isEnabled()
    with wait_changed(qtbot, workspace):
        form.save()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(document).section == "Heritage"
    assert "Heritage" in pane.reader.toPlainText().splitlines()[1]
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(document).section == ""
    assert form.fields["section"].text() == ""


def test_linking_an_actor_is_undoable(qtbot, pane, workspace, document):
    pane.show_document(document)
    before = pane.metadata.actors.count()
    with wait_changed(qtbot, workspace):
        pane.metadata.link("Idris Haddad", "subject")
    wait_idle(qtbot, workspace)
    assert pane.metadata.actors.count() == before + 1
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert pane.metadata.actors.count() == before


def test_tags_are_added_and_removed_from_the_form(qtbot, pane, workspace, document):
    pane.show_document(document)
    with wait_changed(qtbot, workspace):
        pane.metadata.tags.add(["Coast"])
    wait_idle(qtbot, workspace)
    assert "Coast" in workspace.catalog.documents.get(document).tags
    with wait_changed(qtbot, workspace):
        pane.metadata.tags.remove("Coast")
    assert "Coast" not in workspace.catalog.documents.get(document).tags


def test_quote_speaker_change_and_delete(qtbot, pane, workspace):
    quote = next(q for q in workspace.catalog.quotes.find() if q.speaker)
    pane.show_quote(quote.uuid)
    pane.quote.speaker.setText("Tomas Reyes")
    pane.quote.speaker.textEdited.emit("Tomas Reyes")
    assert pane.quote.speaker_type.isVisibleTo(pane.quote)
    with wait_changed(qtbot, workspace):
        pane.quote.save()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.quotes.get(quote.uuid).speaker.name == "Tomas Reyes"
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.quotes.get(quote.uuid).speaker.name == quote.speaker.name
    assert "Tomas Reyes" not in [a.name for a in workspace.catalog.actors.summaries()]
    with wait_changed(qtbot, workspace):
        pane.quote.delete()
    wait_idle(qtbot, workspace)
    assert pane.quote.view is None and pane.side.currentWidget() is pane.metadata
    assert quote.uuid not in [q.uuid for q in pane.reader.view.quotes]


def test_actor_record_links_to_documents_quotes_and_co_speakers(qtbot, pane, workspace):
    helen = workspace.catalog.actors.get("Helen Castellan")
    pane.show_actor(helen.uuid)
    record = pane.actor
    assert pane.stack.currentWidget() is pane.actor_page and pane.actor_page.currentWidget() is record
    assert record.quotes.count() == 2 and record.documents.count() == 1
    assert record.co_quoted.count() >= 1
    with qtbot.waitSignal(pane.shown) as blocker:
        record.quotes.itemClicked.emit(record.quotes.item(0))
    assert blocker.args[0] == "quote"
    assert pane.stack.currentWidget() is pane.document_page  # the quote shows in its document
    pane.show_actor(helen.uuid)
    record.description.setPlainText("Chair of the trust")
    with wait_changed(qtbot, workspace):
        record.save()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.actors.get(helen.uuid).description == "Chair of the trust"


def test_proposals_accept_edit_reject(qtbot, gui_env):
    workspace = gui_env.workspace(gui_env.open_catalog(sample=False))
    catalog = workspace.catalog
    outcome = catalog.documents.import_file(sample_article_path())
    pane = RecordPane(catalog, workspace.ops)
    qtbot.addWidget(pane)
    workspace.ops.changed.connect(pane.apply_changes)
    pane.show_document(outcome.document_uuid)
    proposals = pane.proposals
    total = len(proposals.model.proposals())
    assert total > 3 and pane.side.tabText(2) == f"Proposals ({total})"
    first_quote = next(p for p in proposals.model.proposals() if p.kind == "quote")
    with qtbot.waitSignal(proposals.span_chosen):
        proposals.view.clicked.emit(proposals.model.index_of_key(f"proposal:{first_quote.id}"))
    assert pane.reader.textCursor().selectedText() == first_quote.data["exact"]
    with wait_changed(qtbot, workspace):
        proposals.reject(proposals.model.proposals()[0])
    wait_idle(qtbot, workspace)
    assert len(proposals.model.proposals()) == total - 1
    dialog = proposals.edit(next(p for p in proposals.model.proposals() if p.kind == "quote"))
    dialog.name.setText("Someone Else")
    with wait_changed(qtbot, workspace):
        dialog.accept()
    wait_idle(qtbot, workspace)
    assert any(q.speaker and q.speaker.name == "Someone Else" for q in pane.reader.view.quotes)
    with wait_changed(qtbot, workspace):
        proposals.accept_all()
    wait_idle(qtbot, workspace)
    assert proposals.model.proposals() == [] and proposals.empty.isVisibleTo(proposals)


def test_proposal_decisions_are_undoable(qtbot, gui_env):
    workspace = gui_env.workspace(gui_env.open_catalog(sample=False))
    catalog = workspace.catalog
    document = catalog.documents.import_file(sample_article_path()).document_uuid
    pane = RecordPane(catalog, workspace.ops)
    qtbot.addWidget(pane)
    workspace.ops.changed.connect(pane.apply_changes)
    pane.show_document(document)
    proposals = pane.proposals
    total = len(proposals.model.proposals())
    before = catalog.maintenance.stats()
    links = {(a.uuid, a.role) for a in [*catalog.documents.get(document).authors, *catalog.documents.get(document).actors]}

    with wait_changed(qtbot, workspace):
        proposals.reject(proposals.model.proposals()[0])
    wait_idle(qtbot, workspace)
    assert workspace.ops.undo_status.undo == "Reject proposal"
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert len(proposals.model.proposals()) == total

    quote = next(p for p in proposals.model.proposals() if p.kind == "quote")
    with wait_changed(qtbot, workspace):
        proposals.accept(quote, {"speaker": "Someone Else", "speaker_type": "person", "kind": "quotation"})
    wait_idle(qtbot, workspace)
    assert catalog.maintenance.stats()["quotes"] == before["quotes"] + 1
    with wait_changed(qtbot, workspace):
        proposals.accept_all()
    wait_idle(qtbot, workspace)
    assert proposals.model.proposals() == [] and workspace.ops.undo_status.undo == "Accept all proposals"
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    with wait_changed(qtbot, workspace):
        workspace.ops.undo()
    wait_idle(qtbot, workspace)
    assert catalog.maintenance.stats() == before and len(proposals.model.proposals()) == total
    after = catalog.documents.get(document)
    assert {(a.uuid, a.role) for a in [*after.authors, *after.actors]} == links
    assert not any(a.name == "Someone Else" for a in catalog.actors.summaries())
    with wait_changed(qtbot, workspace):
        workspace.ops.redo()
    wait_idle(qtbot, workspace)
    assert any(q.speaker and q.speaker.name == "Someone Else" for q in pane.reader.view.quotes)


def test_an_undated_document_does_not_show_a_date_in_published(qtbot, pane, workspace):
    """Issue 14, defect 8: the grey placeholder was a sample date, read as the document's own."""
    import re

    from tests.conftest import add_text

    undated = add_text(workspace.catalog, "Undated leaflet", "A leaflet with no date on it.")
    pane.show_document(undated)
    published = pane.metadata.fields["published_at"]
    assert published.text() == ""
    assert "Undated" in published.placeholderText()
    assert not re.search(r"\d{4}-\d\d-\d\d|\d\d:\d\d", published.placeholderText())
    # a date typed as the placeholder says is saved; a day without a time shows without one
    published.setText("2023-05-06")
    published.textEdited.emit("2023-05-06")
    with wait_changed(qtbot, workspace):
        pane.metadata.save()
    wait_idle(qtbot, workspace)
    assert published.text() == "2023-05-06"
    assert workspace.catalog.documents.get(undated).published_at.isoformat() == "2023-05-06T00:00:00"


def test_a_dated_document_shows_its_date_and_time_readably(pane, document):
    pane.show_document(document)
    assert pane.metadata.fields["published_at"].text() == "2024-03-14 09:30"
    assert not pane.metadata.has_unsaved_edits()
