"""Merges of bodies and places tuned on rounds 24-42 (session 26): a place is never the council that governs it, and
"the Independent" is the paper, no short name of the group that owns it. Each on made-up copy and on the real page
it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_place_is_never_the_council_that_governs_it():
    forms = by_alias(extract_text(
        "Rail link backed\n\n"
        "Trains could run through Harlanshire to the coast by 2010. A study was commissioned by Harlanshire Council "
        "and the Harlan Development Trust, campaigners said.\n"
    ))
    assert "Harlanshire Council" in forms and forms.get("Harlanshire") is not forms["Harlanshire Council"]
    borders = by_alias(page("bbcnews/borders_rail_rally.txt"))
    assert borders["Midlothian"] is not borders["Midlothian Council"]
    assert borders["Midlothian"].role == "location"


def test_the_independent_is_the_paper_not_the_group_that_owns_it():
    forms = by_alias(extract_text(
        "Publisher buys stake\n\n"
        "Independent Harlan Media Group said on Monday its profits rose 10%. Sales of the Independent rose by 20% "
        "after its smaller edition was launched, the group said.\n"
    ))
    assert forms.get("Independent") is not forms["Independent Harlan Media Group"]
    jagran = by_alias(page("bbcnews/independent_jagran_stake.txt"))
    assert jagran["Independent"] is not jagran["Independent News & Media"]
