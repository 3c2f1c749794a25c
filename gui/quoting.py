"""Quoting a selection: from the reader's selected text to an undoable CreateQuote.

:func:`start_quote` takes the selection (as code points, through :mod:`gui.positions`) before
the dialog opens, so the dialog's own focus changes cannot alter it.
"""

from __future__ import annotations

from collections.abc import Callable

from gui.dialogs.quote_dialog import QuoteDialog
from gui.edits import CreateQuote
from gui.operations import Operations
from gui.panels.reader import DocumentReader


def start_quote(
    reader: DocumentReader, catalog, ops: Operations, parent, on_created: Callable[[CreateQuote], None] | None = None
) -> QuoteDialog | None:
    """Open the quote dialog for the reader's selection (None when nothing is selected).

    On acceptance the quote is created on the task runner; ``on_created(edit)`` then gets the
    edit, whose ``quote_uuid`` names the new quote. Main thread only.
    """
    span = reader.selected_span()
    view = reader.view
    if span is None or view is None:
        return None
    start, end = span
    names = {name.lower(): name for name in catalog.actor_names()}
    dialog = QuoteDialog(view.body[start:end], names, catalog.tag_paths(), parent)

    def accepted() -> None:
        request = dialog.request()
        edit = CreateQuote(
            view.uuid, start, end, kind=request.kind, speaker=request.speaker,
            new_speaker_type=request.new_speaker_type, note=request.note, tags=request.tags,
        )  # fmt: skip
        ops.perform(edit, on_created)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
