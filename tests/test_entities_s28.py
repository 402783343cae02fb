"""Kinds of names rounds 24 to 46 showed the program missing or taking for actors (session 28), one test per rule:
on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_a_wire_dateline_on_a_line_of_its_own_with_its_date_names_the_place():
    ex = _extract(
        "Russia to clamp down on barter deals.\n\nMOSCOW 1996-08-23\n\nRussian officials will cut barter deals, a customs"
        " official said on Friday.\n"
    )
    assert _role(ex, "MOSCOW") == "location" and _role(ex, "Moscow") == "location"
    ex = _extract("Fishermen strike.\n\nRAMESWARAM, India 1996-08-28\n\nIndian fishermen said on Wednesday they would strike.\n")
    assert _role(ex, "Rameswaram") == "location"  # no gazetteer knows it: the dated line vouches for it
    ex = _extract("Results.\n\nTOP PICKS\n\nAcme said on Friday its profit rose.\n")
    assert _role(ex, "TOP PICKS") is None and _role(ex, "Top Picks") is None  # no date: a heading
    assert _role(page("russia_barter_deals.txt"), "Moscow") == "location"
    assert _role(page("truth_commission_subpoena.txt"), "Cape Town") == "location"
    assert _role(page("miss_universe_weight.txt"), "Las Cruces") == "location"


def test_a_name_alone_between_a_wire_title_and_its_dateline_is_the_reporter():
    ex = _extract(
        "EU rejects German call to boycott British lamb.\n\nPeter Blackburn\n\nBRUSSELS 1996-08-22\n\nThe European"
        " Commission said on Thursday it disagreed with German advice.\n"
    )
    assert _role(ex, "Peter Blackburn") == "actor"
    ex = _extract("Acme profit rises.\n\nQuarterly Results\n\nLONDON 1996-08-22\n\nAcme said on Thursday its profit rose.\n")
    assert _role(ex, "Quarterly Results") is None  # common nouns: a section's heading
    for story, reporter in (("dick_morris_resigns.txt", "Michael Conlon"), ("rameswaram_fishermen_strike.txt", "P.V. Krishnamoorthy"),
                            ("rohrabacher_kabul_visit.txt", "Sayed Salahuddin")):
        assert _role(page(story), reporter) == "actor", story


def test_the_reporter_of_a_wire_sign_off_is_a_person_and_the_desk_none():
    ex = _extract(
        "Russia to clamp down on barter deals.\n\nMOSCOW 1996-08-23\n\nRussian officials will cut barter deals, a customs"
        " official said on Friday.\n\n\"The share is still high,\" she said.\n\n-- Dmitry Solovyov, Moscow Newsroom,"
        " +7095 941 8520\n"
    )
    assert _role(ex, "Dmitry Solovyov") == "actor" and _role(ex, "Moscow Newsroom") is None
    assert not [q for q in ex.quotes if "Newsroom" in q.text]
    assert _role(page("tn_margin_interview.txt"), "Andrew Huddart") == "actor"
    assert _role(page("zastava_workers_protest.txt"), "Gordana Kukic") == "actor"  # "Belgrade Newsroom +381 ...": no comma


def test_the_place_before_a_party_members_noun_is_a_place_and_he_no_newspaper():
    ex = _extract(
        "Tax\n\nThe Illinois Democrat has repeatedly stressed he is reluctant to back a tax increase. A spokesman said he"
        " had told the California Republican at a meeting that talks would go on. The Queensland Liberal Party agreed.\n"
    )
    assert _role(ex, "Illinois") == "location" and _role(ex, "California") == "location"
    assert _role(ex, "California Republican") is None  # "told the ...": a member, no outlet he was told through
    assert _role(ex, "Queensland") is None  # a branch's name: "Party" after it
    assert _role(page("securities_tax_wright.txt"), "Illinois") == "location"
    assert _role(page("rohrabacher_kabul_visit.txt"), "California") == "location"


def test_a_time_zone_after_the_time_of_day_is_no_one():
    ex = _extract(
        "Convention\n\nPresident Bill Clinton will speak at 8 p.m. EDT (midnight GMT) on Thursday. The board was still"
        " meeting at 1700 EDT, aides said. The MST said its members would march.\n"
    )
    assert _role(ex, "GMT") is None and _role(ex, "EDT") is None
    assert _role(ex, "MST") == "actor"  # the letters alone: Brazil's Landless Workers Movement
    assert _role(page("dick_morris_resigns.txt"), "GMT") is None


def test_a_speech_verbs_subject_the_model_took_for_a_title_is_a_person():
    ex = _extract(
        "Vote\n\n\"Only our physical presence in Doboj will mean that the Dayton peace treaty has truly been implemented,\""
        " Edhem Efendija Camdzic, Doboj's Islamic imam-in-exile, told the refugees.\n"
    )
    assert _role(ex, "Edhem Efendija Camdzic") == "actor"
    assert _role(page("doboj_refugees_vote.txt"), "Edhem Efendija Camdzic") == "actor"
    assert _role(page("white_noise_box_office.txt"), "Manohla Dargis") == "actor"  # "..., Manohla Dargis, film critic for the New York Times, said"


def test_a_town_naming_a_pact_signed_there_is_no_place_of_the_story():
    ex = _extract(
        "Vote\n\n\"Only our presence will mean that the Dayton peace treaty has been implemented,\" the imam said. The"
        " Dayton peace accords set up two entities. Envoys met in Paris, where the Paris agreement was signed.\n"
    )
    assert _role(ex, "Dayton") is None
    assert _role(ex, "Paris") == "location"  # named on its own too
    assert _role(page("doboj_refugees_vote.txt"), "Dayton") is None
    assert _role(page("german_bond_yields.txt"), "Paris") == "location"


def test_a_thing_after_its_article_stays_a_thing_though_it_is_a_speech_verbs_subject():
    ex = _extract("Mars\n\nMissions found evidence the Red Planet at one time boasted ample quantities of water on Mars.\n")
    assert _role(ex, "Red Planet") != "actor"
    assert by_alias(page("mars_gullies_water.txt"))["Red Planet"] is by_alias(page("mars_gullies_water.txt"))["Mars"]
    blair = by_alias(page("blair_sailing_trip.txt"))  # "The Conservatives and Lib Dems both say": the model's span stands
    assert blair["Lib Dems"] is blair["Liberal Democrats"]
    # "In its report - MTV Smut Peddlers: Targeting Kids ... - the PTC said": a report's title, initials in it
    assert _role(page("mtv_sleaze.txt"), "MTV Smut Peddlers") is None
