"""The reference: the same stories in a plain SQLite FTS5 index, measured like Pressmark.

One SQLite file with the Pressmark catalogue's pragmas (WAL, synchronous=NORMAL): a
``stories`` table (date, publication, author, year) and an FTS5 table ``story_text(title,
body, author)`` with the porter tokenizer over unicode61 (diacritics folded, as Pressmark
folds them). Import reads each page, parses it with Pressmark's own parser and inserts it,
committing every ``batch`` files like Pressmark does. A search returns the top 20 by bm25
(title weighted 2, like Pressmark's field boost) with ``snippet()`` and counts all matches,
since Pressmark reports a total too. Called by :mod:`bench.search_bench` in its own process.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.queries import BenchQuery
from bench.reuters import newid_of
from bench.workload import (
    QUOTE_TIMEOUT,
    TOP,
    Workload,
    folder_size_mb,
    peak_rss_mb,
    quote_span,
    time_queries,
)
from catalog.importers import parse_bytes
from catalog.text import context_of

SCHEMA = """
CREATE TABLE stories (
    id INTEGER PRIMARY KEY, published_at TEXT, publication TEXT, author TEXT, year INTEGER
);
CREATE INDEX stories_published_at ON stories (published_at);
CREATE VIRTUAL TABLE story_text USING fts5(
    title, body, author, tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, story_id INTEGER REFERENCES stories (id),
    start INTEGER, "end" INTEGER, exact TEXT, prefix TEXT, suffix TEXT
);
CREATE VIRTUAL TABLE quote_text USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
"""
MARK = ("<b class=\"match\">", "</b>")
FACET_COLUMNS = ("year", "publication", "author")


def measure(work: Workload) -> dict:
    """Import, size, queries and new-quote latency of the FTS5 reference; a JSON-able dict."""
    started_rss = peak_rss_mb()
    path = work.work_dir / "fts5.sqlite"
    work.work_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    files = sorted(work.pages_dir.glob("*.md"))
    started = time.perf_counter()
    imported = _import(conn, files, work.batch)
    import_seconds = time.perf_counter() - started
    import_rss = peak_rss_mb()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result = {
        "engine": "fts5",
        "files": len(files),
        "imported": imported,
        "import_seconds": import_seconds,
        "import_rate": imported / import_seconds,
        "index_mb": _index_mb(conn),
        "store_mb": folder_size_mb(path, path.with_name(path.name + "-wal")),
        "queries": {},
    }
    for kind, queries in work.queries.items():
        if all(q.fts5 is None for q in queries):
            continue
        result["queries"][kind] = time_queries(lambda q, kind=kind: _search(conn, q, kind == "facets"), queries, work.passes)
    result["quote"] = _quote_latencies(conn, work.quote_targets)
    result["rss_start_mb"] = started_rss
    result["rss_import_mb"] = import_rss
    result["rss_peak_mb"] = peak_rss_mb()
    conn.close()
    return result


def _import(conn: sqlite3.Connection, files: list[Path], batch: int) -> int:
    imported = 0
    for first in range(0, len(files), batch):
        rows = []
        for file in files[first : first + batch]:
            parsed = parse_bytes(file.read_bytes(), str(file))
            author = ", ".join(a.name for a in parsed.authors)
            when = parsed.published_at
            rows.append((newid_of(file), when.isoformat(sep=" ") if when else None, parsed.publication,
                         author, when.year if when else None, parsed.title, parsed.body))  # fmt: skip
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?)", [r[:5] for r in rows])
        conn.executemany(
            "INSERT INTO story_text (rowid, title, body, author) VALUES (?, ?, ?, ?)",
            [(r[0], r[5], r[6], r[3]) for r in rows],
        )
        conn.execute("COMMIT")
        imported += len(rows)
    return imported


def _where(query: BenchQuery) -> tuple[str, list]:
    where, params = "story_text MATCH ?", [query.fts5]
    if query.date_range:
        where += " AND s.published_at BETWEEN ? AND ?"
        params += [query.date_range[0] + " 00:00:00", query.date_range[1] + " 23:59:59.999"]
    return where, params


def _search(conn: sqlite3.Connection, query: BenchQuery, facets: bool) -> int:
    """Top hits with snippets, the total, and (with ``facets``) counts per facet column."""
    where, params = _where(query)
    joined = "story_text JOIN stories s ON s.id = story_text.rowid"
    conn.execute(
        f"SELECT s.id, story_text.title, snippet(story_text, -1, ?, ?, ' … ', 24) FROM {joined} "
        f"WHERE {where} ORDER BY bm25(story_text, 2.0, 1.0, 1.0) LIMIT {TOP}",
        [*MARK, *params],
    ).fetchall()
    total = conn.execute(f"SELECT count(*) FROM {joined} WHERE {where}", params).fetchone()[0]
    if facets:
        for column in FACET_COLUMNS:
            conn.execute(f"SELECT s.{column}, count(*) FROM {joined} WHERE {where} GROUP BY s.{column}", params).fetchall()
    return total


def build_from_catalogue(db_path: Path, out: Path) -> dict:
    """An FTS5 table of a generated catalogue's live documents (titles and bodies) at ``out``,
    for the scale run; returns the seconds it took and the index's size. Built once: an
    existing ``out`` is reused (its figures are then read back from its ``build`` table)."""
    if out.exists():
        conn = sqlite3.connect(out)
        seconds, documents = conn.execute("SELECT seconds, documents FROM build").fetchone()
        figures = {"seconds": seconds, "documents": documents, "index_mb": _index_mb(conn)}
        conn.close()
        return figures
    temp = out.with_name(out.name + ".tmp")
    temp.unlink(missing_ok=True)
    conn = sqlite3.connect(temp, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    conn.execute(f"ATTACH DATABASE 'file:{db_path}?mode=ro' AS cat")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO stories SELECT id, published_at, publication, '', CAST(strftime('%Y', published_at) AS INTEGER) "
        "FROM cat.documents WHERE deleted_at IS NULL"
    )
    conn.execute(
        "INSERT INTO story_text (rowid, title, body, author) SELECT id, title, body, '' "
        "FROM cat.documents WHERE deleted_at IS NULL"
    )
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.execute("DETACH DATABASE cat")
    documents = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    conn.execute("CREATE TABLE build (seconds REAL, documents INTEGER)")
    conn.execute("INSERT INTO build VALUES (?, ?)", (seconds, documents))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures = {"seconds": seconds, "documents": documents, "index_mb": _index_mb(conn)}
    conn.close()
    temp.rename(out)
    return figures


# Every text Pressmark indexes, one row an index entry (catalog/indexing.py): a document's title,
# body, authors and publication; a quote's words and note, its speaker, and its document's
# title, authors and publication (a quote is found by them too); an actor's name, description
# and dates. Built for the size comparison only (the queries run on story_text).
SAME_TEXTS = """
CREATE VIRTUAL TABLE same_texts USING fts5(
    title, body, speaker, author, publication, tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TEMP TABLE authors AS
    SELECT l.document_id AS id, group_concat(a.name, ' ; ') AS names
    FROM cat.document_actors l JOIN cat.actors a ON a.id = l.actor_id
    WHERE l.role = 'author' GROUP BY l.document_id;
CREATE INDEX temp.authors_id ON authors (id);
INSERT INTO same_texts (title, body, speaker, author, publication)
    SELECT d.title || char(10) || d.subtitle,
           d.body || char(10) || d.image_caption || char(10) || d.end_matter || char(10) || d.notes,
           '', coalesce(w.names, ''), d.publication
    FROM cat.documents d LEFT JOIN authors w ON w.id = d.id WHERE d.deleted_at IS NULL;
INSERT INTO same_texts (title, body, speaker, author, publication)
    SELECT d.title, q.exact || char(10) || q.note, coalesce(a.name, ''), coalesce(w.names, ''), d.publication
    FROM cat.quotes q JOIN cat.documents d ON d.id = q.document_id LEFT JOIN cat.actors a ON a.id = q.speaker_id
    LEFT JOIN authors w ON w.id = d.id
    WHERE q.deleted_at IS NULL AND d.deleted_at IS NULL;
INSERT INTO same_texts (title, body, speaker, author, publication)
    SELECT name, description || char(10) || dates, '', '', '' FROM cat.actors WHERE deleted_at IS NULL;
"""


def same_texts_mb(db_path: Path, reference: Path) -> float:
    """The size of an FTS5 index of every text Pressmark indexes (:data:`SAME_TEXTS`), built in
    the reference the first time it is asked for and kept there."""
    conn = sqlite3.connect(reference, isolation_level=None)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'same_texts'").fetchone():
            conn.execute(f"ATTACH DATABASE 'file:{db_path}?mode=ro' AS cat")
            conn.executescript(f"BEGIN;{SAME_TEXTS}COMMIT;")
            conn.execute("DETACH DATABASE cat")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return _index_mb(conn, "same_texts")
    finally:
        conn.close()


def search_scale(conn: sqlite3.Connection, query: BenchQuery) -> int:
    """One search of the scale run: top hits with snippets, the total and the facet counts."""
    return _search(conn, query, facets=True)


def _quote_latencies(conn: sqlite3.Connection, targets: list[int]) -> dict:
    """Add one quote and search until it is found, for each target story."""
    seconds, failures = [], 0
    for story_id in targets:
        body = conn.execute("SELECT body FROM story_text WHERE rowid = ?", (story_id,)).fetchone()[0]
        start, end, phrase = quote_span(body)
        prefix, suffix = context_of(body, start, end)
        began = time.perf_counter()
        conn.execute("BEGIN")
        cursor = conn.execute(
            'INSERT INTO quotes (story_id, start, "end", exact, prefix, suffix) VALUES (?, ?, ?, ?, ?, ?)',
            (story_id, start, end, phrase, prefix, suffix),
        )
        quote_id = cursor.lastrowid
        conn.execute("INSERT INTO quote_text (rowid, body) VALUES (?, ?)", (quote_id, phrase))
        conn.execute("COMMIT")
        while True:
            found = conn.execute(
                f"SELECT rowid FROM quote_text WHERE quote_text MATCH ? ORDER BY rank LIMIT {TOP}",
                (f'"{phrase}"',),
            ).fetchall()
            if any(row[0] == quote_id for row in found):
                seconds.append(time.perf_counter() - began)
                break
            if time.perf_counter() - began > QUOTE_TIMEOUT:
                failures += 1
                break
    return {"seconds": seconds, "failures": failures}


def _index_mb(conn: sqlite3.Connection, table: str = "story_text") -> float:
    """Pages of the FTS5 index structures (not the stored text, which Pressmark keeps in its db)."""
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    index = sum(size for name, size in rows if name.startswith(f"{table}_") and not name.endswith("_content"))
    return index / (1024 * 1024)
