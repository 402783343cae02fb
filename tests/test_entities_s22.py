"""Kinds of names rounds 24 to 33 showed the program cutting short or missing (issue 9, session 22), one test per
rule: on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import by_alias, extract_text as _extract, role_of as _role


def test_a_body_named_for_its_members_keeps_their_possessive():
    ex = _extract(
        "Beef\n\nJo Roe of the National Cattlemen's Beef Association said trade would resume. The Women Farmers'"
        " Advisory Group met on Monday, and the Fishermen's Protection Association did too.\n"
    )
    assert _role(ex, "National Cattlemen's Beef Association") == "actor" and _role(ex, "National Cattlemen") is None
    assert _role(ex, "Fishermen's Protection Association") == "actor"
    assert _role(page("abc/japan_us_beef.txt"), "National Cattlemen's Beef Association") == "actor"
    assert _role(page("bbcnews/reggae_homophobia_deal.txt"), "Black Gay Men's Advisory Group") == "actor"


def test_a_party_before_a_member_and_her_title_or_seat_is_a_body():
    ex = _extract(
        "Vote\n\nFormer Labour MP Lord Janner said he was shocked. Ms Roche, Labour MP for Hornsey, believes"
        " otherwise.\n"
    )
    assert _role(ex, "Labour") == "actor"
    ex = _extract("Poll\n\nThe Acme election coordinator Alan Milburn said the vote was close.\n")
    assert _role(ex, "Acme") == "actor" and _role(ex, "Acme election coordinator") is None
    assert _role(page("bbcnews/howard_harry_apology.txt"), "Labour") == "actor"
    assert _role(page("bbcnews/roche_immigration_body.txt"), "Labour") == "actor"


def test_a_number_in_words_counting_a_bodys_people_is_no_model_number():
    ex = _extract("Fraud\n\nThree Labour councillors in Birmingham were caught operating a vote-rigging factory.\n")
    assert _role(ex, "Labour") == "actor"
    assert _role(page("bbcnews/birmingham_vote_rigging.txt"), "Labour") == "actor"


def test_a_magistrate_is_a_title_not_a_name():
    ex = _extract("Court\n\nMagistrate Lee Gilmore granted the order on Tuesday, the court heard.\n")
    assert _role(ex, "Lee Gilmore") == "actor" and _role(ex, "Magistrate Lee Gilmore") is None
    assert _role(page("bbcnews/kidman_photographer_order.txt"), "Lee Gilmore") == "actor"


def test_a_state_universitys_campus_is_part_of_its_name():
    ex = _extract(
        "Physics\n\nJo Roe, from the University of California, Berkeley, found the ripples. Ann Lee of the University"
        " of Texas at Austin agreed, and so did Bob Day of the University of Sydney, Australia.\n"
    )
    assert _role(ex, "University of California, Berkeley") == "actor" and _role(ex, "Berkeley") is None
    assert _role(ex, "University of Texas at Austin") == "actor"
    assert _role(ex, "University of Sydney") == "actor" and _role(ex, "Australia") == "location"
    assert _role(page("abc/nobel_cosmic_ripples.txt"), "University of California, Berkeley") == "actor"
    assert _role(page("reuterswire/chip_custom_designs.txt"), "University of California at Berkeley") == "actor"


def test_a_body_named_with_its_countrys_acronym_keeps_it():
    ex = _extract(
        "Film\n\nHe is a former chairman of the UK Film Council. The U.S. Chamber of Commerce opposed the bill, and"
        " Jo Roe of the UN Environment Program said so. Ann Lee, ambassador to the Ukraine Marie Roe, agreed.\n"
    )
    assert _role(ex, "UK Film Council") == "actor" and _role(ex, "Film Council") is None
    assert _role(ex, "UN Environment Program") == "actor" and _role(ex, "Environment Program") is None
    assert _role(ex, "Ukraine") == "location" and _role(ex, "Marie Roe") == "actor"
    assert _role(page("bbcnews/parker_french_honour.txt"), "UK Film Council") == "actor"
    assert _role(page("abc/biosecurity_watchdog.txt"), "UN Environment Program") == "actor"
    assert _role(page("wsj/minimum_wage_house.txt"), "U.S. Chamber of Commerce") == "actor"


def test_australian_states_and_canadian_provinces_are_places_with_a_pin():
    from newsx.store.nlp.gazetteer import gazetteer

    gaz = gazetteer()
    assert gaz.region("Tasmania").country == "AU" and gaz.lookup("New South Wales").lat is not None
    assert gaz.lookup("NSW").name == "New South Wales" and gaz.lookup("Ontario").country == "CA"
    assert gaz.lookup("Victoria").country == "AU"  # the state, unless the story names Hong Kong or Canada
    assert gaz.lookup("Victoria", frozenset({"CA"})).kind == "city"
    ex = _extract("Smut\n\nJo Roe from Tasmania's Department of Primary Industry says growers in Queensland are worried.\n")
    assert _role(ex, "Department of Primary Industry") == "actor" and _role(ex, "Tasmania") == "location"
    assert by_alias(ex)["Queensland"].lat is not None
    real = page("abc/gm_canola_contamination.txt")
    assert _role(real, "Department of Primary Industry") == "actor"


def test_a_club_named_by_its_word_and_its_city_is_one_name():
    ex = _extract(
        "Transfer\n\nParma and Real Madrid are interested, his agent said. Boro face Sporting Lisbon on Thursday, and"
        " Inter Milan play away.\n"
    )
    assert _role(ex, "Real Madrid") == "actor" and _role(ex, "Madrid") is None
    assert _role(ex, "Sporting Lisbon") == "actor" and _role(ex, "Inter Milan") == "actor"
    assert _role(page("bbcnews/adriano_chelsea_agent.txt"), "Real Madrid") == "actor"
    assert _role(page("bbcnews/downing_hamstring.txt"), "Sporting Lisbon") == "actor"
    assert _role(page("bbcnews/real_sociedad_bomb_scare.txt"), "Real Sociedad") == "actor"


def test_a_body_of_two_regions_is_one_name():
    ex = _extract(
        "Police\n\nThe chairman of the Police Federation of England and Wales, which represents officers, objected."
        " Jo Roe studied at the University of Oxford and Cambridge came second.\n"
    )
    assert _role(ex, "Police Federation of England and Wales") == "actor" and _role(ex, "Wales") is None
    assert _role(ex, "University of Oxford and Cambridge") is None
    assert _role(page("bbcnews/police_commissioners.txt"), "Police Federation of England and Wales") == "actor"


def test_an_election_is_an_event_not_a_body():
    ex = _extract("Poll\n\nLabour said the General Election would be fought on the economy, Jo Roe said.\n")
    assert _role(ex, "General Election") is None
    real = page("bbcnews/birmingham_vote_rigging.txt")
    assert _role(real, "General Election") is None and _role(real, "Election Court") == "actor"
    assert _role(page("bbcnews/maternity_pay_rise.txt"), "General Election") is None


def test_wall_street_standing_for_the_markets_is_an_actor():
    ex = _extract("Shares\n\nProfit rose to $205m, but Wall Street had expected more, and the Wall Street Journal said so.\n")
    assert _role(ex, "Wall Street") == "actor"
    assert _role(page("bbcnews/ebay_profit_shares.txt"), "Wall Street") == "actor"
    assert _role(page("reuterswire/drug_cosmetics_exits.txt"), "Wall Street") == "actor"
