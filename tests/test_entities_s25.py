"""Kinds of names rounds 24 to 40 showed the program missing or keeping wrongly (session 25), one test per rule: on a
short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, forms_of, role_of as _role


def test_a_team_sheet_names_no_one_the_prose_does_not():
    ex = _extract(
        "Bolton win\n\nJo Roe scored twice for Bolton. \"We deserved it,\" said Roe. Newcastle: Given, Carr,"
        " Boumsong, Roe (Jenas 77), Shearer. Subs Not Used: Butt, Harper. Att: 50,430.\n\nVan Gisbergen; Lewsey,"
        " Erinle, Abbott, Voyce; King, Dawson (capt).\n"
    )
    assert _role(ex, "Jo Roe") == "actor"
    assert not {"Boumsong", "Shearer", "Harper", "Erinle", "Voyce", "Van Gisbergen", "Att"} & forms_of(ex)
    ex = page("bbcnews/newcastle_bolton_dyer.txt")
    assert _role(ex, "Alan Shearer") == "actor" and not {"Boumsong", "Babayaro", "N'Gotty", "Ben Haim"} & forms_of(ex)
    ex = page("bbcnews/wasps_leicester_heineken.txt")
    assert _role(ex, "Andy Goode") == "actor" and not {"Erinle", "Voyce", "Rabeni", "Chuter"} & forms_of(ex)
    ex = page("bbcnews/dawson_squad_recall.txt")  # the players its prose names stay, with their full names
    assert _role(ex, "Phil Vickery") == "actor" and not {"Balshaw", "Monye", "Titterrell"} & forms_of(ex)
    # a list in prose has its "and" and its verb
    ex = _extract("Talks\n\nBritain, France, Germany, Italy and Spain agreed on Monday.\n")
    assert _role(ex, "Germany") == "location"


def test_a_firms_legal_name_keeps_its_bracketed_part():
    ex = _extract(
        "Find\n\nAcme operates the block on behalf of Roe Oil (TNS) Ltd, Day Int. Pet. (GB) Ltd and Bank in Ruritania"
        " (Frankfurt) GmbH, Jo Roe said.\n"
    )
    assert {_role(ex, f) for f in ("Roe Oil (TNS) Ltd", "Day Int. Pet. (GB) Ltd", "Bank in Ruritania (Frankfurt) GmbH")} == {"actor"}
    assert "TNS" not in forms_of(ex)  # a bracket before the legal form defines no acronym
    ex = page("reuterswire/alba_field_analysts.txt")
    assert _role(ex, "DSM Hydrocarbons (UK) Ltd") == "actor" and _role(ex, "Enterprise Oil (TNS) Ltd") == "actor"
    assert _role(ex, "Marathon Int. Pet. (GB) Ltd") == "actor" and "TNS" not in forms_of(ex)
    assert _role(page("reuterswire/thai_stocks_rally.txt"), "BIL (Asia) Ltd") == "actor"
    assert _role(page("reuterswire/foreign_banks_germany.txt"), "Bank in Liechstenstein (Frankfurt) GmbH") == "actor"


def test_an_acronym_spelt_out_in_lowercase_before_its_bracket_is_a_common_nouns():
    ex = _extract("Oil\n\nTrading in crude palm oil (CPO) may start. Jo Roe said CPO prices rose.\n")
    assert "CPO" not in forms_of(ex) and _role(ex, "Jo Roe") == "actor"
    assert "CPO" not in forms_of(page("reuterswire/indonesia_commodity_exchange.txt"))
    # only the words right before the bracket: "broadband telephony" spells no "BT" the tagger misread
    assert _role(page("bbcnews/ti_voip_backing.txt"), "BT") == "actor"


def test_a_given_name_of_two_syllables_keeps_its_hyphen():
    ex = _extract("Market\n\nLegislator Hui Yin-fat echoed this view. A Taylor Swift-themed party was held, Jo Roe said.\n")
    assert _role(ex, "Hui Yin-fat") == "actor" and "Hui Yin" not in forms_of(ex)
    assert "Taylor Swift-themed" not in forms_of(ex)  # a word made of the name, no part of it
    assert _role(page("reuterswire/hk_trading_suspension.txt"), "Hui Yin-fat") == "actor"


def test_a_known_place_written_before_the_noun_it_qualifies_is_a_place():
    ex = _extract(
        "Jobs\n\nAcme said it will cut 266 jobs at its Boulder headquarters, Jo Roe said. The Press, a Christchurch"
        " daily, agreed.\n"
    )
    assert _role(ex, "Boulder") == "location" and _role(ex, "Christchurch") == "location"
    assert _role(page("wsj/nbi_layoffs.txt"), "Boulder") == "location"
    assert _role(page("bbcnews/bridge_ankle_injury.txt"), "Cardiff") == "location"
    assert _role(page("reuterswire/nz_labour_poll.txt"), "Christchurch") == "location"


def test_a_stock_codes_end_and_a_conjunction_name_nothing():
    ex = page("reuterswire/alaska_offshore_ruling.txt")  # "Texaco Inc <TX> and Union Oil": the model's "TX> and"
    assert not any(">" in f for f in forms_of(ex)) and _role(ex, "Union Oil") == "actor"


def test_a_name_with_a_legal_form_after_a_products_noun_is_the_maker():
    ex = _extract("Drugs\n\nColestipol, a drug Acme Co has sold since 1977, works. Acme's sales rose, Jo Roe said.\n")
    assert _role(ex, "Acme Co") == "actor"
    assert _role(page("reuterswire/cholesterol_study_drugs.txt"), "Upjohn Co") == "actor"


def test_a_common_word_opening_a_sentence_names_no_one():
    ex = _extract(
        "Mortgages\n\nSharp cuts on variable rates were announced, Jo Roe said. Retirees account for 90 per cent of its"
        " business. \"Symbolically, a higher penalty might be appropriate,\" Roe said. Shell said profits rose.\n"
    )
    assert not {"Sharp", "Retirees", "Symbolically"} & forms_of(ex) and _role(ex, "Shell") == "actor"
    assert "Symbolically" not in forms_of(page("bbcnews/sports_betting_inquiry.txt"))
    assert "Drifts" not in forms_of(page("reuterswire/kansas_blizzard_cattle.txt"))
    assert "Retirees" not in forms_of(page("reuterswire/florida_retirees_crash.txt"))
    # a surname the tagger does not know is a noun to it too, but none the lexicon has
    assert _role(page("abc/activist_innovation.txt"), "Lysaght") == "actor"
    assert _role(page("reuterswire/drug_cosmetics_exits.txt"), "Squibb") == "actor"
    # a word of a longer name is a name wherever it opens a sentence: "Warwick student Helen Clutterbuck"
    ex = page("bbcnews/fightstar_busted_split.txt")
    assert by_alias(ex)["Warwick"] is by_alias(ex)["University of Warwick"]


def test_labour_written_mid_sentence_is_the_party():
    ex = _extract(
        "Vote\n\nWhile Labor welcomes the plan, the Greens do not. Labour costs rose, Jo Roe said. The Labor Department"
        " agreed.\n"
    )
    assert _role(ex, "Labor") == "actor" and "Labour" not in forms_of(ex)
    assert _role(page("abc/chief_scientist_peacock.txt"), "Labor") == "actor"
    assert _role(page("reuterswire/norway_bourse_boom.txt"), "Labour") == "actor"
