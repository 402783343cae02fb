"""Merges of session 60 (s60-merges, issue 9), one test per rule kept, on the real article of the gold round it fixes:
a network's news outlet named in full, then by the network's initials alone, is one outlet
(merge._outlets_by_their_networks_initials); a city the gazetteer pins of its state's name is the state for the
state's abbreviation, where the article names the city no other way and lists it with no other city
(merge._city_standing_for_its_state)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one
from .extraction_corpus import page as _page


def test_a_networks_initials_after_its_news_outlet_are_the_outlet():
    # round 103 (trump_fake_nbc_nuke_story): 'President Trump on Wednesday forcefully denied an NBC News report ...',
    # then '... Pure fiction, made up to demean. NBC = CNN!' and 'Trump's threat against NBC alarmed some media figures'
    nbc = _page("allsides/trump_fake_nbc_nuke_story.txt")
    assert named_as_one(nbc, "NBC News", "NBC")
    # round 67 (biden_congress_support): 'a new Washington Post-ABC News poll', then only 'ABC's This Week': the network
    # as its show's owner, which the gold keeps apart from the outlet
    abc = _page("allsides/biden_congress_support.txt")
    assert named_apart(abc, "ABC News", "ABC")


def test_a_city_of_its_states_name_is_the_state_beside_the_states_abbreviation():
    # round 98 (house_passes_heroes_act): '"...," said Rep. Hakeem Jeffries (D-NY), chairman of the House Democratic
    # Caucus', then 'healthy residents of high-tax states like New York': the gazetteer's New York City, the state here
    heroes = _page("allsides/house_passes_heroes_act.txt")
    assert named_as_one(heroes, "New York", "NY")
    # round 94 (tax_day_trump_returns_protests): 'In New York, Chicago, Los Angeles and dozens of other cities', then
    # 'Charles Schumer, D-N.Y.': the city, listed with cities, which the gold keeps apart from the state
    tax_day = _page("allsides/tax_day_trump_returns_protests.txt")
    assert named_apart(tax_day, "New York", "N.Y.")
