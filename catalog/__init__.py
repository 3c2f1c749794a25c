"""Pressmark's domain: storage, search, import, extraction, exchange. Never imports Qt.

The public API, the only names the window (``gui/``) and the command line (``catalog/cli``)
use, is below: :class:`Catalog` and its services, and the values they take and return. Each is
loaded on first use, so that importing a small module of the package (a worker process reading
files) does not load the whole of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> the module that defines it
_EXPORTS: dict[str, str] = {
    # the catalogue and its unit of work
    "Catalog": "catalog.catalog",
    "Changes": "catalog.changes",
    "CancelToken": "catalog.store",
    "Cancelled": "catalog.store",
    "Progress": "catalog.store",
    # errors
    "PressmarkError": "catalog.errors",
    "CatalogUnavailable": "catalog.errors",
    "CatalogDamaged": "catalog.errors",
    "InvalidInput": "catalog.errors",
    "InvalidBundle": "catalog.errors",
    "NotFound": "catalog.errors",
    "ImportFailed": "catalog.errors",
    "DuplicateDocument": "catalog.errors",
    "SaveFailed": "catalog.errors",
    "describe": "catalog.errors",
    "explain": "catalog.errors",
    # a sentence for the user, with its key and values (for a front end's own language)
    "Message": "catalog.messages",
    "MESSAGE_SENTENCES": "catalog.messages",
    "Step": "catalog.messages",
    "STEPS": "catalog.messages",
    "operation_message": "catalog.messages",
    # what the services return
    "DocumentView": "catalog.views",
    "QuoteView": "catalog.views",
    "ActorView": "catalog.views",
    "ActorRef": "catalog.views",
    "TagView": "catalog.views",
    "to_json": "catalog.views",
    "ImportOutcome": "catalog.importing",
    "MonthActivity": "catalog.services.documents",
    "ActorSummary": "catalog.services.actors",
    "CoQuotation": "catalog.services.actors",
    "DuplicatePair": "catalog.services.actors",
    "SpokenQuote": "catalog.services.actor_said",
    "DIFFERENT_FROM": "catalog.services.actors",
    "IDENTIFIER_SCHEMES": "catalog.services.actor_identifiers",
    "checked_identifier": "catalog.services.actor_identifiers",
    "TagCount": "catalog.services.tags",
    "TrashItem": "catalog.services.trash",
    "ProposalView": "catalog.services.proposals",
    "ProposalFilter": "catalog.services.proposals",
    "PROPOSAL_GROUPS": "catalog.services.proposals",
    "group_words": "catalog.services.proposals",
    "plural": "catalog.services.proposals",
    "SavedSearchView": "catalog.services.search",
    "SearchResults": "catalog.search.query",
    "date_problem": "catalog.query_dates",
    "KwicLine": "catalog.kwic",
    "KWIC_COLUMNS": "catalog.kwic",
    "KWIC_RECORDS": "catalog.kwic",
    "kwic_lines": "catalog.kwic",
    "write_kwic_csv": "catalog.kwic",
    "left_sort_key": "catalog.kwic",
    "Occurrence": "catalog.services.statements",
    "ReusedPassage": "catalog.services.statements",
    "WordChange": "catalog.reuse.align",
    "CheckReport": "catalog.services.maintenance",
    "Problem": "catalog.services.maintenance",
    "BundleCheck": "catalog.exchange.verify",
    "ExportSummary": "catalog.exchange.export",
    "MergeReport": "catalog.exchange.merge_report",
    "MergeEntry": "catalog.exchange.merge_report",
    "MERGE_KINDS": "catalog.exchange.merge_report",
    "CONFLICT_POLICIES": "catalog.exchange.merge_report",
    "MERGE_RESOLUTIONS": "catalog.exchange.merge_report",
    "EARLIER_COPY": "catalog.exchange.merge_report",
    "UndoStatus": "catalog.revisions.history",
    "UndoBlocked": "catalog.revisions.history",
    "OperationView": "catalog.revisions.history",
    "RevisionView": "catalog.revisions.history",
    "CITATION_FORMATS": "catalog.citations",
    "DEFAULT_CITATION_STYLE": "catalog.citation_styles",
    "COMMON_CITATION_STYLES": "catalog.citation_styles",
    "CITATION_STYLE_ALIASES": "catalog.citation_styles",
    "installed_citation_styles": "catalog.citation_styles",
    # the person making the changes
    "Author": "catalog.revisions.author",
    "current_author": "catalog.revisions.author",
    "default_name": "catalog.revisions.author",
    "name_from_environment": "catalog.revisions.author",
    # vocabulary
    "ACTOR_TYPES": "catalog.vocabulary",
    "QUOTE_KINDS": "catalog.vocabulary",
    "LINK_ROLES": "catalog.vocabulary",
    "DOCUMENT_EDITABLE": "catalog.vocabulary",
    "PAGE_KINDS": "catalog.vocabulary",
    "QUOTE_EDITABLE": "catalog.vocabulary",
    "ACTOR_EDITABLE": "catalog.vocabulary",
    "SPEAKER_TYPES": "catalog.vocabulary",
    "RECORD_KINDS": "catalog.vocabulary",
    "LISTS": "catalog.vocabulary",
    "DOCUMENT_SORTS": "catalog.vocabulary",
    "MERGE_POLICIES": "catalog.vocabulary",
    # the catalogue folder
    "default_catalog_path": "catalog.location",
    "is_catalog": "catalog.location",
    "CATALOG_ENV_VAR": "catalog.location",
    "restore_into": "catalog.backup",
    "new_catalogue_problem": "catalog.user_files",
    "distinct_names": "catalog.user_files",
    "files_to_import": "catalog.importing",
    "listed_outcomes": "catalog.importing",
    "outcome_counts": "catalog.importing",
    "outcome_summary": "catalog.importing",
    "BACKUP_PREFIX": "catalog.backup",
    "BACKUP_SUFFIX": "catalog.backup",
    "sample_article_path": "catalog.sample",
    "seed_sample": "catalog.sample",
    # text offsets as the window's widgets count them
    "codepoint_to_utf16": "catalog.text",
    "utf16_to_codepoint": "catalog.text",
}
# exported under another name than the module's own
_RENAMED = {
    "MERGE_KINDS": "KINDS",
    "CONFLICT_POLICIES": "POLICIES",
    "MERGE_RESOLUTIONS": "RESOLUTIONS",
    "MESSAGE_SENTENCES": "SENTENCES",
    "CATALOG_ENV_VAR": "ENV_VAR",
    "BACKUP_PREFIX": "PREFIX",
    "BACKUP_SUFFIX": "SUFFIX",
    "CITATION_FORMATS": "FORMATS",
    "DEFAULT_CITATION_STYLE": "DEFAULT_STYLE",
    "COMMON_CITATION_STYLES": "COMMON_STYLES",
    "CITATION_STYLE_ALIASES": "ALIASES",
    "installed_citation_styles": "installed_styles",
    "files_to_import": "expand_paths",
    "IDENTIFIER_SCHEMES": "KNOWN_SCHEMES",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'catalog' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # what a type checker sees; at run time __getattr__ loads each on first use
    from catalog.backup import PREFIX as BACKUP_PREFIX
    from catalog.backup import SUFFIX as BACKUP_SUFFIX
    from catalog.backup import restore_into
    from catalog.catalog import Catalog
    from catalog.changes import Changes
    from catalog.citation_styles import ALIASES as CITATION_STYLE_ALIASES
    from catalog.citation_styles import COMMON_STYLES as COMMON_CITATION_STYLES
    from catalog.citation_styles import DEFAULT_STYLE as DEFAULT_CITATION_STYLE
    from catalog.citation_styles import installed_styles as installed_citation_styles
    from catalog.citations import FORMATS as CITATION_FORMATS
    from catalog.errors import (
        CatalogDamaged,
        CatalogUnavailable,
        DuplicateDocument,
        ImportFailed,
        InvalidBundle,
        InvalidInput,
        NotFound,
        PressmarkError,
        SaveFailed,
        describe,
        explain,
    )
    from catalog.exchange.export import ExportSummary
    from catalog.exchange.merge_report import EARLIER_COPY, MergeEntry, MergeReport
    from catalog.exchange.merge_report import KINDS as MERGE_KINDS
    from catalog.exchange.merge_report import POLICIES as CONFLICT_POLICIES
    from catalog.exchange.merge_report import RESOLUTIONS as MERGE_RESOLUTIONS
    from catalog.exchange.verify import BundleCheck
    from catalog.importing import ImportOutcome, listed_outcomes, outcome_counts, outcome_summary
    from catalog.importing import expand_paths as files_to_import
    from catalog.kwic import (
        KWIC_COLUMNS,
        KWIC_RECORDS,
        KwicLine,
        kwic_lines,
        left_sort_key,
        write_kwic_csv,
    )
    from catalog.location import ENV_VAR as CATALOG_ENV_VAR
    from catalog.location import default_catalog_path, is_catalog
    from catalog.messages import SENTENCES as MESSAGE_SENTENCES
    from catalog.messages import STEPS, Message, Step, operation_message
    from catalog.query_dates import date_problem
    from catalog.reuse.align import WordChange
    from catalog.revisions.author import Author, current_author, default_name, name_from_environment
    from catalog.revisions.history import OperationView, RevisionView, UndoBlocked, UndoStatus
    from catalog.sample import sample_article_path, seed_sample
    from catalog.search.query import SearchResults
    from catalog.services.actor_identifiers import KNOWN_SCHEMES as IDENTIFIER_SCHEMES
    from catalog.services.actor_identifiers import checked_identifier
    from catalog.services.actor_said import SpokenQuote
    from catalog.services.actors import DIFFERENT_FROM, ActorSummary, CoQuotation, DuplicatePair
    from catalog.services.documents import MonthActivity
    from catalog.services.maintenance import CheckReport, Problem
    from catalog.services.proposals import (
        PROPOSAL_GROUPS,
        ProposalFilter,
        ProposalView,
        group_words,
        plural,
    )
    from catalog.services.search import SavedSearchView
    from catalog.services.statements import Occurrence, ReusedPassage
    from catalog.services.tags import TagCount
    from catalog.services.trash import TrashItem
    from catalog.store import Cancelled, CancelToken, Progress
    from catalog.text import codepoint_to_utf16, utf16_to_codepoint
    from catalog.user_files import distinct_names, new_catalogue_problem
    from catalog.views import ActorRef, ActorView, DocumentView, QuoteView, TagView, to_json
    from catalog.vocabulary import (
        ACTOR_EDITABLE,
        ACTOR_TYPES,
        DOCUMENT_EDITABLE,
        DOCUMENT_SORTS,
        LINK_ROLES,
        LISTS,
        MERGE_POLICIES,
        PAGE_KINDS,
        QUOTE_EDITABLE,
        QUOTE_KINDS,
        RECORD_KINDS,
        SPEAKER_TYPES,
    )
