"""Kinds of text round 39 (measured untouched in session 24) showed giving a direct quote a wrong
speaker. One test per rule, on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_a_name_after_a_player_s_position_is_a_person_whatever_the_model_took_it_for():
    # round 39's baros_benitez_future: "Liverpool forward Milan Baros", read as a body (AC Milan), so
    # that "He told Czech newspaper Daily Sport: '...'" went to Benitez, and '... thoughts of quitting
    # Anfield are "not in my mind right now", he admitted' to Anfield, read as a person
    page = _page("bbcnews/baros_benitez_future.txt")
    for words in ("I don't know why I didn't play", "I was disappointed", "not in my mind right now", "everything is possible"):
        assert direct_speaker(page, words) == "Milan Baros"


def test_a_footballer_given_one_position_is_the_one_another_position_describes():
    # round 24's owen_stay_madrid: "England forward Michael Owen ... but the England striker said he is
    # not ready to return home. He added: '...'": the striker is the forward, whatever word names his place
    page = _page("bbcnews/owen_stay_madrid.txt")
    assert direct_speaker(page, "I've got nothing against the Premiership") == "Michael Owen"


def test_the_party_member_from_a_place_is_the_person_the_paragraph_is_about():
    # round 39's airline_merger_authority: "subcommittee chairman Howard Metzenbaum wants it shifted
    # ... // '...,' the Ohio Democrat said": a person known by his state and party, not the party
    page = _page("reuterswire/airline_merger_authority.txt")
    assert direct_speaker(page, "Airline mergers have proceeded") == "Howard Metzenbaum"


def test_the_agent_of_a_passive_lead_sentence_says_the_uncued_quote_after_it():
    # round 39's africa_recovery_abuja: 'Their view was backed by Monique Landry, Canada's Minister for
    # External Relations. "Whether we look at aid ..."': hers, not the president named a paragraph before
    page = _page("reuterswire/africa_recovery_abuja.txt")
    assert direct_speaker(page, "Whether we look at aid or debt") == "Monique Landry"


def test_they_after_a_plural_description_naming_two_people_is_those_people():
    # round 39's chernobyl_soviet_power: 'Norwegian academics Arild Moe and Helge Ole Bergesen said ...
    # "...," they said': the academics (the first named), not "Several participants" two paragraphs up
    page = _page("reuterswire/chernobyl_soviet_power.txt")
    assert direct_speaker(page, "Any 'experiment' on a large scale") == "Arild Moe"


def test_a_document_whose_verb_opens_the_quote_says_the_rest_of_it():
    # round 39's youth_mock_elections: 'The survey of a sample of 500 British 16 to 20-year-olds ...
    # "showed Britain's young people are far from apathetic ..."': the survey's words, the survey
    # named without whom it asked
    page = _page("bbcnews/youth_mock_elections.txt")
    assert direct_speaker(page, "showed Britain's young people are far from apathetic") == "The survey"
