"""Offline means offline: the main flows run with every socket blocked, and fail on any attempt."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import REPO, shared_path


class NetworkAttempt(AssertionError):
    pass


def install_guard(monkeypatch) -> list[str]:
    """Replace the socket functions with ones that record the attempt and raise."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:200])
        raise NetworkAttempt(f"Pressmark tried to use the network: {args!r}")

    class GuardedSocket(socket.socket):
        def bind(self, address):
            refuse(address)

        def listen(self, *args):
            refuse(*args)

        def connect(self, address):
            refuse(address)

        def connect_ex(self, address):
            refuse(address)

        def sendto(self, *args):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    return attempts


@pytest.fixture
def no_network(monkeypatch):
    attempts = install_guard(monkeypatch)
    yield attempts
    assert attempts == [], attempts


def test_guard_catches_an_attempt(monkeypatch):
    """The guard itself works (so the tests below cannot pass by accident)."""
    import urllib.request

    attempts = install_guard(monkeypatch)
    with pytest.raises(NetworkAttempt):
        urllib.request.urlopen("http://example.invalid/")
    with pytest.raises(NetworkAttempt):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(attempts) == 2


def test_import_search_check_offline(no_network, catalog, seed_file, sample_file):
    html_dir = shared_path("corpus", "html", "trafilatura", "html")
    pages = sorted(html_dir.glob("*.html"))[:5]
    outcomes = catalog.documents.import_paths([seed_file, sample_file, *pages])
    assert sum(o.status == "imported" for o in outcomes) >= 3
    catalog.proposals.accept_all()
    assert catalog.search.run("Taliban").total >= 1
    assert catalog.search.reindex() > 0
    assert catalog.maintenance.check().ok
    catalog.maintenance.backup()


# Run in a fresh interpreter: in this one the modules (and urllib3's import-time probe) may
# already have run. Every socket made while importing is recorded and refused.
IMPORT_EVERY_MODULE = textwrap.dedent(
    """
    import importlib, json, pkgutil, socket, sys

    made = []

    class Refused(socket.socket):
        def __init__(self, *args, **kwargs):
            made.append("socket(" + ", ".join(map(repr, args)) + ")")
            raise OSError("Pressmark made a socket while importing its modules")

    socket.socket = Refused
    import catalog

    for module in pkgutil.walk_packages(catalog.__path__, "catalog."):
        if not module.name.startswith("catalog.migrations"):  # run by alembic, not imported
            importlib.import_module(module.name)
    print(json.dumps({"made": made, "urllib3": "urllib3" in sys.modules}))
    """
)


def test_importing_every_catalog_module_makes_no_socket():
    """trafilatura imports urllib3, which on import binds an IPv6 socket to ::1 to learn
    whether the machine has IPv6; Pressmark imports it so that it does not."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODULE], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["urllib3"], "the HTML importer was not imported: the test proves nothing"
    assert report["made"] == []
