"""Merges of session 37 (s37-merges): round 58's never-merge break undone (a nation's people in the plural and its
bare adjective are two), and a department by its field alone where that is a title's word too ("Justice"); each rule
with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, named_apart, named_as_one, page, role_of
from .test_merges_s36 import _story


# A nation's people in the plural, acting, and its bare adjective describing: two.


def test_a_peoples_plural_and_its_nationalitys_adjective_are_two():
    story = _story("The Saudis insist they are fighting terror, the paper says. Saudi officials met lawmakers on Thursday, "
                   "and the Saudi government has blocked websites. Saudi Arabia shares the same enemies, the Saudis say.")
    assert named_apart(story, "Saudis", "Saudi")
    assert role_of(story, "Saudis") == "actor" and role_of(story, "Saudi") == "other"


def test_a_peoples_word_made_of_its_countrys_name_stays_other():
    # "Americans", "Kuwaitis": the people at large, apart from the adjective since round 62's never-merge pairs
    # (tests/test_nevermerge_s39.py), but `other` as the adjective is, no actor (reuterswire11_gulf_oil_rig's "the
    # Americans", which its gold lists under no entity, is no entity found wrongly)
    story = _story("Americans are divided on the war in Iraq, and American voters disagree on the troops, said Jo Roe, "
                   "a pollster.")
    assert role_of(story, "Americans") == "other"


def test_a_sects_word_still_names_one_people():
    # a creed's or a sect's word is no nationality: "Sunni militants" are of the Sunnis (the sample's gold)
    story = _story("Sunni militants took the town on Monday. Sunnis have taken over the north, and Sunni fighters "
                   "hold the road, said Jo Roe, an analyst.")
    assert named_as_one(story, "Sunnis", "Sunni")


def test_a_peoples_plural_and_its_adjective_on_the_real_page():
    # round 58: "the Saudis state in the white paper", "the Saudi government", "Saudi officials"
    extraction = page("polnear/politico/saudi_white_paper.txt")
    assert named_apart(extraction, "Saudis", "Saudi")
    assert role_of(extraction, "Saudi") == "other"


# A department by its field alone, a title's word too: "Justice" beside "the Justice Department".


def test_a_department_by_a_field_that_is_a_title_word_is_the_department():
    story = _story("The Justice Department said it would review the deal. On Thursday, Justice delivered the immunity "
                   "agreements to the committee, and Justice officials declined to comment, said Jo Roe, a lawyer.")
    assert named_as_one(story, "Justice Department", "Justice")


def test_a_title_word_alone_is_no_body_where_no_department_has_that_field():
    # no department of the article is Justice's: the lone title word stays no name
    story = _story("The State Department said it would review the deal. On Thursday, Justice delivered the agreements "
                   "to the committee, said Jo Roe, a lawyer.")
    assert "Justice" not in by_alias(story)


def test_department_fields_read_the_models_spans():
    from newsx.store.nlp.entities.bodies import department_fields

    assert department_fields(["The Justice Department", "Department of Energy", "Acme Corp"]) == {"justice", "energy"}


def test_a_department_by_its_field_on_the_real_pages():
    # round 50: "On Thursday morning, Justice delivered the immunity agreements"; round 49: "precisely what Justice
    # officials were trying to"; round 41 (Reuters, 1987): "Justice's opposition to quick federal approval"
    for name in ("polnear/politico/clinton_aides_immunity_deals.txt", "polnear/nyt/fbi_email_disclosure.txt",
                 "reuterswire/greyhound_trailways.txt"):
        assert named_as_one(page(name), "Justice Department", "Justice"), name
