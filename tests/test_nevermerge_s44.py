"""Rounds 70-72's never-merge breaks (session 44, s44-never), each on the real page it fixes: a party's acronym hyphened
to the word it modifies ("the GOP-orchestrated shutdown") is the party's adjective, not the party; a nation's plural
written only with "the" ("coordinated with the Russians", "blamed by both the Americans and Kuwaitis") is the nation
acting, apart from its adjective; one given name and surname with middle names of other initials are two people,
whom a shorter form both may take does not make one; a people's word and a body's noun ("a Serbian Army uniform") for a
country the article never names is no full name of the bare noun ("an Army officer"); a surname the copy says it gives
without the given name joins no full name of that surname."""

from __future__ import annotations

from .extraction_corpus import named_apart, page


def test_a_party_acronym_hyphened_to_its_noun_is_the_adjective_not_the_party():
    # round 71: "the GOP-orchestrated 16-day shutdown in 2013" beside "Republicans on Capitol Hill convinced him"
    assert named_apart(page("allsides/trump_good_time_shutdown.txt"), "GOP", "Republicans")
