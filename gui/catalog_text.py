"""The catalogue's sentences said in the interface language.

``catalog/`` has no Qt and speaks English: a sentence it says to a user (a failure explained,
a problem the check found, what a bundle import did with a record) is a
:class:`catalog.messages.Message`, its English with a key and the values that fill it. The
window keeps its own translatable copy of each sentence by key, as it keeps words for the
catalogue's other codes (an import's actions, a backup's reasons), marked here because
``pyside6-lupdate`` reads only ``gui/``; ``tests/gui/test_i18n.py`` keeps ``SENTENCES`` in step
with the catalogue's. :func:`catalog_text` says a Message with them; any other text (a
PressmarkError's own line, SQLite's or the system's words) comes back as it is. A field of a
sentence is said in the language too when it is a Message, or one of the catalogue's words
the window knows by the field's name (a record's ``kind``, an actor's ``type``, a ``role``, an
import's ``status``, a proposal ``group``, an operation's ``label``, a file's ``format``, a
``page_kind``); a :class:`catalog.Step` (a command the command line would run) is named by
the menu item that does it (:data:`STEPS`); any other value (a name, a path, a title) is put
in as it is, isolated in a right-to-left window (:func:`gui.i18n.isolated`).
"""

from __future__ import annotations

from catalog import Message, Step, operation_message
from gui.i18n import QT_TRANSLATE_NOOP, grouped, isolated, translate
from gui.refusal_sentences import REFUSAL_SENTENCES
from gui.revision_text import PAGE_KIND_LABELS
from gui.theme import actor_type_label, role_label

# the window's menu item for each step a sentence names (a catalog.Step's name); the
# command line names the command instead
STEPS = {
    "check": QT_TRANSLATE_NOOP("ErrorReporter", "Tools → Check catalogue"),
    "restore": QT_TRANSLATE_NOOP("ErrorReporter", "Tools → Restore from backup"),
    "import": QT_TRANSLATE_NOOP("ErrorReporter", "File → Import files"),
    "styles": QT_TRANSLATE_NOOP("ErrorReporter", "Edit → Citation style"),
}

# the sentences of catalog.messages.SENTENCES, by key, as the window says them (those of a file
# or bundle refused, and of what an import did with each file, in gui/refusal_sentences.py)
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
    # the catalogue refuses to open, or to be made
    "no_catalogue_here": QT_TRANSLATE_NOOP("CatalogText", "{path}: no Pressmark catalogue here"),
    "catalogue_folder_is_file": QT_TRANSLATE_NOOP("CatalogText", "{path}: is a file, not a catalogue folder"),
    "catalogue_not_created": QT_TRANSLATE_NOOP("CatalogText", "{path}: cannot create the catalogue: {reason}"),
    "catalogue_in_use": QT_TRANSLATE_NOOP("CatalogText", "{path}: the catalogue is in use by {holder}"),
    "catalogue_newer": QT_TRANSLATE_NOOP("CatalogText", "{path}: made by a newer Pressmark (schema {revision}); upgrade Pressmark"),
    "catalogue_upgrade_read_only": QT_TRANSLATE_NOOP("CatalogText", "{path}: needs a schema upgrade, which a read-only open cannot do"),
    "catalogue_database_unopened": QT_TRANSLATE_NOOP("CatalogText", "{path}: cannot open the database: {reason}"),
    "catalogue_damaged_backup": QT_TRANSLATE_NOOP("CatalogText", "{path}: the catalogue is damaged: {why}; nothing was changed; to put back its newest backup, run: {command}"),
    "catalogue_damaged_no_backup": QT_TRANSLATE_NOOP("CatalogText", "{path}: the catalogue is damaged: {why}; nothing was changed; it has no backup to restore: put back a copy of the folder, or choose another folder for a new catalogue"),
    "database_file_unreadable": QT_TRANSLATE_NOOP("CatalogText", "its database {name} cannot be read ({reason})"),
    "database_file_link": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is a symbolic link, which Pressmark does not follow"),
    "database_file_not_file": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is not a file"),
    "database_side_file_link": QT_TRANSLATE_NOOP("CatalogText", "{name} is a symbolic link, which Pressmark does not follow; remove it"),
    "database_not_sqlite": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is not an SQLite database"),
    "database_truncated": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is truncated (shorter than its header says)"),
    "database_foreign": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is not a Pressmark database (another program's tables)"),
    "database_file_missing": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is missing"),
    "database_file_empty": QT_TRANSLATE_NOOP("CatalogText", "its database {name} is empty"),
    "database_no_tables": QT_TRANSLATE_NOOP("CatalogText", "its database {name} holds no tables"),
    "new_folder_is_file": QT_TRANSLATE_NOOP("CatalogText", "{path}: is a file, not a folder: choose an empty folder for the new catalogue"),
    "new_folder_not_empty": QT_TRANSLATE_NOOP("CatalogText", "{path} already holds files ({files}) and is not a catalogue: a new catalogue needs an empty folder of its own; create one (for example inside this folder) and choose it"),
    "files_and_more": QT_TRANSLATE_NOOP("CatalogText", "{files} and {more} more"),
    # ... to be written
    "nothing_saved": QT_TRANSLATE_NOOP("CatalogText", "{path}: nothing was saved: {reason}"),
    "originals_not_stored": QT_TRANSLATE_NOOP("CatalogText", "{path}: nothing was saved: the original files could not be stored: {reason}"),
    "save_disk_full": QT_TRANSLATE_NOOP("CatalogText", "the disk is full (free some space and try again)"),
    "save_folder_read_only": QT_TRANSLATE_NOOP("CatalogText", "the catalogue folder is read-only"),
    "save_busy": QT_TRANSLATE_NOOP("CatalogText", "the catalogue is busy in another program; try again"),
    "read_only": QT_TRANSLATE_NOOP("CatalogText", "{path}: opened read-only"),
    "read_only_in_use": QT_TRANSLATE_NOOP("CatalogText", "{path}: opened read-only because it is in use by {holder}"),
    "read_only_and": QT_TRANSLATE_NOOP("CatalogText", "{opened}; {what}"),
    "saved_searches_fixed": QT_TRANSLATE_NOOP("CatalogText", "saved searches cannot change"),
    "statements_fixed": QT_TRANSLATE_NOOP("CatalogText", "the statements file cannot be rebuilt"),
    "read_only_no_reindex": QT_TRANSLATE_NOOP("CatalogText", "{path}: opened read-only; the index cannot be rebuilt here"),
    # ... to undo a change, or restore a version
    "nothing_to_undo": QT_TRANSLATE_NOOP("CatalogText", "There is nothing to undo."),
    "nothing_to_redo": QT_TRANSLATE_NOOP("CatalogText", "There is nothing to redo."),
    "cannot_undo": QT_TRANSLATE_NOOP("CatalogText", "“{label}” cannot be undone: {reason}"),
    "changed_since": QT_TRANSLATE_NOOP("CatalogText", "the {kind} {record} was changed since"),
    "changed_since_by": QT_TRANSLATE_NOOP("CatalogText", "the {kind} {record} was changed since by “{label}” ({author})"),
    "version_not_restorable": QT_TRANSLATE_NOOP("CatalogText", "that version cannot be restored: {reason}"),
    "no_such_revision": QT_TRANSLATE_NOOP("CatalogText", "the record {record} has no revision {revision} this catalogue can rebuild"),
    # ... to take what was typed for a record
    "not_a_date": QT_TRANSLATE_NOOP("CatalogText", "“{value}” is not a date (use 2023-05-06 or 2023-05-06T20:55)"),
    "not_page_kind": QT_TRANSLATE_NOOP("CatalogText", "a page kind is one of {kinds}, not {value}"),
    "no_record_of_kind": QT_TRANSLATE_NOOP("CatalogText", "no {kind} with id “{ref}”"),
    "no_record": QT_TRANSLATE_NOOP("CatalogText", "no record with id “{ref}”"),
    "actor_name_empty": QT_TRANSLATE_NOOP("CatalogText", "an actor's name is empty"),
    "alias_empty": QT_TRANSLATE_NOOP("CatalogText", "an alias is empty"),
    "actor_name_too_long": QT_TRANSLATE_NOOP("CatalogText", "an actor's name is longer than {most} characters ({length}): shorten it"),
    "alias_too_long": QT_TRANSLATE_NOOP("CatalogText", "an alias is longer than {most} characters ({length}): shorten it"),
    "actor_exists": QT_TRANSLATE_NOOP("CatalogText", "an actor “{name}” ({type}) exists already: {uuid}"),
    "no_actor_named": QT_TRANSLATE_NOOP("CatalogText", "no actor named or with id “{name}”"),
    "relation_needs_name": QT_TRANSLATE_NOOP("CatalogText", "a relation needs a name, such as “fellow of”"),
    "relation_too_long": QT_TRANSLATE_NOOP("CatalogText", "a relation's name is longer than {most} characters: shorten it"),
    "actor_related_to_itself": QT_TRANSLATE_NOOP("CatalogText", "an actor cannot be related to itself"),
    "actor_relation_to_itself": QT_TRANSLATE_NOOP("CatalogText", "“{name}” cannot be “{relation}” itself"),
    "actor_different_from_itself": QT_TRANSLATE_NOOP("CatalogText", "an actor cannot be different from itself"),
    "actor_merged_with_itself": QT_TRANSLATE_NOOP("CatalogText", "an actor cannot be merged with itself"),
    "not_related": QT_TRANSLATE_NOOP("CatalogText", "“{subject}” is not “{relation}” “{object}”"),
    "identifier_needs_scheme": QT_TRANSLATE_NOOP("CatalogText", "the identifier “{value}” needs a scheme, such as wikidata or viaf"),
    "identifier_scheme_bad": QT_TRANSLATE_NOOP("CatalogText", "“{scheme}” is not an identifier scheme: use letters, digits and - . _ (at most {most} characters)"),
    "identifier_empty": QT_TRANSLATE_NOOP("CatalogText", "the {scheme} identifier is empty"),
    "identifier_too_long": QT_TRANSLATE_NOOP("CatalogText", "the {scheme} identifier is longer than {most} characters"),
    "not_wikidata_id": QT_TRANSLATE_NOOP("CatalogText", "“{value}” is not a Wikidata id: Q and digits, such as Q42"),
    "not_viaf_id": QT_TRANSLATE_NOOP("CatalogText", "“{value}” is not a VIAF id: digits only, such as 113230702"),
    "not_iso7064_id": QT_TRANSLATE_NOOP("CatalogText", "“{value}” is not an {name}: 16 characters, such as {example}"),
    "iso7064_check_fails": QT_TRANSLATE_NOOP("CatalogText", "“{value}” is not an {name}: its last character does not check (a digit mistyped?)"),
    "not_web_address": QT_TRANSLATE_NOOP("CatalogText", "“{value}” is not a web address: it starts with https:// or http://"),
    "not_tag_path": QT_TRANSLATE_NOOP("CatalogText", "“{path}” is not a tag path (like Afghanistan/Opposition)"),
    "tag_name_too_long": QT_TRANSLATE_NOOP("CatalogText", "a tag name is longer than 200 characters"),
    "no_tag": QT_TRANSLATE_NOOP("CatalogText", "no tag “{path}”"),
    "tag_too_deep": QT_TRANSLATE_NOOP("CatalogText", "“{path}” would put a tag {levels} levels deep; tags can be at most {most} levels deep: use a shorter path"),
    "not_colour": QT_TRANSLATE_NOOP("CatalogText", "“{colour}” is not a colour like #c0392b"),
    "tag_exists": QT_TRANSLATE_NOOP("CatalogText", "a tag “{path}” exists already: merge the tags instead"),
    "tag_inside_itself": QT_TRANSLATE_NOOP("CatalogText", "cannot move “{path}” inside itself"),
    "tag_merged_into_itself": QT_TRANSLATE_NOOP("CatalogText", "a tag cannot be merged into itself"),
    "tag_merged_into_sub_tag": QT_TRANSLATE_NOOP("CatalogText", "cannot merge “{path}” into its own sub-tag"),
    "quote_empty": QT_TRANSLATE_NOOP("CatalogText", "the quote is empty"),
    "quote_outside_text": QT_TRANSLATE_NOOP("CatalogText", "quote offsets {start}–{end} are outside the text (0–{length})"),
    "text_changed_since_proposed": QT_TRANSLATE_NOOP("CatalogText", "the document's text changed since this quote was proposed"),
    "trace_too_short": QT_TRANSLATE_NOOP("CatalogText", "the quote has {words} words: a statement to trace needs at least {least}"),
    "saved_search_needs_name": QT_TRANSLATE_NOOP("CatalogText", "a saved search needs a name"),
    "no_saved_search": QT_TRANSLATE_NOOP("CatalogText", "no saved search “{name}”"),
    # ... to read a search
    "search_empty": QT_TRANSLATE_NOOP("CatalogText", "the search is empty"),
    "search_too_long": QT_TRANSLATE_NOOP("CatalogText", "the search is longer than {most} characters"),
    "search_not_a_field": QT_TRANSLATE_NOOP("CatalogText", "“{name}:” is not a field; use one of {fields}"),
    "search_closes_nothing": QT_TRANSLATE_NOOP("CatalogText", "the “{char}” at character {at} closes nothing: remove it"),
    "search_phrase_open": QT_TRANSLATE_NOOP("CatalogText", 'the phrase opened by the quotation mark at character {at} is never closed: add a closing "'),
    "search_bracket_open": QT_TRANSLATE_NOOP("CatalogText", "the “{char}” at character {at} is never closed: add “{closing}” or remove it"),
    "search_field_empty": QT_TRANSLATE_NOOP("CatalogText", "“{name}:” at character {at} has nothing after it: write what to look for, such as {name}:harbour"),
    "search_date_impossible": QT_TRANSLATE_NOOP("CatalogText", "“{date}” at character {at} is not a date ({reason}): write dates as 2024-03-14"),
    "search_not_a_date": QT_TRANSLATE_NOOP("CatalogText", "“{date}” at character {at} is not a date: {how}"),
    "search_not_a_date_because": QT_TRANSLATE_NOOP("CatalogText", "“{date}” at character {at} is not a date ({reason}): {how}"),
    "search_date_how": QT_TRANSLATE_NOOP("CatalogText", "write dates as 2024-03-14, 2024-03 or 2024, or a range as date:[2024-01-01 to 2024-06-30]"),
    "date_month_range": QT_TRANSLATE_NOOP("CatalogText", "month must be in 1..12"),
    "date_day_range": QT_TRANSLATE_NOOP("CatalogText", "day is out of range for month"),
    "search_unreadable": QT_TRANSLATE_NOOP("CatalogText", "cannot read the search “{search}”: {reason}"),
    "search_not_run": QT_TRANSLATE_NOOP("CatalogText", "the search “{search}” could not run: {reason}"),
    "index_unavailable": QT_TRANSLATE_NOOP("CatalogText", "{path}: the search index is not available: {problem}"),
    # an operation's name in the history and in Edit → Undo
    "op_edit": QT_TRANSLATE_NOOP("CatalogText", "Edit"),
    "op_edit_document": QT_TRANSLATE_NOOP("CatalogText", "Edit document"),
    "op_create_quote": QT_TRANSLATE_NOOP("CatalogText", "Create quote"),
    "op_edit_quote": QT_TRANSLATE_NOOP("CatalogText", "Edit quote"),
    "op_edit_actor": QT_TRANSLATE_NOOP("CatalogText", "Edit actor"),
    "op_accept_proposal": QT_TRANSLATE_NOOP("CatalogText", "Accept proposal"),
    "op_reject_proposal": QT_TRANSLATE_NOOP("CatalogText", "Reject proposal"),
    "op_restore_proposal": QT_TRANSLATE_NOOP("CatalogText", "Restore proposal"),
    "op_accept_all": QT_TRANSLATE_NOOP("CatalogText", "Accept all proposals"),
    "op_accept_all_of": QT_TRANSLATE_NOOP("CatalogText", "Accept all {group}"),
    "op_reject_all": QT_TRANSLATE_NOOP("CatalogText", "Reject proposals"),
    "op_reject_all_of": QT_TRANSLATE_NOOP("CatalogText", "Reject {group}"),
    "op_empty_trash": QT_TRANSLATE_NOOP("CatalogText", "Empty trash"),
    "op_reanchor": QT_TRANSLATE_NOOP("CatalogText", "Re-anchor quotes"),
    "op_repair_chain": QT_TRANSLATE_NOOP("CatalogText", "Repair revision chain"),
    "op_import_files": QT_TRANSLATE_NOOP("CatalogText", "Import files"),
    "op_import": QT_TRANSLATE_NOOP("CatalogText", "Import {name}"),
    "op_import_bundle": QT_TRANSLATE_NOOP("CatalogText", "Import bundle {name}"),
    "op_add_actor": QT_TRANSLATE_NOOP("CatalogText", "Add actor {name}"),
    "op_link": QT_TRANSLATE_NOOP("CatalogText", "Link {actor} ({role})"),
    "op_unlink": QT_TRANSLATE_NOOP("CatalogText", "Unlink {actor}"),
    "op_relate": QT_TRANSLATE_NOOP("CatalogText", "Relate {subject} – {relation}"),
    "op_unrelate": QT_TRANSLATE_NOOP("CatalogText", "Unrelate {subject} – {relation}"),
    "op_mark_different": QT_TRANSLATE_NOOP("CatalogText", "Mark “{first}” as different from “{second}”"),
    "op_merge_actors": QT_TRANSLATE_NOOP("CatalogText", "Merge “{source}” into “{target}”"),
    "op_save_search": QT_TRANSLATE_NOOP("CatalogText", "Save search {name}"),
    "op_delete_saved_search": QT_TRANSLATE_NOOP("CatalogText", "Delete saved search {name}"),
    "op_add_tag": QT_TRANSLATE_NOOP("CatalogText", "Add tag {path}"),
    "op_tag_one": QT_TRANSLATE_NOOP("CatalogText", "Tag 1 record {path}"),
    "op_tag": QT_TRANSLATE_NOOP("CatalogText", "Tag {count} records {path}"),
    "op_untag_one": QT_TRANSLATE_NOOP("CatalogText", "Untag 1 record {path}"),
    "op_untag": QT_TRANSLATE_NOOP("CatalogText", "Untag {count} records {path}"),
    "op_rename_tag": QT_TRANSLATE_NOOP("CatalogText", "Rename tag {path}"),
    "op_merge_tags": QT_TRANSLATE_NOOP("CatalogText", "Merge tag {source} into {target}"),
    "op_delete_tag": QT_TRANSLATE_NOOP("CatalogText", "Delete tag {path}"),
    "op_delete_one": QT_TRANSLATE_NOOP("CatalogText", "Delete 1 record"),
    "op_delete": QT_TRANSLATE_NOOP("CatalogText", "Delete {count} records"),
    "op_restore_one": QT_TRANSLATE_NOOP("CatalogText", "Restore 1 record"),
    "op_restore": QT_TRANSLATE_NOOP("CatalogText", "Restore {count} records"),
    "op_undo": QT_TRANSLATE_NOOP("CatalogText", "Undo {label}"),
    "op_restore_version": QT_TRANSLATE_NOOP("CatalogText", "Restore the version of {when}"),
    "op_restore_earlier": QT_TRANSLATE_NOOP("CatalogText", "Restore an earlier version"),
    # what a long step is doing (the status bar)
    "progress_indexing": QT_TRANSLATE_NOOP("CatalogText", "Indexing"),
    "progress_writing_index": QT_TRANSLATE_NOOP("CatalogText", "Writing the index"),
    "progress_index_rebuilt": QT_TRANSLATE_NOOP("CatalogText", "Index rebuilt"),
    "progress_links_refused": QT_TRANSLATE_NOOP("CatalogText", "failed: {count} links or special files in the folders"),
    "progress_indexing_records": QT_TRANSLATE_NOOP("CatalogText", "Indexing {count} records for search"),
    "progress_entry": QT_TRANSLATE_NOOP("CatalogText", "{name}: entry {done} of {total}"),
    "progress_outcome": QT_TRANSLATE_NOOP("CatalogText", "{status}: {label}"),
    "progress_unpacking": QT_TRANSLATE_NOOP("CatalogText", "Unpacking"),
    "progress_checksums": QT_TRANSLATE_NOOP("CatalogText", "Checking checksums"),
    "progress_reading_records": QT_TRANSLATE_NOOP("CatalogText", "Reading records"),
    "progress_checking_originals": QT_TRANSLATE_NOOP("CatalogText", "Checking originals"),
    "progress_other_formats": QT_TRANSLATE_NOOP("CatalogText", "Checking the other formats"),
    "progress_bundle_checked": QT_TRANSLATE_NOOP("CatalogText", "Bundle checked"),
    "progress_records": QT_TRANSLATE_NOOP("CatalogText", "Records"),
    "progress_texts": QT_TRANSLATE_NOOP("CatalogText", "Texts"),
    "progress_originals": QT_TRANSLATE_NOOP("CatalogText", "Originals"),
    "progress_annotations": QT_TRANSLATE_NOOP("CatalogText", "Annotations"),
    "progress_metadata": QT_TRANSLATE_NOOP("CatalogText", "Metadata"),
    "progress_actors": QT_TRANSLATE_NOOP("CatalogText", "Actors"),
    "progress_qda_project": QT_TRANSLATE_NOOP("CatalogText", "REFI-QDA project"),
    "progress_reader": QT_TRANSLATE_NOOP("CatalogText", "Reader"),
    "progress_tables": QT_TRANSLATE_NOOP("CatalogText", "Tables"),
    "progress_bundle_written": QT_TRANSLATE_NOOP("CatalogText", "Bundle written"),
    "progress_tags": QT_TRANSLATE_NOOP("CatalogText", "Tags"),
    "progress_relations": QT_TRANSLATE_NOOP("CatalogText", "Relations"),
    "progress_documents": QT_TRANSLATE_NOOP("CatalogText", "Documents"),
    "progress_links": QT_TRANSLATE_NOOP("CatalogText", "Links"),
    "progress_quotes": QT_TRANSLATE_NOOP("CatalogText", "Quotes"),
    "progress_merged": QT_TRANSLATE_NOOP("CatalogText", "Merged"),
    "progress_comparing_passages": QT_TRANSLATE_NOOP("CatalogText", "Comparing passages"),
    "progress_writing_statements": QT_TRANSLATE_NOOP("CatalogText", "Writing the statements file"),
    "progress_finding_passages": QT_TRANSLATE_NOOP("CatalogText", "Finding passages"),
    "progress_finding_new_passages": QT_TRANSLATE_NOOP("CatalogText", "Finding passages in new texts"),
    # why two actors may be one (catalog.services.duplicate_actors: a DuplicatePair's reason)
    "alike_identifier": QT_TRANSLATE_NOOP("CatalogText", "both have the identifier {identifier}"),
    "alike_same_name": QT_TRANSLATE_NOOP("CatalogText", "both are called “{name}”"),
    "alike_but_titles": QT_TRANSLATE_NOOP("CatalogText", "“{first}” and “{second}” differ only in titles, accents or punctuation"),
    "alike_words_reordered": QT_TRANSLATE_NOOP("CatalogText", "“{first}” and “{second}” have the same words in another order"),
    "alike_transliterated": QT_TRANSLATE_NOOP("CatalogText", "“{first}” and “{second}” are spelt alike (another transliteration?)"),
    "alike_initials": QT_TRANSLATE_NOOP("CatalogText", "“{short}” may be “{long}” with initials"),
    "alike_shorter_form": QT_TRANSLATE_NOOP("CatalogText", "“{short}” is a shorter form of “{long}”"),
    "alike_part_of": QT_TRANSLATE_NOOP("CatalogText", "“{short}” is part of “{long}”"),
    "alike_acronym": QT_TRANSLATE_NOOP("CatalogText", "“{short}” are the initials of “{long}”"),
    "alike_misspelt": QT_TRANSLATE_NOOP("CatalogText", "“{first}” and “{second}” are spelt nearly alike"),
    # what was repaired on the way to the passages several documents carry (StatementService.repaired)
    "statements_rebuilt": QT_TRANSLATE_NOOP("CatalogText", "the statements file was {reason}; it was rebuilt from the texts"),
    "statements_damaged_rebuilt": QT_TRANSLATE_NOOP("CatalogText", "the statements file was damaged ({reason}); it was rebuilt from the texts"),
    # what was repaired on the way to the passages several documents carry (StatementService.repaired)
    "statements_read_only": QT_TRANSLATE_NOOP("CatalogText", "{path}: the statements file is {reason}, and a read-only catalogue cannot build it"),
    # the steps a sentence names: commands on the command line, menu items in the window (catalog.Step)
    "save_database_damaged_steps": QT_TRANSLATE_NOOP("CatalogText", "the database is damaged; run {check}, and {restore} to put back a backup"),
    "originals_file_in_the_way": QT_TRANSLATE_NOOP("CatalogText", "{path}: the catalogue folder is damaged: `{folder}` is a file, not a folder: move that file elsewhere and put the `{folder}` folder back from a copy, then run {check}"),
    "database_needs_restore": QT_TRANSLATE_NOOP("CatalogText", "repairing cannot mend the database file: put back the newest backup with {command}"),
    "no_style_given": QT_TRANSLATE_NOOP("CatalogText", "no citation style given: name one, e.g. apa, chicago-author-date or mla"),
    "not_a_style_close": QT_TRANSLATE_NOOP("CatalogText", "“{name}” is not a citation style; did you mean {close}?"),
    "not_a_style": QT_TRANSLATE_NOOP("CatalogText", "“{name}” is not a citation style; {step} lists the common ones"),
    # the steps a sentence names: commands on the command line, menu items in the window (catalog.Step)
    "count_status": QT_TRANSLATE_NOOP("CatalogText", "{count} {status}"),
    # a proposal in a reviewer's words (catalog.services.proposals.ProposalView)
    "proposal_quotation": QT_TRANSLATE_NOOP("CatalogText", "Quotation"),
    "proposal_pull_quote": QT_TRANSLATE_NOOP("CatalogText", "Pull quote"),
    "proposal_excerpt": QT_TRANSLATE_NOOP("CatalogText", "Excerpt"),
    "proposal_person": QT_TRANSLATE_NOOP("CatalogText", "Person"),
    "proposal_organisation": QT_TRANSLATE_NOOP("CatalogText", "Organisation"),
    "proposal_place": QT_TRANSLATE_NOOP("CatalogText", "Place"),
    "proposal_event": QT_TRANSLATE_NOOP("CatalogText", "Event"),
    "proposal_group": QT_TRANSLATE_NOOP("CatalogText", "Group"),
    "proposals_quotation": QT_TRANSLATE_NOOP("CatalogText", "Quotations"),
    "proposals_pull_quote": QT_TRANSLATE_NOOP("CatalogText", "Pull quotes"),
    "proposals_excerpt": QT_TRANSLATE_NOOP("CatalogText", "Excerpts"),
    "proposals_person": QT_TRANSLATE_NOOP("CatalogText", "People"),
    "proposals_organisation": QT_TRANSLATE_NOOP("CatalogText", "Organisations"),
    "proposals_place": QT_TRANSLATE_NOOP("CatalogText", "Places"),
    "proposals_event": QT_TRANSLATE_NOOP("CatalogText", "Events"),
    "proposals_group": QT_TRANSLATE_NOOP("CatalogText", "Groups"),
    "proposal_by": QT_TRANSLATE_NOOP("CatalogText", "{group} by {speaker}"),
    "proposal_by_unknown": QT_TRANSLATE_NOOP("CatalogText", "{group} by an unknown speaker"),
    "proposal_named": QT_TRANSLATE_NOOP("CatalogText", "{group}: {name}"),
    "proposal_speaker_described": QT_TRANSLATE_NOOP("CatalogText", "{described} (no name given)"),
    "proposal_cue": QT_TRANSLATE_NOOP("CatalogText", "attribution words: “{cue}”"),
    "proposal_no_cue": QT_TRANSLATE_NOOP("CatalogText", "quotation marks only, no attribution words"),
    "proposal_pull_quote_box": QT_TRANSLATE_NOOP("CatalogText", "marked as a pull quote by the page"),
    "proposal_pull_quote_box_cue": QT_TRANSLATE_NOOP("CatalogText", "marked as a pull quote by the page; “{cue}”"),
    "proposal_mention_one": "{count} mention",  # said by COUNTED
    "proposal_mentions": "{count} mentions",  # said by COUNTED
    "proposal_not_mentioned": QT_TRANSLATE_NOOP("CatalogText", "not mentioned by name"),
    "proposal_speaker_quoted": QT_TRANSLATE_NOOP("CatalogText", "quoted"),
    "proposal_known_actor": QT_TRANSLATE_NOOP("CatalogText", "already in the catalogue as {name}"),
    "proposal_quote_words": QT_TRANSLATE_NOOP("CatalogText", "{title}: “{exact}”"),
    "proposal_line": QT_TRANSLATE_NOOP("CatalogText", "{words} — {evidence}; confidence {confidence}"),
    **REFUSAL_SENTENCES,
}  # fmt: skip

# the sentences that count something (their ``count`` field), said in the plural form the
# language needs for the count (Arabic has six); their English is in SENTENCES, untranslated
COUNTED = {
    "proposal_mention_one": lambda n: translate("CatalogText", "%n mention", None, n),
    "proposal_mentions": lambda n: translate("CatalogText", "%n mentions", None, n),
}

# how an import went for a file (``ImportOutcome.status``, a progress report's ``status``)
OUTCOMES = {
    "imported": QT_TRANSLATE_NOOP("CatalogText", "imported"),
    "enriched": QT_TRANSLATE_NOOP("CatalogText", "enriched"),
    "duplicate": QT_TRANSLATE_NOOP("CatalogText", "already there"),
    "skipped": QT_TRANSLATE_NOOP("CatalogText", "skipped"),
    "failed": QT_TRANSLATE_NOOP("CatalogText", "failed"),
}
# proposals of one group, as an operation names them ("Accept all quotations": the ``group``)
PROPOSAL_GROUPS = {
    "quotations": QT_TRANSLATE_NOOP("CatalogText", "quotations"),
    "pull quotes": QT_TRANSLATE_NOOP("CatalogText", "pull quotes"),
    "excerpts": QT_TRANSLATE_NOOP("CatalogText", "excerpts"),
    "people": QT_TRANSLATE_NOOP("CatalogText", "people"),
    "organisations": QT_TRANSLATE_NOOP("CatalogText", "organisations"),
    "places": QT_TRANSLATE_NOOP("CatalogText", "places"),
    "events": QT_TRANSLATE_NOOP("CatalogText", "events"),
    "groups": QT_TRANSLATE_NOOP("CatalogText", "groups"),
}

# a file's format as an importer names it (an importer's ``FORMAT``: a Message's ``format``)
FORMATS = {
    "text": QT_TRANSLATE_NOOP("CatalogText", "text"),
    "markdown": "Markdown",
    "news-markdown": "Markdown",
    "html": "HTML",
    "pdf": "PDF",
    "docx": "DOCX",
    "mhtml": "MHTML",
}
# what a web archive holds that is not a page to import (``ImportOutcome.skipped``'s kinds,
# catalog.importers.web_archive); one with a value in it is a Message
SKIPPED_KINDS = {
    "image": QT_TRANSLATE_NOOP("CatalogText", "image"),
    "script": QT_TRANSLATE_NOOP("CatalogText", "script"),
    "style sheet": QT_TRANSLATE_NOOP("CatalogText", "style sheet"),
    "data (JSON, XML, text)": QT_TRANSLATE_NOOP("CatalogText", "data (JSON, XML, text)"),
    "font": QT_TRANSLATE_NOOP("CatalogText", "font"),
    "audio or video": QT_TRANSLATE_NOOP("CatalogText", "audio or video"),
    "PDF": QT_TRANSLATE_NOOP("CatalogText", "PDF"),
    "other": QT_TRANSLATE_NOOP("CatalogText", "other"),
    "not a web page (DNS, FTP, …)": QT_TRANSLATE_NOOP("CatalogText", "not a web page (DNS, FTP, …)"),
    "redirect": QT_TRANSLATE_NOOP("CatalogText", "redirect"),
    "error or other status": QT_TRANSLATE_NOOP("CatalogText", "error or other status"),
    "page over 16 MB": QT_TRANSLATE_NOOP("CatalogText", "page over 16 MB"),
    "frame or page not in the WACZ's page list": QT_TRANSLATE_NOOP("CatalogText", "frame or page not in the WACZ's page list"),
    "revisit of something not a page": QT_TRANSLATE_NOOP("CatalogText", "revisit of something not a page"),
    "revisit of a page not imported from this archive": QT_TRANSLATE_NOOP("CatalogText", "revisit of a page not imported from this archive"),
    "HTML with no text": QT_TRANSLATE_NOOP("CatalogText", "HTML with no text"),
    "HTML with little text (a frame, widget or error page)": QT_TRANSLATE_NOOP("CatalogText", "HTML with little text (a frame, widget or error page)"),
}

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
    record kind named in the language; a sentence of :data:`COUNTED` in the plural form its
    count needs); any other text, or a Message this window has no sentence for, is itself.
    Main thread (or any thread once the translators are installed)."""
    if not isinstance(text, Message) or text.key not in SENTENCES:
        return text
    fields = {name: _field(name, value) for name, value in text.fields.items()}
    if text.key in COUNTED:  # Qt writes the count in; an operation label's count is text
        count = int(str(text.fields["count"]))
        return grouped(COUNTED[text.key](count), count).format(**fields)
    return translate("CatalogText", SENTENCES[text.key]).format(**fields)


def operation_text(label: str) -> str:
    """An operation's stored label ("Edit document", "Undo Tag 3 records Town") in the
    interface language, when it is one the catalogue words (:func:`catalog.operation_message`);
    any other label is itself."""
    return catalog_text(operation_message(label))


def record_kind(kind: str) -> str:
    """A record kind (``document``, ``quote``…; ``saved search`` too) as the interface
    language names one; an unknown kind is itself."""
    known = kind.replace(" ", "_")
    return translate("CatalogText", RECORD_KINDS[known]) if known in RECORD_KINDS else kind


def step_text(step: str) -> str:
    """The menu item that takes the step named ``step`` (``check``, ``restore``, ``import``),
    in the interface language; an unknown step is itself."""
    return translate("ErrorReporter", STEPS[step]) if step in STEPS else step


def skipped_kind(kind: str) -> str:
    """What a web archive's response skipped by an import was (``ArchiveTally.skipped``'s
    keys), in the interface language; an unknown kind is itself."""
    if isinstance(kind, Message):
        return catalog_text(kind)
    return translate("CatalogText", SKIPPED_KINDS[kind]) if kind in SKIPPED_KINDS else kind


def _field(name: str, value: object) -> object:
    if isinstance(value, Message):
        return catalog_text(value)
    if isinstance(value, Step):
        return step_text(value.name)
    if not isinstance(value, str):
        return value
    words = {
        "kind": record_kind,
        "first_kind": record_kind,
        "local_kind": record_kind,
        "format": lambda format: translate("CatalogText", FORMATS[format]) if format in FORMATS else format,
        "skipped": skipped_kind,
        "page_kind": lambda kind: translate("RevisionText", PAGE_KIND_LABELS[kind]) if kind in PAGE_KIND_LABELS else kind,
        "label": operation_text,  # the change an undo undid, or that blocks one
        "type": actor_type_label,
        "role": role_label,
        "status": lambda status: translate("CatalogText", OUTCOMES[status]) if status in OUTCOMES else status,
        "group": lambda group: translate("CatalogText", PROPOSAL_GROUPS[group]) if group in PROPOSAL_GROUPS else group,
    }.get(name)
    # a name, a path or a title, often in Latin letters: kept whole in a right-to-left sentence
    return words(value) if words is not None else isolated(value)
