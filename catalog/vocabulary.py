"""The catalogue's fixed vocabularies, in one light module (no database, no third-party
imports), so the command line can offer them as choices without loading the catalogue."""

from __future__ import annotations

ACTOR_TYPES = ("person", "organisation", "place", "event", "group")
SPEAKER_TYPES = ("person", "organisation", "group")  # who can be quoted
QUOTE_KINDS = ("quotation", "pull_quote", "excerpt")
LINK_ROLES = ("author", "quoted", "mentioned", "subject")
RECORD_KINDS = ("document", "quote", "actor")
LISTS = ("documents", "quotes", "actors", "tags", "trash", "publications")
DOCUMENT_SORTS = ("date", "title", "publication", "added")
MERGE_POLICIES = ("mine", "theirs", "both")
DOCUMENT_EDITABLE = frozenset({
    "title", "subtitle", "publication", "section", "published_at", "published_text", "url",
    "short_url", "language", "image_caption", "notes", "rights", "end_matter", "doi", "page_kind",
    "captured_at",
})  # fmt: skip
# what a document is: an article; a page that is not one (a home page, a shop page), kept but
# marked so that it can be filtered out; a reference (a bibliographic entry with no text of its own)
PAGE_KINDS = ("article", "page", "reference")
# a document's fields added after revisions began (migration 0005), with the value that a
# state recorded before them stands for: a three-way merge reads a missing field as this
ADDED_FIELDS: dict[str, object] = {"doi": "", "page_kind": "article", "provenance": "", "captured_at": None}
QUOTE_EDITABLE = ("kind", "note", "speaker", "start", "end")
ACTOR_EDITABLE = ("name", "type", "description", "dates", "aliases", "identifiers")
