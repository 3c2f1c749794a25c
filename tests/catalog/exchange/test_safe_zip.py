"""Hostile zips: each is refused with a clear reason, the catalogue untouched, nothing written
outside a fresh temporary folder (which is gone afterwards)."""

from __future__ import annotations

import random
import shutil
import struct
import tempfile
import time
import warnings
import zipfile

import pytest

from catalog.errors import InvalidBundle
from catalog.exchange import safe_zip
from catalog.exchange.refusal import Refused
from catalog.exchange.safe_zip import ZipLimits, extract_zip, inspect_zip, name_problem
from catalog.exchange.verify import check_bundle
from tests.catalog.exchange.crafting import entry, raw_zip, repeated_zip

MIB = 1024 * 1024


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """Make every temporary folder of the import land (and be checked) here."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def no_extraction(monkeypatch):
    """Fail the test as soon as anything would be extracted: the refusal must come first."""

    def extract(*_args, **_kwargs):
        pytest.fail("extraction began before the archive was refused")

    monkeypatch.setattr(safe_zip, "_extract", extract)


def refused(catalog, path, match: str, scratch) -> str:
    before, generation = catalog.maintenance.stats(), catalog.maintenance.generation()
    originals = sorted(catalog.store.originals_dir.rglob("*"))
    with pytest.raises(InvalidBundle, match=match or None) as info:
        catalog.exchange.import_bundle(path)
    assert catalog.maintenance.stats() == before and catalog.maintenance.generation() == generation
    assert sorted(catalog.store.originals_dir.rglob("*")) == originals
    assert list(scratch.iterdir()) == [], "the temporary folder was not removed"
    assert not list(scratch.parent.rglob("evil*")), "a file was written outside the temporary folder"
    assert str(info.value).startswith(f"{path.name}: refused: ")
    return str(info.value)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("bundle/../../evil.txt", "“..”"),
        ("../evil.txt", "“..”"),
        ("/tmp/evil.txt", "absolute path"),
        ("bundle\\..\\..\\evil.txt", "backslash"),
        ("C:/evil.txt", "drive letter"),
        ("c:evil.txt", "drive letter"),
        ("bundle/./evil.txt", "“..”, “.” or empty part"),
        ("bundle//evil.txt", "empty part"),
        ("bundle/evil\n.txt", "control character"),
    ],
)
def test_path_traversal_is_refused(catalog, tmp_path, scratch, name, reason):
    path = raw_zip(tmp_path / "traversal.zip", [("bundle/bagit.txt", b"BagIt-Version: 1.0\n"), (entry(name), b"pwned")])
    assert reason in refused(catalog, path, "", scratch)


def test_symlink_and_special_files_are_refused(catalog, tmp_path, scratch):
    link = raw_zip(tmp_path / "link.zip", [(entry("bundle/data/evil-link", 0o120777), b"/etc/passwd")])
    assert "symbolic link" in refused(catalog, link, "", scratch)
    fifo = raw_zip(tmp_path / "fifo.zip", [(entry("bundle/data/evil-fifo", 0o010644), b"")])
    assert "special file" in refused(catalog, fifo, "", scratch)
    device = raw_zip(tmp_path / "device.zip", [(entry("bundle/data/evil-dev", 0o020644), b"")])
    assert "special file" in refused(catalog, device, "", scratch)


def test_duplicate_names_are_refused(catalog, tmp_path, scratch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate it writes
        twice = raw_zip(tmp_path / "twice.zip", [("bundle/bagit.txt", b"a"), ("bundle/bagit.txt", b"b")])
    assert "appears twice" in refused(catalog, twice, "", scratch)
    cased = raw_zip(tmp_path / "cased.zip", [("bundle/data/A.txt", b"a"), ("bundle/data/a.txt", b"b")])
    assert "appears twice" in refused(catalog, cased, "", scratch)
    clash = raw_zip(tmp_path / "clash.zip", [("bundle/data", b"a"), ("bundle/data/a.txt", b"b")])
    assert "both a file and a folder" in refused(catalog, clash, "", scratch)


def test_zip_bomb_by_compression_ratio_is_refused(catalog, tmp_path, scratch):
    bomb = raw_zip(tmp_path / "bomb.zip", [("bundle/data/zeros.txt", bytes(32 * 1024 * 1024))])
    assert zipfile.ZipFile(bomb).infolist()[0].compress_size < 100_000
    assert "like a zip bomb" in refused(catalog, bomb, "", scratch)


def test_zip_bomb_by_total_ratio_is_refused_before_extracting(catalog, tmp_path, scratch, no_extraction):
    """3,000 members of 1 MiB of zeros (each exactly at the old per-member floor): 3 GiB from 3 MB."""
    bomb = repeated_zip(tmp_path / "bomb.zip", [f"bundle/data/{i}.txt" for i in range(3000)], bytes(MIB))
    assert bomb.stat().st_size < 4 * MIB
    with pytest.raises(Refused, match="compressed 1,0[0-9][0-9] to 1, like a zip bomb"):
        inspect_zip(bomb)
    assert "like a zip bomb" in refused(catalog, bomb, "", scratch)


def test_every_member_and_the_whole_zip_have_their_ratio_checked(tmp_path):
    one = repeated_zip(tmp_path / "one.zip", ["bundle/data/zeros.txt"], bytes(MIB))
    with pytest.raises(Refused, match="“bundle/data/zeros.txt” is compressed .* like a zip bomb"):
        inspect_zip(one)
    # small members, each within what its ratio allows, that add up to a bomb
    many = repeated_zip(tmp_path / "many.zip", [f"bundle/data/{i}.txt" for i in range(400)], bytes(8000))
    limits = ZipLimits(max_ratio=20, ratio_floor=10_000)
    with pytest.raises(Refused, match="the zip as a whole is compressed .* like a zip bomb"):
        inspect_zip(many, limits)
    words = random.Random(7)
    texts = [" ".join(words.choice(("harbour", "ledger", "quay", "storm", "trust")) for _ in range(80)) for _ in range(400)]
    plain = raw_zip(tmp_path / "plain.zip", [(f"bundle/data/{i}.txt", text.encode()) for i, text in enumerate(texts)])
    assert len(inspect_zip(plain, limits)) == 400


def test_a_bundle_bigger_than_the_free_space_is_refused_before_extracting(catalog, bundle, scratch, monkeypatch, no_extraction):
    full = shutil.disk_usage(scratch)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: full._replace(free=1000))
    message = refused(catalog, bundle, "", scratch)
    assert "but only 1,000 bytes are free" in message and "TMPDIR" in message


def test_files_the_manifest_does_not_list_are_refused_before_extracting(catalog, bundle, tmp_path, scratch, no_extraction):
    root = zipfile.ZipFile(bundle).namelist()[0].split("/")[0]
    stowaway = tmp_path / "stowaway.zip"
    shutil.copy(bundle, stowaway)
    with zipfile.ZipFile(stowaway, "a") as archive:
        archive.writestr(f"{root}/data/stowaway.txt", b"x")
    assert "“data/stowaway.txt” is in the bag but not in manifest-sha256.txt" in refused(catalog, stowaway, "", scratch)
    top = tmp_path / "top.zip"
    shutil.copy(bundle, top)
    with zipfile.ZipFile(top, "a") as archive:
        archive.writestr(f"{root}/extra.txt", b"x")
    assert "“extra.txt” at the top of the bag is not listed in any tag manifest" in refused(catalog, top, "", scratch)
    folders = tmp_path / "folders.zip"
    shutil.copy(bundle, folders)
    with zipfile.ZipFile(folders, "a") as archive:
        for i in range(50):
            archive.writestr(f"{root}/data/empty-{i}/", b"")
    assert "50 folders in the zip, but the files its manifests list lie in only" in refused(catalog, folders, "", scratch)


def test_thousands_of_unlisted_files_are_refused_at_once(catalog, bundle, tmp_path, scratch, no_extraction):
    root = zipfile.ZipFile(bundle).namelist()[0].split("/")[0]
    stuffed = tmp_path / "stuffed.zip"
    shutil.copy(bundle, stuffed)
    with zipfile.ZipFile(stuffed, "a") as archive:
        for i in range(20_000):
            archive.writestr(f"{root}/data/junk/{i}.txt", b"x")
    started = time.monotonic()
    message = refused(catalog, stuffed, "", scratch)
    assert time.monotonic() - started < 3
    assert "is in the bag but not in manifest-sha256.txt (20,0" in message and "files in the zip, but its manifests list only" in message
    loose = repeated_zip(tmp_path / "loose.zip", [f"junk/{i}.txt" for i in range(20_000)], b"x")
    assert "no BagIt bag" in refused(catalog, loose, "", scratch)


def test_member_count_and_total_size_limits(tmp_path, scratch):
    many = raw_zip(tmp_path / "many.zip", [(f"bundle/data/{i}.txt", b"x") for i in range(20)])
    with pytest.raises(InvalidBundle, match="20 files in the zip, more than the 10 allowed"):
        check_bundle(many, ZipLimits(max_members=10))
    big = raw_zip(tmp_path / "big.zip", [("bundle/data/a.txt", b"x" * 5000), ("bundle/data/b.txt", b"y" * 5000)])
    with pytest.raises(InvalidBundle, match="expand to 10,000 bytes, more than the 8,000 allowed"):
        check_bundle(big, ZipLimits(max_total_bytes=8000))
    with pytest.raises(InvalidBundle, match="expand to 5,000 bytes"):
        check_bundle(big, ZipLimits(max_member_bytes=4000))
    assert list(scratch.iterdir()) == []


def test_overlapping_entries_are_refused(catalog, tmp_path, scratch):
    """Two directory entries sharing one local file's data: the CVE-2024-0450 zip bomb shape."""
    path = raw_zip(tmp_path / "overlap.zip", [("bundle/data/a.txt", b"a" * 1000), ("bundle/data/b.txt", b"b" * 1000)])
    data = bytearray(path.read_bytes())
    second = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 4)
    struct.pack_into("<I", data, second + 42, 0)  # b.txt's local header offset := a.txt's
    path.write_bytes(bytes(data))
    assert "overlap inside the zip" in refused(catalog, path, "", scratch)


def test_damaged_lying_and_encrypted_zips_are_refused(catalog, tmp_path, scratch):
    not_zip = tmp_path / "not.zip"
    not_zip.write_bytes(b"PK\x03\x04 this is no zip")
    assert "not a readable zip" in refused(catalog, not_zip, "", scratch)
    locked = zipfile.ZipInfo("bundle/bagit.txt")
    locked.flag_bits |= 0x1
    encrypted = raw_zip(tmp_path / "encrypted.zip", [(locked, b"BagIt-Version: 1.0\n")])
    assert "encrypted" in refused(catalog, encrypted, "", scratch)
    # the first member (the manifest, read before extracting) says it holds 10 bytes
    lying = raw_zip(tmp_path / "lying.zip", [("bundle/manifest-sha256.txt", b"BagIt-Version: 1.0\n" * 50), ("bundle/bagit.txt", b"")])
    data = bytearray(lying.read_bytes())
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, 22, 10)  # the local header's uncompressed size
    struct.pack_into("<I", data, central + 24, 10)  # and the directory's
    lying.write_bytes(bytes(data))
    assert "manifest-sha256.txt” is damaged" in refused(catalog, lying, "", scratch)
    (tmp_path / "out").mkdir()
    with pytest.raises(Refused, match="a file in the zip is damaged"):
        extract_zip(lying, tmp_path / "out")


def test_missing_file_is_refused(catalog, tmp_path, scratch):
    assert "no such file" in refused(catalog, tmp_path / "nowhere.zip", "", scratch)


def test_name_rules():
    assert name_problem("bundle/data/texts/a.txt") is None
    for bad in ("", "a/../b", "/a", "a\\b", "D:/x", "a//b", "./a", "x" * 600, "data/CON.txt", "data/a?.txt", "data/a. "):
        assert name_problem(bad), bad
