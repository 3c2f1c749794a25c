"""The catalogue's sentences said in the interface language.

``catalog/`` has no Qt and speaks English: a sentence it says to a user (a failure explained,
a problem the check found, what a bundle import did with a record) is a
:class:`catalog.messages.Message`, its English with a key and the values that fill it. The
window keeps its own translatable copy of each sentence by key, as it keeps words for the
catalogue's other codes (an import's actions, a backup's reasons), marked here because
``pyside6-lupdate`` reads only ``gui/``; ``tests/gui/test_i18n.py`` keeps ``SENTENCES`` in step
with the catalogue's. :func:`catalog_text` says a Message with them; any other text (a
PressmarkError's own line, SQLite's or the system's words) comes back as it is.
"""

from __future__ import annotations

from catalog import Message
from gui.i18n import QT_TRANSLATE_NOOP, translate

# the sentences of catalog.messages.SENTENCES, by key, as the window says them
SENTENCES = {
    # a failure explained (catalog.errors.explain)
    "database_not_permitted": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database may not be opened ({detail}): check the folder's permissions"),
    "database_busy_elsewhere": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database is busy ({detail}): another program is writing to it; try again when it has finished"),
    "database_busy": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database is busy ({detail}): try again when the other step has finished"),
    "database_read_only": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database cannot be written ({detail}): check that the file and its folder are writable"),
    "database_disk_error": QT_TRANSLATE_NOOP("CatalogText", "the disk could not read or write the catalogue's database ({detail}): check the disk, then run {check}"),
    "database_damaged": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database is damaged ({detail}): run {check}, or {restore} to go back to the newest backup"),
    "database_disk_full": QT_TRANSLATE_NOOP("CatalogText", "the disk holding the catalogue is full ({detail}): free some space and try again; the failed step saved nothing"),
    "database_cannot_open": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database cannot be opened ({detail}): check that the catalogue folder is there and readable"),
    "database_refused": QT_TRANSLATE_NOOP("CatalogText", "the catalogue's database refused this step ({detail}); the step saved nothing: run {check} if it happens again"),
    "file_name_too_long": QT_TRANSLATE_NOOP("CatalogText", "the file name “{name}” is too long for this file system: choose a shorter name"),
    "disk_full": QT_TRANSLATE_NOOP("CatalogText", "the disk is full (writing {path}): free some space and try again"),
    "permission_denied": QT_TRANSLATE_NOOP("CatalogText", "{path}: permission denied: check the permissions of the file and its folder"),
    "not_permitted": QT_TRANSLATE_NOOP("CatalogText", "{path}: the operation is not permitted: check the permissions of the file and its folder"),
    "read_only_disk": QT_TRANSLATE_NOOP("CatalogText", "{path}: the disk is read-only: choose a writable place"),
    "no_such_file": QT_TRANSLATE_NOOP("CatalogText", "{path}: no such file or folder"),
    "file_in_the_way": QT_TRANSLATE_NOOP("CatalogText", "{path}: a file is in the way (it exists already): move it elsewhere and try again"),
    "file_not_folder": QT_TRANSLATE_NOOP("CatalogText", "{path}: a file is where a folder should be: move it elsewhere and try again"),
    "is_a_folder": QT_TRANSLATE_NOOP("CatalogText", "{path}: is a folder, not a file"),
    "disk_io_error": QT_TRANSLATE_NOOP("CatalogText", "{path}: the disk could not read or write it (input/output error): check the disk"),
    "too_many_open_files": QT_TRANSLATE_NOOP("CatalogText", "too many files are open at once: close some programs and try again"),
    "nested_too_deep": QT_TRANSLATE_NOOP("CatalogText", "the records are nested too deeply to process (such as tags hundreds of levels deep): make the nesting shallower and try again; the step saved nothing"),
    "text_not_decodable": QT_TRANSLATE_NOOP("CatalogText", "the text is not valid {encoding} (byte {byte} at position {position} cannot be read): save the file as UTF-8 and try again"),
    "file_text_not_decodable": QT_TRANSLATE_NOOP("CatalogText", "{file}: the text is not valid {encoding} (byte {byte} at position {position} cannot be read): save the file as UTF-8 and try again"),
    "text_not_storable": QT_TRANSLATE_NOOP("CatalogText", "“{text}” contains characters that cannot be stored as text (such as a file name in an unknown encoding): rename it and try again"),
    # a problem the catalogue check found, and what it needs
    "database_integrity": QT_TRANSLATE_NOOP("CatalogText", "database: {line}"),
    "broken_link": QT_TRANSLATE_NOOP("CatalogText", "broken link in table {table} (row {row})"),
    "quote_lost": QT_TRANSLATE_NOOP("CatalogText", "quote text no longer in its document; cannot re-anchor"),
    "quote_lost_needs": QT_TRANSLATE_NOOP("CatalogText", "mark the quote again in the document's text, or delete it"),
    "quote_moved": QT_TRANSLATE_NOOP("CatalogText", "quote moved from {old} to {new}"),
    "original_missing": QT_TRANSLATE_NOOP("CatalogText", "original file “{file}” is missing ({where})"),
    "original_not_plain": QT_TRANSLATE_NOOP("CatalogText", "original file “{file}” is not a plain file ({where})"),
    "original_unreadable": QT_TRANSLATE_NOOP("CatalogText", "original file “{file}” cannot be read ({where}: {reason})"),
    "original_altered": QT_TRANSLATE_NOOP("CatalogText", "original file “{file}” was altered: its checksum differs ({where})"),
    "original_needs": QT_TRANSLATE_NOOP("CatalogText", "repairing cannot bring an original back: copy the source file it was imported from, or the same file from a copy of the catalogue folder, to {where}"),
    "database_needs_backup": QT_TRANSLATE_NOOP("CatalogText", "repairing cannot mend the database file: put back the newest backup with `{command}`"),
    "database_needs_copy": QT_TRANSLATE_NOOP("CatalogText", "repairing cannot mend the database file, and the catalogue has no backup: put back a copy of its folder"),
    "revision_none": QT_TRANSLATE_NOOP("CatalogText", "revision chain: the {kind} has no current revision"),
    "revision_not_in_history": QT_TRANSLATE_NOOP("CatalogText", "revision chain: the {kind}'s current revision {revision} is not in its history"),
    "revision_parent_missing": QT_TRANSLATE_NOOP("CatalogText", "revision chain: revision {revision} of the {kind} names a parent {parent} that is not in the history"),
    "revision_second_parent_missing": QT_TRANSLATE_NOOP("CatalogText", "revision chain: revision {revision} of the {kind} names a second parent (the merged version) {parent} that is not in the history"),
    "index_other_version": QT_TRANSLATE_NOOP("CatalogText", "the search index was made by another version of Pressmark"),
    "index_missing": QT_TRANSLATE_NOOP("CatalogText", "the search index is missing"),
    "index_damaged": QT_TRANSLATE_NOOP("CatalogText", "the search index is damaged ({reason})"),
    "index_behind": QT_TRANSLATE_NOOP("CatalogText", "the search index is behind the catalogue"),
    "index_count_differs": QT_TRANSLATE_NOOP("CatalogText", "the search index holds {actual} records, the catalogue {expected}"),
    "index_not_updated": QT_TRANSLATE_NOOP("CatalogText", "the search index could not be updated ({reason}); it will be rebuilt"),
    "statements_unusable": QT_TRANSLATE_NOOP("CatalogText", "the statements file is {reason}"),
    "statements_damaged": QT_TRANSLATE_NOOP("CatalogText", "the statements file is damaged ({reason})"),
    "ledger_cannot_open": QT_TRANSLATE_NOOP("CatalogText", "cannot be opened ({reason})"),
    "ledger_damaged": QT_TRANSLATE_NOOP("CatalogText", "damaged ({reason})"),
    "ledger_other_version": QT_TRANSLATE_NOOP("CatalogText", "made by another version of Pressmark"),
    "ledger_no_state": QT_TRANSLATE_NOOP("CatalogText", "damaged (it records no catalogue state)"),
    # what a bundle import did with a record
    "merge_theirs_older": QT_TRANSLATE_NOOP("CatalogText", "theirs is a version this catalogue had: yours is newer"),
    "merge_kept_once": QT_TRANSLATE_NOOP("CatalogText", "a record merged with its shared history is kept once"),
    "merge_fields_waiting": QT_TRANSLATE_NOOP("CatalogText", "their {fields} not taken: it is in your trash"),
    "merge_took_fields": QT_TRANSLATE_NOOP("CatalogText", "took their {fields}"),
    "merge_took_changes": QT_TRANSLATE_NOOP("CatalogText", "took their changes: {fields}"),
    "merge_two_details": QT_TRANSLATE_NOOP("CatalogText", "{first}; {second}"),
    "merge_tag_kept_once": QT_TRANSLATE_NOOP("CatalogText", "a tag cannot be kept twice: kept mine"),
    "merge_tag_not_moved": QT_TRANSLATE_NOOP("CatalogText", "could not move it there: kept its place"),
    "merge_tag_too_deep": QT_TRANSLATE_NOOP("CatalogText", "its sub-tags here would lie more than {depth} levels deep there: kept its place"),
    "merge_texts_differ": QT_TRANSLATE_NOOP("CatalogText", "the texts differ, so both were kept"),
    "merge_quotes_placed": QT_TRANSLATE_NOOP("CatalogText", "its quotes are placed in your text where their words are found"),
    "merge_words_missing": QT_TRANSLATE_NOOP("CatalogText", "its words are not in your copy of the document"),
}  # fmt: skip

# a record kind (``Changes.KINDS``, a Message's ``kind``) as a sentence names it
RECORD_KINDS = {
    "document": QT_TRANSLATE_NOOP("CatalogText", "document"),
    "quote": QT_TRANSLATE_NOOP("CatalogText", "quote"),
    "actor": QT_TRANSLATE_NOOP("CatalogText", "actor"),
    "tag": QT_TRANSLATE_NOOP("CatalogText", "tag"),
    "saved_search": QT_TRANSLATE_NOOP("CatalogText", "saved search"),
}


def catalog_text(text: str) -> str:
    """``text`` from the catalogue in the interface language: a Message is its sentence
    translated and filled with its fields (a field that is a Message said the same way, a
    record kind named in the language); any other text, or a Message this window has no
    sentence for, is itself. Main thread (or any thread once the translators are installed)."""
    if not isinstance(text, Message) or text.key not in SENTENCES:
        return text
    fields = {name: _field(name, value) for name, value in text.fields.items()}
    return translate("CatalogText", SENTENCES[text.key]).format(**fields)


def record_kind(kind: str) -> str:
    """A record kind (``document``, ``quote``…) as the interface language names one; an
    unknown kind is itself."""
    return translate("CatalogText", RECORD_KINDS[kind]) if kind in RECORD_KINDS else kind


def _field(name: str, value: object) -> object:
    if isinstance(value, Message):
        return catalog_text(value)
    if name == "kind" and isinstance(value, str):
        return record_kind(value)
    return value
