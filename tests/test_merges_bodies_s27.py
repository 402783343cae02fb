"""Merges of bodies tuned on rounds 24-44 (session 27): the subject and the object of one verb are two, however alike
their names. Each on the real pages it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_the_subject_and_the_object_of_one_verb_are_two():
    # "Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik Jagran": a publisher and its
    # paper (which the model reads as a person whose surname the publisher's name would be)
    jagran = by_alias(page("bbcnews/independent_jagran_stake.txt"))
    assert jagran["Jagran"] is not jagran["Dainik Jagran"]
