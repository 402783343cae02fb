"""Rounds 80-82's never-merge breaks (session 49, s49-merges), each on the real page it fixes: a body named as a
congress of some people is no long form of "Congress", the nation's legislature (merge._gathering_beside_the_legislature);
a party's plural narrowed to some of its members is no mention of the party acting (context._some_members_picked_out);
a people's plural is no long form of its place's initials (merge._peoples_plural)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page


def test_a_congress_of_some_people_is_not_the_legislature():
    # round 82: "Johnnie Moore, president of the Congress of Christian Leaders", beside "Congress' latest effort to
    # implement prison reform"
    assert named_apart(page("allsides/evangelicals_prison_reform_session.txt"), "Congress", "Congress of Christian Leaders")


def test_a_partys_plural_named_by_examples_of_its_members_is_not_the_party():
    # round 82: "Republicans like House Speaker Paul Ryan and Senate Majority Leader Mitch McConnell spent the weekend
    # issuing statements", beside McCain's "the views of our Republican Party"
    assert named_apart(page("allsides/gop_criticism_khan_attacks.txt"), "Republicans", "Republican Party")


def test_a_partys_plural_with_a_participle_saying_which_is_not_the_party():
    # round 80: "He said Democrats looking for an edge should do their best", beside "the hedge fund investment banking
    # corporatist community of the Democratic Party"
    assert named_apart(page("allsides/bannon_impeachment_six_weeks.txt"), "Democrats", "Democratic Party")


def test_a_peoples_plural_is_not_spelt_by_its_states_initials():
    # round 81: "reopening North Carolina", "N.C.", beside "North Carolinians"
    cooper = page("allsides/cooper_convention_power.txt")
    assert named_apart(cooper, "North Carolina", "North Carolinians") and named_as_one(cooper, "North Carolina", "N.C.")
