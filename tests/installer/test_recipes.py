"""The packaging recipes without building anything: icons, the version's one home, the entries."""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
import sys
from pathlib import Path

from babel import localedata

from catalog import __version__
from catalog.importers import printed_dates
from tests.conftest import REPO

INSTALLER = REPO / "installer"
# installer/ is a folder of recipes, not a package (and PyPI has one named `installer`)
_spec = importlib.util.spec_from_file_location("pressmark_app_icons", INSTALLER / "app_icons.py")
app_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(app_icons)


def test_icons_are_valid_containers_of_pngs(tmp_path):
    written = app_icons.write_icons(tmp_path)
    assert written["png256"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(app_icons.ICO_SIZES))
    sides = []
    for i in range(count):
        side, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sides.append(side or 256)
    assert sides == sorted(app_icons.ICO_SIZES)

    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind, length = icns[position:position + 4], struct.unpack_from(">I", icns, position + 4)[0]
        assert icns[position + 8:position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(icns) and b"ic10" in kinds and b"icp4" in kinds


def test_version_lives_only_in_catalog():
    """The recipes read catalog.__version__ at build time; none of them spells it out."""
    pattern = re.compile(rf"(?<![\d.]){re.escape(__version__)}(?![\d.])")
    for path in INSTALLER.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert not pattern.search(path.read_text(encoding="utf-8")), path
    spec = (INSTALLER / "pressmark.spec").read_text()
    assert "from catalog import __version__ as VERSION" in spec
    assert '"CFBundleShortVersionString": VERSION' in spec
    iss = (INSTALLER / "windows" / "pressmark.iss").read_text()
    assert "#ifndef AppVersion" in iss and "AppVersion={#AppVersion}" in iss


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(INSTALLER / "linux" / "pressmark.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "pressmark"
    assert desktop["Icon"] == "pressmark" and desktop["Terminal"] == "false"
    assert (REPO / "resources" / "icons" / "pressmark.svg").is_file()


def test_windows_installer_leaves_catalogues_and_zip_alone():
    iss = (INSTALLER / "windows" / "pressmark.iss").read_text()
    code = [line for line in iss.splitlines() if not line.lstrip().startswith(";")]
    assert "[UninstallDelete]" not in code and "[UninstallRun]" not in code
    # the catalogues live in the user's data folders; the installer never names them
    assert not [line for line in code if re.search(r"appdata|userdocs|userprofile", line, re.I)]
    # a verb on .zip, never a claim on .zip's default program
    assert "SystemFileAssociations\\.zip\\shell\\Pressmark.ImportBundle" in iss
    assert 'Subkey: "Software\\Classes\\.zip"' not in iss


class _Analysis:
    """PyInstaller's Analysis as the spec sees it: what it found is the spec's own datas and
    every data file of babel, as PyInstaller's babel hook collects them."""

    def __init__(self, scripts, pathex, datas, **_options):
        babel = Path(localedata.__file__).parent
        hook = [(str(path), path.parent.relative_to(babel.parent).as_posix()) for path in babel.rglob("*.dat")]
        self.datas = [(f"{folder}/{Path(source).name}", source, "DATA") for source, folder in datas + hook]
        self.binaries: list = []
        self.pure: list = []
        self.scripts: list = []


def _run_spec(workpath: Path) -> dict:
    """The spec's names after PyInstaller would have run it, with nothing built."""
    made = lambda *args, **kwargs: object()  # noqa: E731 - PYZ, EXE, COLLECT, BUNDLE build nothing here
    names = {"SPECPATH": str(INSTALLER), "workpath": str(workpath), "Analysis": _Analysis,
             "PYZ": made, "EXE": made, "COLLECT": made, "BUNDLE": made}  # fmt: skip
    spec = INSTALLER / "pressmark.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), names)
    return names


def test_the_bundle_keeps_babels_data_for_every_language_printed_dates_reads(tmp_path, monkeypatch):
    """Every locale of printed_dates.LANGUAGES (so a language added there without its data
    fails here), root, which they all inherit from, the other languages' locales one of them
    inherits from (Bokmål's "no"), and global.dat; none of Babel's others."""
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the repository first
    analysis = _run_spec(tmp_path)["a"]
    kept = {dest for dest, _source, _kind in analysis.datas if dest.startswith("babel/")}
    read = [name for name in localedata.locale_identifiers() if name.split("_")[0] in printed_dates.LANGUAGES]
    assert {language for language in printed_dates.LANGUAGES if language in read} == set(printed_dates.LANGUAGES)
    inherited = {"no"} if "nb" in printed_dates.LANGUAGES else set()
    assert kept == {"babel/global.dat", "babel/locale-data/root.dat"} | {f"babel/locale-data/{name}.dat" for name in [*read, *inherited]}
    assert all(Path(source).is_file() for dest, source, _kind in analysis.datas if dest.startswith("babel/"))
