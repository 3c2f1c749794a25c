"""Build the Linux package with ``installer/build.sh`` and smoke-test the frozen executable.

The build takes about two minutes here, so it runs with the normal suite (marked slow); set
PRESSMARK_SKIP_INSTALLER=1 to leave it out of a local run. Linux only: the Windows and macOS
recipes cannot be built on this machine (installer/README.md says what is untested).
The package is built once per test session into a temporary folder, never into dist/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from catalog import __version__
from catalog.importers import printed_dates
from tests.catalog.importers.test_html_metadata import PRINTED, page
from tests.conftest import REPO, shared_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package builds on Linux only"),
    pytest.mark.skipif(os.environ.get("PRESSMARK_SKIP_INSTALLER") == "1", reason="PRESSMARK_SKIP_INSTALLER=1"),
]

BUILD_TIMEOUT = 20 * 60
RUN_TIMEOUT = 120
# Qt modules gui/ does not use: none of their libraries or Python modules may be in the bundle
UNUSED_QT = ("QtNetwork", "QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtPdf", "QtSql", "QtDesigner")


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """The package folder ``Pressmark-<version>-linux-<arch>`` built by installer/build.sh."""
    out = tmp_path_factory.mktemp("installer")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "PRESSMARK_DIST_DIR": str(out / "dist"),
        "PRESSMARK_WORK_DIR": str(out / "work"),
    }
    result = subprocess.run(
        ["bash", str(REPO / "installer" / "build.sh")], env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    folders = [p for p in (out / "dist").iterdir() if p.is_dir() and p.name.startswith("Pressmark-")]
    assert len(folders) == 1, folders
    return folders[0]


def run(program: Path, *args: str, cwd: Path, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT)


def test_package_layout(package: Path):
    assert package.name.startswith(f"Pressmark-{__version__}-linux-")
    assert os.access(package / "AppRun", os.X_OK)
    assert os.access(package / "pressmark" / "pressmark", os.X_OK)
    desktop = (package / "pressmark.desktop").read_text()
    assert "Exec=pressmark\n" in desktop and "Icon=pressmark\n" in desktop
    assert f"X-AppImage-Version={__version__}\n" in desktop
    assert (package / "pressmark.svg").read_bytes() == (REPO / "resources/icons/pressmark.svg").read_bytes()
    tarball = package.with_name(package.name + ".tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert f"{package.name}/AppRun" in names and f"{package.name}/pressmark/pressmark" in names


def test_bundle_holds_what_it_needs_and_nothing_it_does_not(package: Path):
    internal = package / "pressmark" / "_internal"
    # Alembic reads the revisions from source, next to catalog/db.py
    assert (internal / "catalog/migrations/env.py").is_file()
    assert (internal / "catalog/migrations/script.py.mako").is_file()
    revisions = sorted(p.name for p in (REPO / "catalog/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (internal / "catalog/migrations/versions").glob("*.py")) == revisions
    assert (internal / "resources/sample/harbour-ledger-archive.md").is_file()
    assert (internal / "resources/icons/pressmark.svg").is_file()
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    # the Arabic interface: ours and Qt's own buttons; none of Qt's other translations
    translations = sorted(f for f in files if "/translations/" in f and f.endswith(".qm"))
    assert translations == ["PySide6/Qt/translations/qtbase_ar.qm", "resources/translations/pressmark_ar.qm"]
    assert not [f for f in files if any(module in f for module in UNUSED_QT)]
    # Babel's locale data for the languages printed dates are read in, and none other
    babel = sorted(f for f in files if f.startswith("babel/locale-data/"))
    assert babel == sorted(f"babel/locale-data/{name}.dat" for name in printed_dates.babel_locales())


def test_bundled_libraries_resolve(package: Path):
    """No bundled library needs a Qt library (or one the spec drops) that is not there."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    internal = package / "pressmark" / "_internal"
    missing = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    # system libraries the desktop provides (xcb helpers, GTK) may be absent on a build server
    ours = {name for name in missing if name.startswith(("libQt6", "libpyside", "libshiboken", "libpython", "libicu"))}
    assert not ours, ours


def test_cli_from_anywhere(package: Path, tmp_path: Path):
    """Unpack the tarball elsewhere and run it from another folder, through a symlink."""
    with tarfile.open(package.with_name(package.name + ".tar.gz")) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    link = tmp_path / "bin" / "pressmark"
    link.parent.mkdir()
    link.symlink_to(tmp_path / "unpacked" / package.name / "AppRun")
    result = run(link, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Pressmark {__version__}"


def test_cli_import_search_export(package: Path, tmp_path: Path):
    seeds = sorted(shared_path("seeds").glob("*"))
    assert seeds
    program = package / "pressmark" / "pressmark"
    catalogue = tmp_path / "catalogue"

    result = run(program, "--catalog", str(catalogue), "import", str(seeds[0]), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 imported" in result.stdout

    result = run(program, "--catalog", str(catalogue), "search", "Taliban", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["total"] == 1 and found["hits"][0]["type"] == "document"

    # the language of a text that does not say is detected by py3langid's bundled model
    french = tmp_path / "conseil.txt"
    french.write_text(
        "Le conseil municipal a voté mardi soir le budget du port. « Nous devons protéger les quais "
        "avant l'hiver », a déclaré la maire, qui a rappelé que les travaux dureront deux ans.\n",
        encoding="utf-8",
    )
    result = run(program, "--catalog", str(catalogue), "import", str(french), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = run(program, "--catalog", str(catalogue), "search", "conseil", "--json", cwd=tmp_path)
    french_uuid = json.loads(result.stdout)["hits"][0]["uuid"]
    result = run(program, "--catalog", str(catalogue), "show", french_uuid, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "fr"

    # citeproc reads its locales and schema, and the styles package its .csl files, as data; a
    # dependent style (a journal using APA) is found through the index shipped instead of its file
    for style in ("apa", "modern-language-association", "accounting-forum"):
        result = run(program, "--catalog", str(catalogue), "cite", found["hits"][0]["uuid"], "--style", style, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "Taliban" in result.stdout or "arabnews" in result.stdout.lower(), result.stdout

    # a saved web page goes through trafilatura, jusText and tld, which read bundled data files
    page = shared_path("corpus", "html", "readability", "aclu", "source.html")
    result = run(program, "--catalog", str(catalogue), "import", str(page), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 imported" in result.stdout

    bundle = tmp_path / "out.zip"
    result = run(program, "--catalog", str(catalogue), "bundle", "export", str(bundle), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = run(program, "--catalog", str(catalogue), "bundle", "verify", str(bundle), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "valid Pressmark bundle" in result.stdout and "3 documents" in result.stdout
    assert f"Pressmark {__version__}" in _bag_info(bundle)

    result = run(program, "--catalog", str(catalogue), "check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_printed_dates_are_read_in_the_pages_language(package: Path, tmp_path: Path):
    """The pages the source's tests read (test_html_metadata.PRINTED): Arabic, Levantine
    Arabic month names (Babel's regional ar_SY, ar_LB, …) and German, from the bundled data."""
    program = package / "pressmark" / "pressmark"
    catalogue = tmp_path / "catalogue"
    keys = ("ar", "ar-levant", "de")
    for key in keys:
        language, headline, line, _printed, paragraphs = PRINTED[key]
        (tmp_path / f"{key}.html").write_text(page(language, headline, line, paragraphs), encoding="utf-8")
    result = run(program, "--catalog", str(catalogue), "import", *(f"{key}.html" for key in keys), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no Babel locale data" not in result.stderr, result.stderr
    result = run(program, "--catalog", str(catalogue), "list", "documents", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    read = {doc["original_name"]: (doc["published_at"], doc["published_text"]) for doc in json.loads(result.stdout)}
    assert read == {f"{key}.html": ("2026-12-04T00:00", PRINTED[key][3]) for key in keys}


def test_bulk_work_runs_in_worker_processes(package: Path, tmp_path: Path):
    """A big import prepares files in worker processes, and a rebuild writes the index in
    them: the frozen executable must start itself as a worker (multiprocessing.freeze_support)."""
    program = package / "pressmark" / "pressmark"
    catalogue = tmp_path / "catalogue"
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(2100):
        (folder / f"{n:04d}.txt").write_text(f"Note {n}\n\nA short note, number {n}, about the quay.\n", encoding="utf-8")
    workers = {"PRESSMARK_IMPORT_WORKERS": "1", "PRESSMARK_INDEX_WORKERS": "2"}
    result = run(program, "--catalog", str(catalogue), "import", str(folder), cwd=tmp_path, env_extra=workers)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "2100 imported" in result.stdout
    assert "workers failed" not in result.stderr and "worker failed" not in result.stderr, result.stderr[-3000:]
    result = run(program, "--catalog", str(catalogue), "reindex", cwd=tmp_path, env_extra=workers)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "index worker" not in result.stderr, result.stderr[-3000:]
    result = run(program, "--catalog", str(catalogue), "search", "quay", "--json", cwd=tmp_path)
    assert json.loads(result.stdout)["total"] == 2100


def test_gui_opens_paints_and_exits(package: Path, tmp_path: Path):
    """A fresh catalogue: the window seeds the sample article (from the bundled resources)."""
    program = package / "pressmark" / "pressmark"
    catalogue = tmp_path / "catalogue"
    shot = tmp_path / "shot.png"
    result = run(program, "--catalog", str(catalogue), "--screenshot", str(shot), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    result = run(program, "--catalog", str(catalogue), "stats", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 1


def _bag_info(bundle: Path) -> str:
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        name = next(n for n in archive.namelist() if n.endswith("bag-info.txt"))
        return archive.read(name).decode()
