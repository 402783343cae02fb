"""Kinds of text rounds 22-25 showed giving a direct quote a wrong speaker (issue 9), tuned on
rounds 19-25 in session 18: "the organisation said" after a spokesman for a named organisation; a
description no list of roles holds ("The tournament debutant added:") going on with the one quoted
before; a title the model took for a person in apposition to a name ("Name, Executive Vice
President of Org, said"); a role noun the parser hung on a firm's "of" ("said Firm of Canada Ltd
economist Name"); a quote left open into the next one of its paragraph, said by that one's speaker.
One test per rule: on a short article written for it, and on the real page where it occurs. The
figures are in tests/gold/README.md ("Tuned on rounds 19-25 (session 18): direct-quote speakers")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_the_organisation_a_spokesman_spoke_for_says_what_the_organisation_said():
    ex = _extract(
        "Jailed\n\nA reporter has been jailed for ten years in Freedonia.\n\n"
        "A spokesman for the Press Freedom Foundation, which tracks press freedom, described the sentence"
        " as \"harsh\". \"The authorities want to silence every critic,\" the organisation said.\n"
    )
    speaker = direct_speaker(ex, "The authorities want to silence every critic")
    assert speaker is not None and "Press Freedom Foundation" in speaker
    iran = _page("bbcnews/iran_blogger_jailed.txt")
    assert "Reporters Without Borders" in (direct_speaker(iran, "The authorities are trying to make an example") or "")


def test_a_description_that_adds_goes_on_with_the_one_quoted_before():
    ex = _extract(
        "Tennis\n\nJane Hale won her opening match in Paris on Tuesday.\n\n"
        "Hale said: \"I played well today.\" The tournament newcomer added: \"I love the crowd here.\"\n"
    )
    assert direct_speaker(ex, "I love the crowd here") == "Jane Hale"
    la = _page("bbcnews/mauresmo_la_win.txt")
    assert direct_speaker(la, "I love it here") == "Maria Sharapova"


def test_a_title_taken_for_a_name_in_apposition_is_not_who_speaks():
    ex = _extract(
        "Brokers\n\nTOKYO, March 3 - Japanese brokers are slow to enter the market.\n\n"
        "Kenji Sato, Executive Vice President of Sato Securities International, said, \"We are still"
        " starting up.\"\n"
    )
    assert direct_speaker(ex, "We are still starting up") == "Kenji Sato"
    japan = _page("reuterswire/japan_futures_brokers.txt")
    assert direct_speaker(japan, "They're still in a starting up period") == "Koichi Kane"


def test_a_role_noun_hung_on_a_firms_of_still_names_the_person_after_it():
    ex = _extract(
        "Trade\n\nOTTAWA, March 3 - Canada's trade surplus rose in January.\n\n"
        "\"It is the start of a trend,\" said Hale Brothers of Canada Ltd economist Jane Roe in Toronto.\n"
    )
    assert direct_speaker(ex, "It is the start of a trend") == "Jane Roe"
    canada = _page("reuterswire/canada_trade_recovery.txt")
    assert direct_speaker(canada, "Hopefully it's the beginning of a trend") == "Susan Clark"


def test_a_quote_left_open_into_the_next_is_said_by_that_ones_speaker():
    ex = _extract(
        "Football\n\nThe league is awaiting the referee's report on the striker.\n\n"
        "Tom Reed, 20, pushed linesman Jim Hale, who had advised the referee to award a penalty."
        " \"He was sent off in the 90th minute. \"We do not know what else happened,\" said a league"
        " statement.\n"
    )
    assert direct_speaker(ex, "He was sent off in the 90th minute") == "a league statement"
    sfa = _page("bbcnews/mikoliunas_sfa_report.txt")
    assert direct_speaker(sfa, "He was sent off for violent conduct") == direct_speaker(sfa, "We don't know how many red cards")


def test_a_name_set_off_by_a_stray_comma_before_its_cue_speaks():
    ex = _extract(
        "Currency\n\nThe lira loses six zeros on Saturday.\n\n"
        "\"The lira has been like funny money,\" Tom Reed, chief economist for Hale Bank, told the agency."
        " \"If a person has savings this will look smaller,\" shop owner Jane Roe, told the agency."
        " \"This will affect people.\"\n"
    )
    assert direct_speaker(ex, "If a person has savings") == "Jane Roe"
    assert direct_speaker(ex, "This will affect people") == "Jane Roe"
    lira = _page("bbcnews/turkey_new_lira.txt")
    assert direct_speaker(lira, "This will definitely affect people") == "Hayriye Evren"


def test_a_quote_a_colon_gives_as_an_organisations_thing_is_the_organisations():
    ex = _extract(
        "Election\n\nTom Reed, the Blue Party leader, spoke in Leeds on Monday. \"We will cut taxes,\" he said.\n\n"
        "The Red Party's election slogan will be: \"Working for you, don't let them wreck it\".\n"
    )
    assert direct_speaker(ex, "Working for you") == "Red Party"
    howard = _page("bbcnews/howard_election_platform.txt")
    assert direct_speaker(howard, "Britain's working, don't let the Tories wreck") == "Labour"
