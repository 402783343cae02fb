"""Round 71's never-merge breaks (session 44, s44-never), each on the real page it fixes: one given name and surname with middle names of other initials are two people,
whom a shorter form both may take does not make one; a people's word and a body's noun ("a Serbian Army uniform") for a
country the article never names is no full name of the bare noun ("an Army officer"); a surname the copy says it gives
without the given name joins no full name of that surname."""

from __future__ import annotations

from .extraction_corpus import named_apart, page


def test_one_given_name_and_surname_with_other_middle_names_are_two_people():
    # round 71: "President George W. Bush" and "George Herbert Walker Bush", with "the elder George Bush" and "Mr. Bush"
    assert named_apart(page("allsides/portman_vp_vetting.txt"), "George W. Bush", "George Herbert Walker Bush")


def test_a_peoples_body_of_a_country_never_named_is_no_full_name_of_its_noun():
    # round 71: "His father, an Army officer" beside "He dressed in a Serbian Army uniform"; Serbia is never named
    assert named_apart(page("allsides/eric_frein_captured.txt"), "Army", "Serbian Army")


def test_a_surname_given_without_its_given_name_joins_no_full_name():
    # round 71: "identified by only his last name, Kumar" and "Kumar, the hunger striker who asked that his first name not
    # be used", beside "Ajay Kumar, an Indian hunger striker" whom ICE released
    assert named_apart(page("allsides/ice_force_feeding.txt"), "Kumar", "Ajay Kumar")
