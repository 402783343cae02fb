"""Merges of people tuned on rounds 24-44 of the unseen pages (session 27): a person's full name the model did not
tag, a given name before a surname it took alone for a body or a place elsewhere. Each on the real page it occurs on,
and on made-up copy."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_given_name_before_a_surname_the_model_took_for_a_body_or_a_place_makes_a_full_name():
    forms = by_alias(extract_text(
        "Tennis final\n\n"
        "France's Mauresmo routed Vera Dobreva 6-1 6-0, while champion Sharapova won 6-1 6-4.\n\n"
        "Dobreva has lost both her games so far, having crashed 6-2 6-4 in Los Angeles on Wednesday.\n"
    ))
    assert forms["Vera Dobreva"] is forms["Dobreva"] and forms["Dobreva"].role == "actor"
    mutu = by_alias(page("bbcnews/wenger_mutu_hope.txt"))
    assert mutu["Adrian Mutu"] is mutu["Mutu"]
    zvonareva = by_alias(page("bbcnews/mauresmo_la_win.txt"))
    assert zvonareva["Vera Zvonareva"] is zvonareva["Zvonareva"]
    hegewisch = by_alias(page("reuterswire/mexico_swap_halt.txt"))
    assert hegewisch["Adolfo Hegewisch"] is hegewisch["Hegewisch"]


def test_a_counsels_letters_after_a_full_name_make_a_barrister_no_body():
    forms = by_alias(extract_text(
        "Inquiry hears tapes\n\n"
        "Counsel assisting the inquiry Marcus Dalby SC told the hearing the calls had been taped. Mr Dalby said the "
        "inquiry would sit again on Monday.\n"
    ))
    assert forms["Marcus Dalby"] is forms["Dalby"] and "Marcus Dalby SC" not in forms
    hall = by_alias(page("abc/ccc_burke_tapes.txt"))
    assert hall["Stephen Hall"] is hall["Hall"]
    smith = by_alias(page("abc/awi_peta_court.txt"))
    assert smith["Rod Smith"] is smith["Smith"]
