"""The bundle is a BagIt 1.0 bag the Library of Congress validator accepts, and we check bags."""

from __future__ import annotations

import bagit
import pytest

from catalog.exchange.bag import check_bag
from catalog.exchange.refusal import Refused


def test_library_of_congress_validator_accepts_the_bag(bag):
    loc = bagit.Bag(str(bag))
    assert loc.version_info == (1, 0)
    assert set(loc.algorithms) == {"sha256", "sha512"}
    assert loc.validate(completeness_only=False)
    assert loc.is_valid()
    assert (bag / "bagit.txt").read_text() == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    info = loc.info
    assert info["Bag-Software-Agent"].startswith("Pressmark") and "Payload-Oxum" in info
    tag_files = (bag / "tagmanifest-sha512.txt").read_text()
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"):
        assert name in tag_files


def test_our_check_agrees_and_catches_tampering(bag):
    assert check_bag(bag)["Payload-Oxum"]
    text = next((bag / "data" / "texts").iterdir())
    text.write_text(text.read_text() + "!")
    with pytest.raises(Refused, match="checksum does not match"):
        check_bag(bag)
    assert not bagit.Bag(str(bag)).is_valid()


def test_file_not_in_manifest_and_other_version_are_refused(bag):
    (bag / "data" / "stowaway.txt").write_text("hello")
    with pytest.raises(Refused, match="stowaway.txt” is in the bag but not in manifest"):
        check_bag(bag)
    (bag / "data" / "stowaway.txt").unlink()
    (bag / "bagit.txt").write_text("BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n")
    with pytest.raises(Refused, match="BagIt version 0.97"):
        check_bag(bag)


def test_unlisted_tag_file_and_missing_manifest_are_refused(bag):
    (bag / "extra.txt").write_text("not listed")
    with pytest.raises(Refused, match="extra.txt” at the top of the bag"):
        check_bag(bag)
    (bag / "extra.txt").unlink()
    (bag / "manifest-sha512.txt").unlink()
    with pytest.raises(Refused, match="no manifest-sha512.txt"):
        check_bag(bag)
