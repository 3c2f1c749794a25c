"""The sample article a new catalogue starts with."""

from __future__ import annotations

import pytest

from catalog.errors import DuplicateDocument
from catalog.sample import DOCUMENT_TAG, QUOTE_TAG, sample_article_path, seed_sample


def test_sample_ships_with_the_package():
    assert sample_article_path().is_file()


def test_seed_imports_accepts_and_tags(catalog):
    changes = seed_sample(catalog, sample_article_path())
    (uuid,) = changes.created["document"]
    doc = catalog.documents.get(uuid)
    assert doc.tags == [DOCUMENT_TAG]
    assert doc.quotes and all(q.tags == [QUOTE_TAG] for q in doc.quotes)
    assert {q.uuid for q in doc.quotes} == changes.created["quote"]
    assert catalog.proposals.find(uuid) == []
    assert {t.path: t.colour for t in catalog.tags.find()}[DOCUMENT_TAG] == "#2e86c1"
    assert catalog.search.run("memory", record_type="quote").total >= 1


def test_seeding_twice_is_refused(catalog):
    seed_sample(catalog, sample_article_path())
    with pytest.raises(DuplicateDocument):
        seed_sample(catalog, sample_article_path())
