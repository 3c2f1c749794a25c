"""Importing through the real paths: every author of an article is linked, in byline order."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from catalog import import_pool
from catalog.models import Actor, DocumentActor
from tests.catalog.importers.test_html import page

ARTICLE = """# {title}

By {byline}

Published 2024-03-01

The harbour board met on Tuesday and agreed to rebuild the north quay. Story {n}.
"""

NEW = ["Ines Varga", "Tom Reyes", "Mara Olsen"]


def _byline(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _article(names: list[str], n: int = 0) -> bytes:
    return ARTICLE.format(title=f"Quay story {n}", byline=_byline(names), n=n).encode()


def _known(catalog, names: list[str]) -> None:
    """Make ``names`` known actors, each by a document of its own."""
    for n, name in enumerate(names, start=100):
        assert catalog.documents.import_bytes(_article([name], n), f"known{n}.md").status == "imported"


def _authors(catalog, uuid: str) -> list[str]:
    return [a.name for a in catalog.documents.get(uuid).authors]


def _one_actor_per_name(catalog) -> None:
    with catalog.store.reading() as session:
        counts = session.execute(select(Actor.name, func.count()).group_by(Actor.name)).all()
        assert all(count == 1 for _name, count in counts), counts
        unlinked = session.scalars(
            select(Actor.name).where(~Actor.id.in_(select(DocumentActor.actor_id)))
        ).all()
        assert unlinked == []


@pytest.mark.parametrize(
    "known, names",
    [
        ([], NEW),  # every author new to the catalogue
        (NEW, NEW),  # every author known
        (["Tom Reyes"], NEW),  # a known one between new ones
        (["Ines Varga", "Mara Olsen"], NEW),  # a new one between known ones
        ([], ["Ines Varga", "Tom Reyes", "Ines Varga"]),  # one named twice: linked once
    ],
)
def test_every_author_is_linked_in_byline_order(catalog, known, names):
    _known(catalog, known)
    outcome = catalog.documents.import_bytes(_article(names), "article.md")
    assert _authors(catalog, outcome.document_uuid) == list(dict.fromkeys(names))
    _one_actor_per_name(catalog)


def test_import_file_links_every_author(catalog, tmp_path):
    path = tmp_path / "article.md"
    path.write_bytes(_article(NEW))
    outcome = catalog.documents.import_file(path)
    assert _authors(catalog, outcome.document_uuid) == NEW


@pytest.mark.parametrize("pooled", [False, True])
def test_a_batch_links_every_author_of_every_article(catalog, tmp_path, monkeypatch, pooled):
    """Batches add many articles in one transaction: authors new to the batch, authors that
    an earlier article of the batch created, and known authors all link."""
    if pooled:
        monkeypatch.setattr(import_pool, "POOL_MIN_FILES", 1)
        monkeypatch.setenv("PRESSMARK_IMPORT_WORKERS", "1")
    _known(catalog, ["Ada Brook"])
    folder = tmp_path / "in"
    folder.mkdir()
    bylines = [NEW, ["Tom Reyes", "Lena Fox", "Ada Brook"], ["Ada Brook", "Mara Olsen"], ["Lena Fox", "Ines Varga"]]
    for n, names in enumerate(bylines):
        (folder / f"{n:02d}.md").write_bytes(_article(names, n))
    outcomes = catalog.documents.import_paths([folder], batch=3)
    assert [o.status for o in outcomes] == ["imported"] * len(bylines)
    for outcome, names in zip(outcomes, bylines, strict=True):
        assert _authors(catalog, outcome.document_uuid) == names
    _one_actor_per_name(catalog)


def test_html_page_with_several_bylines_links_them_all(catalog):
    outcome = catalog.documents.import_bytes(page(byline="By Ann Lee, Bob Ray and Cy Dunn").encode(), "a.html")
    assert _authors(catalog, outcome.document_uuid) == ["Ann Lee", "Bob Ray", "Cy Dunn"]
    _one_actor_per_name(catalog)
