"""Offline means offline: the main flows run with every socket blocked, and fail on any attempt."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import shared_path


class NetworkAttempt(AssertionError):
    pass


def install_guard(monkeypatch) -> list[str]:
    """Replace the socket functions with ones that record the attempt and raise."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:200])
        raise NetworkAttempt(f"Pressmark tried to use the network: {args!r}")

    class GuardedSocket(socket.socket):
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
    outcomes = catalog.import_paths([seed_file, sample_file, *pages])
    assert sum(o.status == "imported" for o in outcomes) >= 3
    catalog.accept_all()
    assert catalog.search("Taliban").total >= 1
    assert catalog.reindex() > 0
    assert catalog.check().ok
    catalog.backup()
