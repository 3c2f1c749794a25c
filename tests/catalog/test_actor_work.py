"""Actor work through the Catalog API: possible duplicates, merging and undoing it, identifiers,
relations, and what an actor said."""

from __future__ import annotations

from datetime import datetime

import pytest

from catalog.errors import InvalidInput, NotFound
from catalog.services.actor_identifiers import check_character, checked_identifier
from catalog.services.actors import DIFFERENT_FROM
from tests.conftest import add_text


def _names(pairs) -> list[tuple[str, str]]:
    return [(p.first.name, p.second.name) for p in pairs]


@pytest.fixture
def speakers(catalog):
    """Two dated articles and one undated, with quotes by Amal Hassan and Barack Obama."""
    early = add_text(catalog, "Harbour walls", "Amal Hassan said the harbour walls will hold. Obama said little.",
                     publication="Saltmere Weekly", published_at=datetime(2021, 3, 4))  # fmt: skip
    late = add_text(catalog, "Tide mill", "Amal Hassan said the tide mill taxes are too high.",
                    publication="Harbour Ledger", published_at=datetime(2023, 1, 9))  # fmt: skip
    undated = add_text(catalog, "Letters", "Amal Hassan wrote that the Taxation board never answers.")
    for doc, words, speaker in (
        (late, "the tide mill taxes are too high", "Amal Hassan"),
        (early, "the harbour walls will hold", "Amal Hassan"),
        (undated, "the Taxation board never answers", "Amal Hassan"),
        (early, "said little", "Obama"),
    ):
        body = catalog.documents.get(doc).body
        start = body.index(words)
        catalog.quotes.add(doc, start, start + len(words), speaker=speaker, new_speaker_type="person")
    return {"early": early, "late": late, "undated": undated}


def test_possible_duplicates_rank_alike_names_and_suggest_keeping_the_busier_actor(catalog, speakers):
    catalog.actors.add("Dr. Amal Hassan")
    catalog.actors.add("Barack Obama")
    catalog.actors.add("Hudson Institute", "organisation")
    catalog.actors.add("Hudson", "place")  # another type: never a pair with the institute
    pairs = catalog.actors.duplicates()
    assert _names(pairs) == [("Amal Hassan", "Dr. Amal Hassan"), ("Obama", "Barack Obama")]
    assert pairs[0].first.quotes == 3 and pairs[0].score > pairs[1].score
    assert "titles" in pairs[0].reason
    assert _names(catalog.actors.duplicates(type="organisation")) == []
    with pytest.raises(InvalidInput, match="not an actor type"):
        catalog.actors.duplicates(type="planet")


def test_a_pair_marked_different_is_no_longer_offered_until_that_is_undone(catalog):
    catalog.actors.add("Obama")
    catalog.actors.add("Barack Obama")
    changes = catalog.actors.mark_different("Obama", "Barack Obama")
    assert changes and catalog.actors.duplicates() == []
    assert ("different from", "Barack Obama") in [(r, ref.name) for r, ref in catalog.actors.get("Obama").relations]
    assert not catalog.actors.mark_different("Barack Obama", "Obama")  # already said, either way round
    catalog.history.undo()
    assert _names(catalog.actors.duplicates()) == [("Barack Obama", "Obama")]


def test_merge_is_one_unit_of_work_and_undo_brings_both_actors_back_whole(catalog, speakers):
    keep, _ = catalog.actors.add("Barack Obama", identifiers={"wikidata": "Q76"})
    other = catalog.actors.get("Obama")
    catalog.actors.update(other.uuid, aliases=["President Obama"], identifiers={"viaf": "52010985"})
    catalog.actors.link(speakers["late"], "Obama", "subject")
    fellow, _ = catalog.actors.add("Luke Coffey")
    catalog.actors.relate(fellow, "wrote about", other.uuid)
    catalog.actors.relate(fellow, "wrote about", keep)  # the same relation to both: one is left
    institute, _ = catalog.actors.add("Hudson Institute", "organisation")
    catalog.actors.relate(institute, "hosted", other.uuid)  # only to the merged one: it moves
    catalog.tags.apply([other.uuid], "People/Presidents")
    changes = catalog.actors.merge(keep, "Obama")
    assert other.uuid in changes.deleted["actor"]
    merged = catalog.actors.get(keep)
    assert {"Obama", "President Obama"} <= set(merged.aliases)
    assert merged.identifiers == {"viaf": ["52010985"], "wikidata": ["Q76"]}
    assert merged.quote_count == 1 and merged.tags == ["People/Presidents"]
    assert [(r, ref.uuid) for r, ref in catalog.actors.get(fellow).relations] == [("wrote about", keep)]
    assert [(r, ref.uuid) for r, ref in catalog.actors.get(institute).relations] == [("hosted", keep)]
    assert catalog.history.undo_status().undo == "Merge “Obama” into “Barack Obama”"

    catalog.history.undo()
    restored = catalog.actors.get(other.uuid)
    assert restored.name == "Obama" and restored.aliases == ["President Obama"] and restored.quote_count == 1
    assert restored.identifiers == {"viaf": ["52010985"]} and restored.tags == ["People/Presidents"]
    assert (speakers["late"], "subject") in {(d, role) for d, _t, role in restored.documents}
    kept = catalog.actors.get(keep)
    assert kept.aliases == [] and kept.quote_count == 0 and kept.identifiers == {"wikidata": ["Q76"]}
    assert sorted(ref.uuid for _r, ref in catalog.actors.get(fellow).relations) == sorted([other.uuid, keep])
    assert [(r, ref.uuid) for r, ref in catalog.actors.get(institute).relations] == [("hosted", other.uuid)]
    assert catalog.quotes.find(speaker=other.uuid)[0].speaker.name == "Obama"


def test_identifiers_are_checked_and_written_in_their_usual_form(catalog):
    uuid, _ = catalog.actors.add("Ada Lovelace", identifiers={"Wikidata": "https://www.wikidata.org/wiki/q7259"})
    catalog.actors.update(uuid, identifiers=[("wikidata", "Q7259"), ("isni", "0000000121441970"), ("orcid", "https://orcid.org/0000-0002-1825-0097"), ("twitter", "@ada")])
    assert catalog.actors.get(uuid).identifiers == {
        "isni": ["0000 0001 2144 1970"], "orcid": ["0000-0002-1825-0097"], "twitter": ["@ada"], "wikidata": ["Q7259"],
    }  # fmt: skip
    for scheme, value, words in (
        ("wikidata", "7259", "not a Wikidata id"),
        ("isni", "0000 0001 2144 1971", "does not check"),
        ("viaf", "viaf-12", "digits only"),
        ("url", "www.example.org", "https://"),
        ("", "Q1", "needs a scheme"),
        ("wikidata", "  ", "is empty"),
    ):
        with pytest.raises(InvalidInput, match=words):
            catalog.actors.update(uuid, identifiers={scheme: value})
    assert catalog.actors.get(uuid).identifiers["wikidata"] == ["Q7259"]  # nothing was changed
    assert check_character("000000021825009") == "7" and checked_identifier("QID", "q42") == ("wikidata", "Q42")


def test_relations_are_replaced_as_a_list_in_one_undoable_edit(catalog):
    coffey, _ = catalog.actors.add("Luke Coffey")
    hudson, _ = catalog.actors.add("Hudson Institute", "organisation")
    catalog.actors.add("Heritage Foundation", "organisation")
    catalog.actors.relate(coffey, "fellow of", "Heritage Foundation")
    catalog.actors.update(coffey, relations=[("senior  fellow of", hudson), ("formerly at", "Heritage Foundation")])
    assert [(r, ref.name) for r, ref in catalog.actors.get(coffey).relations] == [
        ("senior fellow of", "Hudson Institute"), ("formerly at", "Heritage Foundation"),
    ]  # fmt: skip
    for relations, error in (([("fellow of", "Nobody Known")], NotFound), ([("fellow of", coffey)], InvalidInput), ([(" ", hudson)], InvalidInput)):
        with pytest.raises(error):
            catalog.actors.update(coffey, relations=relations)
    assert len(catalog.actors.get(coffey).relations) == 2
    catalog.history.undo()
    assert [(r, ref.name) for r, ref in catalog.actors.get(coffey).relations] == [("fellow of", "Heritage Foundation")]
    catalog.actors.unrelate(coffey, "fellow of", "Heritage Foundation")
    assert catalog.actors.get(coffey).relations == []
    with pytest.raises(NotFound, match="is not “fellow of”"):
        catalog.actors.unrelate(coffey, "fellow of", "Heritage Foundation")
    assert DIFFERENT_FROM == "different from"


def test_what_an_actor_said_comes_in_publication_order_and_narrows_by_words(catalog, speakers):
    said = catalog.actors.said("Amal Hassan")
    assert [(q.document_title, q.publication) for q in said] == [
        ("Harbour walls", "Saltmere Weekly"), ("Tide mill", "Harbour Ledger"), ("Letters", ""),
    ]  # fmt: skip
    assert said[0].published_at == datetime(2021, 3, 4) and said[2].published_at is None
    assert [q.exact for q in catalog.actors.said("Amal Hassan", about="TAX")] == [
        "the tide mill taxes are too high", "the Taxation board never answers",
    ]  # fmt: skip
    assert [q.exact for q in catalog.actors.said("Amal Hassan", about="tax tide")] == ["the tide mill taxes are too high"]
    assert catalog.actors.said("Amal Hassan", about="ax") == []  # words match at their start
    catalog.tags.apply([said[0].uuid], "Topics/Flood defences")
    assert [q.uuid for q in catalog.actors.said("Amal Hassan", about="defences")] == [said[0].uuid]
    catalog.trash.delete([speakers["late"]])
    assert len(catalog.actors.said("Amal Hassan")) == 2
    with pytest.raises(NotFound):
        catalog.actors.said("Nobody Known")
