"""Finding actors that may be one: names compared the way cataloguers spell them differently."""

from __future__ import annotations

import pytest

from bench.actor_duplicates import invented_actors, plant_duplicates
from catalog.services import duplicate_actors
from catalog.services.duplicate_actors import NamedActor, find_likenesses, name_tokens, skeleton


def _pairs(*names: str, actor_type: str = "person", min_score: float = 0.75) -> dict[tuple[str, str], float]:
    actors = [NamedActor(i, actor_type, [name]) for i, name in enumerate(names)]
    return {(names[p.first], names[p.second]): p.score for p in find_likenesses(actors, min_score)}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Obama", "Barack Obama"),
        ("Dr. Amal Hassan", "Amal Hassan"),
        ("Hassan, Amal", "Amal Hassan"),
        ("Muammar Gaddafi", "Moammar al-Qadhafi"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Mohammed Hassan", "Muhammad Hasan"),
        ("J. Smith", "John Smith"),
        ("George W. Bush", "George Bush"),
        ("Jonathan Smith", "Jonathan Smiht"),
        ("José Martí", "Jose Marti"),
    ],
)
def test_names_spelt_another_way_are_offered_as_one_person(first, second):
    assert (first, second) in _pairs(first, second)


@pytest.mark.parametrize(
    ("first", "second", "actor_type"),
    [
        ("BBC", "British Broadcasting Corporation", "organisation"),
        ("Hudson", "Hudson Institute", "organisation"),
        ("Kyiv", "Kiev", "place"),
    ],
)
def test_organisations_and_places_match_by_initials_short_forms_and_transliteration(first, second, actor_type):
    assert (first, second) in _pairs(first, second, actor_type=actor_type)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Volodymyr Zelensky", "Olena Zelenska"), ("Barack Obama", "Michelle Obama"), ("Helen Castellan", "Idris Haddad")],
)
def test_different_people_are_not_offered(first, second):
    assert _pairs(first, second) == {}


def test_a_first_name_alone_is_not_offered_as_the_whole_name():
    assert _pairs("Barack", "Barack Obama", min_score=0.5) == {}


def test_pairs_are_of_one_type_only():
    actors = [NamedActor(1, "person", ["Jordan"]), NamedActor(2, "place", ["Jordan"]), NamedActor(3, "place", ["Jordan"])]
    assert [(p.first, p.second) for p in find_likenesses(actors)] == [(2, 3)]


def test_aliases_and_identifiers_count_and_a_clash_of_ids_rules_a_pair_out():
    actors = [
        NamedActor(1, "person", ["Luke Coffey", "L. D. Coffey"]),
        NamedActor(2, "person", ["L. D. Coffey"]),
        NamedActor(3, "person", ["The senior fellow"], [("wikidata", "Q1")]),
        NamedActor(4, "person", ["Someone else entirely"], [("wikidata", "Q1")]),
        NamedActor(5, "person", ["Luke Coffey"], [("wikidata", "Q7")]),
        NamedActor(6, "person", ["Luke Coffey"], [("wikidata", "Q8")]),
    ]
    found = {(p.first, p.second): p for p in find_likenesses(actors)}
    assert found[(1, 2)].score == 1.0 and "L. D. Coffey" in found[(1, 2)].reason
    assert found[(3, 4)].score == 1.0 and "Q1" in found[(3, 4)].reason
    assert (5, 6) not in found and (1, 5) in found


def test_pairs_judged_different_are_left_out_either_way_round():
    actors = [NamedActor(1, "person", ["Obama"]), NamedActor(2, "person", ["Barack Obama"])]
    assert find_likenesses(actors, different=[(2, 1)]) == []


def test_name_reading_drops_titles_and_suffixes_but_not_a_whole_name():
    assert name_tokens("Dr. Amal Hassan") == ["amal", "hassan"]
    assert name_tokens("Martin Luther King Jr.") == ["martin", "luther", "king"]
    assert name_tokens("President") == ["president"]
    assert skeleton("gaddafi") == skeleton("qadhafi") == skeleton("kadhafi")


def test_blocking_compares_a_small_share_of_pairs_and_finds_the_planted_duplicates(monkeypatch):
    """20,000 actors would be 200 million pairs; the blocks keep it to a few per actor."""
    actors = invented_actors(20000)
    planted = plant_duplicates(actors, 300)
    compared = []
    original = duplicate_actors._candidates

    def counted(*args):
        pairs = original(*args)
        compared.append(len(pairs))
        return pairs

    monkeypatch.setattr(duplicate_actors, "_candidates", counted)
    found = {(p.first, p.second) for p in find_likenesses(actors)}
    assert compared[0] < 10 * len(actors)
    assert sum((min(pair), max(pair)) in found for pair in planted) >= 0.95 * len(planted)
