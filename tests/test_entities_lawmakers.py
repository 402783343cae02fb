"""How copy names lawmakers, on the real pages. A chamber's bare word that only ever opens one of its officers' titles
("House Speaker Paul Ryan told CNN") is no actor: the title names the person, and the gold's title-only bodies have no
entity (rounds 44, 70, 71); a chamber the story writes of itself ("if a bill emerges from the Senate") stays. A postal
code in a party-and-state tag ("Ron Johnson (R-WI)") is the state, as "R-Wis." is, and so is one alone in brackets
after a lawmaker's name ("Sens. Bob Corker (TN) and Pat Toomey (PA)"), no acronym of the name."""

from __future__ import annotations

from .extraction_corpus import by_alias, page, role_of


def test_chambers_named_only_in_their_officers_titles_are_no_actors():
    # round 60: "House Speaker Paul Ryan told CNN Tuesday" and "Senate Majority Leader Mitch McConnell said", no other
    # mention of either chamber ("a White House contender" is the White House)
    extraction = page("polnear/breitbart/trump_ginsburg_resign.txt")
    assert "House" not in by_alias(extraction) and "Senate" not in by_alias(extraction)
    assert role_of(extraction, "Paul Ryan") == "actor" and role_of(extraction, "Mitch McConnell") == "actor"


def test_a_chamber_the_story_writes_of_stays_beside_its_officers_titles():
    # round 72: "House Minority Leader Nancy Pelosi" is the House's one mention; the Senate votes and holds the bill
    extraction = page("allsides/mcconnell_repeal_holdouts.txt")
    assert "House" not in by_alias(extraction)
    assert role_of(extraction, "Senate") == "actor"


def test_a_postal_code_in_a_lawmakers_party_and_state_tag_is_the_state():
    # round 74: "Sens. Roy Blunt (R-MO), Ron Johnson (R-WI), and Rob Portman (R-OH)", "Kelly Ayotte (R-NH)"
    extraction = page("allsides/bush_returns_senate_campaign.txt")
    for code in ("WI", "OH", "NH"):
        assert role_of(extraction, code) == "location", code
    # round 52: "Sen. John McCain (R-AZ)", "Sen. Chuck Schumer (D-NY)"
    extraction = page("polnear/breitbart/jeb_pac_skywriting.txt")
    assert role_of(extraction, "AZ") == "location" and role_of(extraction, "NY") == "location"


def test_a_postal_code_alone_in_brackets_after_a_lawmakers_name_is_his_state():
    # round 76: "Republican Sens. Bob Corker (TN) and Pat Toomey (PA) have put forth a proposal"
    extraction = page("allsides/senators_trade_tariff_bill.txt")
    for code, senator in (("TN", "Bob Corker"), ("PA", "Pat Toomey")):
        assert role_of(extraction, code) == "location", code
        assert code not in by_alias(extraction)[senator].aliases, senator
    # round 71: "Democratic Rep. Steve Cohen (TN) told CNN on Sunday"
    extraction = page("allsides/van_drew_party_switch.txt")
    assert role_of(extraction, "TN") == "location" and role_of(extraction, "Steve Cohen") == "actor"


def test_a_bodys_acronym_in_brackets_is_still_its_acronym():
    # round 28: "the Palestinian Authority (PA)" names no lawmaker, and its acronym joins it
    extraction = page("bbcnews/abbas_london_meeting.txt")
    assert "PA" in by_alias(extraction)["Palestinian Authority"].aliases
