"""Actors: people, organisations, places, events (``catalog.actors``).

Besides the service, the functions other units of work use to find, create and link actors
inside their own session: :func:`find_actor`, :func:`ensure_actor`, :func:`link_actor`, and
:class:`ActorLookup` for a batch of imports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog import proposals as proposing
from catalog.changes import Changes
from catalog.errors import InvalidInput, NotFound
from catalog.lookup import actor_by_ref_or_name, by_ref, checked_actor_name, same_name
from catalog.messages import Message
from catalog.models import (
    ACTOR_TYPES,
    LINK_ROLES,
    Actor,
    ActorAlias,
    ActorIdentifier,
    ActorRelation,
    Document,
    DocumentActor,
    Quote,
    new_uuid,
)
from catalog.services.actor_identifiers import IdentifierInput, checked_identifiers
from catalog.services.actor_said import SpokenQuote, quotes_said
from catalog.services.duplicate_actors import NamedActor, find_likenesses
from catalog.store import Store
from catalog.views import ActorRef, ActorView, actor_ref, actor_view, actor_view_loads


@dataclass
class ActorSummary:
    """One actor with how many live documents name it and how many live quotes it spoke."""

    uuid: str
    name: str
    type: str
    documents: int
    quotes: int


@dataclass
class CoQuotation:
    """Two speakers quoted in the same documents; ``documents`` counts those documents."""

    first: ActorRef
    second: ActorRef
    documents: int


@dataclass
class DuplicatePair:
    """Two actors of one type that may be one (:meth:`ActorService.duplicates`): ``first`` is
    the one to keep by default (the more documents and quotes, else the fuller name),
    ``score`` from 0 to 1, ``reason`` says why in words."""

    first: ActorSummary
    second: ActorSummary
    score: float
    reason: str


# the longest dates and relation name an exchange bundle accepts (exchange.records)
DETAIL_MAX = 200
# the relation that says two actors are not one: a pair so related is no duplicate (after
# Wikidata's "different from", P1889)
DIFFERENT_FROM = "different from"


def _check_dates(dates: str) -> None:
    if len(dates) > DETAIL_MAX:
        raise InvalidInput(f"an actor's dates are longer than {DETAIL_MAX} characters: shorten them")


def checked_relation(relation: str) -> str:
    """A relation's name with its spaces squashed; raises InvalidInput when empty or too long."""
    relation = " ".join(relation.split())
    if not relation:
        raise InvalidInput(Message("relation_needs_name"))
    if len(relation) > DETAIL_MAX:
        raise InvalidInput(Message("relation_too_long", most=DETAIL_MAX))
    return relation


class ActorService:
    """``catalog.actors``: built with the store."""

    def __init__(self, store: Store):
        self.store = store

    def add(
        self,
        name: str,
        type: str = "person",
        aliases: Sequence[str] = (),
        identifiers: IdentifierInput | None = None,
        description: str = "",
        dates: str = "",
    ) -> tuple[str, Changes]:
        """Create an actor; raises InvalidInput if one with that name and type exists, or
        for a bad identifier (:func:`~catalog.services.actor_identifiers.checked_identifier`)."""
        name = checked_actor_name(name)
        aliases = [checked_actor_name(a, alias=True) for a in aliases if a.strip()]
        _check_dates(dates)
        checked = checked_identifiers(identifiers)
        if type not in ACTOR_TYPES:
            raise InvalidInput(f"“{type}” is not an actor type ({', '.join(ACTOR_TYPES)})")
        with self.store.writing(Message("op_add_actor", name=name)) as (session, changes):
            existing = find_actor(session, name, type)
            if existing is not None:
                raise InvalidInput(Message("actor_exists", name=existing.name, type=type, uuid=existing.uuid))
            actor = Actor(name=name, type=type, description=description, dates=dates)
            for alias in dict.fromkeys(a for a in aliases if a != name):
                actor.aliases.append(ActorAlias(alias=alias))
            for scheme, value in checked:
                actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
            session.add(actor)
            session.flush()
            changes.create("actor", actor.uuid)
            uuid = actor.uuid
        return uuid, changes

    def update(self, ref: str, **fields) -> Changes:
        """Edit name, type, description, dates, in one unit of work; ``aliases``,
        ``identifiers`` (a mapping of scheme to value or values, or (scheme, value) pairs)
        and ``relations`` ((relation, other actor's id or name) pairs, this actor the
        subject) replace the lists. Raises InvalidInput for a bad value, NotFound for an
        unknown actor (this one or a relation's); then nothing is changed."""
        allowed = {"name", "type", "description", "dates", "aliases", "identifiers", "relations"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of an actor")
        if "name" in fields:
            fields["name"] = checked_actor_name(fields["name"])
        if "aliases" in fields:
            fields["aliases"] = [checked_actor_name(a, alias=True) for a in fields["aliases"] if a.strip()]
        _check_dates(fields.get("dates", ""))
        if "identifiers" in fields:
            fields["identifiers"] = checked_identifiers(fields["identifiers"])
        if "relations" in fields:
            fields["relations"] = [(checked_relation(rel), str(other)) for rel, other in fields["relations"]]
        with self.store.writing(Message("op_edit_actor")) as (session, changes):
            actor = actor_by_ref_or_name(session, ref)
            if "type" in fields and fields["type"] not in ACTOR_TYPES:
                raise InvalidInput(f"“{fields['type']}” is not an actor type")
            for name in ("name", "type", "description", "dates"):
                if name in fields:
                    setattr(actor, name, fields[name])
            if "aliases" in fields:
                actor.aliases.clear()
                session.flush()
                for alias in dict.fromkeys(a.strip() for a in fields["aliases"] if a.strip()):
                    actor.aliases.append(ActorAlias(alias=alias))
            if "identifiers" in fields:
                actor.identifiers.clear()
                session.flush()
                for scheme, value in fields["identifiers"]:
                    actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
            if "relations" in fields:
                _replace_relations(session, actor, fields["relations"])
            changes.edit("actor", actor.uuid)
        return changes

    def get(self, ref: str) -> ActorView:
        with self.store.reading() as session:
            actor = actor_by_ref_or_name(session, ref)
            count = session.scalar(
                select(func.count(Quote.id)).where(Quote.speaker_id == actor.id, Quote.deleted_at.is_(None))
            )
            return actor_view(actor, count or 0)

    def find(self, type: str | None = None, limit: int | None = None) -> list[ActorView]:
        with self.store.reading() as session:
            query = (
                select(Actor)
                .where(Actor.deleted_at.is_(None))
                .options(*actor_view_loads())
                .order_by(Actor.type, Actor.name)
            )
            if type:
                query = query.where(Actor.type == type)
            if limit:
                query = query.limit(limit)
            counts = dict(
                session.execute(
                    select(Quote.speaker_id, func.count(Quote.id))
                    .where(Quote.deleted_at.is_(None), Quote.speaker_id.is_not(None))
                    .group_by(Quote.speaker_id)
                ).all()
            )
            return [actor_view(a, counts.get(a.id, 0)) for a in session.scalars(query)]

    def link(self, document: str, actor: str, role: str = "mentioned") -> Changes:
        """Record that ``document`` names ``actor`` in ``role``."""
        if role not in LINK_ROLES:
            raise InvalidInput(f"“{role}” is not a role ({', '.join(LINK_ROLES)})")
        with self.store.writing(Message("op_link", actor=actor, role=role)) as (session, changes):
            doc = by_ref(session, "document", document)
            link_actor(session, changes, doc, actor_by_ref_or_name(session, actor), role)
            changes.edit("document", doc.uuid)
        return changes

    def unlink(self, document: str, actor: str, role: str | None = None) -> Changes:
        with self.store.writing(Message("op_unlink", actor=actor)) as (session, changes):
            doc = by_ref(session, "document", document)
            target = actor_by_ref_or_name(session, actor)
            for link in list(doc.actor_links):
                if link.actor_id == target.id and (role is None or link.role == role):
                    doc.actor_links.remove(link)
                    changes.edit("document", doc.uuid)
                    changes.link("actor", target.uuid)
        return changes

    def relate(self, subject: str, relation: str, obj: str) -> Changes:
        """Record ``subject --relation--> obj`` (e.g. "senior fellow of")."""
        relation = checked_relation(relation)
        with self.store.writing(Message("op_relate", subject=subject, relation=relation)) as (session, changes):
            a, b = actor_by_ref_or_name(session, subject), actor_by_ref_or_name(session, obj)
            if a.id == b.id:
                raise InvalidInput(Message("actor_related_to_itself"))
            if not any(r.object_id == b.id and r.relation == relation for r in a.relations):
                a.relations.append(ActorRelation(object=b, relation=relation))
                changes.link("actor", a.uuid)
        return changes

    def unrelate(self, subject: str, relation: str, obj: str) -> Changes:
        """Remove ``subject --relation--> obj``; raises NotFound when there is no such relation."""
        relation = checked_relation(relation)
        with self.store.writing(Message("op_unrelate", subject=subject, relation=relation)) as (session, changes):
            a, b = actor_by_ref_or_name(session, subject), actor_by_ref_or_name(session, obj)
            found = [r for r in a.relations if r.object_id == b.id and r.relation == relation]
            if not found:
                raise NotFound(Message("not_related", subject=a.name, relation=relation, object=b.name))
            for rel in found:
                a.relations.remove(rel)
            changes.edit("actor", a.uuid)
        return changes

    def mark_different(self, first: str, second: str) -> Changes:
        """Say that two actors are not one, so :meth:`duplicates` no longer offers the pair:
        ``first --different from--> second``, a relation the record shows (and its removal
        offers the pair again). One unit of work, undoable."""
        with self.store.reading() as session:
            a, b = actor_by_ref_or_name(session, first), actor_by_ref_or_name(session, second)
            label = Message("op_mark_different", first=a.name, second=b.name)
            uuids = a.uuid, b.uuid
        with self.store.writing(label) as (session, changes):
            a, b = by_ref(session, "actor", uuids[0]), by_ref(session, "actor", uuids[1])
            if a.id == b.id:
                raise InvalidInput(Message("actor_different_from_itself"))
            if not _different(session, a.id, b.id):
                a.relations.append(ActorRelation(object=b, relation=DIFFERENT_FROM))
                changes.edit("actor", a.uuid)
        return changes

    def merge(self, keep: str, other: str) -> Changes:
        """Fold ``other`` into ``keep``: its name becomes an alias, and every link, quote,
        relation, identifier and tag moves over. ``other`` is then removed; the whole merge
        is one unit of work, so one undo brings ``other`` and everything it had back."""
        with self.store.reading() as session:
            target, source = actor_by_ref_or_name(session, keep), actor_by_ref_or_name(session, other)
            label = Message("op_merge_actors", source=source.name, target=target.name)
            keep, other = target.uuid, source.uuid
        with self.store.writing(label) as (session, changes):
            target, source = by_ref(session, "actor", keep), by_ref(session, "actor", other)
            if target.id == source.id:
                raise InvalidInput(Message("actor_merged_with_itself"))
            have_aliases = {a.alias.lower() for a in target.aliases} | {target.name.lower()}
            for alias in [source.name, *source.alias_names]:
                if alias.lower() not in have_aliases:
                    target.aliases.append(ActorAlias(alias=alias))
                    have_aliases.add(alias.lower())
            for ident in source.identifiers:
                if not any(i.scheme == ident.scheme and i.value == ident.value for i in target.identifiers):
                    target.identifiers.append(ActorIdentifier(scheme=ident.scheme, value=ident.value))
            if not target.description:
                target.description = source.description
            for link in list(source.document_links):
                doc = link.document
                link_actor(session, changes, doc, target, link.role)
                doc.actor_links.remove(link)
                changes.edit("document", doc.uuid)
            for quote in session.scalars(select(Quote).where(Quote.speaker_id == source.id)):
                quote.speaker = target
                changes.edit("quote", quote.uuid)
            for rel in list(source.relations):
                if rel.object_id != target.id and not any(
                    r.object_id == rel.object_id and r.relation == rel.relation for r in target.relations
                ):
                    target.relations.append(ActorRelation(object_id=rel.object_id, relation=rel.relation))
            for rel in session.scalars(select(ActorRelation).where(ActorRelation.object_id == source.id)).all():
                subject = rel.subject
                # through the ORM collections, not the ids: the revision reads these objects
                if subject is target or any(r.object is target and r.relation == rel.relation for r in subject.relations):
                    subject.relations.remove(rel)
                else:
                    rel.object = target
                changes.edit("actor", subject.uuid)  # its relation now names the kept actor
            for tag in source.tags:
                if tag not in target.tags:
                    target.tags.append(tag)
            session.flush()
            session.expire(source)  # its moved links and relations are gone from the database
            changes.edit("actor", target.uuid)
            changes.delete("actor", source.uuid)
            session.delete(source)
        return changes

    def rows(self, uuids: list[str]) -> list[ActorView]:
        """Views of the given actors (live or trashed), in the order given; unknown ids skipped."""
        with self.store.reading() as session:
            actors = list(
                session.scalars(
                    select(Actor)
                    .where(Actor.uuid.in_(uuids))
                    .options(*actor_view_loads())
                )
            )
            counts = _quote_counts(session, [a.id for a in actors])
            by_uuid = {a.uuid: actor_view(a, counts.get(a.id, 0)) for a in actors}
        return [by_uuid[u] for u in uuids if u in by_uuid]

    def summaries(self) -> list[ActorSummary]:
        """Every live actor with its document and quote counts, by type then name."""
        with self.store.reading() as session:
            return _summaries(session)

    def duplicates(self, min_score: float = 0.75, type: str | None = None, limit: int | None = None) -> list[DuplicatePair]:
        """Pairs of live actors of one type that may be one person, organisation or place,
        best first: alike names or aliases ("Obama" and "Barack Obama", "Dr. Amal Hassan" and
        "Amal Hassan", "Gaddafi" and "Qadhafi") or a shared identifier, scoring at least
        ``min_score`` (0 to 1). Pairs marked :meth:`mark_different`, and pairs with different
        Wikidata, VIAF, ISNI or ORCID ids, are left out. A read: safe on a worker thread; a
        second or two for 20,000 actors (bench/actor_duplicates.py)."""
        if type is not None and type not in ACTOR_TYPES:
            raise InvalidInput(f"“{type}” is not an actor type ({', '.join(ACTOR_TYPES)})")
        with self.store.reading() as session:
            live = select(Actor.id).where(Actor.deleted_at.is_(None))
            if type:
                live = live.where(Actor.type == type)
            named: dict[int, NamedActor] = {
                id_: NamedActor(id_, type_, [name])
                for id_, name, type_ in session.execute(select(Actor.id, Actor.name, Actor.type).where(Actor.id.in_(live)))
            }
            for actor_id, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias).where(ActorAlias.actor_id.in_(live))):
                named[actor_id].names.append(alias)
            for actor_id, scheme, value in session.execute(
                select(ActorIdentifier.actor_id, ActorIdentifier.scheme, ActorIdentifier.value).where(ActorIdentifier.actor_id.in_(live))
            ):
                named[actor_id].identifiers.append((scheme, value))
            different = session.execute(
                select(ActorRelation.subject_id, ActorRelation.object_id).where(ActorRelation.relation == DIFFERENT_FROM)
            ).all()
            found = find_likenesses(list(named.values()), min_score, different)
            if limit is not None:
                found = found[:limit]
            involved = {i for f in found for i in (f.first, f.second)}
            # counting everyone is one query; past a few hundred actors, cheaper than naming them
            summaries = {s.uuid: s for s in _summaries(session, involved if len(involved) <= 500 else None)}
            uuids = {id_: uuid for id_, uuid in session.execute(select(Actor.id, Actor.uuid).where(Actor.deleted_at.is_(None))) if id_ in involved}
        pairs = []
        for likeness in found:
            a, b = summaries[uuids[likeness.first]], summaries[uuids[likeness.second]]
            if _weight(b, likeness.second) > _weight(a, likeness.first):
                a, b = b, a
            pairs.append(DuplicatePair(a, b, likeness.score, likeness.reason))
        return pairs

    def said(self, ref: str, about: str = "") -> list[SpokenQuote]:
        """Every live quote the actor ``ref`` spoke, with its document's title, publication and
        date, in the order the documents were published (undated ones last), each document's
        quotes in reading order. ``about`` keeps the quotes whose words, note or tags hold
        every word of it (at a word's start, ignoring case and accents): "what did X say
        about Y". Raises NotFound for an unknown actor."""
        with self.store.reading() as session:
            return quotes_said(session, actor_by_ref_or_name(session, ref), about)

    def co_quotations(self, limit: int = 50) -> list[CoQuotation]:
        """Pairs of speakers quoted in the same live documents, most shared documents first."""
        with self.store.reading() as session:
            rows = session.execute(
                select(Quote.document_id, Quote.speaker_id)
                .join(Document, Document.id == Quote.document_id)
                .where(Quote.deleted_at.is_(None), Document.deleted_at.is_(None), Quote.speaker_id.is_not(None))
                .distinct()
            ).all()
            speakers_by_doc: dict[int, set[int]] = {}
            for doc_id, speaker_id in rows:
                if speaker_id is not None:
                    speakers_by_doc.setdefault(doc_id, set()).add(speaker_id)
            pairs: Counter[tuple[int, int]] = Counter()
            for speakers in speakers_by_doc.values():
                pairs.update(combinations(sorted(speakers), 2))
            top = pairs.most_common(limit)
            ids = {i for pair, _ in top for i in pair}
            actors = {a.id: a for a in session.scalars(select(Actor).where(Actor.id.in_(ids), Actor.deleted_at.is_(None)))}
            return [
                CoQuotation(actor_ref(actors[a]), actor_ref(actors[b]), count)
                for (a, b), count in top
                if a in actors and b in actors
            ]

    def names(self) -> list[str]:
        """Names of the live actors, each once, by name (case-insensitive)."""
        with self.store.reading() as session:
            names = session.scalars(select(Actor.name).where(Actor.deleted_at.is_(None)).distinct())
            return sorted(names, key=str.lower)


def find_actor(session: Session, name: str, actor_type: str | None = None) -> Actor | None:
    """A live actor whose authorised name or alias is ``name`` (case-insensitive)."""
    lowered = name.strip().lower()
    query = select(Actor).where(Actor.deleted_at.is_(None))
    if actor_type:
        query = query.where(Actor.type == actor_type)
    actor = session.scalar(query.where(same_name(Actor.name, lowered)).limit(1))
    if actor is None:
        actor = session.scalar(query.join(ActorAlias).where(same_name(ActorAlias.alias, lowered)).limit(1))
    return actor


def ensure_actor(session: Session, changes: Changes, name: str, actor_type: str, description: str = "") -> Actor:
    """The existing actor called ``name``, or a new one. Raises InvalidInput for a name too
    long to be one (:func:`catalog.lookup.checked_actor_name`)."""
    name = checked_actor_name(name)
    actor = find_actor(session, name, actor_type) or find_actor(session, name)
    if actor is None:
        actor = Actor(name=name, type=actor_type, description=description)
        session.add(actor)
        session.flush()
        changes.create("actor", actor.uuid)
    elif description and not actor.description:
        actor.description = description
        changes.edit("actor", actor.uuid)
    return actor


def link_actor(session: Session, changes: Changes, doc: Document, actor: Actor, role: str) -> None:
    """Link ``actor`` to ``doc`` in ``role`` unless it already is; either may be unflushed."""
    for link in doc.actor_links:
        # by identity, not id: a link or actor not flushed yet has no id, and None == None
        if link.actor is actor and link.role == role:
            return
    position = sum(1 for link in doc.actor_links if link.role == role)
    doc.actor_links.append(DocumentActor(actor=actor, role=role, position=position))
    changes.link("actor", actor.uuid)
    changes.edit("document", doc.uuid)


class ActorLookup:
    """The live actors by lower-cased name and alias, read once for a batch of imports.

    Replaces a case-insensitive query per author; actors created through :meth:`ensure`
    join it at once, so a batch never creates one person twice.
    """

    def __init__(self, session: Session):
        self.session = session
        self.names: dict[str, list[tuple[str, int | Actor]]] = {}
        self.aliases: dict[str, list[tuple[str, int | Actor]]] = {}
        self.known = proposing.KnownNames()
        by_id: dict[int, tuple[str, str]] = {}
        rows = session.execute(
            select(Actor.id, Actor.name, Actor.type).where(Actor.deleted_at.is_(None)).order_by(Actor.id)
        )
        for actor_id, name, actor_type in rows:
            self.names.setdefault(name.strip().lower(), []).append((actor_type, actor_id))
            self.known[name.lower()] = (name, actor_type)
            by_id[actor_id] = (name, actor_type)
        for actor_id, alias in session.execute(
            select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id)
        ):
            if actor_id in by_id:
                self.aliases.setdefault(alias.strip().lower(), []).append((by_id[actor_id][1], actor_id))
                self.known.setdefault(alias.lower(), by_id[actor_id])

    def find(self, name: str, actor_type: str | None = None) -> Actor | None:
        """As :func:`find_actor`: by authorised name first, then by alias."""
        lowered = name.strip().lower()
        for table in (self.names, self.aliases):
            entries = table.get(lowered, [])
            for position, (kind, ref) in enumerate(entries):
                if actor_type is None or kind == actor_type:
                    if isinstance(ref, Actor):
                        return ref
                    # loaded without flushing the batch so far (one flush at its end is cheaper)
                    with self.session.no_autoflush:
                        actor = self.session.get(Actor, ref)
                    if actor is not None:
                        entries[position] = (kind, actor)
                    return actor
        return None

    def ensure(self, changes: Changes, name: str, actor_type: str, description: str = "") -> Actor:
        """As :func:`ensure_actor`, without a query or a flush."""
        actor = self.find(name, actor_type) or self.find(name)
        if actor is None:
            actor = Actor(uuid=new_uuid(), name=name.strip(), type=actor_type, description=description)
            self.session.add(actor)
            self.names.setdefault(actor.name.lower(), []).append((actor_type, actor))
            self.known.setdefault(actor.name.lower(), (actor.name, actor_type))
            changes.create("actor", actor.uuid)
        elif description and not actor.description:
            actor.description = description
            changes.edit("actor", actor.uuid)
        return actor


def _summaries(session: Session, ids: Iterable[int] | None = None) -> list[ActorSummary]:
    """The live actors (of ``ids``, or all) with their document and quote counts, by type then
    name. Counted over the link table and the quotes' indexes; trashed documents are left out
    by id (they are few) rather than by joining every link to its document."""
    id_list = None if ids is None else list(ids)
    links = select(DocumentActor.actor_id, DocumentActor.document_id).where(DocumentActor.document_id.not_in(_trashed_documents()))
    actors = select(Actor.id, Actor.uuid, Actor.name, Actor.type).where(Actor.deleted_at.is_(None))
    if id_list is not None:
        links = links.where(DocumentActor.actor_id.in_(id_list))
        actors = actors.where(Actor.id.in_(id_list))
    linked = links.distinct().subquery()
    doc_counts: dict[int, int] = dict(session.execute(select(linked.c.actor_id, func.count()).group_by(linked.c.actor_id)).all())
    quote_counts = _quote_counts(session, id_list)
    rows = session.execute(actors.order_by(Actor.type, func.lower(Actor.name)))
    return [
        ActorSummary(uuid, name, type_, doc_counts.get(id_, 0), quote_counts.get(id_, 0))
        for id_, uuid, name, type_ in rows
    ]


def _weight(summary: ActorSummary, actor_id: int) -> tuple[int, int, int]:
    """Which of a duplicate pair to keep: the more used, else the fuller name, else the older."""
    return summary.documents + summary.quotes, len(summary.name.split()), -actor_id


def _different(session: Session, first: int, second: int) -> bool:
    """Whether the two actors are marked different from each other (either way round)."""
    pair = ((ActorRelation.subject_id == first) & (ActorRelation.object_id == second)) | (
        (ActorRelation.subject_id == second) & (ActorRelation.object_id == first)
    )
    return session.scalar(select(ActorRelation.id).where(ActorRelation.relation == DIFFERENT_FROM, pair).limit(1)) is not None


def _replace_relations(session: Session, actor: Actor, relations: list[tuple[str, str]]) -> None:
    """Make ``actor``'s relations (as subject) exactly ``relations``: (name, other actor's id
    or name) pairs. Raises NotFound for an unknown other, InvalidInput for the actor itself."""
    wanted: dict[tuple[str, int], Actor] = {}
    for relation, ref in relations:
        other = actor_by_ref_or_name(session, ref)
        if other.id == actor.id:
            raise InvalidInput(Message("actor_relation_to_itself", name=actor.name, relation=relation))
        wanted.setdefault((relation, other.id), other)
    for rel in list(actor.relations):
        if (rel.relation, rel.object_id) in wanted:
            del wanted[(rel.relation, rel.object_id)]
        else:
            actor.relations.remove(rel)
    session.flush()
    for (relation, _other_id), other in wanted.items():
        actor.relations.append(ActorRelation(object=other, relation=relation))


def _trashed_documents():
    return select(Document.id).where(Document.deleted_at.is_not(None))


def _quote_counts(session, actor_ids: list[int] | None) -> dict[int, int]:
    """Live quotes per speaker (of ``actor_ids``, or of everyone)."""
    query = (
        select(Quote.speaker_id, func.count(Quote.id))
        .where(Quote.deleted_at.is_(None), Quote.speaker_id.is_not(None), Quote.document_id.not_in(_trashed_documents()))
        .group_by(Quote.speaker_id)
    )
    if actor_ids is not None:
        query = query.where(Quote.speaker_id.in_(actor_ids))
    return dict(session.execute(query).all())
