"""Kinds of names rounds 24 to 42 showed the program keeping too long or taking for actors (session 26), one test per
rule: on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_a_peoples_man_noun_before_a_name_the_model_took_for_a_body_is_no_part_of_it():
    ex = _extract(
        "Tennis\n\nRoddick won again. Frenchman Cyril Saulnier, meanwhile, fired 19 aces to secure a 6-3 win. Acme"
        " lost to Welshman Jo Roe.\n"
    )
    assert _role(ex, "Cyril Saulnier") == "actor" and _role(ex, "Frenchman Cyril Saulnier") is None
    ex = _extract("Film\n\nIt said Eastman Kodak Co and W.R. Grace agreed. Kodak said so.\n")
    assert _role(ex, "Eastman Kodak Co") == "actor"  # "East" is no people's word
    saulnier = page("bbcnews/roddick_agassi_san_jose.txt")
    assert _role(saulnier, "Cyril Saulnier") == "actor" and _role(saulnier, "Frenchman Cyril Saulnier") is None


def test_a_storm_named_after_its_noun_is_no_actor():
    ex = _extract(
        "Weather\n\nDarwin, which was devastated by Cyclone Tracy in 1974, is a laboratory for storm watchers. Since"
        " hurricane Katrina, Jo Roe said, the National Hurricane Center has grown.\n"
    )
    assert _role(ex, "Cyclone Tracy") is None and _role(ex, "Katrina") is None
    assert _role(ex, "National Hurricane Center") == "actor" and _role(ex, "Jo Roe") == "actor"
    assert _role(page("abc/darwin_cloud_experiment.txt"), "Cyclone Tracy") is None
    larry = page("abc/cyclone_larry_growers.txt")
    assert _role(larry, "Cyclone Larry") is None and _role(larry, "Larry") is None


def test_a_bill_written_alone_and_capitalised_is_no_person():
    ex = _extract(
        "Farm\n\n\"If we make any changes to the farm Bill now we could face a WTO case,\" Jo Roe said. The Government"
        " will push through its Serious and Organised Crime Bill and ID cards Bill.\n"
    )
    assert _role(ex, "Bill") is None and _role(ex, "Jo Roe") == "actor"
    ex = _extract("Tech\n\nBill Gates spoke on Monday. Later, Bill said the firm would grow.\n")
    assert _role(ex, "Bill") == "actor"  # a given name where the article writes it so
    assert _role(_extract("Thanks\n\nJo Roe thanked his brother Bill for the help.\n"), "Bill") == "actor"
    assert _role(page("abc/us_farm_subsidies.txt"), "Bill") is None
    assert _role(page("bbcnews/marr_poll_date.txt"), "Bill") is None
