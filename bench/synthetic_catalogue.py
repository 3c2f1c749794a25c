"""A generated catalogue of many articles with quotes, actors, links and tags, fast.

Used by ``bench/bundle_bench.py`` and by the exchange round-trip test. Records are inserted
with the ORM in one unit of work (``catalog.store.writing()``), so the search index is synced as
for any other change. Texts are varied (drawn from a small vocabulary with a seeded random
generator) so they compress like prose, not like a zip bomb.
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from catalog.changes import Changes
from catalog.importing import text_hash
from catalog.models import (
    Actor,
    ActorAlias,
    ActorIdentifier,
    ActorRelation,
    Document,
    DocumentActor,
    Quote,
    Tag,
)
from catalog.text import context_of

_WORDS = (
    "harbour council archive storm minister trust volunteers ledger river budget election coast "
    "school museum memory flood record reform treaty market port citizen mayor report inquiry "
    "heritage fishery railway hospital court witness letter evidence promise vote campaign dock"
).split()
_FIRST = "Amara Bruno Chidi Dana Elif Farid Greta Hugo Ines Jonas Kofi Lena Mateo Nadia Omar Priya".split()
_LAST = "Okafor Lindqvist Haddad Castellan Moreau Novak Reyes Tanaka Silva Byrne Kowalski Osei".split()


def fill(catalog, documents: int, quotes_per_document: int = 3, actors: int | None = None, seed: int = 7, index: bool = True) -> None:
    """Add ``documents`` articles (each with quotes, an author, named actors, tags) to ``catalog``.

    With ``index=False`` the records go straight into the database and the search index is
    left behind (fine for exporting everything; the catalogue repairs it when next opened).
    """
    rng = random.Random(seed)
    actors = actors if actors is not None else max(10, documents // 4)
    unit = catalog.store.writing() if index else _plain_session(catalog)
    with unit as (session, changes):
        roots = [Tag(name=f"Theme {i}", colour=f"#{rng.randrange(0x1000000):06x}") for i in range(5)]
        tags = roots + [Tag(name=f"Topic {i}", parent=roots[i % 5]) for i in range(20)]
        session.add_all(tags)
        people = []
        for i in range(actors):
            kind = "person" if i % 5 else "organisation"
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i}" if kind == "person" else f"{rng.choice(_WORDS).title()} Institute {i}"
            actor = Actor(name=name, type=kind, description=_sentence(rng, 8), dates="1970–" if kind == "person" else "")
            if i % 3 == 0:
                actor.aliases.append(ActorAlias(alias=f"{name.split()[0][0]}. {name.split()[-2]} {i}"))
            if i % 4 == 0:
                actor.identifiers.append(ActorIdentifier(scheme="wikidata", value=f"Q{100000 + i}"))
            if i % 7 == 0:
                actor.tags.append(rng.choice(tags))
            people.append(actor)
        session.add_all(people)
        session.flush()
        for i in range(0, actors - 1, 9):
            session.add(ActorRelation(subject=people[i], object=people[i + 1], relation="fellow of"))
        start = datetime(2020, 1, 1, 8, 0)
        for n in range(documents):
            paragraphs = ["\n".join([_sentence(rng, rng.randint(12, 30)) for _ in range(4)]) for _ in range(5)]
            body = "\n\n".join(paragraphs)
            doc = Document(
                title=f"{_sentence(rng, 6)[:-1]} ({n})", publication=f"The {rng.choice(_WORDS).title()} Gazette",
                section="News", published_at=start + timedelta(hours=7 * n), url=f"https://news.example/{n}",
                language="en", body=body, text_sha256=text_hash(body), original_name="", notes="",
            )  # fmt: skip
            session.add(doc)
            doc.actor_links.append(DocumentActor(actor=rng.choice(people), role="author", position=0))
            if n % 2 == 0:
                doc.tags.append(rng.choice(tags))
            speakers = rng.sample(people, k=min(len(people), 2))
            for i, speaker in enumerate(speakers):
                doc.actor_links.append(DocumentActor(actor=speaker, role="quoted", position=i))
            for q in range(quotes_per_document):
                a = rng.randrange(0, len(body) - 120)
                a = body.index(" ", a) + 1
                b = body.index(" ", a + rng.randint(30, 100))
                prefix, suffix = context_of(body, a, b)
                quote = Quote(
                    document=doc, start=a, end=b, exact=body[a:b], prefix=prefix, suffix=suffix,
                    kind="quotation" if q % 3 else "excerpt", speaker=speakers[q % 2], note=_sentence(rng, 5) if q == 0 else "",
                )  # fmt: skip
                if q == 1:
                    quote.tags.append(rng.choice(tags))
                session.add(quote)
        session.flush()
        for model, kind in ((Document, "document"), (Quote, "quote"), (Actor, "actor"), (Tag, "tag")):
            for uuid in session.scalars(_uuids(model)):
                changes.create(kind, uuid)


@contextmanager
def _plain_session(catalog):
    with Session(catalog.store.engine) as session, session.begin():
        yield session, Changes()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _uuids(model):
    from sqlalchemy import select

    return select(model.uuid)
