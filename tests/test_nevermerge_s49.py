"""Round 82's never-merge breaks (session 49, s49-merges), each on the real page it fixes: a body named as a congress
of some people is no long form of "Congress", the nation's legislature (merge._gathering_beside_the_legislature)."""

from __future__ import annotations

from .extraction_corpus import named_apart, page


def test_a_congress_of_some_people_is_not_the_legislature():
    # round 82: "Johnnie Moore, president of the Congress of Christian Leaders", beside "Congress' latest effort to
    # implement prison reform"
    assert named_apart(page("allsides/evangelicals_prison_reform_session.txt"), "Congress", "Congress of Christian Leaders")
