"""Citations in the window: Copy with citation, Export bibliography…, and the style menu.

What is copied depends on what the user is looking at: words selected in the reader (cited
as a quotation from the document), else the quote shown beside the reader, else several
records selected in the list (their bibliography), else the record shown. The clipboard gets
both plain text and HTML (italics survive a paste into a word processor). The style chosen is
remembered in the settings. The catalogue is read on the task runner; only the clipboard and
the dialogs are touched on the main thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QCompleter, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from catalog import DEFAULT_CITATION_STYLE, InvalidInput
from gui.dialogs.bibliography_dialog import BibliographyDialog
from gui.errors import error_text
from gui.i18n import isolated, translate
from gui.settings import AppSettings
from gui.workspace import Workspace


class CitationCommands:
    """The citation commands of one window (``window.record``, ``window.centre``,
    ``window.statusBar()``). ``dialog`` is the last dialog opened (tests look at it)."""

    def __init__(self, window, workspace: Workspace, settings: AppSettings):
        self.window = window
        self.catalog = workspace.catalog
        self.tasks = workspace.tasks
        self.report_error = workspace.ops.report_error
        self.settings = settings
        self.dialog: QWidget | None = None

    # ----- the style ---------------------------------------------------------------------
    def style(self) -> str:
        """The style chosen (remembered), or the default one."""
        return self.settings.citation_style() or DEFAULT_CITATION_STYLE

    def set_style(self, name: str) -> bool:
        """Make ``name`` the style used from now on; False (and a message) for an unknown one."""
        try:
            resolved = self.catalog.citations.resolve_style(name)
        except InvalidInput as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("Citing", "Citation style"), error_text(exc), parent=self.window)
            self.dialog = box
            box.open()
            return False
        self.settings.set_citation_style(resolved)
        self.window.statusBar().showMessage(translate("Citing", "Citations now in the style “{style}”.").format(style=isolated(self.style_label(resolved))), 5000)
        return True

    def style_label(self, name: str) -> str:
        return self.catalog.citations.common_styles().get(name, name)

    def ask_style(self) -> QInputDialog:
        """Other style…: type any installed style's name, completed from the installed ones."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(translate("Citing", "Citation style"))
        dialog.setLabelText(translate("Citing", "Name of a CSL style (e.g. chicago-notes-bibliography, elsevier-harvard):"))
        dialog.setTextValue(self.style())
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            completer = QCompleter(list(self.catalog.citations.installed_styles()), dialog)
            completer.setFilterMode(completer.filterMode().MatchContains)
            edit.setCompleter(completer)
        dialog.textValueSelected.connect(lambda text: self.set_style(text))
        self.dialog = dialog
        dialog.open()
        return dialog

    # ----- copy --------------------------------------------------------------------------
    def what_to_cite(self) -> tuple[list[str], str]:
        """(record ids, selected words) that Copy with citation would cite now."""
        record = self.window.record
        reader = record.reader
        span = reader.selected_span()
        if span is not None and reader.view is not None and record.stack.currentWidget() is record.document_page:
            words = reader.view.body[span[0] : span[1]]
            if words.strip():
                return [reader.view.uuid], words
        centre = self.window.centre
        selected = [] if centre.searching else centre.records.selected_uuids()
        if len(selected) > 1:
            return selected, ""
        if record.kind == "quote" and record.quote.view is not None:
            return [record.quote.view.uuid], ""
        if record.kind == "document" and record.uuid:
            return [record.uuid], ""
        return selected, ""

    def copy_citation(self, refs: list[str] | None = None, words: str = ""):
        """Copy ``refs`` (default :meth:`what_to_cite`) with their source in the chosen style:
        one document or quote as its citation, several as a bibliography. Returns the task's
        cancel token, or None when there is nothing to cite (the status bar says so)."""
        if refs is None:
            refs, words = self.what_to_cite()
        if not refs:
            self.window.statusBar().showMessage(translate("Citing", "Select a document or a quote to cite."), 4000)
            return None
        style, catalog, refs = self.style(), self.catalog, list(refs)

        def work(_progress, _cancel) -> tuple[str, str]:
            if len(refs) == 1:
                return (catalog.citations.cite(refs[0], style, "text", excerpt=words),
                        catalog.citations.cite(refs[0], style, "html", excerpt=words))  # fmt: skip
            documents = catalog.documents.of(refs)
            if not documents:
                raise InvalidInput("nothing to cite: the selection holds no document")
            text = catalog.citations.bibliography(documents, style=style, format="text")
            entries = catalog.citations.bibliography(documents, style=style, format="html", fragment=True)
            return text.rstrip("\n"), entries

        def done(result: tuple[str, str]) -> None:
            text, markup = result
            data = QMimeData()
            data.setText(text)
            data.setHtml(markup)
            QGuiApplication.clipboard().setMimeData(data)
            if len(refs) > 1:
                copied = translate("Citing", "Copied the bibliography ({style}).")
            else:
                copied = translate("Citing", "Copied the citation ({style}).")
            self.window.statusBar().showMessage(copied.format(style=isolated(self.style_label(style))), 5000)

        return self.tasks.run(
            translate("Citing", "Citing"), work, done, lambda exc: self.report_error(translate("Citing", "Could not copy the citation"), exc)
        )

    # ----- export ------------------------------------------------------------------------
    def ask_export_bibliography(self, tag: str = "") -> BibliographyDialog:
        """File → Export bibliography… (or a tag's context menu, with ``tag``)."""
        centre = self.window.centre
        selection = [] if centre.searching else centre.records.selected_uuids()
        dialog = BibliographyDialog(
            self.catalog.tags.paths(), selection, self.catalog.citations.common_styles(), self.style(),
            self.settings.exchange_folder(), tag=tag, parent=self.window,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self.export_bibliography(*dialog.choice()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_bibliography(self, refs: list[str], tag: str | None, style: str, fmt: str, path: Path):
        """Write the bibliography of ``refs`` (any records: each stands for its documents) or
        of ``tag`` to ``path`` on the worker; the style becomes the one remembered."""
        catalog = self.catalog
        self.settings.set_citation_style(style)
        self.settings.set_exchange_folder(path.parent)

        def work(_progress, _cancel) -> Path:
            documents = catalog.documents.of(refs) if refs else []
            if refs and not documents:
                raise InvalidInput("nothing to cite: the selection holds no document")
            text = catalog.citations.bibliography(documents, tag=tag, style=style, format=fmt)
            path.write_text(text, encoding="utf-8")
            return path

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(translate("Citing", "Bibliography written: {path}").format(path=written), 8000)

        return self.tasks.run(translate("Citing", "Writing a bibliography"), work, done,
                              lambda exc: self.report_error(translate("Citing", "Could not export the bibliography"), exc))  # fmt: skip


class StyleMenu(QMenu):
    """Edit → Citation style: the common styles (the chosen one ticked, added if it is not
    among them) and "Other style…". Rebuilt each time it opens. ``chosen(name)`` when the
    user picks one."""

    chosen = Signal(str)

    def __init__(self, commands: CitationCommands, parent=None):
        super().__init__(translate("Citing", "Citation st&yle"), parent)
        self._commands = commands
        self.aboutToShow.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.clear()
        group = QActionGroup(self)
        current = self._commands.style()
        styles = self._commands.catalog.citations.common_styles()
        if current not in styles:
            styles = {current: current, **styles}
        for name, label in styles.items():
            action = QAction(label.replace("&", "&&"), self)
            action.setCheckable(True)
            action.setChecked(name == current)
            action.setData(name)
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self._pick(n))
            group.addAction(action)
            self.addAction(action)
        self.addSeparator()
        other = self.addAction(translate("Citing", "&Other style…"))
        other.triggered.connect(self._commands.ask_style)

    def _pick(self, name: str) -> None:
        if self._commands.set_style(name):
            self.chosen.emit(name)
