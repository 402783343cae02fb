"""The one never-merge break of round 22 of the unseen pages (BBC News stories, Reuters-21578 wire copy of
1987) when it was measured untouched, fixed before anything was tuned on it: on a short article written for
it, and on the real page where it occurs. The rule is in store/nlp/entities/places.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_state_stays_apart_from_its_city_when_the_city_is_written_in_full():
    ex = extract_text(
        "Banks\n\nBOSTON, May 4 - Harbor Bancorp said it will open offices across New York but none in New York City,"
        " its chairman said.\n\nThe bank also plans branches in Mexico, though not in Mexico City, and in Kansas, near"
        " Kansas City.\n\nA unit in Quebec City will serve Quebec, the bank said. New York regulators approved the plan.\n"
    )
    forms = by_alias(ex)
    for state in ("New York", "Mexico", "Kansas", "Quebec"):
        assert forms[state] is not forms[f"{state} City"]
    # "Norstar operates in most of New York state but not in New York City", "Albany, N.Y.-based Norstar"
    fleet = by_alias(page("reuterswire/fleet_norstar_merger.txt"))
    assert fleet["New York"] is not fleet["New York City"]


def test_a_clipped_party_names_singulars_beside_its_plurals_are_adjectives():
    ex = extract_text(
        "Election\n\nThe problem the Liberal Democrats face is that a large number of Lib Dem voters do not agree with"
        " them, a Liberal Democrat councillor said.\n\nThe Lib Dems have drawn up a list of seats, the Lib Dem's campaign"
        " chief Jo Roe said.\n"
    )
    forms = by_alias(ex)
    assert forms["Lib Dems"] is forms["Liberal Democrats"] and forms["Lib Dem"] is not forms["Lib Dems"]
    assert forms["Liberal Democrat"] is not forms["Liberal Democrats"]
    # "Lib Dem's elections chief Lord Rennard", "Lib Dem voters" beside "the Lib Dems" = "the Liberal Democrats"
    libdem = by_alias(page("bbcnews/libdem_hit_list.txt"))
    assert libdem["Lib Dems"] is libdem["Liberal Democrats"] and libdem["Lib Dem"] is not libdem["Lib Dems"]
    assert libdem["Liberal Democrat"] is not libdem["Liberal Democrats"]
