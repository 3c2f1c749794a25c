"""Citations in the window: Copy with citation puts the citation on the clipboard (text and
HTML), from the reader's selection, the quote pane or the list; the style menu remembers the
style; Export bibliography… writes a tag's bibliography."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from gui.citing import CitationCommands
from gui.dialogs.bibliography_dialog import BibliographyDialog
from tests.gui.support import wait_changed, wait_idle

TITLE = "Saltmere's flood-damaged archive goes digital, one soaked page at a time"
URL = "https://ledger.example/s/4kq2"
HEADLINE = "Saltmere's Flood-Damaged Archive Goes Digital, One Soaked Page at a Time"  # Chicago and MLA
PHRASE = "the bound shipping registers were the hardest case"


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def select_text(reader, phrase: str) -> None:
    cursor = reader.document().find(phrase)
    assert cursor.hasSelection(), phrase
    reader.setTextCursor(cursor)


def test_ctrl_shift_c_copies_the_words_selected_in_the_reader_with_their_source(qtbot, window, workspace):
    QGuiApplication.clipboard().clear()
    select_text(window.record.reader, PHRASE)
    window.activateWindow()
    window.record.reader.setFocus()
    qtbot.keyClick(window.record.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: clipboard_text().startswith("“"), timeout=10000)
    first, second = clipboard_text().splitlines()
    assert first == f"“{PHRASE}” (Okonjo, 2024)"
    assert second == f"Okonjo, M. (2024, March 14). {TITLE}. The Harbour Ledger. {URL}"
    assert "<i>The Harbour Ledger</i>" in QGuiApplication.clipboard().mimeData().html()
    assert window.actions_.copy_citation in window.record.reader._extra_actions


def test_the_quote_pane_copies_its_quote_naming_the_speaker(qtbot, window, workspace):
    catalog = workspace.catalog
    document = window.record.reader.view
    start = document.body.index(PHRASE)
    quote, _ = catalog.quotes.add(document.uuid, start, start + len(PHRASE), speaker="Idris Haddad", new_speaker_type="person")
    window.record.show_quote(quote)
    QGuiApplication.clipboard().clear()
    window.record.quote.cite_button.click()
    qtbot.waitUntil(lambda: clipboard_text().startswith("“"), timeout=10000)
    assert clipboard_text().splitlines()[0] == f"“{PHRASE}” (Idris Haddad, quoted in Okonjo, 2024)"


def test_the_style_chosen_in_the_menu_is_used_and_remembered(qtbot, window, workspace, gui_env):
    window.style_menu.fill()
    mla = next(a for a in window.style_menu.actions() if a.data() == "modern-language-association")
    mla.trigger()
    assert gui_env.settings.citation_style() == "modern-language-association"
    assert CitationCommands(window, workspace, gui_env.settings).style() == "modern-language-association"
    window.style_menu.fill()
    assert [a.data() for a in window.style_menu.actions() if a.isChecked()] == ["modern-language-association"]
    QGuiApplication.clipboard().clear()
    window.citing.copy_citation()  # nothing selected in the reader: the document shown
    qtbot.waitUntil(lambda: clipboard_text().startswith("Okonjo"), timeout=10000)
    assert clipboard_text() == f"Okonjo, Mara. “{HEADLINE}.” The Harbour Ledger, 14 Mar. 2024, {URL}."


def test_a_style_name_no_style_has_is_refused_with_close_matches(window, gui_env):
    gui_env.settings.set_citation_style("apa")
    assert not window.citing.set_style("chicgo-author-date")
    box = window.citing.dialog
    assert isinstance(box, QMessageBox) and "did you mean chicago-author-date" in box.text()
    assert gui_env.settings.citation_style() == "apa"
    box.close()


def test_export_bibliography_of_a_tag_writes_the_chosen_format(qtbot, window, workspace, gui_env):
    tag = workspace.catalog.tags.paths()[0]
    dialog = window.citing.ask_export_bibliography(tag=tag)
    assert isinstance(dialog, BibliographyDialog) and dialog.tag_choice.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    target = gui_env.tmp / "heritage.html"
    dialog.path_edit.setText(str(target))
    dialog.style.setCurrentIndex(dialog.style.findData("chicago-author-date"))
    dialog.accept()
    wait_idle(qtbot, workspace)
    page = target.read_text(encoding="utf-8")
    assert f"<title>Bibliography: {tag}</title>" in page
    assert f'<div class="csl-entry">Okonjo, Mara. 2024. “{HEADLINE}.” <i>The Harbour Ledger</i>, March 14. {URL}.</div>' in page
    assert gui_env.settings.citation_style() == "chicago-author-date"


def test_several_documents_selected_in_the_list_are_copied_as_their_bibliography(qtbot, window, workspace):
    catalog = workspace.catalog
    article = "# Ferry timetable changes\n\nThe Harbour Ledger\n\nThe ferry leaves at nine from May.\n"
    with wait_changed(qtbot, workspace):
        workspace.ops.change("Import", lambda: catalog.documents.import_bytes(article.encode(), "ferry.md").changes)
    wait_idle(qtbot, workspace)
    records = window.centre.records
    qtbot.waitUntil(lambda: records.model.rowCount() == 2)
    records.table.selectAll()
    assert len(records.selected_uuids()) == 2
    QGuiApplication.clipboard().clear()
    window.actions_.copy_citation.trigger()
    qtbot.waitUntil(lambda: "\n" in clipboard_text(), timeout=10000)
    lines = clipboard_text().splitlines()
    assert lines[0].startswith("Ferry timetable changes. (") and lines[1].startswith("Okonjo, M. (2024, March 14).")
    entries = QGuiApplication.clipboard().mimeData().html()
    assert entries.startswith('<div class="csl-bib-body">') and entries.count('<div class="csl-entry">') == 2


def test_other_style_takes_any_installed_style_by_name_and_the_menu_then_shows_it(window, gui_env):
    dialog = window.citing.ask_style()
    dialog.setTextValue("Elsevier-Harvard")
    dialog.accept()
    assert gui_env.settings.citation_style() == "elsevier-harvard"
    window.style_menu.fill()
    ticked = [a for a in window.style_menu.actions() if a.isChecked()]
    assert [a.data() for a in ticked] == ["elsevier-harvard"] and window.style_menu.actions()[0] is ticked[0]
