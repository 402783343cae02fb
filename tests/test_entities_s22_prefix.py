"""A party's short name the model runs into the name after it (session 22, round 33): the member's party before
her name, or before her parliament's, is a body of its own, on a short article written for it and on the real
stories of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import by_alias, extract_text as _extract, role_of as _role


def test_a_party_before_a_members_name_is_a_body_apart():
    ex = _extract(
        'Nuclear plan attacked\n\nLib Dem Norman Baker said the plan was "deeply irresponsible".\n\nMr Baker added'
        " that ministers had ignored the risks.\n"
    )
    assert _role(ex, "Norman Baker") == "actor" and _role(ex, "Lib Dem Norman Baker") is None
    assert by_alias(ex)["Norman Baker"] is by_alias(ex)["Baker"]
    assert _role(ex, "Lib Dem") == "actor"
    real = page("bbcnews/nuclear_waste_dumpsite.txt")
    assert _role(real, "Norman Baker") == "actor" and _role(real, "Lib Dem Norman Baker") is None
    assert _role(real, "Lib Dem") == "other"  # the adjective of "the Liberal Democrats" (merge.py)
    assert _role(page("bbcnews/hayman_24_hour_drinking.txt"), "Home Affairs") is None  # "Lib Dem Home Affairs spokesman"


def test_a_party_before_its_parliaments_seat_or_a_place_is_a_body_apart():
    ex = _extract(
        "Care\n\nThe SNP said it would oppose the plan at Holyrood.\n\nSNP Holyrood leader Nicola Sturgeon said"
        " the scheme was wrong. Green Westminster leader Jo Roe agreed.\n"
    )
    assert _role(ex, "Holyrood") == "actor" and _role(ex, "SNP Holyrood") is None
    assert by_alias(ex)["SNP"] is not by_alias(ex)["Holyrood"]
    assert _role(ex, "Westminster") == "location" and _role(ex, "Green Westminster") is None
    real = page("bbcnews/care_costs_sums.txt")
    assert _role(real, "Holyrood") == "actor" and _role(real, "SNP Holyrood") is None
    assert by_alias(real)["SNP"] is by_alias(real)["Scottish National Party"]


def test_a_party_word_opening_a_name_of_its_own_stays():
    ex = _extract("Bay\n\nThe Green Bay Packers won on Sunday, and the Labour Party said so.\n")
    assert _role(ex, "Green") is None and _role(ex, "Labour Party") == "actor"
