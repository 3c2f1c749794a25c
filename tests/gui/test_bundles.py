"""File → Export bundle… and File → Import bundle…: choices, progress, cancel, preview,
conflict policy, undo (in the catalogue), and refused bundles."""

from __future__ import annotations

import threading
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from catalog.catalog import Catalog
from gui.bundle_export import ExportScope
from gui.dialogs.export_dialog import ExportDialog
from gui.dialogs.import_preview_dialog import ImportPreviewDialog
from gui.dialogs.report_dialog import ReportDialog
from tests.catalog.exchange.crafting import entry, raw_zip
from tests.gui.support import make_bundle, wait_changed, wait_idle

SECOND = b"# The tide mill reopens\n\nNorthshore Courier\n\nThe old tide mill at Saltmere reopened on Saturday.\n"


def exported_documents(catalog, path) -> int:
    return catalog.exchange.verify_bundle(path).counts["documents"]


def wait_for_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, QMessageBox), timeout=30000)
    return window.commands.dialog


def test_export_from_the_menu_offers_to_open_the_folder(qtbot, window, workspace, tmp_path):
    action = window.actions_.export_bundle
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.choices["selection"].isChecked()  # the first document is selected
    assert not dialog.choices["search"].isEnabled() and not dialog.choices["saved"].isEnabled()
    dialog.path_edit.setText(str(tmp_path / "folder"))  # .zip is added
    assert dialog.path() == tmp_path / "folder.zip"
    dialog.choose("all")
    opened = []
    window.commands.open_folder = opened.append
    with qtbot.waitSignal(workspace.tasks.progressed, timeout=30000):
        dialog.accept()
    box = wait_for_box(qtbot, window)
    assert "Exported the whole catalogue to folder.zip" in box.text()
    assert exported_documents(workspace.catalog, tmp_path / "folder.zip") == 1
    open_button = next(b for b in box.buttons() if b.text() == "Open folder")
    open_button.click()
    assert opened == [tmp_path]
    assert window.settings.exchange_folder() == tmp_path


def test_export_dialog_refuses_a_missing_folder(window, tmp_path):
    dialog = window.commands.ask_export_bundle()
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "b.zip"))
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "no folder" in dialog.warning.text()
    (tmp_path / "there.zip").write_bytes(b"old")
    dialog.path_edit.setText(str(tmp_path / "there.zip"))
    assert "will be replaced" in dialog.warning.text()
    dialog.reject()


def test_each_export_scope_chooses_its_documents(qtbot, window, workspace, gui_env, tmp_path):
    catalog = workspace.catalog
    with wait_changed(qtbot, workspace):
        window.commands.import_paths([_write(tmp_path / "tide.md", SECOND)])
    wait_idle(qtbot, workspace)
    commands = window.commands

    def export(scope: ExportScope, name: str) -> int:
        commands.dialog = None
        commands.export_bundle(scope, tmp_path / name)
        wait_for_box(qtbot, window)
        return exported_documents(catalog, tmp_path / name)

    assert export(ExportScope("all"), "all.zip") == 2
    window.show_kind("quote")
    window.centre.records.table.selectAll()
    dialog = commands.ask_export_bundle()
    assert dialog.scope().kind == "selection" and len(dialog.scope().uuids) == 5
    dialog.reject()
    assert export(dialog.scope(), "quotes.zip") == 1
    assert export(ExportScope("tag", "Heritage"), "tag.zip") == 1
    with qtbot.waitSignal(window.saved.saved):
        window.saved.save("Tide", "tide mill")
    dialog = commands.ask_export_bundle()
    assert dialog.saved.currentText() == "Tide"
    dialog.choose("saved")
    dialog.reject()
    assert export(dialog.scope(), "saved.zip") == 1
    window.search.set_text("tide")
    dialog = commands.ask_export_bundle()
    assert dialog.choices["search"].isEnabled() and not dialog.choices["selection"].isEnabled()
    dialog.choose("search")
    dialog.reject()
    assert export(dialog.scope(), "search.zip") == 1
    # a tag that stands for no document is said, not exported
    catalog.tags.add("Empty")
    commands.export_bundle(ExportScope("tag", "Empty"), tmp_path / "empty.zip")
    qtbot.waitUntil(lambda: bool(gui_env.reporter.shown))
    assert "nothing to export" in gui_env.reporter.shown[0].informativeText()
    assert not (tmp_path / "empty.zip").exists()


def test_a_cancelled_export_leaves_nothing(qtbot, window, workspace, gui_env, tmp_path):
    gate = threading.Event()
    workspace.tasks.run("Holding the worker", lambda _p, _c: gate.wait(10))
    token = window.commands.export_bundle(ExportScope("all"), tmp_path / "cancelled.zip")
    token.cancel()
    gate.set()
    wait_idle(qtbot, workspace)
    assert not (tmp_path / "cancelled.zip").exists()
    assert not list(tmp_path.glob("*.partial")) and gui_env.reporter.shown == []
    assert not isinstance(window.commands.dialog, QMessageBox)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def theirs(catalog: Catalog) -> None:
    """The colleague's copy: one more article, a retitled sample, a new tag."""
    catalog.documents.import_bytes(SECOND, "tide.md")
    sample = next(d for d in catalog.documents.find() if d.title.startswith("Saltmere"))
    catalog.documents.update(sample.uuid, title="Their title")
    catalog.tags.apply([sample.uuid], "Their/Tag")


def test_import_preview_policy_apply_and_undo(qtbot, window, workspace, gui_env, tmp_path):
    catalog = workspace.catalog
    bundle = make_bundle(gui_env.template, tmp_path / "colleague", tmp_path / "theirs.zip", theirs)
    sample_uuid = window.record.uuid
    # both retitled it since the version they share: a conflict (their tag alone would be taken)
    title = "My title"
    catalog.documents.update(sample_uuid, title=title)
    assert window.actions_.import_bundle.shortcut().toString() == "Ctrl+Shift+I"
    window.commands.preview_bundle(bundle)
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ImportPreviewDialog), timeout=30000)
    dialog = window.commands.dialog
    assert catalog.maintenance.stats()["documents"] == 1  # a dry run changed nothing
    assert "theirs.zip" in dialog.header.text() and "2 documents" in dialog.checked.text()
    assert dialog.summary.text().startswith("Would add 1 document")
    assert "1 conflict" in dialog.summary.text()
    rows = [(dialog.model.item(r, 1).text(), dialog.model.item(r, 2).text()) for r in range(dialog.model.rowCount())]
    assert rows[0][0] == "conflict: kept mine" and rows[0][1].startswith("differs in title")
    assert all(outcome != "already here" for outcome, _ in rows)
    dialog.show_unchanged.setChecked(True)
    assert dialog.model.rowCount() > len(rows)
    assert dialog.policy_box.isEnabled()

    dialog.policy_buttons["theirs"].setChecked(True)
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report.policy == "theirs" and dialog.import_button.isEnabled(), timeout=30000)
    assert dialog.model.item(0, 1).text() == "conflict: took theirs"
    with wait_changed(qtbot, workspace, timeout=30000) as blocker:
        dialog.accept()
    assert len(blocker.args[0].created["document"]) == 1
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=30000)
    assert window.commands.dialog.summary.text().startswith("Added 1 document")
    wait_idle(qtbot, workspace)
    assert catalog.documents.get(sample_uuid).title == "Their title"
    assert window.centre.records.model.rowCount() == 2
    assert window.tags.model.index_of_key("Their/Tag").isValid()
    undo = window.actions_.undo
    assert undo.text() == "&Undo Import bundle theirs.zip" and undo.toolTip() == "Undo Import bundle theirs.zip"
    assert undo.iconText() == "Undo" and undo.isEnabled()  # the toolbar button stays short

    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert catalog.maintenance.stats()["documents"] == 1 and window.centre.records.model.rowCount() == 1
    assert not window.tags.model.index_of_key("Their/Tag").isValid()
    assert catalog.documents.get(sample_uuid).title == title  # the catalogue's undo puts back what "theirs" overwrote
    assert window.record.reader.view.title == title
    assert window.actions_.redo.text() == "&Redo Import bundle theirs.zip"
    with wait_changed(qtbot, workspace, timeout=30000):
        window.actions_.redo.trigger()
    wait_idle(qtbot, workspace)
    assert catalog.maintenance.stats()["documents"] == 2


def test_conflicts_are_reviewed_one_by_one_with_a_bulk_choice_for_the_rest(qtbot, window, workspace, gui_env, tmp_path):
    """Three conflicts, each merged three-way (with a base): the document's title, a quote's
    note and an actor's description. Theirs for the document, bulk Mine for the rest; undo
    puts my title back."""
    catalog = workspace.catalog
    doc = window.record.uuid
    quote = catalog.quotes.find(document=doc)[0].uuid
    actor = catalog.actors.find()[0].uuid
    base_title = catalog.documents.get(doc).title
    base_note = catalog.quotes.get(quote).note

    def colleague(other: Catalog) -> None:
        other.documents.update(doc, title="Their title")
        other.quotes.update(quote, note="Their note")
        other.actors.update(actor, description="Their description")

    bundle = make_bundle(gui_env.template, tmp_path / "colleague", tmp_path / "theirs.zip", colleague)
    catalog.documents.update(doc, title="My title")
    catalog.quotes.update(quote, note="My note")
    catalog.actors.update(actor, description="My description")
    window.commands.preview_bundle(bundle)
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ImportPreviewDialog), timeout=30000)
    dialog = window.commands.dialog
    review = dialog.review
    assert dialog.tabs.currentWidget() is review and dialog.tabs.tabText(0) == "&Conflicts (3)"
    listed = {review.model.entry_at(r).uuid: r for r in range(review.model.rowCount())}
    assert set(listed) == {doc, quote, actor}

    # the first conflict is selected; the arrow keys go through them
    review.list.setFocus()
    assert review.list.currentIndex().row() == 0
    qtbot.keyClick(review.list, Qt.Key.Key_Down)
    assert review.list.currentIndex().row() == 1
    review.select_row(listed[doc])
    values = review.values
    assert [values.index(0, c).data() for c in range(4)] == ["Title", "My title", "Their title", base_title]
    assert "since the version both share" in review.record.text()
    assert review.buttons["mine"].isChecked() and not review.buttons["both"].isEnabled()
    assert review.model.index(listed[doc], 1).data() == "Mine (bulk)"
    review.select_row(listed[quote])
    assert [values.index(0, c).data() for c in range(4)] == ["Note", "My note", "Their note", base_note or "(empty)"]
    assert not review.buttons["both"].isEnabled()

    # Theirs for the document (its mnemonic); a fresh dry run says what that does
    review.select_row(listed[doc])
    assert review.buttons["theirs"].text() == "&Theirs"
    review.buttons["theirs"].click()
    assert not dialog.import_button.isEnabled() and review.buttons["theirs"].isChecked()
    assert review.model.index(review.model.row_of(doc), 1).data() == "Theirs"
    assert review.whose.text() == "(your choice)"
    qtbot.waitUntil(lambda: dialog.report.decisions == {doc: "theirs"} and dialog.import_button.isEnabled(), timeout=30000)
    assert {e.uuid: e.resolution for e in dialog.report.conflicts} == {doc: "took theirs", quote: "kept mine", actor: "kept mine"}
    assert review.current().uuid == doc  # the fresh report keeps the selection
    assert "the 2 conflicts you have not decided" in dialog.policy_note.text()

    with wait_changed(qtbot, workspace, timeout=30000):
        dialog.accept()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=30000)
    wait_idle(qtbot, workspace)
    assert catalog.documents.get(doc).title == "Their title"
    assert catalog.quotes.get(quote).note == "My note" and catalog.actors.get(actor).description == "My description"

    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert catalog.documents.get(doc).title == "My title"


def test_a_bundle_with_nothing_new_cannot_be_imported(qtbot, window, workspace, tmp_path):
    workspace.catalog.exchange.export_bundle(tmp_path / "mine.zip")
    window.commands.preview_bundle(tmp_path / "mine.zip")
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ImportPreviewDialog), timeout=30000)
    dialog = window.commands.dialog
    assert not dialog.import_button.isEnabled() and dialog.import_button.text() == "Nothing to import"
    assert not dialog.policy_box.isEnabled()
    dialog.reject()


def test_a_hostile_or_broken_bundle_is_refused_with_its_reason(qtbot, window, workspace, tmp_path):
    before = workspace.catalog.maintenance.stats()
    hostile = raw_zip(tmp_path / "hostile.zip", [(entry("../../evil.txt"), b"gotcha")])
    window.commands.preview_bundle(hostile)
    box = wait_for_box(qtbot, window)
    assert box.text() == "Pressmark refused “hostile.zip”. Nothing was imported."
    assert box.informativeText().startswith("Reason: ") and len(box.informativeText()) > 12
    box.close()
    window.commands.dialog = None
    broken = _write(tmp_path / "broken.zip", b"this is not a zip")
    window.commands.preview_bundle(broken)
    box = wait_for_box(qtbot, window)
    assert "refused “broken.zip”" in box.text()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.maintenance.stats() == before
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    assert zipfile.is_zipfile(hostile)
