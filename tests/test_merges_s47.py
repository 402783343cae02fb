"""Merges of session 47 (s47-merges), tuned on rounds 65-78: an acronym spells a name without the "and <Word>" that closes it
(names.acronym_of: "CDC" of "Centers for Disease Control and Prevention"); "the Big Apple" is New York City
(merge._OTHER_NAMES)."""

from __future__ import annotations

from .extraction_corpus import named_as_one, page


def test_an_acronym_spells_a_name_without_its_last_and_word():
    # round 70: "counter to Centers for Disease Control and Prevention guidelines", then "called for by the CDC"
    assert named_as_one(page("allsides/navy_sailors_crowded_room.txt"), "CDC", "Centers for Disease Control and Prevention")


def test_an_acronym_of_a_body_its_head_was_named_with():
    # round 69: "Dr. Tom Frieden, head of the Centers for Disease Control and Prevention", then "The CDC confirmed Sunday"
    assert named_as_one(page("allsides/dallas_ebola_worker.txt"), "CDC", "Centers for Disease Control and Prevention")


def test_the_big_apple_is_new_york_city_named_beside_it():
    # round 77: "More than 2,400 new cases were reported in the Big Apple", beside "New York City"
    assert named_as_one(page("allsides/ny_coronavirus_cases_surge.txt"), "Big Apple", "New York City")
