"""The interface language: the Arabic translation, the mirrored window, the choice in
View → Language, and the translation catalogue kept in step with the code."""

from __future__ import annotations

import gzip
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from gui.app import run
from gui.i18n import LANG_ENV_VAR, chosen_language, install_translators
from gui.main_window import MainWindow
from gui.settings import AppSettings, app_settings_store

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "translations" / "pressmark_ar.ts"
QM = REPO / "resources" / "translations" / "pressmark_ar.qm"
ARABIC = re.compile("[\u0600-\u06ff]")
PLACEHOLDER = re.compile(r"\{\w+\}")


def qt_tool(name: str) -> Path:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` next to the Python running the tests."""
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return tool


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of a ``.ts`` file by (context, source text)."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def arabic(qapp):
    """The application in Arabic for one test, back in English after it."""
    install_translators(qapp, "ar")
    yield qapp
    install_translators(qapp, "en")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_in_arabic_the_whole_window_is_mirrored_and_its_menus_and_panels_speak_arabic(qtbot, arabic, gui_env, workspace):
    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert menu_titles(window)[:3] == ["&ملف", "&تحرير", "&عرض"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "&خروج" in [action.text() for action in file_menu.actions()]
    assert window.actions_.quote_selection.text() == "&اقتباس التحديد…"
    # the shortcuts stay the same keys whatever the language
    assert window.actions_.quote_selection.shortcut().toString() == "Ctrl+Q"
    assert window.actions_.undo.toolTip() == "لا شيء للتراجع عنه"
    assert window.record.side.tabText(0) == "البيانات الوصفية"
    assert window.centre.no_hits.title.text() == "لم يُعثر على شيء"
    qtbot.waitUntil(lambda: bool(window.status.counts.text()))
    assert window.status.counts.text().startswith("وثيقة واحدة")  # Arabic's singular, not "1 ..."
    kinds = window.centre.records.kinds  # its names show beside its icons where they fit
    assert kinds.accessibleTabName(1) == "الاقتباسات" and kinds.tabText(1) == ("الاقتباسات" if kinds.names_shown else "")
    assert ARABIC.search(window.search.edit.placeholderText())
    language_menu = window.findChild(type(file_menu), "language_menu")
    assert [action.text() for action in language_menu.actions()][1:] == ["English", "العربية"]


def test_standard_buttons_of_dialogs_and_message_boxes_are_translated_by_qt(arabic):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard | QDialogButtonBox.StandardButton.Cancel)
    box = QMessageBox(QMessageBox.Icon.Question, "Pressmark", "?", QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    texts = [button.text() for button in buttons.buttons()] + [button.text() for button in box.buttons()]
    assert len(texts) == 5
    for text in texts:
        assert ARABIC.search(text), text


def test_the_unsaved_edits_question_is_asked_in_arabic(arabic):
    from gui.i18n import translate
    from gui.panels.record_pane import UNSAVED_WHAT

    assert translate("RecordPane", UNSAVED_WHAT["document"]) == "عدّلت البيانات الوصفية لهذه الوثيقة ولم تحفظها بعد."
    assert translate("RecordPane", "Save your changes to “{title}”?").format(title="Tide") == "هل تريد حفظ تغييراتك على «Tide»؟"


def test_english_stays_the_default_left_to_right_with_its_own_words(window):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert window.actions_.quote_selection.text() == "&Quote selection…"
    assert window.record.side.tabText(0) == "Metadata"


def test_the_language_comes_from_the_environment_then_the_setting_then_the_system(monkeypatch):
    monkeypatch.setenv(LANG_ENV_VAR, "ar")
    assert chosen_language("en") == "ar"
    monkeypatch.setenv(LANG_ENV_VAR, "xx")  # not a language the interface speaks: ignored
    assert chosen_language("en") == "en"
    monkeypatch.delenv(LANG_ENV_VAR)
    assert chosen_language("ar") == "ar"
    assert chosen_language("system") in ("en", "ar")


def test_view_language_remembers_the_choice_for_the_next_start(window, gui_env):
    assert gui_env.settings.language() == "system"
    window.language_actions["ar"].trigger()
    assert gui_env.settings.language() == "ar"
    assert window.language_actions["ar"].isChecked() and not window.language_actions["system"].isChecked()
    assert "started again" in window.status.currentMessage()
    # the window itself stays in the language it was opened in until then
    assert window.menuBar().actions()[0].text() == "&File"
    with pytest.raises(ValueError):
        gui_env.settings.set_language("klingon")


def test_the_application_starts_in_the_language_chosen_in_the_settings(qapp, gui_env, tmp_path, monkeypatch):
    monkeypatch.delenv(LANG_ENV_VAR, raising=False)
    AppSettings(app_settings_store()).set_language("ar")
    try:
        assert run(["--catalog", str(tmp_path / "fresh"), "--screenshot", str(tmp_path / "ar.png")]) == 0
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QApplication.translate("MainWindow", "&File") == "&ملف"
    finally:
        install_translators(qapp, "en")
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_every_translatable_text_in_the_window_is_in_the_catalogue_and_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(qt_tool("pyside6-lupdate")), "-extensions", "py", "-locations", "none", "-recursive", str(REPO / "gui"), "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    in_code, shipped = messages(fresh), messages(TS)
    assert len(in_code) > 150
    missing = sorted(set(in_code) - set(shipped))
    assert not missing, f"run pyside6-lupdate and translate: {missing}"
    for (context, source), message in shipped.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        if message.get("numerus") == "yes":  # a count: Arabic's six plural forms, all written
            forms = [form.text for form in translation.iter("numerusform")]
            assert len(forms) == 6 and all(forms), (context, source)
            for form in forms:
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source)
            continue
        assert translation.text, (context, source)
        # a placeholder lost or misspelt in the translation would raise KeyError in .format()
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), (context, source)


def test_the_shipped_qm_is_the_compilation_of_the_catalogue(tmp_path):
    compiled = tmp_path / "pressmark_ar.qm"
    subprocess.run([str(qt_tool("pyside6-lrelease")), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run: pyside6-lrelease translations/pressmark_ar.ts -qm resources/translations/pressmark_ar.qm"


def test_the_actor_record_speaks_arabic_and_keeps_an_english_name_in_its_own_direction(qtbot, arabic, gui_env, workspace):
    from gui.i18n import isolated

    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    actor, said = window.record.actor, window.record.actor_said
    assert actor.save_button.text() == "حفظ"
    assert actor.aliases.add_button.toolTip() == "إضافة اسم بديل"
    # the type is shown in Arabic and kept as the catalogue's word
    assert ARABIC.search(actor.type.currentText()) and actor.typed()["type"] == "person"
    said.name = "Dr. Helen Castellan"
    # U+2068 … U+2069 keep the name's full stop with the name, the Arabic sentence around it
    assert said._summary("", []) == "لا اقتباسات لـ\u2068Dr. Helen Castellan\u2069 بعد."
    assert isolated("Tide") == "\u2068Tide\u2069"


def test_in_arabic_an_actors_tooltip_names_its_type_and_counts_in_arabic(arabic):
    from catalog import ActorSummary
    from gui.models.actor_tree import actor_tooltip
    from gui.theme import actor_type_label

    heading, counts = actor_tooltip(ActorSummary("a", "Helen Castellan", "person", 3, 1)).split("\n")
    assert ARABIC.search(actor_type_label("person"))
    assert heading == f"\u2068Helen Castellan\u2069 ({actor_type_label('person')})"
    assert counts.startswith("مذكور في ") and not re.search("[A-Za-z]", counts), counts


def test_an_english_window_inserts_names_as_they_are(qapp):
    from gui.i18n import isolated

    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert isolated("Tide") == "Tide"


def test_the_bulk_accept_button_counts_in_arabic_plurals_and_in_the_catalogues_words_in_english(qapp):
    from catalog import PROPOSAL_GROUPS, group_words
    from gui.panels.proposals_panel import accept_all_text

    for group in PROPOSAL_GROUPS:
        for n in (1, 2, 12):
            assert accept_all_text(group, n) == f"Accept all {group_words(group, n)}"
    install_translators(qapp, "ar")
    try:
        assert accept_all_text("quotation", 2) == "قبول الكل: اقتباسان"  # Arabic's dual, no number
        assert accept_all_text("person", 5) == "قبول الكل: 5 أشخاص"
        assert accept_all_text("", 12) == "قبول الكل: 12 اقتراحًا"
    finally:
        install_translators(qapp, "en")


# ----- what the catalogue says, in the import preview, the check's report and error dialogs ---
# names that stay as they are, and what a user types as it is (identifier schemes, the search's syntax)
LATIN_IN_ARABIC = (
    "Pressmark", "UTF-8", "BagIt", "zip", "SQLite", "REFI-QDA", "Wikidata", "VIAF", "wikidata", "viaf", "Q42", "DOI",
    "https://", "http://", "date:[2024-01-01 to 2024-06-30]", ":harbour",
    # the names of formats, files and fields inside them, and of other programs, as a refused file or bundle names them
    "manifest-sha256.txt", "bag-info.txt", "bagit.txt", "Payload-Oxum", "records.json", "annotations.jsonld", "project.qde",
    "urn:QDA-XML:project", "urn:uuid:", "archive/*.warc.gz", ".warc", ".qdpx", ".qde", ".docx", "data/", "original_sha256",
    "pressmark-bundle", "Label: value", "[scheme, value]", "«first»", "«total»", "«exact»", "«body»", "«Project»", "@context",
    "true أو false", "#RRGGBB", "AnnotationCollection", "AnnotationPage", "Annotation", "SpecificResource", "TextPositionSelector",
    "TextQuoteSelector", "TextualBody", "PlainTextContent", "plainTextPath", "CSL-JSON", "CSL", "JSON", "XML", "MHTML", "HTML",
    "Markdown", "PDF", "DOCX", "مستند Word", "مستندات Word", "WARC", "WACZ", "ARC", "BOM", "DOCTYPE", "Latin-1", "UTF-16", "TY",
    "ER", "TI", "T1", "NUL", "FIFO", "GUID", "UUID", "SHA-256", "gunzip", "gzip", "TMPDIR", "Windows", "CON", "COM1", "NFC", "LF",
    "RIS", "chicago-author-date", "apa", "mla",
)  # fmt: skip
COMMAND = re.compile(r"`[^`]*`")  # a command to run, as it is typed


def english_left(text: str, *inserted: str) -> list[str]:
    """The Latin words of ``text`` once the values put into it (names, paths, field names),
    the names Arabic keeps in Latin letters and the commands quoted to run are taken out: an
    untranslated sentence shows here."""
    for part in sorted((*inserted, *LATIN_IN_ARABIC), key=len, reverse=True):  # "gunzip" before "zip"
        text = text.replace(part, "")
    return re.findall(r"[A-Za-z]{2,}", COMMAND.sub("", text))


def test_the_window_has_its_own_words_for_every_sentence_the_catalogue_says():
    from catalog.messages import SENTENCES
    from gui.catalog_text import SENTENCES as WINDOW

    # a sentence the catalogue adds or rewords gets its translatable copy (and so its translation) here
    assert WINDOW == SENTENCES


def test_in_arabic_every_sentence_the_catalogue_says_is_arabic(arabic):
    import string

    from catalog import Message
    from catalog.messages import SENTENCES
    from gui.catalog_text import catalog_text

    for key, template in SENTENCES.items():
        fields = {name: "7" for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}
        said = catalog_text(Message(key, **fields))
        has_words = re.search("[A-Za-z]", PLACEHOLDER.sub("", template))  # not only "{status}: {label}"
        assert english_left(said) == [] and (ARABIC.search(said) or not has_words), (key, said)
    # a sentence inside a sentence, and a record's kind, are said in Arabic too
    said = catalog_text(Message("statements_unusable", reason=Message("ledger_other_version")))
    assert ARABIC.search(said) and english_left(said) == [], said
    assert "وثيقة" in catalog_text(Message("revision_none", kind="document"))
    assert catalog_text("a PressmarkError's own line") == "a PressmarkError's own line"


def _bundle_report(dry_run: bool):
    from catalog import EARLIER_COPY, MERGE_RESOLUTIONS, Message
    from catalog.exchange.merge_report import MergeEntry, MergeReport

    report = MergeReport("theirs.zip", "mine", dry_run)
    for entry in (
        MergeEntry("document", "d1", "Harbour wall", "added", "d1"),
        MergeEntry("quote", "q1", "It grinds again", "added", "q1"),
        MergeEntry("quote", "q2", "We only did what the sea asked", "added", "q2"),
        MergeEntry("tag", "t1", "Heritage", "unchanged", "t1"),
        MergeEntry("actor", "a1", "Helen Castellan", "updated", "a1", "name", detail=Message("merge_took_changes", fields="aliases")),
        MergeEntry("document", "d2", "Ferry pier", "conflict", "d2", "URL", ["title"], resolution=MERGE_RESOLUTIONS["both"], detail=Message("merge_texts_differ")),
        MergeEntry("document", "d3", "Old school", "unchanged", "d4", EARLIER_COPY),
        MergeEntry("quote", "q3", "Every page we photograph", "kept", "q3", "id", detail=Message("merge_theirs_older")),
        MergeEntry("quote", "q4", "The quay was never built", "skipped", detail=Message("merge_words_missing")),
    ):
        report.add(entry)
    return report


LABELS = ("Harbour wall", "It grinds again", "We only did what the sea asked", "Heritage", "Helen Castellan", "Ferry pier", "Old school",
          "Every page we photograph", "The quay was never built", "aliases", "title", "theirs.zip")  # fmt: skip


def test_in_arabic_the_import_preview_and_its_result_say_what_the_import_does(qtbot, arabic, tmp_path):
    from catalog import BundleCheck, InvalidBundle
    from gui.bundle_import import import_result, refused_box
    from gui.dialogs.import_preview_dialog import ImportPreviewDialog

    check = BundleCheck("theirs.zip", "", {"documents": 3, "quotes": 4, "actors": 1, "tags": 1}, {})
    dialog = ImportPreviewDialog(tmp_path / "theirs.zip", check, _bundle_report(dry_run=True))
    qtbot.addWidget(dialog)
    dialog.show_unchanged.setChecked(True)
    cells = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount()) for c in range(3)]
    assert dialog.model.rowCount() == 9
    for text in [dialog.checked.text(), dialog.summary.text(), *cells]:
        assert english_left(text, *LABELS) == [], text
    assert dialog.summary.text().startswith("سيُضاف: وثيقة واحدة، اقتباسان")
    assert "3 وثائق" in dialog.checked.text()
    # the Conflicts tab: the conflict, its choice, what it is and the values side by side
    review = dialog.review
    conflict = [review.model.index(0, c).data(role) for c in range(2) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    values = [review.values.index(0, c).data() for c in range(1, 4)]
    buttons = [button.text() for button in review.buttons.values()]
    for text in [*conflict, review.record.text(), review.detail.text(), *values, *buttons]:
        assert ARABIC.search(text) and english_left(text, *LABELS) == [], text
    # Arabic has no italics (and its fonts often no slanted face): the bulk choice is set apart by its words
    assert review.model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert review.values.index(0, 3).data(Qt.ItemDataRole.FontRole) is None

    done = _bundle_report(dry_run=False)
    done.changes.create("document", "d1")
    done.changes.edit("actor", "a1")
    result = import_result(done)
    qtbot.addWidget(result)
    assert english_left(result.summary.text(), *LABELS) == [] and "الفهرس: أُنشئ: وثيقة واحدة؛ عُدّل: فاعل واحد" in result.summary.text()
    box = refused_box(tmp_path / "theirs.zip", InvalidBundle("theirs.zip", "its bag's checksums differ"))
    for text in (box.windowTitle(), box.text(), box.detailedText()):
        assert ARABIC.search(text) and english_left(text, *LABELS) == [], text


def test_in_arabic_the_check_report_says_what_it_found_and_what_each_problem_needs(arabic):
    from catalog import CheckReport, Message, Problem
    from gui import check_report

    where = "originals/ab/abc.md"
    report = CheckReport(
        problems=[
            Problem("error", Message("original_missing", file="harbour.md", where=where), "d-1", needs=Message("original_needs", where=where)),
            Problem("warning", Message("quote_moved", old=3, new=9), "q-1", repaired=True, repairable=True),
            Problem("error", Message("revision_none", kind="quote"), "q-2", repaired=True, repairable=True),
        ],
        checked={"quotes": 5, "documents": 1, "index entries": 6, "revisions": 12},
    )  # fmt: skip
    summary = check_report.summary_text(report, repair=True)
    assert summary.startswith("أُصلح 2 من 3 مشكلات. لا يستطيع الإصلاح معالجة واحدة منها") and english_left(summary) == [], summary
    assert "فُحص: 5 اقتباسات، وثيقة واحدة، 6 مدخلات في فهرس البحث، 12 مراجعةً." in summary
    rows = check_report.problem_rows(report)
    assert [row[0] for row in rows] == ["خطأ", "تحذير", "خطأ"]
    for severity, problem, _record in rows:
        assert english_left(f"{severity} {problem}", "harbour.md", where) == [], problem
    assert all(ARABIC.search(title) for title in check_report.headers())
    assert check_report.summary_text(CheckReport(checked={"quotes": 1}), repair=False) == "لم يُعثر على أي مشكلة. فُحص: اقتباس واحد."


def test_in_arabic_a_failure_the_catalogue_explains_is_arabic_and_names_the_menus_to_use(qtbot, arabic):
    import errno
    import sqlite3

    from gui.errors import ErrorReporter

    reporter = ErrorReporter()
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/catalogue/a.sqlite")
    try:
        for exc, inserted in ((damaged, "database disk image is malformed"), (full, "/tmp/catalogue/a.sqlite")):
            box = reporter.report("تعذّر الحفظ", exc)
            assert box is not None
            text = box.informativeText()
            assert ARABIC.search(text) and english_left(text, inserted) == [], text
        assert "أدوات ← فحص الفهرس" in reporter.shown[0].informativeText()
    finally:
        for box in list(reporter.shown):
            box.close()


# ----- the catalogue's refusals, the History tab, the index banner, the status bar, linking actors ---
@pytest.fixture
def arabic_window(arabic, request) -> MainWindow:
    """The main window over the sample catalogue in Arabic (conftest's ``window``, made once
    the Arabic translators are installed), shown, its first document selected."""
    return request.getfixturevalue("window")


def refusal(call) -> BaseException:
    """What ``call()`` raised (it must raise a PressmarkError)."""
    from catalog import PressmarkError

    with pytest.raises(PressmarkError) as raised:
        call()
    return raised.value


def test_in_arabic_the_catalogues_own_refusals_are_arabic(qtbot, arabic, gui_env, tmp_path):
    from catalog import Catalog, InvalidInput, checked_identifier, describe, new_catalogue_problem
    from gui.catalog_text import catalog_text
    from gui.errors import ErrorReporter, window_steps

    catalog = gui_env.open_catalog()
    uuid = catalog.documents.find()[0].uuid
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("x")
    refused = {
        "not a date": refusal(lambda: catalog.documents.update(uuid, published_at="last spring")),
        "no name": refusal(lambda: catalog.actors.add("  ", "person")),
        "tag exists": refusal(lambda: catalog.tags.rename("Heritage/Archives", "Heritage/Volunteers")),
        "no tag": refusal(lambda: catalog.tags.delete("Nowhere")),
        "bad identifier": refusal(lambda: checked_identifier("wikidata", "forty-two")),
        "search": refusal(lambda: catalog.search.run('harbour "wall')),
        "search date": refusal(lambda: catalog.search.run("date:2024-13-01")),
        "no catalogue": refusal(lambda: Catalog(tmp_path / "empty", create=False)),
        "nothing to redo": refusal(catalog.history.redo),
    }
    for what, exc in refused.items():
        said = catalog_text(describe(exc, window_steps()))  # as a dialog, a caption or the search box says it
        inserted = (str(tmp_path / "empty"), "last spring", "forty-two", "harbour", "wall", "Heritage/Volunteers", "Nowhere")
        assert ARABIC.search(said) and english_left(said, *inserted) == [], (what, said)
    # a failed step is titled in Arabic; File → New on a folder of someone's files says why not
    from gui.operations import could_not

    title = could_not(QApplication.translate("WindowCommands", "Delete"))
    assert title == "تعذّر الحذف"
    box = ErrorReporter().report(title, InvalidInput(new_catalogue_problem(tmp_path / "notes")))
    assert box is not None
    try:
        assert ARABIC.search(box.informativeText()) and english_left(box.informativeText(), str(tmp_path / "notes"), "todo.txt") == []
    finally:
        box.close()


def test_in_arabic_the_history_tab_names_the_changes_and_the_fields(qtbot, arabic_window, workspace):
    from gui.models.revision_list import when_text

    catalog = workspace.catalog
    uuid = arabic_window.record.uuid
    notes = catalog.documents.get(uuid).notes
    with qtbot.waitSignal(workspace.ops.changed):
        workspace.ops.change("x", lambda: catalog.documents.update(uuid, section="Coast", notes="Seen twice"))
    with qtbot.waitSignal(workspace.ops.changed):
        workspace.ops.change("x", lambda: catalog.tags.apply([uuid], "Town/Harbour"))
    history = arabic_window.record.history
    with qtbot.waitSignal(history.loaded, timeout=10000):
        arabic_window.record.side.setCurrentWidget(history)
    model = history.model
    # what the changes name: the author, tags, actors, the file imported
    names = sorted({*(model.row_at(r).author for r in range(model.rowCount())), *catalog.tags.paths(), *(a.name for a in catalog.actors.find()),
                    *(d.original_name for d in catalog.documents.find())}, key=len, reverse=True)  # fmt: skip
    for row in range(model.rowCount()):
        for column in (2, 3):  # the change, as the catalogue named it, and the fields it changed
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = model.index(row, column).data(role)
                assert ARABIC.search(text) and english_left(text, *names, "UTC") == [], (row, column, text)
    assert model.index(0, 2).data() == "وسم سجل واحد بـ\u2068Town/Harbour\u2069"  # the path kept whole, right to left
    assert sorted(model.index(1, 3).data().split("، ")) == ["القسم", "ملاحظات"]
    # right to left the newest change is selected too, its fields side by side in Arabic
    assert history.selected() is not None and history.selected().rev_id == model.row_at(0).rev_id
    history.view.selectionModel().select(model.index(1, 0), history.view.selectionModel().SelectionFlag.ClearAndSelect | history.view.selectionModel().SelectionFlag.Rows)
    details = history.details.toPlainText()
    assert "القسم" in details and "ملاحظات" in details and "الحقل" in details
    assert english_left(details, *names, notes, "Coast", "Seen twice", "UTC") == [], details
    assert ARABIC.search(when_text(model.row_at(0), now=model.row_at(0).at.replace(year=model.row_at(0).at.year + 1)))


def test_in_arabic_the_index_banner_says_why_the_index_is_rebuilt(qtbot, arabic, workspace):
    from catalog import Message
    from gui.panels.index_banner import IndexBanner

    banner = IndexBanner(workspace.tasks)
    qtbot.addWidget(banner)
    for problem in (Message("index_missing"), Message("index_behind"), Message("index_count_differs", actual=3, expected=5)):
        banner.start(problem)
        assert ARABIC.search(banner.text.text()) and english_left(banner.text.text(), "<b>", "</b>") == [], banner.text.text()
    assert "قد تفوت" in banner.text.text()  # behind: searching still works meanwhile
    banner.start(Message("index_missing"))
    assert "يعود البحث" in banner.text.text()
    banner.fail(QApplication.translate("WindowCommands", "it was cancelled"))
    assert english_left(banner.text.text(), "<b>", "</b>") == [] and ARABIC.search(banner.close_button.toolTip())
    # the task the banner follows, as the status bar names it
    from gui.panels.index_banner import task_label

    assert task_label() == "إعادة بناء فهرس البحث"


def test_in_arabic_the_status_bar_says_what_runs_and_what_was_done(qtbot, arabic_window, workspace):
    status = arabic_window.status
    shown: list[str] = []
    workspace.tasks.task_started.connect(lambda _label, _progress: shown.append(status.task_label.text()))
    workspace.tasks.progressed.connect(lambda *_: shown.append(status.task_label.text()))
    arabic_window.commands.reindex()
    qtbot.waitUntil(lambda: bool(status.currentMessage()), timeout=30000)
    assert status.currentMessage().startswith("أُعيد بناء فهرس البحث:"), status.currentMessage()
    said = [text for text in shown if text]
    assert said and "الفهرسة" in said and "إعادة الفهرسة…" in said, said
    for text in said:
        assert ARABIC.search(text) and english_left(text) == [], text
    arabic_window.commands.quote_selection()  # nothing selected in the reader
    assert ARABIC.search(status.currentMessage()) and english_left(status.currentMessage()) == []


def test_in_arabic_the_form_that_links_an_actor_speaks_arabic_and_keeps_the_catalogues_roles(qtbot, arabic_window, workspace):
    form = arabic_window.record.metadata
    roles = [form.link_role.itemText(i) for i in range(form.link_role.count())]
    assert roles == ["مؤلف", "مقتبَس منه", "مذكور", "موضوع"] and form.link_role.currentData() == "mentioned"
    assert ARABIC.search(form.link_name.placeholderText())
    labels = [label.text() for label in form.findChildren(type(form.original))]
    assert "بصفة" in labels and "as" not in labels  # "as" a role, before the choice of one
    names = [a.name for a in workspace.catalog.actors.find()]
    for row in range(form.actors.count()):  # each linked actor's role and type in Arabic
        text = form.actors.item(row).text()
        assert ARABIC.search(text) and english_left(text, *names) == [], text
    form.link_name.setText("Idris Haddad")
    form.link_role.setCurrentIndex(form.link_role.findData("subject"))
    with qtbot.waitSignal(workspace.ops.changed):
        form._link_typed()
    refs = workspace.catalog.documents.get(arabic_window.record.uuid).actors
    assert ("Idris Haddad", "subject") in [(ref.name, ref.role) for ref in refs]


# ----- a file or bundle refused, the import report, reused passages, dialogs, duplicates, failures ---
def arabic_only(text: str, *inserted: str) -> bool:
    """``text`` is Arabic with nothing of English left but ``inserted`` (names, paths, titles)."""
    return bool(ARABIC.search(text)) and english_left(text, *inserted) == []


def test_in_arabic_a_refused_file_or_bundle_says_why_in_arabic(qtbot, arabic, gui_env, tmp_path):
    import zipfile

    from catalog import InvalidBundle, PressmarkError, sample_article_path
    from gui.bundle_import import refused_box
    from gui.errors import ErrorReporter

    catalog = gui_env.open_catalog()
    files = {
        "empty.md": b"",
        "binary.txt": b"\x00\x01\x02\x03" * 64,
        "broken.ris": b"AU  - Castellan, Helen\nTY  - NEWS\nER  -\n",
        "crawl.bin": gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"),  # a web archive's bytes, not its file
    }
    refused: list[tuple[Path, PressmarkError]] = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        call = catalog.documents.import_records if name.endswith(".ris") else catalog.documents.import_file
        refused.append((tmp_path / name, refusal(lambda call=call, name=name: call(tmp_path / name))))
    refused.append((sample_article_path(), refusal(lambda: catalog.documents.import_file(sample_article_path()))))  # already there
    titles = [value for d in catalog.documents.find() for value in (d.title, d.uuid)]
    reporter = ErrorReporter()
    try:
        for path, exc in refused:
            box = reporter.report("تعذّر الاستيراد", exc)
            assert box is not None
            said = box.informativeText()
            assert arabic_only(said, str(path), *titles, "AU - Castellan, Helen"), said
    finally:
        for box in list(reporter.shown):
            box.close()
    # a bundle: not a zip, a zip with no bag in it, no file at all
    (tmp_path / "notes.zip").write_text("not a zip")
    with zipfile.ZipFile(tmp_path / "bare.zip", "w") as bare:
        bare.writestr("records.json", "{}")
    for name in ("notes.zip", "bare.zip", "gone.zip"):
        with pytest.raises(InvalidBundle) as raised:
            catalog.exchange.verify_bundle(tmp_path / name)
        box = refused_box(tmp_path / name, raised.value)
        qtbot.addWidget(box)
        for text in (box.windowTitle(), box.text(), box.informativeText()):
            assert arabic_only(text, name, "File is not a zip file"), text


def test_in_arabic_the_import_report_says_what_became_of_each_file(qtbot, arabic, gui_env, tmp_path):
    from catalog import Message
    from catalog.archive_import import ArchiveTally
    from gui.importing import import_report
    from tests.catalog.cli.test_import_records_cli import RIS

    catalog = gui_env.open_catalog()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.md").write_text("")
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (inbox / "quay.md").write_text("# Quay Street reopens\n\nThe bakery on Quay Street reopened after the floods, its owner said on Monday.\n")
    (inbox / "library.ris").write_text(RIS)
    outcomes = catalog.documents.import_paths([inbox])
    assert {o.status for o in outcomes} >= {"imported", "enriched", "skipped", "failed"}
    dialog = import_report(outcomes)
    qtbot.addWidget(dialog)
    names = sorted({*(dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())), *(d.title for d in catalog.documents.find())}, key=len, reverse=True)
    assert dialog.summary.text().startswith("المستورد: ") and arabic_only(dialog.summary.text()), dialog.summary.text()
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    for text in (dialog.windowTitle(), *headers):
        assert arabic_only(text), text
    for row in range(dialog.model.rowCount()):
        result, details = dialog.model.item(row, 1).text(), dialog.model.item(row, 2).text()
        assert arabic_only(result), result
        assert arabic_only(details, *names, "https://ledger.example/s/4kq2", "10.5555/ledger.17"), details
    # a web archive's line under the counts: what it came to, and what it held that is not a page
    tally = ArchiveTally("crawl.warc.gz", articles=3, pages=1, duplicates=1, failed=1,
                         skipped={"image": 9, "script": 2, Message("skipped_undecodable", encoding="x-mac-farsi"): 1})  # fmt: skip
    line = import_report(outcomes, dialog, [tally]).summary.text().splitlines()[1]
    assert arabic_only(line, "crawl.warc.gz", "x-mac-farsi") and "صورة: 9" in line, line


def test_in_arabic_the_reused_passages_and_where_else_speak_arabic(qtbot, arabic, gui_env):
    from gui.panels.reused_view import ReusedDialog
    from gui.panels.statement_view import StatementDialog
    from tests.catalog.reuse.statement_texts import carry_statement

    catalog = gui_env.open_catalog(sample=False)
    quote, _docs = carry_statement(catalog)
    workspace = gui_env.workspace(catalog)
    occurrences = catalog.statements.trace(quote)
    words = sorted({*(o.title for o in occurrences), *(o.publication for o in occurrences), *(" ".join(o.text.split()) for o in occurrences),
                    *(w for o in occurrences for c in o.changes for w in (c.words, c.statement_words) if w)}, key=len, reverse=True)  # fmt: skip

    def shown(dialog, items) -> list[str]:
        texts = [dialog.windowTitle(), *(label.text() for label in dialog.findChildren(type(dialog.caption)) if label.text())]
        texts += [dialog.table.headerItem().text(c) for c in range(dialog.table.columnCount()) if dialog.table.headerItem().text(c)]
        for item in items:
            texts += [item.text(c) for c in (0, 1) if item.text(c) and not item.text(c)[:1].isdigit()]
            texts += [item.toolTip(c) for c in range(4) if item.toolTip(c) and item.toolTip(c) not in words]
            marked = item.text(5)
            texts += re.findall(r'title="([^"]*)"', marked) + re.findall(r'<span class="muted">(.*?)</span>', marked)
        return [re.sub(r"<s>.*?</s>|<[^>]+>", "", html.unescape(text)) for text in texts]

    reused = ReusedDialog(catalog, workspace.tasks)
    qtbot.addWidget(reused)
    reused.show_passages(catalog.statements.reused())
    heads = [reused.table.topLevelItem(i) for i in range(reused.table.topLevelItemCount())]
    for text in shown(reused, [head.child(j) for head in heads for j in range(head.childCount())]):
        assert arabic_only(text, *words), text
    statement = StatementDialog(catalog, workspace.tasks)
    qtbot.addWidget(statement)
    statement.show_occurrences(occurrences)
    rows = [statement.table.topLevelItem(i) for i in range(statement.table.topLevelItemCount())]
    assert {row.text(0) for row in rows} >= {"الأول", "هذا الاقتباس"}
    for text in shown(statement, rows):
        assert arabic_only(text, *words), text
    statement.load(quote, occurrences[0].text)  # its caption while it looks
    assert arabic_only(re.sub(r"<[^>]+>", "", statement.caption.text()), *words), statement.caption.text()
    reused.load()
    assert arabic_only(reused.caption.text()), reused.caption.text()
    qtbot.waitUntil(lambda: not workspace.tasks.busy, timeout=20000)


def test_in_arabic_file_dialogs_the_tag_prompt_the_export_message_and_about_speak_arabic(qtbot, arabic_window, workspace, gui_env, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from gui.bundle_export import ExportScope
    from gui.controller import AppController

    asked: list[str] = []

    def record(*texts: str):
        asked.extend(re.sub(r"\(\*[^)]*\)", "", text) for text in texts)  # the patterns, *.html *.zip, as they are

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda _p, caption, _f="", filters="": (record(caption, filters), ([], ""))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, caption, _f="", filters="": (record(caption, filters), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, caption, _f="", filters="": (record(caption, filters), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda _p, caption, *_a: (record(caption), "")[1])
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, title, label, *_a: (record(title, label), ("", False))[1])
    commands = arabic_window.commands
    commands.ask_import_files()
    commands.ask_import_folder()
    commands.ask_import_bundle()
    arabic_window.search.set_text("harbour")
    commands.ask_export_kwic()
    arabic_window.select_first_document()
    commands.ask_tag_selection()
    controller = AppController(gui_env.settings, gui_env.reporter, ask_author=None)
    controller.ask_open()
    controller.ask_new()
    assert len(asked) == 11
    for text in asked:
        assert arabic_only(text, "REFI-QDA", "CSV"), text
    commands.export_bundle(ExportScope("all"), tmp_path / "heritage.zip")
    qtbot.waitUntil(lambda: isinstance(commands.dialog, QMessageBox), timeout=20000)
    box = commands.dialog
    for text in (box.windowTitle(), box.text(), box.informativeText(), *(button.text() for button in box.buttons())):
        assert arabic_only(text, "heritage.zip", str(tmp_path)), text
    box.close()
    about = commands.about()
    for text in (about.windowTitle(), about.informativeText()):
        assert arabic_only(re.sub(r"<[^>]+>", "", text), str(workspace.catalog.path), "MIT"), text
    about.close()


def test_in_arabic_the_possible_duplicates_window_speaks_arabic(qtbot, arabic, gui_env):
    from gui.panels.actor_duplicates import DuplicatesDialog

    catalog = gui_env.open_catalog()
    for name in ("Barack Obama", "Obama", "Ines Albani", "Dr. Ines Albani", "Amira Solberg", "Amira Solberg Haddad"):
        catalog.actors.add(name, "person")
    workspace = gui_env.workspace(catalog)
    dialog = DuplicatesDialog(catalog, workspace.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    assert arabic_only(dialog.summary.text()), dialog.summary.text()  # while it looks
    qtbot.waitUntil(lambda: dialog.loader.has_loaded and not workspace.tasks.busy, timeout=20000)
    model = dialog.model
    assert model.rowCount() >= 2
    names = sorted({a.name for a in catalog.actors.find()}, key=len, reverse=True)
    texts = [dialog.windowTitle(), *(label.text() for label in dialog.findChildren(type(dialog.summary)) if label.text())]
    texts += [dialog.type.itemText(i) for i in range(dialog.type.count())]
    texts += [text for button in dialog.findChildren(type(dialog.different)) for text in (button.text(), button.toolTip()) if text]
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        texts += [model.index(row, c).data() for c in (2, 4)]  # the type, and why they may be one
        texts.append(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
        for c in (0, 1):  # a name, and how many documents and quotes name it
            assert english_left(model.index(row, c).data(), *names) == [], model.index(row, c).data()
    for text in texts:
        assert arabic_only(text, *names), text
    assert any("الأحرف الأولى" in text or "صيغة مختصرة" in text for text in texts)  # why a pair may be one


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_failed_import_reindex_or_check_is_titled_with_what_could_not_be_done(qtbot, qapp, window, workspace, gui_env, monkeypatch, language):
    """Not "Could not importing": a task named by what is under way has a title of its own."""
    from catalog import SaveFailed

    def fail(*_args, **_kwargs):
        raise SaveFailed("the disk is full")

    catalog = workspace.catalog
    monkeypatch.setattr(catalog.documents, "import_paths", fail)
    monkeypatch.setattr(catalog.search, "reindex", fail)
    monkeypatch.setattr(catalog.maintenance, "check", fail)
    install_translators(qapp, language)
    expected = {
        "en": ["Could not import the files", "Could not rebuild the search index", "Could not check the catalogue", "Could not repair the catalogue"],
        "ar": ["تعذّر استيراد الملفات", "تعذّرت إعادة بناء فهرس البحث", "تعذّر فحص الفهرس", "تعذّر إصلاح الفهرس"],
    }[language]
    try:
        for start, title in zip(
            (lambda: window.commands.import_paths([Path("a.md")]), window.commands.reindex, window.commands.check, lambda: window.commands.check(repair=True)),
            expected, strict=True,
        ):  # fmt: skip
            start()
            qtbot.waitUntil(lambda: bool(gui_env.reporter.shown), timeout=10000)
            box = gui_env.reporter.shown[-1]
            assert box.text() == title
            box.close()
            qtbot.waitUntil(lambda: not gui_env.reporter.shown)
    finally:
        install_translators(qapp, "en")


def test_the_window_names_the_menu_item_where_the_command_line_names_the_command(qtbot, qapp, gui_env, tmp_path):
    """A step the user is told to take: `pressmark check` on the command line, Tools → Check
    catalogue in the window, in either language."""
    import sqlite3

    from catalog import Catalog, CatalogUnavailable, describe
    from catalog.cli.render import check_report as cli_check_report
    from gui import check_report
    from gui.catalog_text import catalog_text
    from gui.errors import window_steps

    catalog = gui_env.open_catalog()
    said = {
        "import": refusal(lambda: catalog.documents.import_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"), "crawl.bin")),
        "styles": refusal(lambda: catalog.citations.resolve_style("zqxj-no-such-style")),
    }
    (tmp_path / "folder").mkdir()
    Catalog(tmp_path / "folder").close()
    (tmp_path / "folder" / "originals").rmdir()
    (tmp_path / "folder" / "originals").write_text("not a folder")
    with pytest.raises(CatalogUnavailable) as raised:
        Catalog(tmp_path / "folder")
    said["check"] = raised.value
    # a broken link in the database: the check says to put back the newest backup
    catalog.maintenance.backup("manual")
    with sqlite3.connect(catalog.path / "catalog.sqlite") as connection:
        connection.execute("INSERT INTO document_tags (document_id, tag_id) VALUES (1, 99999)")
    connection.close()
    report = catalog.maintenance.check()
    menus = {"en": {"import": "File → Import files", "styles": "Edit → Citation style", "check": "Tools → Check catalogue", "restore": "Tools → Restore from backup"},
             "ar": {"import": "ملف ← استيراد ملفات", "styles": "تحرير ← أسلوب الإحالة", "check": "أدوات ← فحص الفهرس", "restore": "أدوات ← الاستعادة من نسخة احتياطية"}}  # fmt: skip
    for language, menu in menus.items():
        install_translators(qapp, language)
        try:
            for step, exc in said.items():
                text = catalog_text(describe(exc, window_steps()))
                assert menu[step] in text and "pressmark" not in text, text
            needs = [row[1] for row in check_report.problem_rows(report)]
            assert needs and all(menu["restore"] in text and "pressmark" not in text for text in needs), needs
        finally:
            install_translators(qapp, "en")
    # the command line's own words are the commands
    assert "`pressmark --catalog" in cli_check_report(report)
    commands = {"import": "`pressmark import`", "styles": "`pressmark cite --styles`", "check": "`pressmark check`"}
    for step, exc in said.items():
        assert commands[step] in str(exc)


def test_in_arabic_the_publications_panel_names_the_documents_without_a_publication(qtbot, arabic, workspace):
    from gui.panels.publications_panel import PublicationsPanel

    panel = PublicationsPanel(workspace.catalog, workspace.tasks)
    qtbot.addWidget(panel)
    panel._show_publications({"(none)": 2, "The Harbour Ledger": 1})
    shown = [panel.model.data(panel.model.index(row, 0)) for row in range(panel.model.rowCount())]
    assert "(بلا مطبوعة)  (2)" in shown and "The Harbour Ledger  (1)" in shown, shown
    assert not any("(none)" in text for text in shown)
    assert ARABIC.search(panel.view.accessibleName())


def test_in_arabic_the_proposals_of_an_article_just_imported_speak_arabic(qtbot, arabic, gui_env):
    """The Proposals tab's group headings, kinds, rows and tooltips, the bar the reader opens on
    each proposal (its title and evidence line), the marks' tooltips, the bulk button and the
    edit dialog: Arabic, with nothing English left but what the article itself says."""
    from catalog import sample_article_path
    from gui.panels.record_pane import RecordPane

    catalog = gui_env.open_catalog(sample=False)
    document = catalog.documents.import_file(sample_article_path()).document_uuid
    workspace = gui_env.workspace(catalog)
    rejected = next(p for p in catalog.proposals.find(document) if p.kind == "actor")
    catalog.proposals.reject(rejected.id)
    pane = RecordPane(catalog, workspace.ops)
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    pane.show()
    pane.show_document(document)
    panel, model, reader = pane.proposals, pane.proposals.model, pane.reader
    panel.show_rejected.setChecked(True)
    proposals = model.proposals()
    assert {p.kind for p in proposals} == {"quote", "actor"} and any(p.group == "pull_quote" for p in proposals)
    assert any(p.status == "rejected" for p in proposals)
    # the article's own words: its title, names, roles, the quoted words (whole and cut short in a row), the attribution words
    said = {str(p.data.get(key) or "") for p in proposals for key in ("exact", "speaker", "speaker_role", "name", "known_actor", "cue")}
    said |= {" ".join(text.split())[:89].rstrip() for text in set(said)} | {proposals[0].document_title}
    said.discard("")

    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert len(headings) >= 3
    texts = headings + [model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(model.rowCount())]
    texts += [panel.kind.itemText(i) for i in range(panel.kind.count())] + [panel.min_confidence.prefix()]
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            words, evidence, confidence = (model.index(child, column, group) for column in range(3))
            for shown in (words.data(), evidence.data()):  # an actor's name alone, the attribution words alone («said»)
                assert english_left(shown, *said) == [], shown
            texts += [words.data(Qt.ItemDataRole.ToolTipRole), confidence.data(Qt.ItemDataRole.ToolTipRole)]
            panel.view.setCurrentIndex(words)
            texts.append(panel.accept_all_button.text())
    panel.view.setCurrentIndex(model.index(0, 0))
    texts.append(panel.accept_all_button.text())

    seen: set[int] = set()
    assert reader.go_to_proposal(1, origin=0)
    for _step in range(100):
        seen.add(reader.current_proposal.id)
        texts += [reader.proposal_bar.title.text(), reader.proposal_bar.evidence.text(), reader.proposal_bar.accessibleDescription()]
        reader.go_to_proposal(1)
    assert seen == {p.id for p in proposals if p.status == "pending"}
    texts += [mark.format.toolTip() for mark in reader.extraSelections() if mark.format.toolTip()]

    for proposal in (next(p for p in proposals if p.kind == kind and p.status == "pending") for kind in ("quote", "actor")):
        dialog = panel.edit(proposal)
        texts += [label.text() for label in dialog.findChildren(QLabel) if label.text() not in ("", f"“{proposal.data.get('exact')}”")]
        texts += [dialog.type.itemText(i) for i in range(dialog.type.count())]
        dialog.close()
    for text in texts:
        assert arabic_only(text, *said), text


def test_in_arabic_a_new_speaker_s_type_and_the_speaker_field_say_arabic(qtbot, arabic_window):
    """The quote dialog's and the quote form's list of actor types show the types' Arabic
    names (the catalogue still gets the code), and the form's speaker field its hint."""
    from gui.dialogs.quote_dialog import QuoteDialog
    from gui.panels.quote_record import QuoteRecord

    dialog = QuoteDialog("a few words", {}, [])
    qtbot.addWidget(dialog)
    form = arabic_window.findChild(QuoteRecord)
    assert form is not None
    for combo in (dialog.speaker_type, form.speaker_type):
        labels = [combo.itemText(i) for i in range(combo.count())]
        assert labels and all(ARABIC.search(label) for label in labels), labels
        combo.setCurrentIndex(combo.findData("organisation"))
        assert combo.currentData() == "organisation"
    assert ARABIC.search(form.speaker.placeholderText())
    dialog.speaker.setText("A New Body")
    assert dialog.request().new_speaker_type == "organisation"
