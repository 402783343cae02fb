"""Merges and never-merge breaks of session 54 (s54-merges), each on the real sentence shape it fixes: a poster's
name the model runs on over "on Facebook" is the poster's, the platform a body of its own
(model_spans._PAST_THE_NAME); a party's caucus named with its chamber's word is one name and a form of the party's
plural whether it acts, is counted or is governed (lead ruling 30; recall._chamber_then_party), and never a person's name
whatever "who" follows it (recall.chamber_caucus in grouping._vote_label); "congressional Democrats" and "Capitol Hill
Republicans" are such caucuses too, which the model leaves at the plural (recall.congressional_caucuses); and a party's
caucuses are one group where no bare plural acts (merge._caucuses_with_their_partys_plural); and where a caucus is
written, the party's plural is its members, never the party's body named in full (merge._caucus_written)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page


def test_a_poster_on_a_platform_is_not_the_platform():
    # round 92: '"... before the weekend," read a post from NorthShore Dock on Facebook.'
    assert named_apart(page("allsides/whitmer_husband_boat_request.txt"), "NorthShore Dock", "Facebook")


def test_a_chambers_caucus_governed_by_a_verb_is_the_partys_plural():
    # round 92: "urged Senate Democrats to work on a spending bill that protects those programs" beside "Democrats"
    assert named_as_one(page("allsides/house_gop_spending_bill_sequester.txt"), "Senate Democrats", "Democrats", "House Democrats")


def test_a_chambers_caucus_before_who_is_no_person():
    # "a lesson for the GOP: Even Senate Democrats who may share their desire to defang EPA" (the "who" made the caucus a
    # person, whose given name "Senate" then took "In the Senate")
    extraction = page("allsides/gop_avoids_epa_climate_fight.txt")
    assert named_as_one(extraction, "Senate Democrats", "Democrats")
    assert named_apart(extraction, "Senate", "Senate Democrats")


def test_a_congressional_caucus_is_the_partys_plural():
    # round 92: "would be a non-starter for congressional Democrats and the White House" beside "Democrats"
    assert named_as_one(page("allsides/house_gop_spending_bill_sequester.txt"), "congressional Democrats", "Democrats")


def test_a_partys_caucuses_are_one_where_no_bare_plural_acts():
    # round 80: "Senate Republicans' mounting exasperation with the White House" beside "as congressional Republicans
    # defended Trump's Cabinet pick"
    assert named_as_one(page("allsides/how_puzder_fell.txt"), "Senate Republicans", "congressional Republicans")


def test_where_a_caucus_is_written_the_plural_is_not_the_party_named_in_full():
    # round 61: "exchanges with Senate Republicans who oppose him" and "The Republicans also have a lot of talent" beside
    # "all the things that the Republican Party has done" (a never-merge pair of the gold)
    extraction = page("polnear/politico/clinton_dream_team.txt")
    assert named_as_one(extraction, "Senate Republicans", "Republicans")
    assert named_apart(extraction, "Republicans", "Republican Party")
