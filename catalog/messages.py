"""Sentences the catalogue says to a user (a failure explained, a problem the check found,
what a bundle import did with a record), each kept with its key and the values that fill it,
so that a front end can say it in its own language.

A :class:`Message` is a ``str``, its English, so whatever prints, compares, joins or stores
it (the command line, the reports, the tests) reads the same sentence as before. The window
looks its ``key`` up in its own table of translatable sentences (``gui/catalog_text.py``)
and fills that with ``fields``. ``SENTENCES`` lists every sentence by key: a sentence whose
meaning or placeholders change takes a new key, and a test keeps the window's table in step.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    # a failure explained (catalog.errors.explain): the database, as SQLite reports it
    "database_not_permitted": "the catalogue's database may not be opened ({detail}): check the folder's permissions",
    "database_busy_elsewhere": "the catalogue's database is busy ({detail}): another program is writing to it; try again when it has finished",
    "database_busy": "the catalogue's database is busy ({detail}): try again when the other step has finished",
    "database_read_only": "the catalogue's database cannot be written ({detail}): check that the file and its folder are writable",
    "database_disk_error": "the disk could not read or write the catalogue's database ({detail}): check the disk, then run {check}",
    "database_damaged": "the catalogue's database is damaged ({detail}): run {check}, or {restore} to go back to the newest backup",
    "database_disk_full": "the disk holding the catalogue is full ({detail}): free some space and try again; the failed step saved nothing",
    "database_cannot_open": "the catalogue's database cannot be opened ({detail}): check that the catalogue folder is there and readable",
    "database_refused": "the catalogue's database refused this step ({detail}); the step saved nothing: run {check} if it happens again",
    # ... the file system
    "file_name_too_long": "the file name “{name}” is too long for this file system: choose a shorter name",
    "disk_full": "the disk is full (writing {path}): free some space and try again",
    "permission_denied": "{path}: permission denied: check the permissions of the file and its folder",
    "not_permitted": "{path}: the operation is not permitted: check the permissions of the file and its folder",
    "read_only_disk": "{path}: the disk is read-only: choose a writable place",
    "no_such_file": "{path}: no such file or folder",
    "file_in_the_way": "{path}: a file is in the way (it exists already): move it elsewhere and try again",
    "file_not_folder": "{path}: a file is where a folder should be: move it elsewhere and try again",
    "is_a_folder": "{path}: is a folder, not a file",
    "disk_io_error": "{path}: the disk could not read or write it (input/output error): check the disk",
    "too_many_open_files": "too many files are open at once: close some programs and try again",
    # ... and the records or text themselves
    "nested_too_deep": (
        "the records are nested too deeply to process (such as tags hundreds of levels deep): "
        "make the nesting shallower and try again; the step saved nothing"
    ),
    "text_not_decodable": (
        "the text is not valid {encoding} (byte {byte} at position {position} cannot be read): "
        "save the file as UTF-8 and try again"
    ),
    "file_text_not_decodable": (
        "{file}: the text is not valid {encoding} (byte {byte} at position {position} cannot be read): "
        "save the file as UTF-8 and try again"
    ),
    "text_not_storable": (
        "“{text}” contains characters that cannot be stored as text (such as a file name in "
        "an unknown encoding): rename it and try again"
    ),
    # a problem the check found (catalog.maintenance.check), and what it needs
    "database_integrity": "database: {line}",
    "broken_link": "broken link in table {table} (row {row})",
    "quote_lost": "quote text no longer in its document; cannot re-anchor",
    "quote_lost_needs": "mark the quote again in the document's text, or delete it",
    "quote_moved": "quote moved from {old} to {new}",
    "original_missing": "original file “{file}” is missing ({where})",
    "original_not_plain": "original file “{file}” is not a plain file ({where})",
    "original_unreadable": "original file “{file}” cannot be read ({where}: {reason})",
    "original_altered": "original file “{file}” was altered: its checksum differs ({where})",
    "original_needs": (
        "repairing cannot bring an original back: copy the source file it was imported from, or the same file "
        "from a copy of the catalogue folder, to {where}"
    ),
    "database_needs_backup": "repairing cannot mend the database file: put back the newest backup with `{command}`",
    "database_needs_copy": "repairing cannot mend the database file, and the catalogue has no backup: put back a copy of its folder",
    "revision_none": "revision chain: the {kind} has no current revision",
    "revision_not_in_history": "revision chain: the {kind}'s current revision {revision} is not in its history",
    "revision_parent_missing": "revision chain: revision {revision} of the {kind} names a parent {parent} that is not in the history",
    "revision_second_parent_missing": (
        "revision chain: revision {revision} of the {kind} names a second parent (the merged version) {parent} "
        "that is not in the history"
    ),
    "index_other_version": "the search index was made by another version of Pressmark",
    "index_missing": "the search index is missing",
    "index_damaged": "the search index is damaged ({reason})",
    "index_behind": "the search index is behind the catalogue",
    "index_count_differs": "the search index holds {actual} records, the catalogue {expected}",
    "index_not_updated": "the search index could not be updated ({reason}); it will be rebuilt",
    "statements_unusable": "the statements file is {reason}",
    "statements_damaged": "the statements file is damaged ({reason})",
    "ledger_cannot_open": "cannot be opened ({reason})",
    "ledger_damaged": "damaged ({reason})",
    "ledger_other_version": "made by another version of Pressmark",
    "ledger_no_state": "damaged (it records no catalogue state)",
    # what a bundle import did with a record (MergeEntry.detail)
    "merge_theirs_older": "theirs is a version this catalogue had: yours is newer",
    "merge_kept_once": "a record merged with its shared history is kept once",
    "merge_fields_waiting": "their {fields} not taken: it is in your trash",
    "merge_took_fields": "took their {fields}",
    "merge_took_changes": "took their changes: {fields}",
    "merge_two_details": "{first}; {second}",
    "merge_tag_kept_once": "a tag cannot be kept twice: kept mine",
    "merge_tag_not_moved": "could not move it there: kept its place",
    "merge_tag_too_deep": "its sub-tags here would lie more than {depth} levels deep there: kept its place",
    "merge_texts_differ": "the texts differ, so both were kept",
    "merge_quotes_placed": "its quotes are placed in your text where their words are found",
    "merge_words_missing": "its words are not in your copy of the document",
}


class Message(str):
    """The sentence ``SENTENCES[key]`` filled with ``fields``: as a ``str``, its English.

    ``fields`` keep the values as given (a field may itself be a Message, said in the same
    language as the sentence around it). Raises KeyError for an unknown key or a missing field.
    Copies and pickles keep the key and fields.
    """

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, **fields: object) -> Message:
        message = super().__new__(cls, SENTENCES[key].format(**fields))
        message.key = key
        message.fields = fields
        return message

    def __reduce__(self):  # str's own would make a plain str of it again
        return (_filled, (self.key, self.fields))


def _filled(key: str, fields: dict[str, object]) -> Message:
    return Message(key, **fields)
