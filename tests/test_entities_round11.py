"""Kinds of text round 11 (BBC News stories of 2004-2005, Reuters wire copy of 1987) showed the
entity rules missing, splitting or keeping as actors (issue 9, kinds 7 and 11), one test per rule:
on a short article written for it, and on the real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/ and
store/nlp/recall.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import role_of as _role
from .extraction_corpus import extract_text as _extract


def _mentioned(ex, form: str) -> bool:
    return any(m.text == form for m in ex.mentions)


def test_a_war_named_after_a_place_is_no_actor_but_the_place_is_one():
    ex = _extract(
        "Inquiry call\n\nThe minister, who resigned over the Kuwait invasion, said the Vietnam war had"
        " taught him nothing. The Cold War was over by then.\n"
    )
    assert _role(ex, "Kuwait") == "location" and _role(ex, "Vietnam") == "location"
    assert not _mentioned(ex, "Kuwait invasion") and not _mentioned(ex, "Vietnam war")
    blair = page("bbcnews/blair_iraq_advice.txt")
    assert _role(blair, "Iraq") == "location" and not _mentioned(blair, "Iraq war")


def test_a_rate_an_index_or_a_requirement_is_no_entity():
    ex = _extract(
        "Loans\n\nThe loan is priced over the Singapore Interbank Offered Rate (SIBOR), and the Acme"
        " Consumer Price Index rose. Brent Blend fell. The SIBOR margin was cut, Jo Roe of Acme Bank said.\n"
    )
    assert not {m.text for m in ex.mentions} & {"Singapore Interbank Offered Rate", "SIBOR", "Brent Blend"}
    assert _role(ex, "Acme Bank") == "actor"
    budget = page("reuterswire/uk_budget_election.txt")
    assert not _mentioned(budget, "PSBR") and not _mentioned(budget, "Public Sector Borrowing Requirement")
    manila = page("reuterswire/manila_debt_rift.txt")
    assert not _mentioned(manila, "LIBOR")
    oil = page("reuterswire/opec_lukman.txt")
    assert not _mentioned(oil, "WTI") and _role(oil, "Nigeria") == "location"


def test_an_agreement_and_its_acronym_are_a_text_no_actor():
    ex = _extract(
        "Trade\n\nThe Acme Trade Agreement (ATA) ends next year. Exporters said the ATA had kept their"
        " mills open, and the Acme Council agreed.\n"
    )
    # a text is no entity at all since round 13's rules (tests/test_entities_round13.py): no actor either way
    assert _role(ex, "Acme Trade Agreement") in {"other", None} and _role(ex, "ATA") in {"other", None}
    textiles = page("bbcnews/textile_jobs.txt")
    assert _role(textiles, "Multi-Fibre Agreement") in {"other", None} and _role(textiles, "MFA") in {"other", None}


def test_a_rank_opening_a_companys_or_a_bodys_name_stays_on_it():
    ex = _extract(
        "Deal\n\nThe network is owned by General Dynamics Corp, and its rival by General Motors. The"
        " General Assembly met on Monday. General Ana Ruiz said the General Election was near.\n"
    )
    assert _role(ex, "General Dynamics Corp") == "actor" and _role(ex, "General Assembly") == "actor"
    assert _role(ex, "Ana Ruiz") == "actor"
    assert not {"Dynamics Corp", "Assembly", "Election"} & set(by_alias(ex))
    assert _role(page("reuterswire/fox_network.txt"), "General Electric Co") == "actor"
    nbc = page("reuterswire/nbc_final_offer.txt")
    assert _role(nbc, "General Electric") == "actor" and "Electric" not in by_alias(nbc)
    assert "Election" not in by_alias(page("bbcnews/kilroy_silk_slurry.txt"))


def test_a_body_an_office_and_its_holder_run_together_are_two_names():
    ex = _extract(
        "Trade talks\n\n\"The tie is weak,\" Osaka University Political Science Professor Kenji Tanaka told"
        " Reuters. The panel of Roe, former National Security Adviser Ken Brill and an envoy met."
        " Tanaka told Acme News Finance Minister Sam Ortiz had agreed.\n"
    )
    assert _role(ex, "Kenji Tanaka") == "actor" and _role(ex, "Osaka University") == "actor"
    assert _role(ex, "Ken Brill") == "actor" and _role(ex, "Acme News") == "actor"
    assert not {"National Security", "Acme News Finance"} & set(by_alias(ex))
    tokyo = page("reuterswire/nakasone_trade_friction.txt")
    assert _role(tokyo, "Mitsuru Uchida") == "actor" and _role(tokyo, "Waseda University") == "actor"
    assert _role(page("reuterswire/tower_report.txt"), "Brent Scowcroft") == "actor"
    assert _role(page("reuterswire/papandreou_aegean.txt"), "Guven Ergenc") == "actor"
    manila = page("reuterswire/manila_debt_rift.txt")
    assert _role(manila, "Reuters") == "actor" and "Reuters Finance" not in by_alias(manila)


def test_a_place_an_honorific_and_a_surname_run_together_are_two_names():
    ex = _extract("Rally\n\nSpeaking in Bristol Mr Jones said the party would win, and Acme Mr Price agreed.\n")
    assert _role(ex, "Bristol") == "location" and _role(ex, "Jones") == "actor"
    assert "Bristol Mr Jones" not in by_alias(ex)


def test_an_office_alone_is_no_body():
    ex = _extract("Briefing\n\nHe was told by his Deputy Chief Adviser, Jo Roe, and by the National Health Adviser.\n")
    assert "National Health" not in by_alias(ex) and "National Health Adviser" not in by_alias(ex)
    assert not {"National Security", "National Security Adviser"} & set(by_alias(page("reuterswire/reagan_iran_contras.txt")))


def test_a_country_named_only_in_the_title_is_a_place_when_the_body_is_set_there():
    ex = _extract("KENYA SEES RAIN HURTING CROPS\n\nNAIROBI, March 3 - Farmers said the rains would cut the Kenyan harvest.\n")
    assert _role(ex, "KENYA") == "location" and _role(ex, "Nairobi") == "location"
    elsewhere = _extract("JORDAN SCORES AGAIN\n\nCHICAGO, March 3 - The guard scored 40 points in the win.\n")
    assert "JORDAN" not in by_alias(elsewhere)
    tokyo = page("reuterswire/nakasone_sales_tax.txt")
    japan = by_alias(tokyo)["JAPAN"]
    assert japan.role == "location" and japan.name == "Japan" and japan.lat is not None
    assert _role(page("reuterswire/uk_budget_election.txt"), "U.K.") == "location"


def test_a_place_before_an_honorific_is_no_word_of_an_office():
    ex = _extract("Rally\n\nSpeaking in Scarborough Mr Kennedy said the party would win. The Communications Minister agreed.\n")
    assert _role(ex, "Scarborough") == "location" and "Communications" not in by_alias(ex)
    assert _role(page("bbcnews/libdem_slogan.txt"), "Harrogate") == "location"


def test_a_countrys_acronym_before_its_party_is_part_of_the_name():
    ex = _extract("Vote\n\nThe UK Independence Party member said the Acme Party would lose.\n")
    assert _role(ex, "UK Independence Party") == "actor" and "Independence Party" not in by_alias(ex)
    kilroy = page("bbcnews/kilroy_silk_slurry.txt")
    assert _role(kilroy, "UK Independence Party") == "actor" and "Independence Party" not in by_alias(kilroy)


def test_a_peoples_adjective_opens_an_institutions_name():
    ex = _extract(
        "Archive\n\nThe papers are to be placed in the Irish Library, a spokesman for Acme's War Information"
        " Headquarters said.\n"
    )
    assert _role(ex, "Irish Library") == "actor" and "Library" not in by_alias(ex)
    assert _role(ex, "War Information Headquarters") == "actor"
    assert _role(page("bbcnews/women_mps_taunts.txt"), "British Library") == "actor"
    assert _role(page("reuterswire/gulf_oil_rig.txt"), "War Information Headquarters") == "actor"


def test_a_channel_numbered_in_words_is_part_of_the_broadcasters_name():
    ex = _extract("Show\n\nShe quit her ITV Two show, and told BBC Radio Five Live she was sorry.\n")
    assert _role(ex, "ITV Two") == "actor" and _role(ex, "BBC Radio Five Live") == "actor"
    assert _role(page("bbcnews/kilroy_silk_slurry.txt"), "BBC One") == "actor"
    assert _role(page("bbcnews/arnesen_santini.txt"), "BBC Radio Five Live") == "actor"


def test_a_bodys_name_that_lists_what_it_is_of_is_whole():
    ex = _extract(
        "Talks\n\nA committee of the Acme Union of Drivers and Conductors met the Guild of Writers and"
        " Acme Films on Monday.\n"
    )
    assert _role(ex, "Acme Union of Drivers and Conductors") == "actor"
    assert _role(ex, "Guild of Writers") == "actor" and _role(ex, "Acme Films") == "actor"
    nbc = page("reuterswire/nbc_final_offer.txt")
    assert _role(nbc, "National Association of Broadcast Employees and Technicians") == "actor"


def test_a_number_in_words_makes_no_product_of_a_name():
    ex = _extract("Vote\n\nHe said a second UN resolution was needed, and the MAX 9 jets stayed grounded.\n")
    assert _role(ex, "UN") == "actor" and _role(ex, "MAX") != "actor"
    assert _role(page("bbcnews/blair_iraq_advice.txt"), "UN") == "actor"


def test_an_institution_named_head_noun_first_is_found_whole():
    ex = _extract("Visas\n\nA Ministry for Trade, Energy and Industry spokeswoman said: \"We are aware of it.\"\n")
    assert _role(ex, "Ministry for Trade, Energy and Industry") == "actor"
    visas = page("bbcnews/musicians_visas.txt")
    assert _role(visas, "Department for Media, Culture and Sport") == "actor"


def test_a_members_seat_before_the_title_is_a_place():
    ex = _extract("Attack\n\nMs Hill, a junior minister and Leeds North MP, arrived with Austin Mitchell MP.\n")
    assert _role(ex, "Leeds North") == "location" and "Leeds North MP" not in by_alias(ex)
    assert _role(page("bbcnews/kilroy_silk_slurry.txt"), "Bolton West") == "location"


def test_a_countrys_acronym_before_a_capitalised_common_noun_is_the_place():
    ex = _extract(
        "Gulf\n\nWASHINGTON, March 3 - Officials said U.S. Warships shelled the platform, which was better for"
        " U.S. Relations with the region. The U.S. Navy and the U.S. Embassy declined to comment.\n"
    )
    assert _role(ex, "U.S.") == "location" and _role(ex, "U.S. Navy") == "actor" and _role(ex, "U.S. Embassy") == "actor"
    assert not {"Warships", "Relations", "U.S. Warships", "U.S. Relations"} & set(by_alias(ex))
    gulf = page("reuterswire/gulf_oil_rig.txt")
    assert not {"Warships", "Relations"} & set(by_alias(gulf)) and _role(gulf, "U.S.") == "location"
    assert "Bases" not in by_alias(page("reuterswire/papandreou_aegean.txt"))


def test_a_vehicle_someone_drives_is_no_actor():
    ex = _extract("Attack\n\nThe suspect is believed to have been driving a blue Rover Metro. He drove Jo Roe home.\n")
    assert _role(ex, "Rover Metro") not in {"actor", "location"} and _role(ex, "Jo Roe") == "actor"
    assert _role(page("bbcnews/kilroy_silk_slurry.txt"), "Vauxhall Corsa") not in {"actor", "location"}


def test_a_ship_named_after_its_kind_is_no_place_and_no_actor():
    ex = _extract(
        "Gulf\n\nA missile hit the Liberian-registered tanker Sea Breeze City in Kuwaiti waters on Friday, and the"
        " research vessel Gulf Star sailed, officials in Bahrain said.\n"
    )
    assert _role(ex, "Sea Breeze City") not in {"actor", "location"} and _role(ex, "Gulf Star") not in {"actor", "location"}
    assert _role(ex, "Bahrain") == "location"
    assert _role(page("reuterswire/gulf_oil_rig.txt"), "Sea Isle City") not in {"actor", "location"}


def test_a_possessive_typed_with_a_double_quote_and_a_month_after_a_body_are_cut():
    ex = _extract(
        "Oil\n\nLONDON, March 3 - Reuters estimated Opec February output at 16 mln bpd. Prices for crudes such"
        " as Angola\"s fell.\n"
    )
    assert _role(ex, "Angola") == "location" and _role(ex, "Opec") == "actor"
    assert not {"Angola\"s", "Opec February"} & set(by_alias(ex))
    oil = page("reuterswire/opec_lukman.txt")
    assert not {"Nigeria\"s", "Opec February"} & set(by_alias(oil)) and _role(oil, "Opec") == "actor"


def test_a_faith_or_a_creed_is_no_entity_but_its_believers_are():
    ex = _extract(
        "Attack\n\nThe man said he acted \"in the name of Islam\", police said. Judaism and Christianity"
        " were named too, and Thatcherism. Muslims in Leeds condemned it, Imam Ali Khan said.\n"
    )
    assert not {m.text for m in ex.mentions} & {"Islam", "Judaism", "Christianity", "Thatcherism"}
    assert _role(ex, "Muslims") == "actor" and _role(ex, "Leeds") == "location"
    kilroy = page("bbcnews/kilroy_silk_slurry.txt")
    assert not _mentioned(kilroy, "Islam") and _role(kilroy, "Ruth Kelly") == "actor"
