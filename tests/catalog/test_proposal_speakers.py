"""Who a proposed quotation's speaker is: a name, or a description that makes no actor.

The sentences are written for these tests, in the shapes news copy takes; clauses and
common-noun phrases read as the subject of "said" must never come out as a speaker's name
(accepting the quote would make an actor of them).
"""

from __future__ import annotations

import pytest

from catalog.proposals import propose_quotes
from catalog.proposals.speakers import Speaker, is_clause, settled


def _only(text: str):
    quotes = propose_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    "text",
    [
        "When the drivers walked out, Uber stepped in and tweeted: “We are working with the city on a safer service for everyone.”",
        "Speaking through an interpreter he added: “The border will stay open for families until the spring.”",
        "Audience members laughed when he urged: “Bring your own chairs next time, we have run out of them.”",
        "In Iowa said the organisers were “expecting more people than the hall can possibly hold tonight.”",
    ],
)
def test_a_clause_before_the_verb_gives_no_speaker_and_no_description(text):
    quote = _only(text)
    assert (quote.speaker, quote.described_as) == ("", "")
    assert quote.cue  # the attribution word is still the evidence shown


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("“We support every peaceful form of resistance to the decree,” the participants agreed.", "the participants"),
        ("A senior political source told reporters: “The vote will be held before the summer recess.”", "a senior political source"),
        ("“The figures do not add up, and they never did,” one commentator argued.", "one commentator"),
    ],
)
def test_a_common_noun_phrase_describes_the_speaker_without_naming_one(text, described):
    quote = _only(text)
    assert quote.speaker == ""
    assert quote.speaker_type == ""
    assert quote.described_as == described


def test_a_name_after_its_lower_case_description_is_the_speaker_and_the_description_its_role():
    quote = _only("“Nobody told us the line would close for a month,” said commuter group chair Maria Lindqvist.")
    assert (quote.speaker, quote.speaker_type) == ("Maria Lindqvist", "person")
    assert quote.speaker_role == "commuter group chair"
    quote = _only("Harbour manager Tomas Berg said: “The ferries will run to the winter timetable from Monday.”")
    assert quote.speaker == "Tomas Berg"


def test_a_proper_name_speaker_is_kept_as_it_was():
    quote = _only("“The report is late because the data came in late,” Anna Kowalski said on Tuesday.")
    assert (quote.speaker, quote.described_as) == ("Anna Kowalski", "")


def test_an_unattributed_quote_that_follows_a_described_one_carries_the_description():
    text = "“We will not move,” the residents said. “Not this year, and not the next one either.”"
    first, second = propose_quotes(text)
    assert first.described_as == second.described_as == "the residents"
    assert second.speaker == "" and second.confidence < first.confidence


@pytest.mark.parametrize(
    "phrase",
    ["uber stepped in and", "saying he", "in Iowa", "the", "some", "according to the explanatory", "a career officer who", "qu'il transmettrait un"],
)
def test_clauses_and_fragments_are_recognised(phrase):
    assert is_clause(phrase)


@pytest.mark.parametrize("phrase", ["the participants", "a spokeswoman for the highways agency", "the French foreign ministry"])
def test_noun_phrases_are_not_clauses(phrase):
    assert not is_clause(phrase)


def test_settled_leaves_names_and_pronouns_alone():
    name = Speaker("Jane Doe", type="person", proper=True)
    pronoun = Speaker("", type="person", pronoun="she")
    assert settled(name) is name and settled(pronoun) is pronoun
    assert settled(Speaker("uber stepped in and")) is None
    assert settled(Speaker("the participants", type="group")) == Speaker("", role="the participants", type="group")


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Grocery chain co-founder and CEO John Mackey", "John Mackey", "CEO"),
        ("its new tablet and Steve Jobs", "Steve Jobs", ""),
        ("White House press secretary Josh Earnest", "Josh Earnest", "White House press secretary"),
    ],
)
def test_a_name_at_the_end_of_a_phrase_is_found_past_a_conjunction(phrase, name, role):
    assert settled(Speaker(phrase)) == Speaker(name, role=role, type="person", proper=True)


def test_a_name_after_for_or_of_is_part_of_a_title_not_a_person():
    found = settled(Speaker("the United Nations High Commissioner for Human Rights"))
    assert found == Speaker("", role="the United Nations High Commissioner for Human Rights")
    assert settled(Speaker("pompeo said that after legal consultation Washington")) is None


@pytest.mark.parametrize(
    ("text", "language", "described"),
    [
        ("„Die Straße bleibt bis Freitag gesperrt“, sagte ein Sprecher des Landratsamts.", "de", "Sprecher des Landratsamts"),
        ("« Nous ne céderons pas sur ce point essentiel », a déclaré le porte-parole du ministère.", "fr", "porte-parole du ministère"),
        ("«No vamos a cerrar la planta este año», dijo el portavoz de la empresa.", "es", "portavoz de la empresa"),
    ],
)
def test_in_other_languages_a_role_without_a_name_describes_the_speaker(text, language, described):
    (quote,) = propose_quotes(text, language=language)
    assert (quote.speaker, quote.described_as) == ("", described)


def test_in_other_languages_a_name_after_its_role_is_still_the_speaker():
    (quote,) = propose_quotes("« Nous ne céderons pas sur ce point », a déclaré la ministre Claire Dubois.", language="fr")
    assert (quote.speaker, quote.speaker_role) == ("Claire Dubois", "ministre")
