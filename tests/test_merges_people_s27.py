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


# Second wave: names the model cut short or spelt two ways, tuned on rounds 24-45.

def test_a_hyphenated_surname_is_one_name_where_the_model_cut_it_at_its_hyphen():
    forms = by_alias(extract_text(
        "Cup tie\n\n"
        "He will be partnered by either Arturo Lupoli, Quincy Owusu-Abeyie or Jeremie Aliadiere on Saturday.\n"
    ))
    assert "Quincy Owusu-Abeyie" in forms and "Quincy Owusu" not in forms
    quincy = by_alias(page("bbcnews/cole_van_persie.txt"))
    assert quincy["Quincy"] is quincy["Quincy Owusu-Abeyie"]
    # written alone, where the model took its first half for a place
    kizito = by_alias(page("reuterswire/uganda_coffee_board.txt"))
    assert kizito["Sebaana-Kizito"] is kizito["John Sebaana-Kizito"] and "Sebaana" not in kizito


def test_a_given_name_before_a_hyphenated_surname_tagged_alone_makes_a_full_name():
    stelios = by_alias(page("bbcnews/orange_easymobile_court.txt"))
    assert stelios["Stelios Haji-Ioannou"] is stelios["Haji-Ioannou"]


def test_a_surname_right_after_a_name_the_model_stopped_short_of_ends_that_name():
    forms = by_alias(page("wikinews/mst_cabixi_killing.txt"))
    assert forms["Paulo Brizola Nunes"] is forms["Nunes"] and "Paulo Brizola" not in forms


def test_a_kalenjin_particle_inside_a_name_does_not_end_it():
    forms = by_alias(page("wikinews/maathai_peace_prize.txt"))
    assert forms["Daniel arap Moi"] is forms["Moi"] and "Daniel" not in forms


def test_a_surname_whose_particles_are_spelt_another_way_is_the_one_person():
    forms = by_alias(extract_text(
        "Oil chief quits\n\n"
        "Walter van der Vijver, the head of exploration, resigned on Monday. An email from Mr Van de Vijver said the "
        "firm's reserves were overstated.\n"
    ))
    assert forms["Walter van der Vijver"] is forms["Van de Vijver"]
    shell = by_alias(page("bbcnews/shell_boynton_payoff.txt"))
    assert shell["Walter van der Vijver"] is shell["Van de Vijver"]


def test_emeritus_before_a_professor_is_part_of_the_title_not_of_the_name():
    from bench.extraction_quality import _untitled
    from newsx.store.names import leading_title_length

    assert _untitled({"emeritus professor miles little"}) == {"miles little"}
    assert leading_title_length("Emeritus Professor Miles Little") == len("Emeritus Professor ")
    forms = by_alias(page("abc/aberrant_science_little.txt"))
    assert forms["Miles Little"] is forms["Little"]
