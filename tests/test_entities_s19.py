"""Kinds of text rounds 21 to 27 showed the entity rules keeping as actors or cutting (issue 9, session 19), one
test per rule: on a short article written for it, and on a real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/ and store/nlp/recall.py."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import forms_of as _forms, role_of as _role
from .extraction_corpus import extract_text as _extract


def test_a_unit_priced_by_its_millions_is_no_body():
    ex = _extract(
        "Gas\n\nHOUSTON, March 4 - Acme Transco said gas costs three dlrs per mln British Thermal Unit for spot gas,"
        " and four dlrs per mln BTU under contract, Jo Roe said.\n"
    )
    assert not {"British Thermal Unit", "BTU"} & _forms(ex)
    assert _role(ex, "Acme Transco") == "actor" and _role(ex, "Jo Roe") == "actor"
    assert not {"British Thermal Unit", "BTU"} & _forms(page("reuterswire/brooklyn_union_transco.txt"))


def test_a_named_plan_is_a_text_and_a_named_conference_an_event():
    ex = _extract(
        "Cars\n\nDuring last year's Pelado Plan price freeze, demand rose, Acme Corp said. Last week's Annual Widget"
        " Makers Conference, the industry's forum, agreed, Jo Roe said.\n"
    )
    assert _role(ex, "Pelado Plan") in {None, "other"} and _role(ex, "Annual Widget Makers Conference") in {None, "other"}
    assert _role(ex, "Acme Corp") == "actor"
    assert _role(page("reuterswire/brazil_car_slowdown.txt"), "Cruzado Plan") in {None, "other"}
    assert _role(page("reuterswire/chip_custom_designs.txt"), "International Solid State Circuits Conference") in {None, "other"}


def test_a_body_named_for_its_members_keeps_their_possessive():
    ex = _extract(
        "Jobs\n\nFood & General Worker's Union general secretary Tony Woodley repeated his view. The Arcadia People's"
        " Party won, said Jo Roe. Acme Corp's Widget Division grew.\n"
    )
    assert _role(ex, "Food & General Worker's Union") == "actor" and _role(ex, "Arcadia People's Party") == "actor"
    assert not {"Food & General Worker", "Arcadia People"} & _forms(ex)
    assert _role(ex, "Acme Corp") == "actor"
    assert _role(page("bbcnews/rover_saic_jobs.txt"), "Transport & General Worker's Union") == "actor"


def test_a_partys_plural_before_a_members_name_is_the_party():
    ex = _extract("Reform\n\nBut the all-party group, including Republicans Jo Roebuck and Sir Ann Lee, said so.\n")
    assert _role(ex, "Jo Roebuck") == "actor" and _role(ex, "Republicans") == "actor"
    assert "Republicans Jo Roebuck" not in _forms(ex)
    real = page("bbcnews/lords_reform_bill.txt")
    assert _role(real, "Ken Clarke") == "actor" and _role(real, "Tories") == "actor"


def test_a_utility_named_of_its_state_after_a_dateline_is_whole():
    ex = _extract(
        "Gas\n\nSANTA FE, N.M., March 4 - Public Service Co of New Mexico said it is evaluating placing its system in a"
        " partnership.\n\nDALLAS, March 4 - Acme Corp of Texas said more.\n"
    )
    assert _role(ex, "Public Service Co of New Mexico") == "actor"
    assert _role(ex, "Public Service Co") is None
    assert _role(page("reuterswire/pnm_partnership.txt"), "Public Service Co of New Mexico") == "actor"


def test_a_name_between_commas_after_a_works_noun_is_a_work():
    ex = _extract(
        "Music\n\nThe band Acme Five recently released a new album, Starfarer, the first since 1983. Starfarer sold well."
        " Jo Roe's debut, Reportage, went to number one, Ann Lee said.\n"
    )
    assert _role(ex, "Starfarer") in {None, "other"} and _role(ex, "Reportage") in {None, "other"}
    assert _role(ex, "Ann Lee") == "actor"
    assert _role(page("bbcnews/duran_duran_vh1.txt"), "Astronaut") in {None, "other"}
    assert _role(page("bbcnews/fifty_cent_game_feud.txt"), "Documentary") in {None, "other"}


def test_a_speech_verb_capitalised_after_a_comma_is_no_name():
    ex = _extract(
        "Banks\n\nWilliam Wu, head of the Treasury Unit of Acme Bank N.A., Said the banks would gain. Jo Roe agreed.\n"
    )
    assert "Said" not in _forms(ex) and _role(ex, "William Wu") == "actor"
    assert "Said" not in _forms(page("reuterswire/thai_banks_liquidity.txt"))


def test_a_person_named_in_full_then_of_a_body_is_two_names():
    ex = _extract(
        "Banks\n\nPichai Narkprom, head of the budget and planning division of Acme Farmers Bank Ltd, estimated liquidity. Pichai of"
        " Acme Farmers estimated banks have more.\n"
    )
    assert "Pichai of Acme Farmers" not in _forms(ex) and _role(ex, "Pichai Narkprom") == "actor"
    real = page("reuterswire/thai_banks_liquidity.txt")
    assert "Kunthon of Thai Farmers" not in _forms(real) and {"Kunthon", "Thai Farmers"} <= _forms(real)


def test_a_number_and_a_word_that_acts_is_a_name():
    ex = _extract(
        "Music\n\nUS rap star 40 Dime has said he quit. In an interview, 40 Dime said the newcomer was disloyal."
        " 40 Dime's album sold. Acme shares rose 5 Dlrs on the news, a source at 10 Downing Street said. In December 1986 Bank of"
        " Arcadia sold its stake. Some 150 Arcadians were deported.\n"
    )
    assert _role(ex, "40 Dime") == "actor"
    assert not {"5 Dlrs", "10 Downing", "1986 Bank", "150 Arcadians"} & _forms(ex)
    assert "150 Indians" not in _forms(page("aeb/indiapost_deportees.txt"))
    assert _role(page("bbcnews/fifty_cent_game_feud.txt"), "50 Cent") == "actor"


def test_a_list_of_surnames_after_a_firms_noun_is_one_firm():
    ex = _extract(
        "Law\n\nJo Roe, a partner in the law firm Abbot, Crane, Dillard and McMarsh, said so. The panel was represented by"
        " the Chicago law firm of Bream, Lott, Winter and Hale. Talks with Britain, France and Germany went on.\n"
    )
    assert _role(ex, "Abbot, Crane, Dillard and McMarsh") == "actor" and _role(ex, "Bream, Lott, Winter and Hale") == "actor"
    assert not {"Bream", "Lott", "Hale", "Dillard"} & _forms(ex)
    assert _role(ex, "Britain") == "location" and _role(ex, "Germany") == "location"
    assert _role(page("reuterswire/euro_mtn_growth.txt"), "Milbank, Tweed, Hadley and McCloy") == "actor"
    assert _role(page("reuterswire/manville_appeals_hearing.txt"), "Kronish, Lieb, Weiner and Hellman") == "actor"


def test_a_saints_possessive_is_a_places_whole_name():
    ex = _extract("Football\n\nAcme Rovers winger Jo Roe sustained an ankle injury at St Petrock's. Ann Lee said so.\n")
    assert "St Petrock's" in _forms(ex) and "St Petrock" not in _forms(ex)
    assert "St Mary's" in _forms(page("bbcnews/cole_van_persie.txt"))


def test_a_clauses_conjunction_parts_two_names():
    ex = _extract("Football\n\nLauren was sent off at Southampton when Arsenal had a numerical advantage, Jo Roe said.\n")
    assert _role(ex, "Southampton") == "actor" and _role(ex, "Arsenal") == "actor"
    assert "Southampton when Arsenal" not in _forms(ex)
    assert "Southampton when Arsenal" not in _forms(page("bbcnews/cole_van_persie.txt"))


def test_a_countrys_dotted_code_before_a_kind_of_bodys_noun_is_no_body():
    ex = _extract(
        "Shares\n\nThe U.K. Company said its profits rose, and a U.S. Agency agreed, Jo Roe said. The U.S. Treasury and"
        " the U.S. Embassy did not comment.\n"
    )
    assert not {"U.K. Company", "U.S. Agency"} & _forms(ex)
    assert _role(ex, "U.S. Treasury") == "actor" and _role(ex, "U.S. Embassy") == "actor"
    assert "U.K. Company" not in _forms(page("reuterswire/morgan_grenfell_catto.txt"))


def test_an_envoys_title_before_his_country_is_no_body():
    ex = _extract(
        "Veils\n\nIt comes after Arcadia's High Commissioner to Britain said some people should integrate more. Dr Ann"
        " Lee said people could not expect more.\n"
    )
    assert "High Commissioner" not in _forms(ex) and _role(ex, "Ann Lee") == "actor"
    assert "High Commissioner" not in _forms(page("bbcnews/musharraf_veils.txt"))


def test_a_name_only_before_a_part_of_the_bodys_noun_is_no_one():
    ex = _extract(
        "Football\n\nJo Roe is ruled out with a Pelops tendon injury, Ann Lee said. Every team has its Pelops' heel."
        " Acme Rovers lost.\n"
    )
    assert _role(ex, "Pelops") is None and _role(ex, "Jo Roe") == "actor"
    assert _role(page("bbcnews/cole_van_persie.txt"), "Achilles") is None


def test_a_name_the_article_says_is_a_ship_is_no_actor():
    ex = _extract(
        "Cruises\n\nAs the Borealis limped back to its dock, Acme Cruises said little. Borealis is just one vessel in a"
        " large Acme fleet, Jo Roe said.\n"
    )
    assert _role(ex, "Borealis") in {None, "other"} and _role(ex, "Acme Cruises") == "actor"
    assert _role(page("bbcnews/aurora_carnival_shares.txt"), "Aurora") in {None, "other"}
