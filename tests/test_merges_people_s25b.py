"""People's alias merges tuned on rounds 24-41 (session 25, second wave): a long foreign name the model cut
before its surname is one name, an MSP's title is no part of her name, and a person the model read as a body
still goes by her surname where the copy says something of a person. Each on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_a_long_name_the_model_cut_before_its_surname_is_one_name():
    forms = by_alias(page("bbcnews/indonesia_fuel_subsidies.txt"))
    assert forms["Susilo Bambang Yudhoyono"] is forms["Yudhoyono"]
    assert "Susilo Bambang" not in forms


def test_an_msps_title_is_no_part_of_her_name():
    forms = by_alias(page("bbcnews/festive_trading_bill.txt"))
    assert "MSP Karen Whitefield" not in forms
    assert forms["Karen Whitefield"] is forms["Whitefield"]


def test_a_person_read_as_a_body_goes_by_her_surname_where_copy_speaks_of_a_person():
    paver = by_alias(page("bbcnews/wolf_brother_film_rights.txt"))
    assert paver["Michelle Paver"] is paver["Paver"]
    pearse = by_alias(page("abc/devil_tumour_biting.txt"))
    assert pearse["Anne-Maree Pearse"] is pearse["Pearse"]
