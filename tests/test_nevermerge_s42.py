"""Rounds 67's and 68's never-merge breaks (session 42, s42-never): a headline's party plural ("Republicans slam IRS")
joined to the party's adjective the body writes ("Republican lawmakers"); a name the text gives as another man's
nickname ("Pete Williams is the nickname of former Senator Harrison A. Williams Jr.") joined to a third man whose given
name it shortens ("Peter Williams"); a town written with its state ("downtown Sonoma, California") joined to the county
named after it ("Sonoma County"). Each rule with a made-up story, the reading it must keep where one is near, and the
real page it fixes. (Round 68's fourth break, "Americans" beside "American" in rubio_immigrant_son, is the gold's:
tests/gold/README.md's convention makes a people's singular and plural word one entity; left to the lead.)"""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page, role_of


# A headline's party plural over a body that writes only the party's adjective: the party's members, apart from it.


def test_a_headline_party_plural_is_no_mention_of_the_adjective():
    extraction = extract_text(
        "Republicans slam tax agency over audits\n\n"
        "Republican lawmakers seized on the acknowledgment on Friday. A dozen Republican senators wrote to the "
        "agency in March asking why conservative groups were singled out.\n"
    )
    assert named_apart(extraction, "Republicans", "Republican")
    assert role_of(extraction, "Republicans") == "actor" and role_of(extraction, "Republican") == "other"


def test_a_headline_party_plural_still_goes_to_the_plural_the_body_writes():
    # the body's own "Republicans" (the party acting) is the entity the headline's plural names
    extraction = extract_text(
        "Republicans slam tax agency over audits\n\n"
        "The Republicans said on Friday that the agency had gone too far. A dozen Republican senators wrote to the "
        "agency in March.\n"
    )
    assert named_apart(extraction, "Republicans", "Republican")
    assert role_of(extraction, "Republicans") == "actor"


def test_a_headline_party_plural_on_the_real_pages():
    # round 67: "Tea Party groups, Republicans slam IRS ..." over "Republican lawmakers", "A dozen Republican senators";
    # round 68: "... Shot by Gunman Targeting Republicans" over "Republican members of Congress"
    assert named_apart(page("allsides/irs_tea_party_apology.txt"), "Republicans", "Republican")
    assert named_apart(page("allsides/scalise_shot.txt"), "Republicans", "Republican")


# A name given as another's nickname: his, never a third person's whose given name it shortens.


def test_a_name_given_as_a_nickname_goes_to_the_man_it_names():
    extraction = extract_text(
        "Senator Faces Inquiry\n\n"
        "The e-mail was sent by a person who identified himself as Peter Lowe. Mr. Lowe provided some accurate "
        "details, said a former prosecutor.\n\n"
        "Pete Lowe is the nickname of former Senator Harold A. Lowe Jr., Democrat of New Jersey, who was jailed in "
        "1983.\n"
    )
    assert named_apart(extraction, "Peter Lowe", "Pete Lowe")
    assert named_as_one(extraction, "Peter Lowe", "Lowe")


def test_a_short_given_name_without_the_cue_is_still_the_full_name():
    # "Patrick Carlineo", then "Pat Carlineo" (session 35's reading stands)
    extraction = extract_text(
        "Senator Faces Inquiry\n\n"
        "The e-mail was sent by Peter Lowe, a consultant.\n\n"
        "Pete Lowe later said he had meant no harm.\n"
    )
    assert named_as_one(extraction, "Peter Lowe", "Pete Lowe")


def test_a_name_given_as_a_nickname_on_the_real_page():
    # round 68: "a person who identified himself as Peter Williams", then "Pete Williams is the nickname of former
    # Senator Harrison A. Williams Jr."
    assert named_apart(page("allsides/menendez_inquiry_partisan.txt"), "Peter Williams", "Pete Williams")


# A town written with its state: no county named after it.


def test_a_town_written_with_its_state_is_not_the_county_of_its_name():
    extraction = extract_text(
        "Power Cut Across Wine Country\n\n"
        "A man delivers paper to a cafe in downtown Sonoma, California, where power is turned off.\n\n"
        "Residents of the Sonoma County city of Cloverdale were preparing for a long night.\n"
    )
    assert named_apart(extraction, "Sonoma", "Sonoma County")


def test_a_county_called_by_its_name_alone_is_still_the_county():
    # round 63's noreaster_residents: "New York City and Westchester", "customers in Westchester County"
    extraction = extract_text(
        "Storm Leaves Thousands In The Dark\n\n"
        "As many as 20,000 households across New York City and Westchester were not expected to be back online.\n\n"
        "About 39,000 customers in Westchester County also remained in the dark.\n"
    )
    assert named_as_one(extraction, "Westchester", "Westchester County")


def test_a_town_written_with_its_state_on_the_real_page():
    # round 68: "a cafe in downtown Sonoma, California", "the Sonoma County city of Cloverdale"
    assert named_apart(page("allsides/pge_power_shutoffs.txt"), "Sonoma", "Sonoma County")
