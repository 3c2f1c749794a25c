"""Sentences the catalogue says to a user (a failure explained, a problem the check found,
what a bundle import did with a record), each kept with its key and the values that fill it,
so that a front end can say it in its own language.

A :class:`Message` is a ``str``, its English, so whatever prints, compares, joins or stores
it (the command line, the reports, the tests) reads the same sentence as before. The window
looks its ``key`` up in its own table of translatable sentences (``gui/catalog_text.py``)
and fills that with ``fields``. ``SENTENCES`` lists every sentence by key: a sentence whose
meaning or placeholders change takes a new key, and a test keeps the window's table in step.

An operation's label (what Edit → Undo and the History tab call a change) is stored as plain
text; :func:`operation_message` reads one written from an ``op_`` sentence back into its
Message. A step a sentence tells the user to take (check the catalogue, put a backup back) fills
its field as a :class:`Step`: the command as the command line runs it, which the window names by
its menu item instead. A list said in a sentence is :func:`joined` two parts at a time, so that
each part is still said in the window's language.
"""

from __future__ import annotations

import re
import string
from functools import cache

from catalog.refusal_sentences import REFUSAL_SENTENCES

# the sentences of a file or a bundle refused, and of what an import did with each file, are in
# catalog.refusal_sentences
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
    # the catalogue refuses to open or to be made (catalog.store, catalog.db, catalog.user_files)
    "no_catalogue_here": "{path}: no Pressmark catalogue here",
    "catalogue_folder_is_file": "{path}: is a file, not a catalogue folder",
    "catalogue_not_created": "{path}: cannot create the catalogue: {reason}",
    "catalogue_in_use": "{path}: the catalogue is in use by {holder}",
    "catalogue_newer": "{path}: made by a newer Pressmark (schema {revision}); upgrade Pressmark",
    "catalogue_upgrade_read_only": "{path}: needs a schema upgrade, which a read-only open cannot do",
    "catalogue_database_unopened": "{path}: cannot open the database: {reason}",
    "catalogue_damaged_backup": "{path}: the catalogue is damaged: {why}; nothing was changed; to put back its newest backup, run: {command}",
    "catalogue_damaged_no_backup": (
        "{path}: the catalogue is damaged: {why}; nothing was changed; it has no backup to restore: put back a copy of the "
        "folder, or choose another folder for a new catalogue"
    ),
    "database_file_unreadable": "its database {name} cannot be read ({reason})",
    "database_file_link": "its database {name} is a symbolic link, which Pressmark does not follow",
    "database_file_not_file": "its database {name} is not a file",
    "database_side_file_link": "{name} is a symbolic link, which Pressmark does not follow; remove it",
    "database_not_sqlite": "its database {name} is not an SQLite database",
    "database_truncated": "its database {name} is truncated (shorter than its header says)",
    "database_foreign": "its database {name} is not a Pressmark database (another program's tables)",
    "database_file_missing": "its database {name} is missing",
    "database_file_empty": "its database {name} is empty",
    "database_no_tables": "its database {name} holds no tables",
    "new_folder_is_file": "{path}: is a file, not a folder: choose an empty folder for the new catalogue",
    "new_folder_not_empty": (
        "{path} already holds files ({files}) and is not a catalogue: a new catalogue needs an empty folder of its own; "
        "create one (for example inside this folder) and choose it"
    ),
    "files_and_more": "{files} and {more} more",
    # ... to be written (catalog.store)
    "nothing_saved": "{path}: nothing was saved: {reason}",
    "originals_not_stored": "{path}: nothing was saved: the original files could not be stored: {reason}",
    "save_disk_full": "the disk is full (free some space and try again)",
    "save_folder_read_only": "the catalogue folder is read-only",
    "save_busy": "the catalogue is busy in another program; try again",
    "read_only": "{path}: opened read-only",
    "read_only_in_use": "{path}: opened read-only because it is in use by {holder}",
    "read_only_and": "{opened}; {what}",
    "saved_searches_fixed": "saved searches cannot change",
    "statements_fixed": "the statements file cannot be rebuilt",
    "read_only_no_reindex": "{path}: opened read-only; the index cannot be rebuilt here",
    # ... to undo a change, or restore a version (catalog.revisions.history)
    "nothing_to_undo": "There is nothing to undo.",
    "nothing_to_redo": "There is nothing to redo.",
    "cannot_undo": "“{label}” cannot be undone: {reason}",
    "changed_since": "the {kind} {record} was changed since",
    "changed_since_by": "the {kind} {record} was changed since by “{label}” ({author})",
    "version_not_restorable": "that version cannot be restored: {reason}",
    "no_such_revision": "the record {record} has no revision {revision} this catalogue can rebuild",
    # ... to take what was typed for a record (catalog.services, catalog.lookup)
    "not_a_date": "“{value}” is not a date (use 2023-05-06 or 2023-05-06T20:55)",
    "not_page_kind": "a page kind is one of {kinds}, not {value}",
    "no_record_of_kind": "no {kind} with id “{ref}”",
    "no_record": "no record with id “{ref}”",
    "actor_name_empty": "an actor's name is empty",
    "alias_empty": "an alias is empty",
    "actor_name_too_long": "an actor's name is longer than {most} characters ({length}): shorten it",
    "alias_too_long": "an alias is longer than {most} characters ({length}): shorten it",
    "actor_exists": "an actor “{name}” ({type}) exists already: {uuid}",
    "no_actor_named": "no actor named or with id “{name}”",
    "relation_needs_name": "a relation needs a name, such as “fellow of”",
    "relation_too_long": "a relation's name is longer than {most} characters: shorten it",
    "actor_related_to_itself": "an actor cannot be related to itself",
    "actor_relation_to_itself": "“{name}” cannot be “{relation}” itself",
    "actor_different_from_itself": "an actor cannot be different from itself",
    "actor_merged_with_itself": "an actor cannot be merged with itself",
    "not_related": "“{subject}” is not “{relation}” “{object}”",
    "identifier_needs_scheme": "the identifier “{value}” needs a scheme, such as wikidata or viaf",
    "identifier_scheme_bad": "“{scheme}” is not an identifier scheme: use letters, digits and - . _ (at most {most} characters)",
    "identifier_empty": "the {scheme} identifier is empty",
    "identifier_too_long": "the {scheme} identifier is longer than {most} characters",
    "not_wikidata_id": "“{value}” is not a Wikidata id: Q and digits, such as Q42",
    "not_viaf_id": "“{value}” is not a VIAF id: digits only, such as 113230702",
    "not_iso7064_id": "“{value}” is not an {name}: 16 characters, such as {example}",
    "iso7064_check_fails": "“{value}” is not an {name}: its last character does not check (a digit mistyped?)",
    "not_web_address": "“{value}” is not a web address: it starts with https:// or http://",
    "not_tag_path": "“{path}” is not a tag path (like Afghanistan/Opposition)",
    "tag_name_too_long": "a tag name is longer than 200 characters",
    "no_tag": "no tag “{path}”",
    "tag_too_deep": "“{path}” would put a tag {levels} levels deep; tags can be at most {most} levels deep: use a shorter path",
    "not_colour": "“{colour}” is not a colour like #c0392b",
    "tag_exists": "a tag “{path}” exists already: merge the tags instead",
    "tag_inside_itself": "cannot move “{path}” inside itself",
    "tag_merged_into_itself": "a tag cannot be merged into itself",
    "tag_merged_into_sub_tag": "cannot merge “{path}” into its own sub-tag",
    "quote_empty": "the quote is empty",
    "quote_outside_text": "quote offsets {start}–{end} are outside the text (0–{length})",
    "text_changed_since_proposed": "the document's text changed since this quote was proposed",
    "trace_too_short": "the quote has {words} words: a statement to trace needs at least {least}",
    "saved_search_needs_name": "a saved search needs a name",
    "no_saved_search": "no saved search “{name}”",
    # ... to read a search (catalog.search.query, catalog.query_dates)
    "search_empty": "the search is empty",
    "search_too_long": "the search is longer than {most} characters",
    "search_not_a_field": "“{name}:” is not a field; use one of {fields}",
    "search_closes_nothing": "the “{char}” at character {at} closes nothing: remove it",
    "search_phrase_open": 'the phrase opened by the quotation mark at character {at} is never closed: add a closing "',
    "search_bracket_open": "the “{char}” at character {at} is never closed: add “{closing}” or remove it",
    "search_field_empty": "“{name}:” at character {at} has nothing after it: write what to look for, such as {name}:harbour",
    "search_date_impossible": "“{date}” at character {at} is not a date ({reason}): write dates as 2024-03-14",
    "search_not_a_date": "“{date}” at character {at} is not a date: {how}",
    "search_not_a_date_because": "“{date}” at character {at} is not a date ({reason}): {how}",
    "search_date_how": "write dates as 2024-03-14, 2024-03 or 2024, or a range as date:[2024-01-01 to 2024-06-30]",
    "date_month_range": "month must be in 1..12",
    "date_day_range": "day is out of range for month",
    "search_unreadable": "cannot read the search “{search}”: {reason}",
    "search_not_run": "the search “{search}” could not run: {reason}",
    "index_unavailable": "{path}: the search index is not available: {problem}",
    # an operation's name in the history and in Edit → Undo (catalog.store.Store.writing's label)
    "op_edit": "Edit",
    "op_edit_document": "Edit document",
    "op_create_quote": "Create quote",
    "op_edit_quote": "Edit quote",
    "op_edit_actor": "Edit actor",
    "op_accept_proposal": "Accept proposal",
    "op_reject_proposal": "Reject proposal",
    "op_restore_proposal": "Restore proposal",
    "op_accept_all": "Accept all proposals",
    "op_accept_all_of": "Accept all {group}",
    "op_reject_all": "Reject proposals",
    "op_reject_all_of": "Reject {group}",
    "op_empty_trash": "Empty trash",
    "op_reanchor": "Re-anchor quotes",
    "op_repair_chain": "Repair revision chain",
    "op_import_files": "Import files",
    "op_import": "Import {name}",
    "op_import_bundle": "Import bundle {name}",
    "op_add_actor": "Add actor {name}",
    "op_link": "Link {actor} ({role})",
    "op_unlink": "Unlink {actor}",
    "op_relate": "Relate {subject} – {relation}",
    "op_unrelate": "Unrelate {subject} – {relation}",
    "op_mark_different": "Mark “{first}” as different from “{second}”",
    "op_merge_actors": "Merge “{source}” into “{target}”",
    "op_save_search": "Save search {name}",
    "op_delete_saved_search": "Delete saved search {name}",
    "op_add_tag": "Add tag {path}",
    "op_tag_one": "Tag 1 record {path}",
    "op_tag": "Tag {count} records {path}",
    "op_untag_one": "Untag 1 record {path}",
    "op_untag": "Untag {count} records {path}",
    "op_rename_tag": "Rename tag {path}",
    "op_merge_tags": "Merge tag {source} into {target}",
    "op_delete_tag": "Delete tag {path}",
    "op_delete_one": "Delete 1 record",
    "op_delete": "Delete {count} records",
    "op_restore_one": "Restore 1 record",
    "op_restore": "Restore {count} records",
    "op_undo": "Undo {label}",
    "op_restore_version": "Restore the version of {when}",
    "op_restore_earlier": "Restore an earlier version",
    # what a long step is doing, as its progress reports it (the window's status bar)
    "progress_indexing": "Indexing",
    "progress_writing_index": "Writing the index",
    "progress_index_rebuilt": "Index rebuilt",
    "progress_links_refused": "failed: {count} links or special files in the folders",
    "progress_indexing_records": "Indexing {count} records for search",
    "progress_entry": "{name}: entry {done} of {total}",
    "progress_outcome": "{status}: {label}",
    "progress_unpacking": "Unpacking",
    "progress_checksums": "Checking checksums",
    "progress_reading_records": "Reading records",
    "progress_checking_originals": "Checking originals",
    "progress_other_formats": "Checking the other formats",
    "progress_bundle_checked": "Bundle checked",
    "progress_records": "Records",
    "progress_texts": "Texts",
    "progress_originals": "Originals",
    "progress_annotations": "Annotations",
    "progress_metadata": "Metadata",
    "progress_actors": "Actors",
    "progress_qda_project": "REFI-QDA project",
    "progress_reader": "Reader",
    "progress_tables": "Tables",
    "progress_bundle_written": "Bundle written",
    "progress_tags": "Tags",
    "progress_relations": "Relations",
    "progress_documents": "Documents",
    "progress_links": "Links",
    "progress_quotes": "Quotes",
    "progress_merged": "Merged",
    "progress_comparing_passages": "Comparing passages",
    "progress_writing_statements": "Writing the statements file",
    "progress_finding_passages": "Finding passages",
    "progress_finding_new_passages": "Finding passages in new texts",
    # why two actors may be one (catalog.services.duplicate_actors: a DuplicatePair's reason)
    "alike_identifier": "both have the identifier {identifier}",
    "alike_same_name": "both are called “{name}”",
    "alike_but_titles": "“{first}” and “{second}” differ only in titles, accents or punctuation",
    "alike_words_reordered": "“{first}” and “{second}” have the same words in another order",
    "alike_transliterated": "“{first}” and “{second}” are spelt alike (another transliteration?)",
    "alike_initials": "“{short}” may be “{long}” with initials",
    "alike_shorter_form": "“{short}” is a shorter form of “{long}”",
    "alike_part_of": "“{short}” is part of “{long}”",
    "alike_acronym": "“{short}” are the initials of “{long}”",
    "alike_misspelt": "“{first}” and “{second}” are spelt nearly alike",
    # what was repaired on the way to the passages several documents carry (StatementService.repaired)
    "statements_rebuilt": "the statements file was {reason}; it was rebuilt from the texts",
    "statements_damaged_rebuilt": "the statements file was damaged ({reason}); it was rebuilt from the texts",
    "statements_read_only": "{path}: the statements file is {reason}, and a read-only catalogue cannot build it",
    # the steps a sentence names: commands on the command line, menu items in the window (catalog.Step)
    "save_database_damaged_steps": "the database is damaged; run {check}, and {restore} to put back a backup",
    "originals_file_in_the_way": "{path}: the catalogue folder is damaged: `{folder}` is a file, not a folder: move that file elsewhere and put the `{folder}` folder back from a copy, then run {check}",
    "database_needs_restore": "repairing cannot mend the database file: put back the newest backup with {command}",
    "no_style_given": "no citation style given: name one, e.g. apa, chicago-author-date or mla",
    "not_a_style_close": "“{name}” is not a citation style; did you mean {close}?",
    "not_a_style": "“{name}” is not a citation style; {step} lists the common ones",
    "count_status": "{count} {status}",
    # a proposal in a reviewer's words (catalog.services.proposals.ProposalView): its group, one
    # of it and as a heading; its title; its evidence; all of it on one line
    "proposal_quotation": "Quotation",
    "proposal_pull_quote": "Pull quote",
    "proposal_excerpt": "Excerpt",
    "proposal_person": "Person",
    "proposal_organisation": "Organisation",
    "proposal_place": "Place",
    "proposal_event": "Event",
    "proposal_group": "Group",
    "proposals_quotation": "Quotations",
    "proposals_pull_quote": "Pull quotes",
    "proposals_excerpt": "Excerpts",
    "proposals_person": "People",
    "proposals_organisation": "Organisations",
    "proposals_place": "Places",
    "proposals_event": "Events",
    "proposals_group": "Groups",
    "proposal_by": "{group} by {speaker}",
    "proposal_by_unknown": "{group} by an unknown speaker",
    "proposal_named": "{group}: {name}",
    "proposal_speaker_described": "{described} (no name given)",
    "proposal_cue": "attribution words: “{cue}”",
    "proposal_no_cue": "quotation marks only, no attribution words",
    "proposal_pull_quote_box": "marked as a pull quote by the page",
    "proposal_pull_quote_box_cue": "marked as a pull quote by the page; “{cue}”",
    # a count the window says in the plural form its language needs (gui/catalog_text.py COUNTED)
    "proposal_mention_one": "{count} mention",
    "proposal_mentions": "{count} mentions",
    "proposal_not_mentioned": "not mentioned by name",
    "proposal_speaker_quoted": "quoted",
    "proposal_known_actor": "already in the catalogue as {name}",
    "proposal_quote_words": "{title}: “{exact}”",
    "proposal_line": "{words} — {evidence}; confidence {confidence}",
    **REFUSAL_SENTENCES,
}


class Step(str):
    """A step a sentence tells the user to take, filling one of its fields: as a ``str``, the
    command the command line runs ("`pressmark check`"); the window names the menu item that
    does it instead, by ``name`` (``gui/catalog_text.py``). Copies and pickles keep the name."""

    name: str

    def __new__(cls, name: str, command: str) -> Step:
        step = super().__new__(cls, command)
        step.name = name
        return step

    def __reduce__(self):
        return (Step, (self.name, str(self)))


# the steps a sentence may name, as the command line takes them
STEPS = {
    "check": Step("check", "`pressmark check`"),
    "restore": Step("restore", "`pressmark restore`"),
    "import": Step("import", "`pressmark import`"),
    "styles": Step("styles", "`pressmark cite --styles`"),
}


class Message(str):
    """The sentence ``SENTENCES[key]`` filled with ``fields``: as a ``str``, its English.

    ``fields`` keep the values as given (a field may itself be a Message, said in the same
    language as the sentence around it). Raises KeyError for an unknown key or a missing field.
    Copies and pickles keep the key and fields.
    """

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, /, **fields: object) -> Message:
        message = super().__new__(cls, SENTENCES[key].format(**fields))
        message.key = key
        message.fields = fields
        return message

    def __reduce__(self):  # str's own would make a plain str of it again
        return (_filled, (self.key, self.fields))


def joined(key: str, parts: list[str]) -> str:
    """``parts`` (at least one) as one Message, two at a time through the sentence ``key``
    (``list_pair``: "{first}, {second}"; ``clause_pair``: "{first}; {second}"): the text
    ``", ".join(parts)`` always was, each part still said in the window's language."""
    said = parts[0]
    for part in parts[1:]:
        said = Message(key, first=said, second=part)
    return said


def _filled(key: str, fields: dict[str, object]) -> Message:
    return Message(key, **fields)


@cache
def _operation_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each ``op_`` sentence as a pattern matching the labels written from it, those with the
    most words of their own first (so "Import bundle x" is not read as "Import {name}")."""
    patterns = []
    for key, template in SENTENCES.items():
        if not key.startswith("op_"):
            continue
        regex, fixed = "", 0
        for literal, name, _spec, _conversion in string.Formatter().parse(template):
            regex += re.escape(literal)
            fixed += len(literal)
            if name:
                regex += rf"(?P<{name}>\d+)" if name == "count" else rf"(?P<{name}>.+?)"
        patterns.append((fixed, key, re.compile(regex, re.DOTALL)))
    return [(key, pattern) for _fixed, key, pattern in sorted(patterns, key=lambda p: -p[0])]


def operation_message(label: str) -> str:
    """A stored operation label as the Message of the ``op_`` sentence it was written from,
    its fields as text (an undo's ``label`` is the label of the change it undid); ``label``
    itself when no sentence wrote it (a label of another version, or of a bundle made by
    hand). Any thread; raises nothing."""
    for key, pattern in _operation_patterns():
        found = pattern.fullmatch(label)
        if found is not None:
            message = Message(key, **found.groupdict())
            if message == label:
                return message
    return label
