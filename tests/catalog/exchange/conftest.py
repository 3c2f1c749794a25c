"""Fixtures for the exchange tests: a tagged, annotated sample catalogue and its bundle."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

HOSTILE_NOTE = '<script>alert("x")</script> & “quotes”'


def prepare_sample(catalog, sample_file: Path) -> dict[str, str]:
    """Import the sample article, accept every proposal, and add tags, notes, links, ids."""
    outcome = catalog.documents.import_file(sample_file)
    catalog.proposals.accept_all()
    doc = outcome.document_uuid
    quotes = catalog.quotes.find(document=doc)
    castellan = catalog.actors.get("Helen Castellan").uuid
    trust = catalog.actors.get("Saltmere Archive Trust").uuid
    catalog.tags.add("Heritage", "#c0392b")
    catalog.tags.apply([doc, quotes[0].uuid], "Heritage/Archives")
    catalog.tags.apply([quotes[1].uuid, castellan], "People/Officials")
    catalog.quotes.update(quotes[2].uuid, note=HOSTILE_NOTE)
    catalog.actors.update(castellan, identifiers={"wikidata": "Q123"}, aliases=["H. Castellan"], dates="1961–")
    catalog.actors.relate(castellan, "chair of", trust)
    catalog.documents.update(doc, notes="Read in print first.")
    return {"document": doc, "quote": quotes[0].uuid, "noted_quote": quotes[2].uuid, "castellan": castellan, "trust": trust}


@pytest.fixture
def sample(catalog, sample_file) -> dict[str, str]:
    return prepare_sample(catalog, sample_file)


@dataclass
class Exported:
    """The prepared sample catalogue, exported once per session; tests must not change it."""

    catalog: object
    ids: dict[str, str]
    bundle: Path
    bag: Path


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> Exported:
    from catalog.catalog import Catalog

    folder = tmp_path_factory.mktemp("exported")
    cat = Catalog(folder / "catalogue")
    ids = prepare_sample(cat, REPO / "resources" / "sample" / "harbour-ledger-archive.md")
    bundle = folder / "sample-bundle.zip"
    cat.exchange.export_bundle(bundle)
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(folder / "extracted")
    (root,) = list((folder / "extracted").iterdir())
    yield Exported(cat, ids, bundle, root)
    cat.close()


@pytest.fixture
def bundle(exported, tmp_path) -> Path:
    """A copy of the sample bundle, free to alter."""
    return Path(shutil.copy(exported.bundle, tmp_path / "sample-bundle.zip"))


@pytest.fixture
def bag(exported, tmp_path) -> Path:
    """A copy of the extracted sample bag (extracted by zipfile, for the outside validators)."""
    return Path(shutil.copytree(exported.bag, tmp_path / "bag"))


@pytest.fixture
def other_catalog(tmp_path):
    from catalog.catalog import Catalog

    cat = Catalog(tmp_path / "other")
    yield cat
    cat.close()


@pytest.fixture
def a_and_b(tmp_path, sample_file):
    """Ann's catalogue holding the sample article, Ben's empty one (each its own author), the
    article's id and a folder for their bundles."""
    from catalog.catalog import Catalog
    from catalog.revisions.author import Author

    a = Catalog(tmp_path / "a", author=Author("Ann Archivist", "00000000-0000-4000-8000-00000000000a"))
    b = Catalog(tmp_path / "b", author=Author("Ben Researcher", "00000000-0000-4000-8000-00000000000b"))
    doc = a.documents.import_file(sample_file).document_uuid
    yield a, b, doc, tmp_path
    a.close()
    b.close()
