"""Merges and never-merge breaks of session 50 (s50-merges), each on the real page it fixes: a relative named after the
story's man is told from him by the form of their given name (surnames._kin_named_later_by_another_given_name); a family
is one under its noun and in the plural (merge._families_by_their_plural); a long given name misspelt before one surname
is one person's (surnames._given_name_misspelt); a body misspelt by two letters swapped is the body (merge._one_letter_mistyped);
a US party named in full is its body, apart from its members in the plural acting, as the gold of rounds 79-84 writes
them, unless written as one body with "the" (merge._PARTIES_APART_FROM_MEMBERS, context.THE_BLOC), while British copy's
"the Conservatives" stay the party's name (since lead ruling 37, session 58, apart from the party named in full too); a US county is apart from the city named alone (merge._city_beside_its_county)
and from a body named after it (bodies._a_place_by_its_noun);
"Washington, D.C." is the city named alone (merge._states_by_their_abbreviations)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page


def test_a_father_named_as_kin_after_his_son_is_told_apart_by_his_given_name():
    # round 84: "Patrick Mahomes, a 24-year-old quarterback", then "Mahomes said he discussed the social unrest with his
    # father, former major league pitcher Pat Mahomes"
    mahomes = page("allsides/mahomes_record_contract.txt")
    assert named_apart(mahomes, "Patrick Mahomes", "Pat Mahomes") and named_as_one(mahomes, "Patrick Mahomes", "Mahomes")


def test_a_family_under_its_noun_is_the_family_in_the_plural():
    # round 79: "the Clinton family", "the Clintons"; round 80: "the Bush family", "the Bushes"; round 83: "the Trump
    # family", "the Trumps"
    assert named_as_one(page("allsides/pelosi_hysterical_kavanaugh.txt"), "Clinton family", "Clintons")
    assert named_as_one(page("allsides/jeb_bush_embraces_family.txt"), "Bush family", "Bushes")
    assert named_as_one(page("allsides/trump_sues_deutsche_bank.txt"), "Trump family", "Trumps")


def test_a_long_given_name_misspelt_before_one_surname_is_one_persons():
    # round 82: "Dzhokhar A. Tsarnaev", "Dzohkhar Tsarnaev" and "Dzhokhan Tsarnaev" beside his brother "Tamerlan Tsarnaev"
    boston = page("allsides/tsarnaev_custody_watertown.txt")
    assert named_as_one(boston, "Dzhokhar A. Tsarnaev", "Dzohkhar Tsarnaev", "Dzhokhan Tsarnaev")
    assert named_apart(boston, "Dzhokhar A. Tsarnaev", "Tamerlan Tsarnaev")


def test_a_body_misspelt_by_two_letters_swapped_is_the_body():
    # round 83: "Deustche Bank" once, beside "Deutsche Bank"
    assert named_as_one(page("allsides/trump_sues_deutsche_bank.txt"), "Deutsche Bank", "Deustche Bank")


def test_a_us_partys_members_acting_are_apart_from_the_party_named_in_full():
    # round 84: "The Republican Party's brand has tanked", then "Yet Republicans are forecast to pick up as many as a
    # dozen U.S. House seats" and "after the GOP won control of governorships"
    no_hope = page("allsides/democrats_no_hope_house_2014.txt")
    assert named_apart(no_hope, "Republican Party", "Republicans") and named_as_one(no_hope, "Republican Party", "GOP")
    # round 81: "This shows again where the Republican Party stands" in a quote, beside "Republicans have criticized the
    # president"
    assert named_apart(page("allsides/christie_middle_class_plan.txt"), "Republicans", "Republican Party")


def test_a_us_partys_plural_written_with_the_is_still_its_members():
    # round 11: "a Congress controlled by the Democratic party", then "with Congress controlled by the Democrats": the
    # members, apart from the party named in full, as lead rulings 15 and 25 and the gold of rounds 75-94 read "the
    # Democrats" (session 55; round 11's gold follows the earlier reading and joins them)
    assert named_apart(page("reuterswire/tower_report.txt"), "Democratic party", "Democrats")


def test_a_british_partys_members_acting_are_apart_from_the_party_in_full():
    # aeb round 1: "the Conservative Party", "the Conservatives": two since lead ruling 37 (session 58), as US copy's are
    assert named_apart(page("aeb/ap_uk_tories.txt"), "Conservative Party", "Conservatives")


def test_a_city_beside_the_county_named_after_it_is_a_place_of_its_own():
    # round 75: "a synagogue near San Diego" beside "San Diego County Sheriff Bill Gore"
    assert named_apart(page("allsides/poway_rabbi_describes_attacker.txt"), "San Diego", "San Diego County")


def test_a_county_is_apart_from_the_police_department_named_after_it():
    # round 85: "the St. Louis County Police Department said", then "a spokesman for St. Louis County prosecuting
    # attorney Robert McCulloch", the county the model took for his employer
    ferguson = page("allsides/ferguson_grand_jury_uneasy_peace.txt")
    assert named_apart(ferguson, "St. Louis County", "St. Louis County Police Department")


def test_the_capital_with_its_districts_initials_is_the_city_named_alone():
    # round 80: "a major political force in Washington, D.C." beside "Iran's lobbyists in Washington"
    assert named_as_one(page("allsides/mccain_institute_donors.txt"), "Washington", "Washington, D.C.")
