"""Social platforms as the firms copy writes of ("a sharp contrast with Facebook, which continues to defend running
paid political ads"), which the small English model tags as a person, a work or nothing; and the same names as page
furniture (a share bar, a prompt to follow the page), which the gold calls junk."""

from __future__ import annotations

from .extraction_corpus import page, role_of


def test_a_platform_the_prose_writes_of_is_an_actor():
    # round 76: "Its move strikes a sharp contrast with Facebook, which continues to defend running paid political
    # ads", "During Facebook's conference call for earnings"; the model tags no mention of it
    assert role_of(page("allsides/twitter_bans_political_ads.txt"), "Facebook") == "actor"
    # round 75: "belonged to anti-Republican groups on Facebook, including one called ..."
    assert role_of(page("allsides/fbi_scalise_shooting_assault.txt"), "Facebook") == "actor"


def test_platforms_in_share_bars_and_follow_prompts_are_no_actors():
    # round 66, a caption's share bar: "Facebook Twitter Pinterest The White House says ..."
    assert role_of(page("allsides/mattis_syria_strike.txt"), "Facebook") is None
    # round 71, a slideshow's: "View Slideshow Back Continue Share this: Facebook"
    assert role_of(page("allsides/china_phase_one_signed.txt"), "Facebook") is None
    # round 74: "signing up for our monthly newsletter and following us on Twitter or Instagram"
    assert role_of(page("allsides/sf_police_bodycam_memo.txt"), "Instagram") is None
    # round 52, a follow line: "On Twitter follow Ken Thomas https://twitter.com/KThomasDC"
    assert role_of(page("polnear/breitbart/clinton_housing_crash.txt"), "Twitter") is None
