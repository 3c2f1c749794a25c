"""Quoting a selection: from the reader's selected text to ``add_quote`` on the task runner.

:func:`start_quote` takes the selection (as code points, through :mod:`gui.positions`) before
the dialog opens, so the dialog's own focus changes cannot alter it.
"""

from __future__ import annotations

from collections.abc import Callable

from gui.dialogs.quote_dialog import QuoteDialog
from gui.i18n import translate
from gui.operations import Operations
from gui.panels.reader import DocumentReader


def start_quote(
    reader: DocumentReader, catalog, ops: Operations, parent, on_created: Callable[[str], None] | None = None
) -> QuoteDialog | None:
    """Open the quote dialog for the reader's selection (None when nothing is selected).

    On acceptance the quote is created on the task runner (one unit of work, undoable in the
    catalogue); ``on_created(uuid)`` then gets the new quote's UUID. Main thread only.
    """
    span = reader.selected_span()
    view = reader.view
    if span is None or view is None:
        return None
    start, end = span
    names = {name.lower(): name for name in catalog.actors.names()}
    dialog = QuoteDialog(view.body[start:end], names, catalog.tags.paths(), parent)

    def accepted() -> None:
        request = dialog.request()
        ops.mutate(
            translate("Quoting", "Create quote"),
            lambda _p, _c: catalog.quotes.add(
                view.uuid, start, end, kind=request.kind, speaker=request.speaker or None,
                note=request.note, tags=list(request.tags), new_speaker_type=request.new_speaker_type,
            ),
            on_created,
        )  # fmt: skip

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
