"""Merges of bodies tuned on rounds 24-44 (session 27): the subject and the object of one verb are two, however alike
their names. Each on the real pages it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_the_subject_and_the_object_of_one_verb_are_two():
    # "Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik Jagran": a publisher and its
    # paper (which the model reads as a person whose surname the publisher's name would be)
    jagran = by_alias(page("bbcnews/independent_jagran_stake.txt"))
    assert jagran["Jagran"] is not jagran["Dainik Jagran"]


def test_a_name_a_quoted_title_opens_on_is_found_there():
    # BBC titles quote their source: "'EU referendum could cost £80m'" names the European Union by its initials
    referendum = by_alias(page("bbcnews/eu_referendum_cost.txt"))
    assert referendum["EU"] is referendum["European Union"]
