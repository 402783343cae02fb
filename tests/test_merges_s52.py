"""Merges and never-merge breaks of session 52 (s52-merges), each on the real page it fixes: a people's word and the
country it is made of are two entities (bodies.peoples_words_beside_their_country); a people's word written only before
its noun is no short name of a body it opens (bodies._firms_by_their_first_words); an outlet's call letters closing a
dateline with no dash are no initials of its place (anatomy._DATELINE); a given name alone apposed to someone's kin noun
is that family's (surnames.mark_kin_named); an arm named after a short name written before it is no long name of it
(bodies._firm_named); a country the title names otherwise is the body's (headlines._countries_of_the_title); a
dateline's agency the body names is that body (component._dateline_agencies); an office's acronym spells it out
(propagate._propagate, headlines._spelt_by_initials)."""

from __future__ import annotations

from .extraction_corpus import forms_of, named_apart, named_as_one, page


def test_a_peoples_word_is_apart_from_its_country():
    # round 88: "Newly-elected Sri Lankan President" beside "Sri Lanka's 26-year-long civil war"; "South Korean President
    # Moon Jae-in" beside "South Korea said Tuesday" (and "the South", which joined both)
    assert named_apart(page("allsides/sri_lanka_mahinda_pm.txt"), "Sri Lanka", "Sri Lankan")
    assert named_apart(page("allsides/north_korea_willing_to_talk.txt"), "South Korea", "South Korean")


def test_a_peoples_word_before_its_noun_is_no_short_name_of_a_body():
    # round 88: "Tamil rebels", "a Tamil man" beside "the Tamil Tigers"
    assert named_apart(page("allsides/sri_lanka_mahinda_pm.txt"), "Tamil", "Tamil Tigers")


def test_call_letters_closing_a_dateline_without_a_dash_are_no_initials():
    # round 88: "Seoul, South Korea (CNN) North Korea is willing to talk", CNN named in the body ("told CNN")
    korea = page("allsides/north_korea_willing_to_talk.txt")
    assert named_apart(korea, "South Korea", "CNN")


def test_a_given_name_apposed_to_a_kin_noun_is_that_familys():
    # round 87: "Lauren Sanchez's brother, Michael," beside Mr Trump's lawyer "Michael Cohen"
    bezos = page("allsides/bezos_enquirer_blackmail.txt")
    assert "Michael" in forms_of(bezos) and named_apart(bezos, "Michael", "Michael Cohen")


def test_an_arm_named_after_a_body_written_before_it_is_apart():
    # round 87: "NBC shows", "NBC seemed to sign", then "NBC Entertainment chairman Paul Telegdy"
    assert named_apart(page("allsides/dick_wolf_svu_history.txt"), "NBC", "NBC Entertainment")


def test_a_country_the_title_names_otherwise_is_the_bodys():
    # round 80: "Fauci says America getting back to normal ..." over a story of "the US"; "Ex-CIA Agent: ISIS Is in
    # America" over one of "the U.S." and "the United States"
    assert named_as_one(page("allsides/fauci_normal_might_not_return.txt"), "America", "US")
    assert named_as_one(page("allsides/isis_mexico_border_baer.txt"), "America", "U.S.", "United States")


def test_a_datelines_agency_the_body_names_is_that_body():
    # round 84: "WASHINGTON (AP) —", then "Carson said in an interview with The Associated Press"; round 87: "NEW YORK
    # (AP) —", then "Wolf told The Associated Press"; round 83: "WASHINGTON (AP) —", "as Associated Press journalists on
    # board watched"
    assert named_as_one(page("allsides/carson_public_housing_rent.txt"), "AP", "Associated Press")
    assert named_as_one(page("allsides/dick_wolf_svu_history.txt"), "AP", "Associated Press")
    assert named_as_one(page("allsides/warship_destroys_iranian_drone.txt"), "AP", "Associated Press")


def test_an_offices_acronym_spells_it_out():
    # round 81: "the Justice Department", then "after formally leaving his post at the DOJ"; round 83: "the DOJ Memos'
    # position"; round 80: the title's "DOJ Inspector General Tells Congress" over "the Justice Department"
    assert named_as_one(page("allsides/rosenstein_comey_partisan_pundit.txt"), "DOJ", "Justice Department")
    assert named_as_one(page("allsides/judge_dismisses_trump_tax_suit.txt"), "DOJ", "Justice Department")
    assert named_as_one(page("allsides/horowitz_no_vindication.txt"), "DOJ", "Justice Department")

