"""Pressmark's domain: storage, search, import, extraction, exchange. Never imports Qt."""

__version__ = "0.1.0"
