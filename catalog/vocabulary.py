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
    "short_url", "language", "image_caption", "notes", "rights", "end_matter",
})  # fmt: skip
QUOTE_EDITABLE = ("kind", "note", "speaker", "start", "end")
ACTOR_EDITABLE = ("name", "type", "description", "dates", "aliases", "identifiers")
