"""Kinds of text rounds 19 to 25 showed the entity rules keeping as actors (issue 9, session 18), one test per
rule: on a short article written for it, and on a real story of tests/articles/bbcnews/ or
tests/articles/reuterswire/ where it occurs. The rules are in store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import forms_of as _forms, role_of as _role
from .extraction_corpus import extract_text as _extract


def test_a_programmes_title_keeps_its_small_words():
    ex = _extract(
        "Radio\n\nThe organiser, Ann Lee, told the BBC's Voice of Arcadia programme she was outraged. Jo Roe said so.\n"
    )
    assert not {"Voice of Arcadia", "Arcadia"} & _forms(ex)
    assert _role(ex, "BBC") == "actor" and _role(ex, "Ann Lee") == "actor"
    assert "Focus on Africa" not in _forms(page("bbcnews/uganda_monologues_ban.txt"))


def test_a_one_word_doctrine_or_fear_is_no_actor():
    ex = _extract(
        "Police\n\nThe police were accused of Veganophobia by Acme Group. Jo Roe accused the minister of playing a"
        " Veganophobia card. Critics of Roeism were silent. The article was first published by Futurism.\n"
    )
    assert not {"Veganophobia", "Roeism"} & _forms(ex)
    assert _role(ex, "Futurism") == "actor" and _role(ex, "Acme Group") == "actor"
    assert "Islamophobia" not in _forms(page("bbcnews/blears_stop_search.txt"))


def test_a_countrys_dotted_code_before_a_common_plural_is_no_body():
    ex = _extract(
        "Lenders\n\nWe have the example of the U.S. Lenders in mind, said Jo Roe of Acme Bank. The plan was U.N. Sponsored."
        " The U.S. Treasury and U.S. Customs agreed.\n"
    )
    assert not {"U.S. Lenders", "U.N. Sponsored"} & _forms(ex)
    assert _role(ex, "U.S. Treasury") == "actor" and _role(ex, "Acme Bank") == "actor"
    assert "U.S. Thrifts" not in _forms(page("reuterswire/uk_fixed_mortgages.txt"))


def test_software_described_as_such_or_worked_with_is_a_product():
    ex = _extract(
        "Computers\n\nAcme Corp said it would announce a version of its Roe Data Executive (RDX), a Unix compatible"
        " operating system. The Lee Link Inc program is compatible with QS/DOS, analysts said. Jo Roe starred in a version of"
        " the Channel 9 reality show.\n"
    )
    assert not {"Roe Data Executive", "RDX", "QS/DOS"} & _forms(ex)
    assert _role(ex, "Acme Corp") == "actor" and _role(ex, "Channel 9") == "actor"
    assert not {"AIX", "Advanced Interactive Executive", "MS/DOS"} & _forms(page("reuterswire/ibm_os2_alternatives.txt"))


def test_a_treatments_name_between_commas_after_its_noun_is_a_product():
    ex = _extract("Drugs\n\nAcme Corp's drug, Zorvacor, received a recommendation from the panel, Jo Roe said. Zorvacor sold well.\n")
    assert "Zorvacor" not in _forms(ex) and _role(ex, "Acme Corp") == "actor"
    assert "Mevacor" not in _forms(page("reuterswire/cholesterol_study_drugs.txt"))


def test_a_feature_named_after_the_is_a_product():
    ex = _extract(
        "Web\n\nThe LinkMore feature comes with Acme Corp's latest toolbar, Jo Roe said. LinkMore works by adding links."
        " It was compared to the Smart Notes feature from Zeta Inc.\n"
    )
    assert not {"LinkMore", "Smart Notes"} & _forms(ex)
    assert _role(ex, "Acme Corp") == "actor" and _role(ex, "Zeta Inc") == "actor"
    assert not {"AutoLink", "Smart Tags"} & _forms(page("bbcnews/google_autolink.txt"))


def test_partners_and_co_listed_after_a_firms_legal_form_are_one_firm():
    ex = _extract(
        "Brokers\n\nForeign brokers have moved in, with First Acme Corp, Zeta Brothers Inc, Roeman, Teale and Co, Dorvel"
        " Burman Lamb Inc and PineWebb Inc, Jo Roe said.\n"
    )
    assert _role(ex, "Roeman, Teale and Co") == "actor" and _role(ex, "Zeta Brothers Inc") == "actor"
    assert "Goldman, Sachs and Co" in _forms(page("reuterswire/japan_futures_brokers.txt"))


def test_a_code_named_project_and_a_handheld_are_products():
    ex = _extract(
        "Computers\n\nA new computer code-named \"Fort Zed\" was supposed to tie the lines together, Jo Roe of Acme Corp"
        " said. Players mixed older models and newer Boost QX handhelds.\n"
    )
    assert not {"Fort Zed", "Boost QX"} & _forms(ex)
    assert _role(ex, "Acme Corp") == "actor"
    assert "Fort Knox" not in _forms(page("reuterswire/ibm_rebound_martin.txt"))


def test_an_offices_qualifier_opening_a_bodys_name_is_kept():
    ex = _extract(
        "Banks\n\nJo Roe, president of the Foreign Lenders Association, told Reuters it was no sign. Foreign Minister"
        " Ann Lee agreed.\n"
    )
    assert _role(ex, "Foreign Lenders Association") == "actor" and "Lenders Association" not in _forms(ex)
    assert _role(ex, "Ann Lee") == "actor"
    assert "Foreign Banks Association" in _forms(page("reuterswire/foreign_banks_germany.txt"))


def test_a_firms_arm_of_a_country_by_its_legal_form_is_one_firm():
    ex = _extract(
        "Trade\n\n\"It is the start of a trend,\" said Harrison Greenfield of Canada Ltd economist Jo Roe in"
        " Toronto. Exports to Canada rose.\n"
    )
    assert _role(ex, "Harrison Greenfield of Canada Ltd") == "actor" and _role(ex, "Canada") == "location"
    assert "Richardson Greenshields of Canada Ltd" in _forms(page("reuterswire/canada_trade_recovery.txt"))
