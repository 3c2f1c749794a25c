"""Pressmark's desktop window (PySide6). Talks to the catalogue only through ``catalog.Catalog``."""
