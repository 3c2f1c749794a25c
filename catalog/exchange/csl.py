"""Document metadata as CSL-JSON (``article-newspaper`` items) for reference managers.

Valid against the CSL-JSON schema (csl-data.json) and renderable by citeproc processors.
People's names are split into family and given name at the last space (the common case
for the articles Pressmark keeps); organisations and single names stay ``literal``.
A pure function of the bundle's records.
"""

from __future__ import annotations

from datetime import datetime

from catalog.exchange.records import ActorRecord, BundleContent


def csl_items(content: BundleContent) -> list[dict]:
    """One CSL item per document, ``id`` being the document's UUID."""
    actors = content.actors_by_uuid()
    links = content.links_by_document()
    paths = content.tag_paths()
    items = []
    for doc in content.documents:
        item: dict = {"id": doc.uuid, "type": "article-newspaper", "title": doc.title or "(untitled)"}
        authors = [actors[link.actor] for link in links.get(doc.uuid, []) if link.role == "author"]
        if authors:
            item["author"] = [csl_name(a) for a in authors]
        for key, value in (
            ("container-title", doc.publication),
            ("section", doc.section),
            ("URL", doc.url or doc.short_url),
            ("DOI", doc.doi),
            ("language", doc.language),
            ("abstract", doc.subtitle),
            ("note", doc.notes),
            ("source", doc.original_name),
        ):
            if value:
                item[key] = value
        issued = _date(doc.published_at, doc.published_text)
        if issued:
            item["issued"] = issued
        accessed = _date(doc.accessioned_at, "")
        if accessed:
            item["accessed"] = accessed
        tags = sorted(paths[t] for t in doc.tags)
        if tags:
            item["keyword"] = ", ".join(tags)
        item["custom"] = {"pressmark-uuid": doc.uuid, "subtitle": doc.subtitle, "short-url": doc.short_url}
        items.append(item)
    return items


def csl_name(actor: ActorRecord) -> dict:
    """A CSL name: family/given for a person with at least two words, else literal."""
    parts = actor.name.split()
    if actor.type == "person" and len(parts) >= 2:
        return {"family": parts[-1], "given": " ".join(parts[:-1])}
    return {"literal": actor.name}


def _date(moment: str | None, fallback: str) -> dict | None:
    if moment:
        when = datetime.fromisoformat(moment)
        return {"date-parts": [[when.year, when.month, when.day]]}
    if fallback:
        return {"literal": fallback}
    return None
