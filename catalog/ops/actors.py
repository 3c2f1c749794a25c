"""Actors: people, organisations, places, events. Mixed into :class:`catalog.Catalog`."""

from __future__ import annotations

from sqlalchemy import func, select

from catalog.changes import Changes
from catalog.errors import InvalidInput
from catalog.importing import find_actor, link_actor
from catalog.lookup import actor_by_ref_or_name, by_ref, checked_actor_name
from catalog.models import (
    ACTOR_NAME_MAX,
    ACTOR_TYPES,
    LINK_ROLES,
    Actor,
    ActorAlias,
    ActorIdentifier,
    ActorRelation,
    Quote,
)
from catalog.views import ActorView, actor_view, actor_view_loads

# the longest dates, relation name and identifier an exchange bundle accepts (exchange.records)
DETAIL_MAX = 200
SCHEME_MAX = 40


def _check_details(dates: str, identifiers: dict[str, str]) -> None:
    if len(dates) > DETAIL_MAX:
        raise InvalidInput(f"an actor's dates are longer than {DETAIL_MAX} characters: shorten them")
    for scheme, value in identifiers.items():
        if len(scheme) > SCHEME_MAX or len(value) > ACTOR_NAME_MAX:
            raise InvalidInput(
                f"an identifier is too long (a scheme has at most {SCHEME_MAX} characters, a value {ACTOR_NAME_MAX})"
            )


class ActorOps:
    def add_actor(
        self,
        name: str,
        type: str = "person",
        aliases: list[str] = (),
        identifiers: dict[str, str] | None = None,
        description: str = "",
        dates: str = "",
    ) -> tuple[str, Changes]:
        """Create an actor; raises InvalidInput if one with that name and type exists."""
        name = checked_actor_name(name)
        aliases = [checked_actor_name(a, "an alias") for a in aliases if a.strip()]
        _check_details(dates=dates, identifiers=identifiers or {})
        if type not in ACTOR_TYPES:
            raise InvalidInput(f"“{type}” is not an actor type ({', '.join(ACTOR_TYPES)})")
        with self.writing(f"Add actor {name}") as (session, changes):
            existing = find_actor(session, name, type)
            if existing is not None:
                raise InvalidInput(f"an actor “{existing.name}” ({type}) exists already: {existing.uuid}")
            actor = Actor(name=name, type=type, description=description, dates=dates)
            for alias in dict.fromkeys(a for a in aliases if a != name):
                actor.aliases.append(ActorAlias(alias=alias))
            for scheme, value in (identifiers or {}).items():
                actor.identifiers.append(ActorIdentifier(scheme=scheme.lower(), value=value.strip()))
            session.add(actor)
            session.flush()
            changes.create("actor", actor.uuid)
            uuid = actor.uuid
        return uuid, changes

    def update_actor(self, ref: str, **fields) -> Changes:
        """Edit name, type, description, dates; ``aliases`` and ``identifiers`` replace the lists."""
        allowed = {"name", "type", "description", "dates", "aliases", "identifiers"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of an actor")
        if "name" in fields:
            fields["name"] = checked_actor_name(fields["name"])
        if "aliases" in fields:
            fields["aliases"] = [checked_actor_name(a, "an alias") for a in fields["aliases"] if a.strip()]
        _check_details(dates=fields.get("dates", ""), identifiers=fields.get("identifiers") or {})
        with self.writing("Edit actor") as (session, changes):
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
                for scheme, value in fields["identifiers"].items():
                    actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
            changes.edit("actor", actor.uuid)
        return changes

    def actor(self, ref: str) -> ActorView:
        with self.reading() as session:
            actor = actor_by_ref_or_name(session, ref)
            count = session.scalar(
                select(func.count(Quote.id)).where(Quote.speaker_id == actor.id, Quote.deleted_at.is_(None))
            )
            return actor_view(actor, count or 0)

    def actors(self, type: str | None = None, limit: int | None = None) -> list[ActorView]:
        with self.reading() as session:
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

    def link_actor(self, document: str, actor: str, role: str = "mentioned") -> Changes:
        """Record that ``document`` names ``actor`` in ``role``."""
        if role not in LINK_ROLES:
            raise InvalidInput(f"“{role}” is not a role ({', '.join(LINK_ROLES)})")
        with self.writing(f"Link {actor} ({role})") as (session, changes):
            doc = by_ref(session, "document", document)
            link_actor(session, changes, doc, actor_by_ref_or_name(session, actor), role)
            changes.edit("document", doc.uuid)
        return changes

    def unlink_actor(self, document: str, actor: str, role: str | None = None) -> Changes:
        with self.writing(f"Unlink {actor}") as (session, changes):
            doc = by_ref(session, "document", document)
            target = actor_by_ref_or_name(session, actor)
            for link in list(doc.actor_links):
                if link.actor_id == target.id and (role is None or link.role == role):
                    doc.actor_links.remove(link)
                    changes.edit("document", doc.uuid)
                    changes.link("actor", target.uuid)
        return changes

    def relate_actors(self, subject: str, relation: str, obj: str) -> Changes:
        """Record ``subject --relation--> obj`` (e.g. "senior fellow of")."""
        relation = " ".join(relation.split())
        if not relation:
            raise InvalidInput("a relation needs a name, such as “fellow of”")
        if len(relation) > DETAIL_MAX:
            raise InvalidInput(f"a relation's name is longer than {DETAIL_MAX} characters: shorten it")
        with self.writing(f"Relate {subject} – {relation}") as (session, changes):
            a, b = actor_by_ref_or_name(session, subject), actor_by_ref_or_name(session, obj)
            if a.id == b.id:
                raise InvalidInput("an actor cannot be related to itself")
            if not any(r.object_id == b.id and r.relation == relation for r in a.relations):
                a.relations.append(ActorRelation(object=b, relation=relation))
                changes.link("actor", a.uuid)
        return changes

    def merge_actors(self, keep: str, other: str) -> Changes:
        """Fold ``other`` into ``keep``: its name becomes an alias, and every link, quote,
        relation, identifier and tag moves over. ``other`` is then removed for good."""
        with self.writing("Merge actors") as (session, changes):
            target, source = actor_by_ref_or_name(session, keep), actor_by_ref_or_name(session, other)
            if target.id == source.id:
                raise InvalidInput("an actor cannot be merged with itself")
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
            for rel in session.scalars(select(ActorRelation).where(ActorRelation.object_id == source.id)):
                if rel.subject_id == target.id:
                    session.delete(rel)
                else:
                    rel.object_id = target.id
            for tag in source.tags:
                if tag not in target.tags:
                    target.tags.append(tag)
            session.flush()
            session.expire(source)  # its moved links and relations are gone from the database
            changes.edit("actor", target.uuid)
            changes.delete("actor", source.uuid)
            session.delete(source)
        return changes
