"""Rounds 77, 79 and 80's never-merge breaks (session 48, s48-merges), each on the real page it fixes: an assembly, a
council or a task force of a body is another body (base._OFFICE_OF_A_BODY); a state's chamber named only in its officer's title is no
form of the chamber's word alone (merge._a_states_chamber_named_in_titles_only); a bare postal code after a lawmaker
listed under one title with others is his state (recall.bare_state_tags); a state's name before its officer's title is
the state, not the city named after it (places._states_beside_their_city); a bare surname is no son's the copy calls by
his surname and suffix, his father never named in full (surnames._junior_named_by_his_suffix)."""

from __future__ import annotations

from .extraction_corpus import named_apart, page, role_of


def test_a_bodys_general_assembly_is_no_long_form_of_the_body():
    # round 80: "where he attended the United Nations General Assembly", then "returning from an annual United Nations
    # meeting"
    assert named_apart(page("allsides/iran_releases_uk_tanker.txt"), "United Nations", "United Nations General Assembly")


def test_a_states_chamber_named_only_in_its_officers_title_is_not_the_senate():
    # round 80: "Maine Senate President Troy Jackson", "the Maine Senate president", beside Klobuchar's "track record of
    # accomplishments in the sharply divided Senate"
    assert named_apart(page("allsides/maine_super_tuesday_vaccines.txt"), "Senate", "Maine Senate")


def test_a_bare_postal_code_in_a_list_of_tagged_lawmakers_is_a_state():
    # round 79: "Reps. Jim Jordan (R-OH), Scott Perry (PA), Tom Garrett (VA)"
    meadows = page("allsides/meadows_obamacare_fix_talks.txt")
    assert named_apart(meadows, "Scott Perry", "PA") and role_of(meadows, "PA") == "location"
    assert named_apart(meadows, "Tom Garrett", "VA") and role_of(meadows, "VA") == "location"


def test_a_states_name_before_its_governors_title_is_the_state_beside_its_city():
    # round 79: "New York Gov. Andrew Cuomo said schools and colleges will remain closed", then "A New York City nursing
    # home"
    assert named_apart(page("allsides/may_day_virus_worries.txt"), "New York", "New York City")


def test_a_bare_surname_is_not_the_son_the_copy_calls_by_his_suffix():
    # round 79: "Trump Jr. scandal explodes", "Donald Trump Jr.'s campaign meeting", then "Trump had been silent for
    # days about the controversy around his son"; the father is never named in full
    aides = page("allsides/trump_jr_aides_helpless.txt")
    assert named_apart(aides, "Trump", "Donald Trump Jr")
    assert named_apart(aides, "Trump", "Eric Trump")


def test_a_bodys_task_force_is_no_long_form_of_the_body():
    # round 77: "the White House Coronavirus Task Force" beside "the White House"
    assert named_apart(page("allsides/hospitals_covid_data_hhs.txt"), "White House", "White House Coronavirus Task Force")
