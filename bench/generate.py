"""A catalogue at scale, deterministic by seed: documents, quotes, actors and tags in bulk.

    python bench/generate.py OUT [--documents 100000] [--quotes 500000] [--actors 20000]
                                 [--tags 2000] [--seed 1] [--no-index]

:func:`generate` creates the catalogue with :class:`catalog.Catalog` (so the schema is the
current Alembic head), fills its tables with SQLAlchemy Core bulk inserts (documents, quotes,
actors, tags, document_tags, quote_tags, document_actors), then rebuilds the search index
with ``Catalog.reindex()``. Bodies are 300–800 words drawn, by frequency, from the words of
the Reuters-21578 stories in ``../shared`` (a made-up vocabulary when the corpus is absent);
quotes are real spans of their document's body with the stored prefix and suffix. The
documents record no original file. Used by the search bench's scale run, the GUI bench and tests.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import accumulate
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, event, insert  # noqa: E402
from sqlalchemy import text as text_sql  # noqa: E402

from catalog.catalog import Catalog  # noqa: E402
from catalog.location import DB_NAME  # noqa: E402
from catalog.models import Actor, Document, Quote, Tag, document_tags, quote_tags  # noqa: E402
from catalog.models import DocumentActor as DocumentActorModel  # noqa: E402
from catalog.text import context_of  # noqa: E402

Progress = Callable[[int, int, str], None]
CHUNK = 1000  # documents generated and inserted together
VOCABULARY_SIZE = 20_000
PUBLICATIONS = [f"{name} {kind}" for name in ("Northern", "Daily", "Evening", "Global", "Harbour", "Capital",
                "Valley", "Coastal") for kind in ("Times", "Herald", "Courier", "Observer", "Post")]  # fmt: skip
STAMP = datetime(2024, 1, 1, 12, 0, 0)
FIRST_DAY = datetime(1987, 1, 1)
DAYS = (datetime(2024, 12, 31) - FIRST_DAY).days
ACTOR_KINDS = ["person"] * 12 + ["organisation"] * 5 + ["place"] * 2 + ["event", "group"]
ORGANISATION_WORDS = ["Group", "Institute", "Council", "Bank", "Agency", "Party", "Union", "Forum", "Ministry"]


def generate(
    path: Path,
    documents: int = 100_000,
    quotes: int = 500_000,
    actors: int = 20_000,
    tags: int = 2_000,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    index: bool = True,
    vocabulary: list[tuple[str, int]] | None = None,
) -> dict[str, float]:
    """Fill a new catalogue at ``path``; returns seconds spent (``generate``, ``reindex``).

    ``path`` must not hold a catalogue with records yet. ``progress(done, total, message)``
    is called every chunk of documents and through the rebuild. ``vocabulary`` is a list of
    ``(word, frequency)``; by default the Reuters words. Raises ValueError for impossible
    counts (quotes need documents, documents need an actor for their author).
    """
    if documents < 1 or actors < 1 or tags < 0 or quotes < 0:
        raise ValueError("need at least one document and one actor")
    progress = progress or (lambda _done, _total, _message: None)
    started = time.perf_counter()
    Catalog(path).close()  # the schema, made the one way catalogues are made
    engine = create_engine(f"sqlite:///{Path(path) / DB_NAME}")

    @event.listens_for(engine, "connect")
    def _fast(dbapi_connection, _record):  # noqa: ANN001 - DB-API objects
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=OFF")
        dbapi_connection.execute("PRAGMA cache_size=-200000")

    rng = random.Random(seed)
    words, weights = zip(*(vocabulary or reuters_vocabulary()), strict=True)
    text = _TextMaker(rng, list(words), list(accumulate(weights)))
    with engine.begin() as conn:
        tag_rows = _tags(rng, text, tags)
        if tag_rows:
            conn.execute(insert(Tag), tag_rows)
        conn.execute(insert(Actor), _actors(rng, text, actors))
        per_doc, extra = divmod(quotes, documents)
        quote_id = 0
        for first in range(0, documents, CHUNK):
            batch = _Batch()
            for number in range(first, min(documents, first + CHUNK)):
                count = per_doc + (1 if number < extra else 0)
                quote_id = batch.add_document(rng, text, number, count, quote_id, actors, tags)
            batch.insert(conn)
            progress(min(documents, first + CHUNK), documents, "Generating")
        _record_creations(conn)
    engine.dispose()
    generated = time.perf_counter() - started
    seconds = {"generate": generated, "reindex": 0.0}
    if index:
        started = time.perf_counter()
        with Catalog(path, index_repair="later") as catalog:
            catalog.search.reindex(progress)
        seconds["reindex"] = time.perf_counter() - started
    return seconds


# every record the generator wrote, created by one operation, as an import would record it: each
# names its creation as its current revision, so the catalogue's check finds whole revision chains
_CREATIONS = [("tag", "tags"), ("actor", "actors"), ("document", "documents"), ("quote", "quotes")]


def _record_creations(conn) -> None:
    conn.execute(text_sql(
        "INSERT INTO operations (op_id, label, author_name, author_id, at, kind, undo_state) "
        "VALUES (lower(hex(randomblob(16))), 'Generate a benchmark catalogue', 'bench/generate.py', '', "
        "datetime('now'), 'initial', 'closed')"
    ))
    operation = conn.execute(text_sql("SELECT max(id) FROM operations")).scalar_one()
    for record_type, table in _CREATIONS:
        conn.execute(text_sql(f"UPDATE {table} SET revision = lower(hex(randomblob(16))) WHERE revision IS NULL"))
        conn.execute(
            text_sql(
                "INSERT INTO revisions (rev_id, operation_id, record_type, record_uuid, action) "
                f"SELECT revision, :operation, :record_type, uuid, 'create' FROM {table}"
            ),
            {"operation": operation, "record_type": record_type},
        )


def reuters_vocabulary(size: int = VOCABULARY_SIZE) -> list[tuple[str, int]]:
    """The ``size`` most frequent words of the Reuters stories, or made-up words without them."""
    from bench.reuters import load_stories

    try:
        stories = load_stories()
    except FileNotFoundError:
        return _made_up_vocabulary(size)
    counts: Counter[str] = Counter()
    for story in stories:
        counts.update(w for w in story.body.lower().split() if w.isalpha())
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:size]


def _made_up_vocabulary(size: int) -> list[tuple[str, int]]:
    rng = random.Random(0)
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
    found: dict[str, int] = {}
    while len(found) < size:
        found.setdefault("".join(rng.choices(syllables, k=rng.randint(1, 4))), size - len(found))
    return list(found.items())  # Zipf-like: the first words are the most frequent


class _TextMaker:
    """Words drawn by frequency, as sentences and paragraphs, with each word's offset."""

    def __init__(self, rng: random.Random, words: list[str], cumulative: list[int]):
        self.rng, self.words, self.cumulative = rng, words, cumulative
        # names read better from content words than from "the" and "said"
        self.name_words = [w.capitalize() for w in words[100:5000] if len(w) >= 4] or [w.capitalize() for w in words]

    def name(self, count: int) -> str:
        return " ".join(self.rng.choices(self.name_words, k=count))

    def draw(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def title(self) -> str:
        return " ".join(w.capitalize() for w in self.draw(self.rng.randint(4, 10)))

    def body(self, length: int) -> tuple[str, list[tuple[int, int]]]:
        """A body of ``length`` words and the ``(start, end)`` of every word in it."""
        rng, words = self.rng, self.draw(length)
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        pos, i, in_paragraph = 0, 0, 0
        paragraph_len = rng.randint(3, 6)
        while i < length:
            sentence = words[i : i + rng.randint(8, 24)]
            i += len(sentence)
            if out:
                gap = "\n\n" if in_paragraph == paragraph_len else " "
                if gap == "\n\n":
                    in_paragraph, paragraph_len = 0, rng.randint(3, 6)
                out.append(gap)
                pos += len(gap)
            in_paragraph += 1
            sentence[0] = sentence[0].capitalize()
            for n, word in enumerate(sentence):
                if n:
                    out.append(" ")
                    pos += 1
                out.append(word)
                spans.append((pos, pos + len(word)))
                pos += len(word)
            out.append(".")
            pos += 1
        return "".join(out), spans


class _Batch:
    """Rows of one chunk of documents, inserted together."""

    def __init__(self) -> None:
        self.documents: list[dict] = []
        self.quotes: list[dict] = []
        self.document_actors: list[dict] = []
        self.document_tags: list[dict] = []
        self.quote_tags: list[dict] = []

    def add_document(self, rng, text: _TextMaker, number: int, quote_count: int, quote_id: int,
                     actors: int, tags: int) -> int:  # fmt: skip
        """Add document ``number`` with its links and quotes; returns the last quote id used."""
        doc_id = number + 1
        body, spans = text.body(rng.randint(300, 800))
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(1440))
        self.documents.append(_record(rng) | {
            "id": doc_id, "title": text.title(), "subtitle": "", "publication": rng.choice(PUBLICATIONS),
            "section": "", "published_at": published, "published_text": published.strftime("%b %d, %Y %H:%M"),
            "url": f"https://example.org/generated/{doc_id}", "short_url": "", "language": "en",
            "image_caption": "", "body": body, "end_matter": "",
            "text_sha256": hashlib.sha256(" ".join(body.split()).encode()).hexdigest(),
            # no original file: the integrity check skips documents that record none
            "original_name": "", "original_format": "", "original_sha256": "", "original_size": 0,
            "accessioned_at": STAMP, "notes": "", "rights": "",
        })  # fmt: skip
        linked = rng.sample(range(1, actors + 1), min(actors, rng.randint(1, 4)))
        for position, actor_id in enumerate(linked):
            role = "author" if position == 0 else "mentioned"
            self.document_actors.append({"document_id": doc_id, "actor_id": actor_id, "role": role,
                                         "position": 0 if position == 0 else position - 1})  # fmt: skip
        if tags:
            for tag_id in rng.sample(range(1, tags + 1), min(tags, rng.randint(0, 4))):
                self.document_tags.append({"document_id": doc_id, "tag_id": tag_id})
        for _ in range(quote_count):
            quote_id += 1
            first = rng.randrange(max(1, len(spans) - 8))
            last = min(len(spans) - 1, first + rng.randint(7, 30))
            start, end = spans[first][0], spans[last][1]
            prefix, suffix = context_of(body, start, end)
            self.quotes.append(_record(rng) | {
                "id": quote_id, "document_id": doc_id, "start": start, "end": end, "exact": body[start:end],
                "prefix": prefix, "suffix": suffix, "kind": "quotation" if rng.random() < 0.9 else "excerpt",
                "speaker_id": rng.randint(1, actors) if rng.random() < 0.7 else None, "note": "",
            })  # fmt: skip
            if tags:
                for tag_id in rng.sample(range(1, tags + 1), min(tags, rng.randint(0, 2))):
                    self.quote_tags.append({"quote_id": quote_id, "tag_id": tag_id})
        return quote_id

    def insert(self, conn) -> None:
        conn.execute(insert(Document), self.documents)
        for table, rows in ((Quote, self.quotes), (DocumentActorModel, self.document_actors),
                            (document_tags, self.document_tags), (quote_tags, self.quote_tags)):  # fmt: skip
            if rows:
                conn.execute(insert(table), rows)


def _record(rng: random.Random) -> dict:
    """The columns every record shares: a seeded UUID, fixed times, not deleted."""
    uuid = str(uuid_module.UUID(int=rng.getrandbits(128), version=4))
    return {"uuid": uuid, "created_at": STAMP, "modified_at": STAMP, "deleted_at": None}


def _actors(rng: random.Random, text: _TextMaker, count: int) -> list[dict]:
    rows = []
    for actor_id in range(1, count + 1):
        kind = rng.choice(ACTOR_KINDS)
        name = text.name(2) if kind == "person" else f"{text.name(2)} {rng.choice(ORGANISATION_WORDS)}"
        rows.append(_record(rng) | {"id": actor_id, "type": kind, "name": name,
                                    "description": " ".join(text.draw(12)), "dates": ""})  # fmt: skip
    return rows


def _tags(rng: random.Random, text: _TextMaker, count: int) -> list[dict]:
    """A two-level tree: about √count roots, the rest spread under them; names unique per parent."""
    roots = max(1, min(count, round(count**0.5)))
    rows, used = [], set()
    for tag_id in range(1, count + 1):
        parent = None if tag_id <= roots else rng.randint(1, roots)
        name = text.name(1)
        while (parent, name) in used:
            name = f"{name} {rng.randint(2, 99)}"
        used.add((parent, name))
        rows.append({"id": tag_id, "uuid": str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
                     "name": name, "parent_id": parent, "colour": "", "created_at": STAMP})  # fmt: skip
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Generate a large Pressmark catalogue.")
    parser.add_argument("path", type=Path, help="new catalogue folder")
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--quotes", type=int, default=500_000)
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--tags", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-index", action="store_true", help="skip the index rebuild")
    args = parser.parse_args(argv)
    if (args.path / DB_NAME).exists():
        print(f"{args.path} already holds a catalogue", file=sys.stderr)
        return 2
    last = [0.0]

    def report(done: int, total: int, message: str) -> None:
        if time.perf_counter() - last[0] > 30 or done == total:
            last[0] = time.perf_counter()
            print(f"  {message}: {done:,}/{total:,}", flush=True)

    seconds = generate(args.path, args.documents, args.quotes, args.actors, args.tags, args.seed,
                       report, index=not args.no_index)  # fmt: skip
    entries = args.documents + args.quotes + args.actors
    print(f"generated {args.documents:,} documents, {args.quotes:,} quotes, {args.actors:,} actors, "
          f"{args.tags:,} tags in {seconds['generate']:.1f} s "
          f"({args.documents / seconds['generate']:,.0f} documents/s)")  # fmt: skip
    if not args.no_index:
        print(f"reindexed {entries:,} entries in {seconds['reindex']:.1f} s "
              f"({entries / seconds['reindex']:,.0f} entries/s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
