"""Citations: a document, a quote or a selection of words with its source, and the
bibliography of several documents or of a tag, in a CSL style (``catalog.citations``).

Read-only: nothing here writes to the catalogue. Documents become CSL-JSON through the
mapping bundles use (:func:`catalog.exchange.csl.csl_items`); rendering is
:mod:`catalog.citations`. Any thread. Styles are named as ``pressmark cite --style`` takes
them (``apa``, ``chicago-author-date``, ``mla``, any installed style); an unknown one raises
InvalidInput listing close matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from catalog import citations
from catalog.citation_styles import COMMON_STYLES, DEFAULT_STYLE, installed_styles, resolve_style
from catalog.errors import InvalidInput, NotFound
from catalog.exchange import snapshot
from catalog.exchange.csl import csl_items
from catalog.exchange.records import BundleContent
from catalog.lookup import any_by_ref, tag_by_path
from catalog.models import Document, Quote, document_tags, quote_tags
from catalog.services.tags import subtree_ids
from catalog.store import Store


class CitationService:
    """``catalog.citations``: built with the store it reads."""

    def __init__(self, store: Store):
        self.store = store

    # ----- styles ------------------------------------------------------------------------
    def common_styles(self) -> dict[str, str]:
        """The dozen styles offered first: name -> a label to show."""
        return dict(COMMON_STYLES)

    def installed_styles(self) -> tuple[str, ...]:
        """Every style that can be named, sorted (some ten thousand)."""
        return installed_styles()

    def resolve_style(self, name: str) -> str:
        """The style's installed name for ``name`` (or an alias like ``mla``). Raises
        InvalidInput with close matches for an unknown one."""
        return resolve_style(name)

    # ----- one record ----------------------------------------------------------------------
    def cite(self, ref: str, style: str = DEFAULT_STYLE, format: str = "text", excerpt: str = "") -> str:
        """``ref`` (a document's or a quote's id) with its source, in ``style``.

        A document gives its reference (the bibliography entry); with ``excerpt`` (words
        selected in it) the words in quotation marks followed by the citation. A quote gives
        its words in quotation marks followed by the citation, naming its speaker when the
        speaker is not one of the document's authors. ``format``: text, html or csl-json (the
        document's item). Raises NotFound for an unknown id, InvalidInput for a bad style or
        format.
        """
        citations.check_format(format)
        resolve_style(style)
        with self.store.reading() as session:
            kind, record = any_by_ref(session, ref)
            if kind == "actor":
                raise InvalidInput(f"“{record.name}” is an actor: cite a document or a quote")
            document = record.document if kind == "quote" else record
            uuid = record.uuid
            content = self._content(session, [document.uuid])
        items = csl_items(content)
        if not items:
            raise NotFound(f"the document of “{ref}” is in the trash")
        (item,) = items
        if kind == "document" and not excerpt.strip():
            return citations.cite_item(item, style, format)
        if kind == "document":
            return citations.cite_quote(excerpt, "", item, style, format)
        quote = next(q for q in content.quotes if q.uuid == uuid)
        return citations.cite_quote(quote.exact, _speaker_not_author(content, quote.speaker), item, style, format)

    # ----- several -------------------------------------------------------------------------
    def bibliography(
        self, refs: Sequence[str] = (), tag: str | None = None, style: str = DEFAULT_STYLE, format: str = "text",
        fragment: bool = False,
    ) -> str:
        """The bibliography of the documents ``refs`` names (a quote stands for its document)
        and, with ``tag``, of the documents tagged with it or a sub-tag or holding a quote so
        tagged; each document once, sorted as the style says. ``format``: text (an entry a
        line), html (a page; with ``fragment`` only the entries, to paste) or csl-json.
        Raises NotFound for an unknown id or tag, InvalidInput when nothing is chosen or for
        a bad style or format.
        """
        citations.check_format(format)
        resolve_style(style)
        with self.store.reading() as session:
            uuids = self._document_uuids(session, refs, tag)
            if not uuids:
                what = f"the tag “{tag}” is on no document or quote" if tag else "no document was chosen"
                raise InvalidInput(f"nothing to cite: {what}")
            content = self._content(session, uuids)
        title = f"Bibliography: {tag}" if tag and not refs else "Bibliography"
        return citations.render_bibliography(csl_items(content), style, format, title=title, fragment=fragment)

    def _document_uuids(self, session, refs: Sequence[str], tag: str | None) -> list[str]:
        uuids: list[str] = []
        for ref in refs:
            kind, record = any_by_ref(session, ref)
            if kind == "actor":
                raise InvalidInput(f"“{record.name}” is an actor: cite documents or quotes")
            uuids.append(record.document.uuid if kind == "quote" else record.uuid)
        if tag is not None:
            tag_ids = subtree_ids(session, tag_by_path(session, tag))
            tagged = select(Document.uuid).join(document_tags).where(document_tags.c.tag_id.in_(tag_ids))
            quoted = (
                select(Document.uuid)
                .join(Quote, Quote.document_id == Document.id)
                .join(quote_tags, quote_tags.c.quote_id == Quote.id)
                .where(quote_tags.c.tag_id.in_(tag_ids), Quote.deleted_at.is_(None))
            )
            live = Document.deleted_at.is_(None)
            uuids += sorted(set(session.scalars(tagged.where(live))) | set(session.scalars(quoted.where(live))))
        return list(dict.fromkeys(uuids))

    @staticmethod
    def _content(session, uuids: list[str]) -> BundleContent:
        return snapshot.read_content(session, uuids, bundle_id="", label="", exported_at="")


def _speaker_not_author(content: BundleContent, speaker: str | None) -> str:
    """The speaker's name, or "" when unknown or one of the document's authors."""
    if speaker is None:
        return ""
    authors = {link.actor for link in content.links if link.role == "author"}
    if speaker in authors:
        return ""
    actor = content.actors_by_uuid().get(speaker)
    return actor.name if actor is not None else ""
