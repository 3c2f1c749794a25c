"""Editing a proposal before accepting it: a quote's speaker and kind, an actor's name and type."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from catalog import QUOTE_KINDS, ProposalView
from gui.catalog_text import catalog_text
from gui.dialogs.completion import name_completer
from gui.i18n import isolated, translate
from gui.theme import add_actor_types, kind_label


class ProposalDialog(QDialog):
    """Show with ``open()``; after acceptance :meth:`edits` is the ``accept_proposal`` edits."""

    def __init__(self, proposal: ProposalView, actor_names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ProposalDialog", "Edit proposal"))
        self.setMinimumWidth(420)
        self.proposal = proposal
        form = QFormLayout(self)
        data = proposal.data
        said = catalog_text(proposal.evidence)
        said = f"{said[:1].upper()}{said[1:]}"
        evidence = QLabel(translate("ProposalDialog", "{evidence} · confidence {confidence}").format(evidence=said, confidence=f"{proposal.confidence:.0%}"))
        evidence.setWordWrap(True)
        if proposal.kind == "quote":
            excerpt = QLabel(f"“{data.get('exact', '')}”")
            excerpt.setWordWrap(True)
            form.addRow(excerpt)
            form.addRow(evidence)
            if data.get("described_as") and not data.get("speaker"):
                described = QLabel(
                    translate("ProposalDialog", "The text calls the speaker “{described}” without a name: type the name if you know it.").format(
                        described=isolated(data["described_as"])
                    )
                )
                described.setWordWrap(True)
                form.addRow(described)
            self.kind = QComboBox()
            for kind in QUOTE_KINDS:
                self.kind.addItem(kind_label(kind), kind)
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", "quotation"))))
            form.addRow(translate("ProposalDialog", "&Kind:"), self.kind)
            self.name = QLineEdit(data.get("speaker") or "")
            form.addRow(translate("ProposalDialog", "&Speaker:"), self.name)
        else:
            self.kind = None
            form.addRow(evidence)
            self.name = QLineEdit(data.get("known_actor") or data.get("name", ""))
            form.addRow(translate("ProposalDialog", "&Name:"), self.name)
        self.name.setCompleter(name_completer(actor_names, self.name))
        self.type = QComboBox()
        add_actor_types(self.type)
        current = data.get("speaker_type") if proposal.kind == "quote" else data.get("type")
        self.type.setCurrentIndex(max(0, self.type.findData(current or "person")))
        form.addRow(translate("ProposalDialog", "&Type:") if proposal.kind == "actor" else translate("ProposalDialog", "Speaker &type:"), self.type)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ProposalDialog", "Accept"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edits(self) -> dict:
        name = " ".join(self.name.text().split())
        if self.proposal.kind == "quote":
            return {"kind": self.kind.currentData(), "speaker": name, "speaker_type": self.type.currentData()}
        return {"name": name, "known_actor": None, "type": self.type.currentData()}
