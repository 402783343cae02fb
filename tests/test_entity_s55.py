"""Session 55, speakers' second stage (branch s55-entity): the chosen speaker mention linked to the right entity.
Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, page


def test_a_name_given_an_age_after_it_is_a_person_whom_she_goes_on_with():
    # round 94's daca_teens_limbo_ruling: 'One is Milagros Heredia, 18, whose mother carried her ...' (the model took
    # the name for a body) then '"You're never sure who's with you and who's against you," she said.'
    daca = page("allsides/daca_teens_limbo_ruling.txt")
    assert direct_speaker(daca, "never sure who") == "Milagros Heredia"
    assert direct_speaker(daca, "Appearances were everything") == "Milagros Heredia"


def test_a_named_bodys_own_unit_speaks_as_its_role_for_the_body():
    # round 94's trump_north_korea_missiles_attention: 'North Korea's foreign ministry said Monday that Mr. Bolton is
    # "inordinately ignorant"': the gold's "foreign ministry", of North Korea
    korea = page("allsides/trump_north_korea_missiles_attention.txt")
    quote = direct_quote(korea, "inordinately ignorant")
    assert quote.speaker == "foreign ministry"
    assert korea.entities[quote.speaker_key].name == "North Korea"


def test_it_after_a_papers_report_is_the_paper():
    # round 94's pence_denies_2020_bid: 'Pence was responding to a New York Times report that some Republicans were
    # moving to form a "shadow campaign" ... It said multiple advisers to Pence "have already intimated to party donors
    # that he would plan to run ..."'
    pence = page("allsides/pence_denies_2020_bid.txt")
    assert direct_speaker(pence, "have already intimated") == "New York Times"


def test_a_named_persons_staff_speak_for_the_person():
    # round 86's yemen_hadi_palace_airstrikes: '"President Hadi has been evacuated to a safe place ...," Hadi's aide
    # said' (gold ruling 21: staff who speak for someone accept the principal)
    yemen = page("allsides/yemen_hadi_palace_airstrikes.txt")
    quote = direct_quote(yemen, "evacuated to a safe place")
    assert quote.speaker == "Hadi's aide"
    assert yemen.entities[quote.speaker_key].name == "Abd-Rabbu Mansour Hadi"
    # round 74's aoc_steyer_donation: 'A spokesperson for Steyer said ... "Tom's proud to support ..."'
    assert direct_speaker(page("allsides/aoc_steyer_donation.txt"), "proud to support") == "Tom Steyer"


def test_a_share_speaks_without_the_writers_only():
    # round 86's gallup_media_trust_60_percent: '44% said the news media are "too liberal" while only 19% said it was
    # "too conservative." Only 34% said it was "just about right."' (the gold's "34%")
    gallup = page("allsides/gallup_media_trust_60_percent.txt")
    assert direct_speaker(gallup, "just about right") == "34%"
