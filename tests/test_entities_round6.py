"""Kinds of text round 6 of the unseen pages showed the entity rules missing (issue 9, kinds 7, 8,
9 and 11), one test per rule: on a short article written for it, and on the real page of
tests/articles/aeb/ where it occurs (read here directly: round 6 may still be out of the shared
test store). The rules are in store/nlp/recall.py, store/nlp/entities/, store/names.py and
store/read/anatomy.py."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from newsx.store.nlp.entities.surnames import _undoubled

from .extraction_corpus import by_alias as _by_alias
from .extraction_corpus import extract_text as _extract

AEB = Path(__file__).parent / "articles" / "aeb"


@cache
def _page(name: str):
    return _extract((AEB / name).read_text(encoding="utf-8"), name)


def test_a_score_glued_to_a_name_is_cut_and_a_number_of_the_name_kept():
    ex = _by_alias(_extract(
        "Results\n\nIn Group D, Tomas Berdant beat Nicolas Varro 6-4, 6-3, and Varro then lost the doubles.\n\n"
        "NBC 5 has edited the video, and Varro said he was tired.\n"
    ))
    assert "Nicolas Varro" in ex and ex["Varro"] is ex["Nicolas Varro"]
    assert not any(a[-1].isdigit() and "-" in a for a in ex)
    assert "NBC 5" in ex
    davis = _by_alias(_page("sportsnet_davis_cup.txt"))
    assert davis["Jarry"] is davis["Nicolas Jarry"]
    assert "Botic van de Zanschulp" in davis


def test_a_bare_department_name_is_the_department():
    ex = _by_alias(_extract(
        "Vaccines\n\nThe group wrote to the Department of Homeland Security on Monday.\n\n"
        "Border Protection, part of Homeland Security, did not answer. The Department of Energy and "
        "Energy officials said nothing.\n"
    ))
    assert ex["Homeland Security"] is ex["Department of Homeland Security"]
    flu = _by_alias(_page("msn_migrant_flu_shots.txt"))
    assert flu["Homeland Security"] is flu["Department of Homeland Security"] is flu["DHS"]


def test_a_surname_misspelt_by_a_doubled_letter_is_the_same_person():
    assert _undoubled("garrett", "garett") and _undoubled("matthews", "mathews")
    assert not _undoubled("garrett", "garrets") and not _undoubled("hall", "hal")
    quanta = _by_alias(_page("quanta_tuft_cells.txt"))
    assert quanta["Garett"] is quanta["Wendy Garrett"]


def test_a_lone_surname_the_gazetteer_places_abroad_is_the_person():
    # "Minga" is an old name of Munich; the story names no place in Germany
    wired = _by_alias(_page("wired_instagram_analytics.txt"))
    assert wired["Minga"] is wired["Joseph Minga"] and wired["Minga"].type == "PERSON"


def test_no_title_is_cut_before_an_institution_or_a_function_word():
    ex = _by_alias(_extract(
        "Shots\n\nAlex Marr, the Health and Human Services secretary, wrote to the US Senate, and the US "
        "Embassy in Lima replied. The DHS Office of Inspector General found crowding.\n"
    ))
    for name in ("Health and Human Services", "US Senate", "US Embassy", "DHS Office of Inspector General"):
        assert name in ex and ex[name].type == "ORG", name
    assert not any(a.startswith("and ") for a in ex)


def test_a_list_after_of_on_or_for_is_part_of_one_name():
    ex = _by_alias(_extract(
        "Air\n\nA researcher at the Council on Energy, Environment and Water said the air was bad. "
        "The contracts went to Draper, Firefly Aerospace and Intuitive Machines.\n"
    ))
    assert "Council on Energy, Environment and Water" in ex
    assert "Environment and Water" not in ex
    assert "Firefly Aerospace" in ex  # a list with no "of" before it is still split
    assert [a for a in ex if "," in a] == ["Council on Energy, Environment and Water"]


def test_he_before_a_one_word_name_is_a_surname():
    ex = _by_alias(_extract(
        "Trade\n\nEconomists disagree. He Yafei, a former diplomat, said the deal was weak. He said nothing more.\n"
    ))
    assert "He Yafei" in ex and ex["He Yafei"].type == "PERSON" and "Yafei" not in ex
    assert "He" not in ex
    assert "He Jianxiong" in _by_alias(_page("nytimes_trade_war.txt"))


def test_an_institution_of_a_place_is_one_name():
    ex = _by_alias(_extract(
        "Rates\n\nJane Moss, the president of the Federal Reserve Bank of Chicago, spoke in Ohio.\n"
    ))
    assert "Federal Reserve Bank of Chicago" in ex and ex["Federal Reserve Bank of Chicago"].type == "ORG"
    assert "Federal Reserve Bank of New York" in _by_alias(_page("nytimes_trade_war.txt"))


def test_a_disclaimer_and_a_reprint_note_name_no_actor():
    ex = _by_alias(_extract(
        "Markets\n\nShares of Acme Motors rose on Tuesday, traders said.\n\n"
        "Disclaimer: The views expressed by experts on Stockwatch.com are their own.\n"
    ))
    assert "Acme Motors" in ex and "Stockwatch.com" not in ex
    assert "Moneycontrol.com" not in _by_alias(_page("moneycontrol_economy_markets.txt"))
    assert "Wired.com" not in _by_alias(_page("quanta_tuft_cells.txt"))


def test_a_broker_named_by_its_securities_arm_is_an_organisation():
    ex = _by_alias(_extract(
        "Stocks\n\nRavi Menon, head of research at Kotak Securities, said midcaps would gain.\n"
    ))
    assert "Kotak Securities" in ex and ex["Kotak Securities"].type == "ORG"
    assert "ICICI Securities" in _by_alias(_page("moneycontrol_economy_markets.txt"))


def test_a_body_is_not_its_own_committee():
    ex = _by_alias(_extract(
        "Budget\n\nJo Pell, ranking member of the House Science Committee, spoke. Neither the House nor the "
        "Senate has passed the bill.\n"
    ))
    assert ex["House"] is not ex["House Science Committee"]
    review = _by_alias(_page("thespacereview_artemis.txt"))
    assert review["House"] is not review["House Science Committee"]


def test_an_outlet_a_fact_was_confirmed_to_is_an_organisation():
    ex = _by_alias(_extract(
        "Apps\n\nDana Kwok, a spokesperson for the app, confirmed to Axios that the feature is new.\n"
    ))
    assert "Axios" in ex and ex["Axios"].type == "ORG"
    assert "WIRED" in _by_alias(_page("wired_instagram_analytics.txt"))


def test_a_lettered_division_of_a_contest_is_no_name():
    """'in Group C', 'The Group E victory': the model calls 'Group' an organisation."""
    ex = _by_alias(_page("sportsnet_davis_cup.txt"))
    assert "Group" not in ex
    assert {"Guido Pella", "Mikhail Kukushkin", "Argentina"} <= set(ex)
