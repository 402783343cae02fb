"""Merges of bodies tuned on rounds 24-43 (session 26b): a body's one-word name written before the person whose
surname it is stays the body, and an acronym spells a word of its long name that is an acronym itself whole. Each on
the real pages it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_bodys_name_written_before_the_person_of_that_surname_is_the_body():
    ford = by_alias(page("bbcnews/ford_finance_profits.txt"))
    assert ford["Ford"] is not ford["Bill Ford"]
    # a party the model read as a person opens on no given name: "Labour", then "New Labour", one party
    labour = by_alias(page("bbcnews/milburn_reforms.txt"))
    assert labour["Labour"] is labour["New Labour"]


def test_an_acronym_spells_an_acronym_of_its_long_name_whole():
    gatlin = by_alias(page("bbcnews/gatlin_hayes_owens_awards.txt"))
    assert gatlin["USATF"] is gatlin["USA Track & Field"]


def test_a_currency_named_in_full_is_a_figure():
    # the model tags "Project Entropia Dollars" a body; a currency is a sum's unit, no one
    forms = by_alias(extract_text(
        "Game cash\n\nGamers spend Project Entropia Dollars on land. The Project Entropia Dollars are worth a tenth "
        "of a US cent, MindArk said.\n"))
    assert "Project Entropia Dollars" not in forms and forms["MindArk"].role == "actor"


def test_an_acronym_opening_a_bodys_name_is_not_what_the_name_spells():
    trade = by_alias(page("reuterswire/ec_us_trade_barriers.txt"))
    assert "EC" not in trade["EC Commission"].aliases
