"""Kinds of names rounds 23 to 30 showed the model cutting short or missing (issue 9, session 21), one test per
rule: on a short article written for it, and on a real story of tests/articles/ where it occurs. The rules are in
store/nlp/recall.py."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import by_alias, extract_text as _extract, role_of as _role


def test_a_body_named_for_two_fields_joined_by_and_is_one_name():
    ex = _extract(
        "Growers\n\nJo Roe of the Fruit Growers Association said growers would complain to the Australian Competition"
        " and Consumer Commission. A spokesman for the Texas Parks and Wildlife Department said the rules were clear.\n"
    )
    assert _role(ex, "Australian Competition and Consumer Commission") == "actor"
    assert _role(ex, "Texas Parks and Wildlife Department") == "actor"
    assert _role(ex, "Consumer Commission") is None and _role(ex, "Texas Parks") is None
    # two bodies, each named on its own, stay two
    ex = _extract("Loans\n\nHe said the plan had been welcomed by the World Bank and International Monetary Fund, officials said.\n")
    assert _role(ex, "World Bank") == "actor" and _role(ex, "International Monetary Fund") == "actor"
    assert "World Bank and International Monetary Fund" not in by_alias(ex)
    # "The" opening a sentence is no word of the name: the body keeps its acronym's spelling out
    ex = _extract("Drugs\n\nNEW YORK, MARCH 20 - The Food and Drug Administration has approved Acme Co's pill. The FDA said so.\n")
    assert "Food and Drug Administration" in by_alias(ex) and "The Food and Drug Administration" not in by_alias(ex)
    real = page("reuterswire/fda_azt_approval.txt")
    assert by_alias(real)["Food and Drug Administration"] is by_alias(real)["FDA"]
    real = page("abc/horticulture_code.txt")
    assert _role(real, "Australian Competition and Consumer Commission") == "actor"
    assert _role(page("wsj/airline_buyout_bill.txt"), "House Public Works and Transportation Committee") == "actor"


def test_a_club_of_nations_named_by_its_number_is_one_name():
    ex = _extract("Summit\n\nThe scientists want the Group of Eight industrialised nations to help, Jo Roe said.\n")
    assert _role(ex, "Group of Eight") == "actor" and _role(ex, "Group") is None
    real = page("abc/biosecurity_watchdog.txt")
    assert _role(real, "Group of Eight") == "actor"


def test_a_region_named_by_its_landform_is_a_place():
    ex = _extract(
        "Harvest\n\nThe worst damage occurred in the Midwestern Corn Belt and the northern Great Plains, Jo Roe of"
        " the Farm Bureau said.\n"
    )
    assert _role(ex, "Corn Belt") == "location" and _role(ex, "Great Plains") == "location"
    real = page("wsj/farm_income_record.txt")
    assert _role(real, "Corn Belt") == "location" and _role(real, "Great Plains") == "location"


def test_the_body_a_person_speaks_from_is_an_organisation():
    ex = _extract(
        "Frost\n\nJo Roe from Stone Fruit Growers Tasmania says half the crop has been lost. Ann Lee from Sydney says"
        " the frost was the worst in years.\n"
    )
    assert _role(ex, "Stone Fruit Growers Tasmania") == "actor" and _role(ex, "Jo Roe") == "actor"
    assert _role(ex, "Sydney") == "location"
    assert _role(page("abc/ethanol_excise.txt"), "Renewable Fuels Australia") == "actor"
    assert _role(page("abc/goulburn_frost.txt"), "Fruit Growers Victoria") == "actor"
