"""Quote, proposal and report dialogs, and the comma-list completer."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from catalog.services.proposals import ProposalView
from gui.dialogs.completion import ListCompleter
from gui.dialogs.proposal_dialog import ProposalDialog
from gui.dialogs.quote_dialog import QuoteDialog, split_tags
from gui.dialogs.report_dialog import ReportDialog

NAMES = {"helen castellan": "Helen Castellan", "idris haddad": "Idris Haddad"}


def test_quote_dialog_resolves_known_speakers_case_insensitively(qtbot):
    dialog = QuoteDialog("memory is a trust", NAMES, ["Heritage", "Heritage/Volunteers"])
    qtbot.addWidget(dialog)
    dialog.speaker.setText("  helen   castellan ")
    dialog.tags.setText("Heritage/Volunteers, , Coast ")
    request = dialog.request()
    assert request.speaker == "Helen Castellan" and request.new_speaker_type is None
    assert request.tags == ["Heritage/Volunteers", "Coast"]
    assert request.kind == "quotation"


def test_quote_dialog_asks_the_type_of_a_new_speaker(qtbot):
    dialog = QuoteDialog("x" * 600, NAMES, [])
    qtbot.addWidget(dialog)
    assert dialog.excerpt_label.text().endswith("…”")
    assert not dialog.speaker_type.isVisibleTo(dialog)
    dialog.speaker.setText("Saltmere Sailing Club")
    assert dialog.speaker_type.isVisibleTo(dialog)
    dialog.speaker_type.setCurrentIndex(dialog.speaker_type.findData("organisation"))
    assert dialog.request().new_speaker_type == "organisation"


def test_split_tags():
    assert split_tags("A/B,C ,, D") == ["A/B", "C", "D"]


def test_list_completer_completes_the_last_item(qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = ListCompleter(["Heritage/Volunteers", "Coast"], edit)
    edit.setCompleter(completer)
    edit.setText("Coast, volun")
    assert completer.splitPath(edit.text()) == ["volun"]
    completer.setCompletionPrefix("volun")
    assert completer.pathFromIndex(completer.completionModel().index(0, 0)) == "Coast, Heritage/Volunteers"


def test_proposal_dialog_edits(qtbot):
    quote = ProposalView(1, "d", "Doc", "quote", "pending", {"exact": "words", "kind": "quotation", "speaker": "Helen Castellan", "speaker_type": "person"})
    dialog = ProposalDialog(quote, ["Helen Castellan"])
    qtbot.addWidget(dialog)
    dialog.name.setText("Idris Haddad")
    assert dialog.edits() == {"kind": "quotation", "speaker": "Idris Haddad", "speaker_type": "person"}
    actor = ProposalView(2, "d", "Doc", "actor", "pending", {"name": "Quay Street", "type": "place", "mentions": [[1, 5]]})
    dialog = ProposalDialog(actor, [])
    qtbot.addWidget(dialog)
    dialog.type.setCurrentIndex(dialog.type.findData("organisation"))  # shown in the interface language, kept as the code
    assert dialog.edits() == {"name": "Quay Street", "known_actor": None, "type": "organisation"}


def test_proposal_dialog_shows_the_evidence_and_asks_a_name_for_a_described_speaker(qtbot):
    data = {"exact": "Nobody asked us", "kind": "quotation", "speaker": "", "described_as": "the residents", "cue": "said", "confidence": 0.55}
    dialog = ProposalDialog(ProposalView(3, "d", "Doc", "quote", "pending", data), [])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Attribution words: “said” · confidence 55%" in texts
    assert any("“the residents” without a name" in text for text in texts)
    assert dialog.name.text() == ""
    dialog.name.setText("Ruth  Alder")
    assert dialog.edits()["speaker"] == "Ruth Alder"


def test_report_dialog_lists_rows(qtbot):
    dialog = ReportDialog("Import", "2 imported", ["File", "Result"], [("a.md", "Imported"), ("b.md", "Failed")])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.model.item(1, 1).text() == "Failed"
