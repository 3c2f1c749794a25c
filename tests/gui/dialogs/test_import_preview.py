"""The import preview's conflict review on its own (no catalogue): choices by keyboard, the
bulk choice for the rest, and reports for earlier choices ignored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from catalog.exchange.merge_report import MergeEntry, MergeReport
from gui.dialogs.import_preview_dialog import ImportPreviewDialog


def report(policy: str = "mine", decisions: dict | None = None) -> MergeReport:
    decisions = decisions or {}
    result = MergeReport("theirs.zip", policy, True, decisions=decisions)
    for uuid, label in (("d1", "First"), ("d2", "Second")):
        choice = decisions.get(uuid, policy)
        entry = MergeEntry("document", uuid, label, "conflict", uuid, "id", ["title"], shared_base=True)
        entry.resolution = "took theirs" if choice == "theirs" else "kept mine"
        entry.values = {"title": {"mine": f"My {label}", "theirs": f"Their {label}", "base": label}}
        result.add(entry)
    return result


@pytest.fixture
def dialog(qtbot, tmp_path):
    shown = ImportPreviewDialog(tmp_path / "theirs.zip", None, report())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_a_choice_by_its_mnemonic_asks_for_a_fresh_dry_run(qtbot, dialog):
    review = dialog.review
    review.list.setFocus()
    qtbot.keyClick(review.list, Qt.Key.Key_Down)
    assert review.current().uuid == "d2"
    with qtbot.waitSignal(dialog.choices_changed):
        qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.decisions() == {"d2": "theirs"} and dialog.policy() == "mine"
    assert not dialog.import_button.isEnabled()
    # a report for earlier choices is ignored; the one for these is shown
    dialog.set_report(report())
    assert not dialog.import_button.isEnabled()
    dialog.set_report(report("mine", {"d2": "theirs"}))
    assert dialog.import_button.isEnabled() and review.current().uuid == "d2"
    assert dialog.model.item(0, 1).text() in ("conflict: took theirs", "conflict: kept mine")
    assert "the conflict you have not decided" in dialog.policy_note.text()


def test_the_bulk_choice_applies_to_the_rest(qtbot, dialog):
    dialog.review.select_row(0)
    dialog.review.buttons["mine"].click()
    with qtbot.waitSignal(dialog.choices_changed):
        dialog.policy_buttons["theirs"].setChecked(True)
    assert dialog.decisions() == {"d1": "mine"} and dialog.policy() == "theirs"
    assert dialog.review.model.index(1, 1).data() == "Theirs (bulk)"
    dialog.set_report(report("theirs", {"d1": "mine"}))
    assert dialog.import_button.isEnabled()
    dialog.review.select_row(1)
    dialog.review.buttons["theirs"].click()
    assert "You have chosen for every conflict" in dialog.policy_note.text()
