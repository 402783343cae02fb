"""Session 50, entities: a box of related links set inside a story, its links left out, no longer ends the story; a
market report's quote tags (ticker and change) are no names; a Korean given name whose second syllable spells an
English stop word keeps it; a congressional district and a federal appeals court keep their number; a state
lawmaker's town in his party tag is a place; a writer's follow line that gives the platform's address or writes "On
Twitter" names him; an adjective opening a sentence ("Top", "Potential") is no word of the body after it. Each on the
real page of a gold round, driven through the real reader and pipeline."""

from __future__ import annotations

from pathlib import Path

from newsx.store.read.anatomy import dissect

from .extraction_corpus import ARTICLE_DIR, forms_of, page, role_of


def _kinds(name: str) -> dict[str, str]:
    return {p.text: p.kind for p in dissect(Path(ARTICLE_DIR, name).read_text(encoding="utf-8")).paragraphs}


def test_a_box_of_links_inside_the_story_does_not_end_it():
    # round 81 (WSJ): "More on Election 2016" between two paragraphs of the story, which runs on for twenty more
    clinton = _kinds("allsides/clinton_foundation_scale_back.txt")
    assert clinton["More on Election 2016"] == "boilerplate"
    assert next(k for t, k in clinton.items() if t.startswith("Pablo Eisenberg, a scholar at the Center")) == "body"
    # round 66 (BBC): "More on the victims", then the story's short paragraphs
    berlin = _kinds("allsides/berlin_truck_manhunt.txt")
    assert next(k for t, k in berlin.items() if t.startswith("Prosecutor Peter Frank told reporters")) == "body"


def test_a_tail_heading_with_no_story_after_it_still_ends_the_story():
    # round 79 (BBC): "More on US immigration", then a video's caption and a call for readers' stories
    border = _kinds("allsides/border_separations_global_outcry.txt")
    assert next(k for t, k in border.items() if t.startswith("Was your family split up")) == "boilerplate"


def test_a_quote_tags_ticker_is_no_name_nor_a_word_of_the_firms():
    # round 84 (MarketWatch): "Delta Air Lines Inc. DAL, +1.55% dropped 1.7%", "The ICE U.S. Dollar index DXY, -0.07%"
    dow = page("allsides/dow_slides_iran_tensions.txt")
    assert role_of(dow, "Delta Air Lines Inc.") == role_of(dow, "Marathon Oil Corp.") == "actor"
    assert not {"Delta Air Lines Inc. DAL", "DAL", "DXY", "AAL", "USDJPY"} & forms_of(dow)
    # round 71: "a team led by Blue Origin, founded by Amazon.com Inc.'s AMZN, +1.17% Jeff Bezos"
    assert not {"AMZN", "TSLA", "LMT"} & forms_of(page("allsides/spacex_crew_launch.txt"))


def test_a_korean_given_names_syllable_that_spells_a_stop_word_stays_in_the_name():
    # round 82: "South Korean President Moon Jae-in convened a meeting"; round 83: "President Moon Jae-in, here in Seoul"
    assert role_of(page("allsides/north_korea_hydrogen_bomb_test.txt"), "Moon Jae-in") == "actor"
    assert "Moon Jae" not in forms_of(page("allsides/us_china_trade_talks_resume.txt"))


def test_a_congressional_district_and_an_appeals_court_keep_their_number():
    # round 80: "I represent Tennessee's Sixth Congressional District"; round 83: "New York's 14th Congressional District"
    assert role_of(page("allsides/gop_weekly_address_obamacare.txt"), "Sixth Congressional District") == "location"
    assert role_of(page("allsides/sanders_warren_room_for_both.txt"), "14th Congressional District") == "location"
    # round 80: "The case, before the 2nd U.S. Circuit Court of Appeals in Manhattan"
    assert role_of(page("allsides/trump_bank_records_appeal.txt"), "2nd U.S. Circuit Court of Appeals") == "actor"


def test_a_state_lawmakers_town_in_his_party_tag_is_a_place():
    # round 82: "State Senate Majority Leader Mike Shirkey, R-Clarklake, has said"; round 80: "Troy Jackson, D-Allagash,"
    assert role_of(page("allsides/michigan_lgbt_ballot_initiative.txt"), "Clarklake") == "location"
    assert role_of(page("allsides/maine_super_tuesday_vaccines.txt"), "Allagash") == "location"


def test_a_follow_line_with_the_platforms_address_or_on_twitter_in_capitals_names_its_writer():
    # round 79: "Follow Carol J. Williams at www.twitter.com/cjwilliamslat"; round 82: "Follow Henry Rodgers On Twitter"
    assert role_of(page("allsides/guantanamo_convictions_vulnerable.txt"), "Carol J. Williams") == "actor"
    assert role_of(page("allsides/trump_phoenix_rally_media.txt"), "Henry Rodgers") == "actor"


def test_an_adjective_opening_the_sentence_is_no_word_of_the_body_after_it():
    # round 84: "EL PASO, Texas (Reuters) - Potential White House hopeful Beto O'Rourke accused Donald Trump"
    orourke = page("allsides/orourke_trump_el_paso_rallies.txt")
    assert "White House" in forms_of(orourke) and "Potential White House" not in forms_of(orourke)
    # round 83: "Several Supreme Court justices indicated they might"
    assert "Several Supreme Court" not in forms_of(page("allsides/prop_8_supreme_court_arguments.txt"))
