"""People, places and prizes round 39 showed the program splitting, missing or keeping as actors (issue 9, session
24), one test per rule: on a short article written for it, and on the real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_a_rare_surname_after_a_given_name_the_model_tagged_alone_is_the_persons():
    ex = _extract("Aid\n\nThe outlook is bleak, ECA Executive Secretary Adebayo Adedeji told the conference.\n")
    assert _role(ex, "Adebayo Adedeji") == "actor" and _role(ex, "Adebayo") is None
    assert _role(page("reuterswire/africa_recovery_abuja.txt"), "Adebayo Adedeji") == "actor"
    assert _role(page("bbcnews/venus_farina_elia_upset.txt"), "Shinobu Asagoe") == "actor"


def test_a_score_after_a_name_is_no_model_number():
    ex = _extract("Tennis\n\nMirza beat Jelena Kostanic 6-7 (7-2) 6-4 6-1 in Dubai on Monday.\n")
    assert _role(ex, "Jelena Kostanic") == "actor"
    assert _role(page("bbcnews/venus_farina_elia_upset.txt"), "Jelena Kostanic") == "actor"


def test_two_names_the_model_ran_over_to_or_at_are_each_their_own():
    ex = _extract("Rugby\n\nHe moved from Leinster to Toulouse in 2003 and won a final against Perpignan at Lansdowne Road.\n")
    assert _role(ex, "Leinster") == "actor" and _role(ex, "Toulouse") is not None
    assert _role(ex, "Perpignan") == "actor" and _role(ex, "Lansdowne Road") == "location"
    assert _role(ex, "Perpignan at Lansdowne Road") is None
    lions = page("bbcnews/woodward_brennan_lions.txt")
    assert _role(lions, "Leinster") == "actor" and _role(lions, "Lansdowne Road") == "location"
    assert _role(page("bbcnews/iran_blogger_jailed.txt"), "Committee to Protect Bloggers") == "actor"


def _no_actor_or_place(extraction, form: str) -> bool:
    return _role(extraction, form) not in {"actor", "location"}


def test_a_prize_before_its_noun_or_won_for_a_role_is_no_actor_and_no_place():
    ex = _extract(
        "Oscars\n\nJo Roe, who has scooped both the Golden Globe and the Bafta for his supporting role, is favourite."
        " The band were nominated for three Grammy awards in the US.\n"
    )
    assert all(_no_actor_or_place(ex, prize) for prize in ("Golden Globe", "Bafta", "Grammy"))
    oscars = page("bbcnews/oscars_night_security.txt")
    assert _no_actor_or_place(oscars, "Golden Globe") and _no_actor_or_place(oscars, "Bafta")
    assert _no_actor_or_place(page("bbcnews/franz_ferdinand_brits.txt"), "Grammy")
    baftas = page("bbcnews/half_life_2_baftas.txt")
    assert _no_actor_or_place(baftas, "Baftas") and _role(baftas, "Bafta") == "actor"  # "Bafta said": the academy


def test_a_title_after_a_games_noun_is_a_work():
    ex = _extract("Games\n\nThe award was won by PlayStation 2 title Singstar, ahead of rhythm game Donkey Konga.\n")
    assert _role(ex, "Singstar") is None and _role(ex, "Donkey Konga") is None
    baftas = page("bbcnews/half_life_2_baftas.txt")
    assert _role(baftas, "Singstar") is None and _role(baftas, "Donkey Konga") is None


def test_the_genus_of_a_latin_binomial_is_no_actor():
    ex = _extract("Toads\n\nCane toads (Bufo marinus) were brought in, and whipbirds (Psophodes olivaceus) sing.\n")
    assert _role(ex, "Bufo") is None and _role(ex, "Psophodes") is None
    assert _role(page("abc/cane_toad_legs.txt"), "Bufo") is None
    assert _role(page("abc/whipbird_accents.txt"), "Psophodes") is None


def test_a_scale_after_degrees_is_no_actor():
    ex = _extract("Heat\n\nUnder shadecloth it is a more respectable 45 degrees Celcius, the farmer said.\n")
    assert _role(ex, "Celcius") is None
    assert _role(page("abc/dubai_sheep_prices.txt"), "Celcius") is None
    assert _role(page("wsj/bell_labs_superconductor.txt"), "Fahrenheit") is None


def test_two_places_sharing_a_landforms_plural_are_each_a_place():
    ex = _extract("Devils\n\nDevils live on Tasmania's Forestier and Tasman peninsulas, where the disease is absent.\n")
    assert _role(ex, "Tasman") == "location" and _role(ex, "Forestier") == "location"
    assert _role(page("abc/devil_tumour_biting.txt"), "Tasman") == "location"
