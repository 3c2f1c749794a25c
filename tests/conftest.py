"""Shared fixtures: every test gets its own catalogue folder and settings, never the user's."""

from __future__ import annotations

import os

# Qt tests run offscreen, whatever the shell says
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared; skips the test where it is absent, fails instead under CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{path} not found: the shared corpus lives beside the repository (../shared)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " — CI must have it")
        pytest.skip(reason)
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point the default catalogue and all user folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PRESSMARK_CATALOG", str(home / "default-catalogue"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def catalog(tmp_path):
    from catalog.catalog import Catalog

    cat = Catalog(tmp_path / "catalogue")
    yield cat
    cat.close()


@pytest.fixture
def seed_file() -> Path:
    seeds = shared_path("seeds")
    files = sorted(seeds.glob("*"))
    assert files, f"no seed in {seeds}"
    return files[0]


@pytest.fixture
def sample_file() -> Path:
    return REPO / "resources" / "sample" / "harbour-ledger-archive.md"


def add_text(catalog, title: str, body: str, **fields) -> str:
    """Add a plain-text article straight from its parts (no file); returns its UUID."""
    from catalog.importers.base import ParsedDocument
    from catalog.importing import add_parsed

    with catalog.store.writing() as (session, changes):
        parsed = ParsedDocument(format="text", title=title, body=body, **fields)
        doc = add_parsed(session, changes, parsed, f"{title}.txt", body.encode(), catalog.store.originals_dir)
        uuid = doc.uuid
    return uuid
