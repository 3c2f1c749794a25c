"""Property-based hostile input: nothing raises past the importer or query boundary.

Every failure is a PressmarkError (a clear, one-line message naming the file); a failed
import leaves the catalogue unchanged.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.errors import PressmarkError
from catalog.exchange.refusal import Refused
from catalog.exchange.safe_zip import ZipLimits, inspect_zip
from catalog.importers import parse_bytes
from catalog.search import query as search_query
from catalog.search.schema import build_schema
from tests.catalog.exchange.crafting import repeated_zip

NAMES = st.sampled_from(["a.html", "b.md", "c.txt", "d.pdf", "e.docx", "noext", "\u202eevil\u0301.txt", "x\udcff.md"])
RTL_AND_COMBINING = st.text(
    alphabet=st.characters(codec=None, exclude_categories=("Cs",)) | st.sampled_from("\u200f\u200e\u202e\u0301\u0651\x00"),
    max_size=400,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _parse_or_clear_error(data: bytes, name: str) -> None:
    try:
        parsed = parse_bytes(data, name)
    except PressmarkError as exc:
        message = str(exc)
        assert message.startswith(name)
        assert "\n" not in message and len(message) < 1000, message
        return
    assert parsed.body.strip()


@FUZZ
@given(data=st.binary(max_size=3000), name=NAMES)
def test_random_bytes(data, name):
    _parse_or_clear_error(data, name)


@FUZZ
@given(text=RTL_AND_COMBINING, name=NAMES)
def test_random_unicode(text, name):
    _parse_or_clear_error(text.encode("utf-8", "surrogatepass"), name)


@FUZZ
@given(prefix=st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"# T\n\n## H\n\n[A](#), May 06, 2023 20:55\n\n"]), tail=st.binary(max_size=2000))
def test_format_headers_with_garbage(prefix, tail):
    for name in ("x.pdf", "x.docx", "x.html", "x.md"):
        _parse_or_clear_error(prefix + tail, name)


@pytest.mark.parametrize(
    "data",
    [
        b"> " * 5000 + b"deep quote",
        b"*" * 20000,
        b"[" * 10000 + b"x" + b"]" * 10000,
        b"word " * 400_000,  # one gigantic line
        b"<div>" * 20000 + b"text" + b"</div>" * 20000,
        b"# T\n\n" + b"\t" * 100000,
    ],
    ids=["deep-quote", "stars", "brackets", "giant-line", "deep-html", "tabs"],
)
def test_pathological_documents(data):
    for name in ("x.md", "x.html", "x.txt"):
        _parse_or_clear_error(data, name)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_failed_import_leaves_catalogue_unchanged(catalog, data):
    before = (catalog.maintenance.stats(), catalog.maintenance.generation())
    try:
        catalog.documents.import_bytes(b"\x00\x01" + data, "junk.bin")
    except PressmarkError:
        pass
    assert (catalog.maintenance.stats(), catalog.maintenance.generation()) == before


_PARSER = search_query.build_parser(build_schema())


@FUZZ
@given(text=st.text(max_size=200) | st.text(alphabet='abc :*~"()[]^-+ANDORNOT0123456789', max_size=80))
def test_query_parser_never_raises_anything_but_invalid_input(text):
    try:
        search_query.parse_query(_PARSER, text)
    except PressmarkError:
        pass


@FUZZ
@given(text=st.text(alphabet='ab :*~"()[]AND OR NOT title:tag:date:2023-', max_size=60))
def test_search_never_crashes(catalog, text):
    try:
        catalog.search.run(text)
    except PressmarkError:
        pass


@FUZZ
@given(
    count=st.integers(1, 200), size=st.integers(0, 20_000), noise=st.integers(0, 20_000),
    ratio=st.integers(2, 300), floor=st.integers(0, 100_000),
)  # fmt: skip
def test_whatever_inspect_zip_accepts_expands_within_its_ratio(tmp_path, count, size, noise, ratio, floor):
    """Members of zeros with some random bytes in each, in any number: a zip that passes
    inspection expands to at most max_ratio times its own size, plus the floor."""
    content = bytes(size) + random.Random(noise).randbytes(noise)
    path = repeated_zip(tmp_path / "fuzzed.zip", [f"bundle/data/{i}.txt" for i in range(count)], content)
    try:
        infos = inspect_zip(path, ZipLimits(max_ratio=ratio, ratio_floor=floor))
    except Refused:
        return
    assert sum(info.file_size for info in infos) <= ratio * path.stat().st_size + floor


@pytest.fixture(scope="module")
def small_catalogue(tmp_path_factory):
    """A small catalogue folder (one article, its proposals accepted, a backup), made once."""
    from catalog.catalog import Catalog
    from tests.conftest import REPO

    folder = tmp_path_factory.mktemp("fuzz-db") / "c"
    with Catalog(folder) as cat:
        cat.documents.import_file(REPO / "resources" / "sample" / "harbour-ledger-archive.md")
        cat.proposals.accept_all()
        cat.maintenance.backup()
    return folder


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    cuts=st.lists(st.tuples(st.integers(min_value=0, max_value=400_000), st.binary(min_size=1, max_size=600)), max_size=4),
    keep=st.one_of(st.none(), st.integers(min_value=0, max_value=400_000)),
)
def test_a_damaged_database_never_raises_anything_but_a_clear_error(tmp_path_factory, small_catalogue, cuts, keep):
    """Bytes overwritten anywhere, or the file cut anywhere: opening, reading and checking the
    catalogue either work or fail with one clear line; a database that cannot be opened is
    left exactly as it was (never replaced by a fresh one)."""
    import shutil

    from catalog.catalog import Catalog

    folder = tmp_path_factory.mktemp("damaged") / "c"
    shutil.copytree(small_catalogue, folder)
    db = folder / "catalog.sqlite"
    data = bytearray(db.read_bytes())
    for offset, garbage in cuts:
        offset %= len(data)
        data[offset : offset + len(garbage)] = garbage[: len(data) - offset]
    if keep is not None:
        data = data[: keep % (len(data) + 1)]
    db.write_bytes(bytes(data))
    try:
        with Catalog(folder, index_repair="later") as cat:
            cat.maintenance.stats()
            cat.maintenance.check()
            cat.documents.find()
    except PressmarkError as exc:
        assert "\n" not in str(exc), str(exc)
        if "the catalogue is damaged" in str(exc) and "cannot be read" not in str(exc):
            assert db.read_bytes() == bytes(data), "a refused database must be left as it was"
