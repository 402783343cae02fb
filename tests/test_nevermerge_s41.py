"""Rounds 65 and 66's never-merge breaks (session 41, s41-merges), the AllSides stories: each reading with a made-up
story of its kind and the real page it fixes.

- the person a body is named after, written alone ("ties to Anne Frank" beside "the Anne Frank Center for Mutual
  Respect"), is that person, no short name of the body, whatever the model took the name for;
- the town someone described by age or dwelling is from ("a 52-year-old from Londonderry") is a town, no short name
  of a school named after it ("Londonderry High School")."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, page, role_of


def test_the_person_a_body_is_named_after_is_no_short_name_of_it():
    extraction = extract_text(
        "Mary Lowe Center Compares Mayor to Nixon\n\n"
        "The Mary Lowe Center for Mutual Respect, a left-leaning nonprofit organization, compared Mayor John Smith to "
        "Richard Nixon on Tuesday.\n\n"
        "The center, whose ties to Mary Lowe are unconfirmed, has accused Smith of lying. The Atlantic wrote that the "
        "Mary Lowe Center has been criticized for politicizing Mary Lowe.\n"
    )
    assert named_apart(extraction, "Mary Lowe", "Mary Lowe Center")
    assert role_of(extraction, "Mary Lowe") == "actor"


def test_anne_frank_and_the_anne_frank_center_on_the_real_page():
    # round 65: "ties to Anne Frank", "politicizing" Anne Frank, beside "the Anne Frank Center for Mutual Respect"
    assert named_apart(page("allsides/anne_frank_center_hitler.txt"), "Anne Frank", "Anne Frank Center")


def test_the_town_someone_is_from_is_no_short_name_of_its_school():
    extraction = extract_text(
        "Independents Flock to the Polls\n\n"
        "\u201cI can live with the mayor,\u201d said Jo Roe, a 52-year-old from Jaffrey. \u201cI can live with almost all "
        "of them.\u201d\n\n"
        "Vermin Supreme, a bearded satirist, greeted people outside a polling place at Jaffrey High School, reminding "
        "them that he was on the ballot as a Democrat.\n"
    )
    assert named_apart(extraction, "Jaffrey", "Jaffrey High School")
    assert role_of(extraction, "Jaffrey") == "location"


def test_londonderry_and_its_high_school_on_the_real_page():
    # round 66: "Steve Matloff, a 52-year-old from Londonderry", then "a polling place at Londonderry High School"
    extraction = page("allsides/nh_independents_clinton.txt")
    assert named_apart(extraction, "Londonderry", "Londonderry High School")
    assert role_of(extraction, "Londonderry") == "location"
