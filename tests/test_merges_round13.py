"""Look-alikes round 13 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8). One test per rule: on a short article written for it,
and on the real page of tests/articles/reuterswire/ where it occurs. The rules are in
store/nlp/entities/."""

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


def test_a_bodys_head_noun_alone_is_the_one_body_whose_name_ends_with_it():
    ex = by_alias(extract_text(
        "Loans\n\nZembla asked the Northern Development Fund for a loan on Monday, Jo Roe said. Roe said"
        " the Fund had approved a credit in May and the Fund's board would meet again in June.\n"
    ))
    assert ex["Fund"] is ex["Northern Development Fund"]
    banks = by_alias(page("reuterswire/argentina_banks_talks.txt"))  # "reached agreements ... with the Fund"
    assert banks["Fund"] is banks["IMF"] is banks["International Monetary Fund"]


def test_a_bodys_name_without_the_place_or_owners_acronym_it_opens_with_is_the_body():
    ex = by_alias(extract_text(
        "Tourism\n\nThe Peru Tourist Bureau said visitors fell by a tenth, Jo Roe said. The Tourist Bureau"
        " printed a guide. Roe told BBC Radio Scotland that sales fell. Radio Scotland had the figures first.\n"
    ))
    assert ex["Tourist Bureau"] is ex["Peru Tourist Bureau"] and ex["Radio Scotland"] is ex["BBC Radio Scotland"]
    endaka = by_alias(page("reuterswire/endaka_tokyo.txt"))  # "the Tourist Bureau prepared a pamphlet"
    assert endaka["Tourist Bureau"] is endaka["Japan Tourist Bureau"]
    chart = by_alias(page("bbcnews/jk_joel_chart_show.txt"))  # "BBC Radio 1's flagship", "Radio 1's chart show"
    assert chart["Radio 1"] is chart["BBC Radio 1"]


def test_a_bodys_name_with_and_without_its_last_noun_is_one_body():
    ex = by_alias(extract_text(
        "Markets\n\nJo Roe at Hartwell Brothers said the Central Reserve must cut rates. The Central Reserve"
        " Board meets on Tuesday. Roe said Hartwell was an underwriter for the bonds.\n"
    ))
    assert ex["Hartwell"] is ex["Hartwell Brothers"]
    airways = by_alias(page("reuterswire/british_airways_analysts.txt"))  # "Salomon was an underwriter"
    assert airways["Salomon"] is airways["Salomon Brothers"]
    zurich = by_alias(page("reuterswire/zurich_markets_mood.txt"))  # "Fed chairman", "U.S. Federal Reserve Board"
    assert zurich["Fed"] is zurich["Federal Reserve"] is zurich["Federal Reserve Board"]


def test_an_acronym_spells_a_firms_name_without_its_legal_form_or_its_countrys_acronym():
    ex = by_alias(extract_text(
        "Banks\n\nJo Roe, an economist at the Short-Term Savings Bank Ltd, said rates would rise. \"We"
        " see no recession,\" STSB's Roe said. The US Fair Trading Standards Board agreed, and FTSB said so.\n"
    ))
    assert ex["STSB"] is ex["Short-Term Savings Bank Ltd"] and ex["FTSB"] is ex["US Fair Trading Standards Board"]
    tokyo = by_alias(page("reuterswire/tokyo_recession_fears.txt"))  # "LTCB's Ueda said"
    assert tokyo["LTCB"] is tokyo["Long-Term Credit Bank Ltd"]
