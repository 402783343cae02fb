"""Kinds of text rounds 12 to 16 showed the entity rules missing or keeping, recurring in at least two
rounds (issue 9), one test per rule: on a short article written for it, and on a real story of
tests/articles/bbcnews/ or tests/articles/reuterswire/ where it occurs. The rules are in
store/nlp/entities/ (holders, partnerships, trades) and store/nlp/recall.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import role_of as _role
from .extraction_corpus import extract_text as _extract


def _mentioned(ex, form: str) -> bool:
    return any(m.text == form for m in ex.mentions)


def test_a_name_before_the_role_a_named_person_holds_is_the_body_or_place_of_the_role():
    ex = _extract(
        "Row\n\nMeanwhile Labour backbencher Jo Roe said no. Ashford mayor Tom Hill agreed, and Labour MP Ann Lee"
        " spoke. Defence Secretary Geoff Hoon and Financial Secretary Piers Jacobs met Prime Minister Tony Blair."
        " Sacked MP Howard Flight left.\n"
    )
    assert _role(ex, "Labour") == "actor" and _role(ex, "Jo Roe") == "actor" and _role(ex, "Ann Lee") == "actor"
    assert not {"Defence", "Financial", "Prime", "Sacked"} & {m.text for m in ex.mentions}
    assert _role(page("reuterswire/mulroney_premiers_trade.txt"), "Alberta") == "location"  # "Alberta Premier Don Getty"
    assert _role(page("bbcnews/mallon_ne_assembly.txt"), "Middlesbrough") == "location"  # "Middlesbrough mayor Ray Mallon"
    assert _role(page("bbcnews/jowell_las_vegas.txt"), "Labour") == "actor"  # "Meanwhile Labour backbencher Stephen Pound"


def test_the_seat_a_member_holds_is_a_place():
    ex = _extract(
        "Seats\n\nJo Roe, MP for Ashford North, spoke. The Glasgow Kelvin MP, who was expelled, said so, and the"
        " Labour MP agreed.\n"
    )
    assert _role(ex, "Ashford North") == "location" and _role(ex, "Glasgow Kelvin") == "location"
    assert not _mentioned(ex, "Glasgow Kelvin MP") and _role(ex, "Jo Roe") == "actor"
    assert _role(page("bbcnews/pound_daughter.txt"), "Ealing North") == "location"  # "said the Ealing North MP"
    assert _role(page("bbcnews/jackson_defects.txt"), "Wantage") == "location"  # "MP for Wantage in Oxfordshire"
    assert _role(page("bbcnews/galloway_oona_king.txt"), "Glasgow Kelvin") == "location"


def test_a_bodys_span_run_into_a_day_leaves_the_day_and_its_preposition():
    ex = _extract("Bill\n\nThe bill is debated in the Commons on Monday, said Jo Roe.\n")
    assert _role(ex, "Commons") == "actor" and not _mentioned(ex, "Commons on")
    assert _role(page("bbcnews/jowell_las_vegas.txt"), "Commons") == "actor"


def test_a_list_of_surnames_after_someones_employer_is_one_firm():
    ex = _extract(
        "Firms\n\nJo Roe, an attorney with Kessler, Brandt, Wohlman and Sachar in Boston, said so. Tom Hill, analyst"
        " at Rudd, Mellor and Co, agreed. He held talks with Britain, France and Germany, and with Rome, Paris and"
        " Berlin.\n"
    )
    assert _role(ex, "Kessler, Brandt, Wohlman and Sachar") == "actor" and _role(ex, "Rudd, Mellor and Co") == "actor"
    assert not {"Kessler", "Sachar", "Rudd", "Mellor and Co"} & {m.text for m in ex.mentions}
    assert _role(ex, "Britain") == "location" and _role(ex, "Germany") == "location" and _role(ex, "Paris") == "location"
    assert _role(page("reuterswire/hughes_baker_suit.txt"), "Kidder, Peabody and Co") == "actor"
    lawyers = page("reuterswire/pennzoil_texaco_lawyers.txt")
    assert _role(lawyers, "Kronish, Lieb, Weiner and Hellman") == "actor" and not _mentioned(lawyers, "Weiner and")


def test_a_street_named_for_its_trade_is_an_actor_and_an_address_a_place():
    ex = _extract(
        "Markets\n\nBay Street analysts said shares fell after the slide on Bay Street on Monday. Jo Roe, who runs"
        " a shop on Oxford Street, said so.\n"
    )
    assert _role(ex, "Bay Street") == "actor" and _role(ex, "Oxford Street") == "location"
    assert _role(page("reuterswire/data_general_lyons.txt"), "Wall Street") == "actor"  # "Wall Street analysts said"
    assert _role(page("reuterswire/zurich_markets_mood.txt"), "Wall Street") == "actor"  # "the slide on Wall Street"


def test_a_wires_stock_code_the_model_tags_is_no_mention():
    ex = _extract("Bids\n\nThe Acme Trust Corp <QX> said it raised its offer for Zorbo Bank Corp <ZB>. Acme Trust said so.\n")
    assert not {"QX", "ZB"} & {m.text for m in ex.mentions} and _role(ex, "Acme Trust Corp") == "actor"
    bank = page("reuterswire/bank_of_new_york_irving.txt")
    assert not _mentioned(bank, "BK") and _role(bank, "Bank of New York Corp") == "actor"
    # a code that is the firm's own name is a form of it; a firm's name the wire brackets whole is its name
    sprint = page("reuterswire/us_sprint_holland.txt")
    assert _role(sprint, "GTE") == "actor" and by_alias(sprint)["GTE"] is by_alias(sprint)["GTE Corp"]
    assert _role(page("reuterswire/toronto_sun_tabloid.txt"), "Toronto Sun Publishing Corp") == "actor"


def test_a_countrys_acronym_before_a_verb_an_adjective_or_a_unit_is_the_place_alone():
    ex = _extract(
        "Trade\n\nBanks need assets of 14 billion U.S. Dlrs. Traders blamed U.S. Monetary authorities. The U.S."
        " Alleges that Zorbia cheated. The U.S. Navy said so.\n"
    )
    assert not {"Dlrs", "Monetary", "Alleges"} & {m.text for m in ex.mentions}
    assert _role(ex, "U.S.") == "location" and _role(ex, "U.S. Navy") == "actor"
    banks = page("reuterswire/hk_banking_fell.txt")
    assert not _mentioned(banks, "Dlrs") and _role(banks, "U.S.") == "location"  # "14 billion U.S. Dlrs"
    assert not _mentioned(page("reuterswire/japan_microchips.txt"), "Alleges")  # "The U.S. Alleges that"
    assert not _mentioned(page("reuterswire/zurich_markets_mood.txt"), "Monetary")  # "U.S. Monetary authorities"


def test_a_common_noun_capitalised_for_opening_a_quote_is_no_name():
    ex = _extract(
        "Banks\n\nPolice said fraud was rising and deliberations were slow. \"Fraud is no longer a systemic problem,\""
        " he said. \"Deliberations will start soon,\" said Jo Roe. \"It is over.\" Parliament will examine it next year.\n"
    )
    assert not {"Fraud", "Deliberations"} & {m.text for m in ex.mentions} and _role(ex, "Jo Roe") == "actor"
    assert _role(ex, "Parliament") == "actor"  # after a closing mark: no quote's first word
    assert not _mentioned(page("reuterswire/hk_banking_fell.txt"), "Fraud")  # '"Fraud is no longer a systemic problem"'
    assert not _mentioned(page("bbcnews/thanou_hearing.txt"), "Deliberations")
