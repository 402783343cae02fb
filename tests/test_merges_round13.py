"""Look-alikes round 13 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8). One test per rule: on a short article written for it,
and on the real page of tests/articles/reuterswire/ where it occurs. The rules are in
store/nlp/entities.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_firm_named_with_its_countrys_acronym_keeps_it():
    ex = by_alias(extract_text(
        "Phones\n\nDALLAS, March 2 - US Signal, the telephone venture of GTE Corp and Contel Inc, expects a"
        " loss this year.\n\nHolland said Signal's rates were now about 10 pct lower. He said Signal had"
        " increased its customers to four mln.\n\nHe said talks between Chile and Contel Signal, the"
        " forerunner of US Signal, had been broken off.\n"
    ))
    assert "US" not in ex and ex["US Signal"] is not ex["Contel Signal"] and ex["Signal"] is not ex["Contel Signal"]
    sprint = by_alias(page("reuterswire/us_sprint_holland.txt"))  # US Sprint, then Sprint; GTE Sprint its forerunner
    assert sprint["Sprint"] is sprint["US Sprint"] and sprint["US Sprint"] is not sprint["GTE Sprint"]


def test_two_firms_legal_names_joined_by_and_are_two_firms():
    ex = by_alias(extract_text(
        "Phones\n\nDALLAS, March 2 - US Signal, the telephone venture of GTE Corp and Contel Inc, expects a"
        " loss this year.\n\nHolland said GTE Corp and Contel Inc would each pay half of the loss.\n"
    ))
    assert not any(" and " in alias for alias in ex) and ex["GTE Corp"] is not ex["Contel Inc"]
    cable = by_alias(page("reuterswire/howard_cable_wireless.txt"))  # a firm of two names keeps them
    assert cable["Cable and Wireless"] is cable["Cable and Wireless Plc"]
