"""Kinds of names rounds 24 to 35 showed the program keeping as junk or cutting in two (session 23), one test per
rule: on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import extract_text as _extract, forms_of, role_of as _role


def test_a_title_right_after_its_works_noun_is_a_work():
    ex = _extract(
        "Film\n\nHe is directing the film Serenity this year, after the single Run and their album Stakonia, and"
        " BBC programmes such as Eastenders and Top Gear.\n"
    )
    assert not {"Serenity", "Run", "Stakonia", "Eastenders", "Top Gear"} & forms_of(ex)
    assert "Serenity" not in forms_of(page("bbcnews/whedon_wonder_woman.txt"))
    assert "Run" not in forms_of(page("bbcnews/snow_patrol_bassist.txt"))
    assert "Stakonia" not in forms_of(page("bbcnews/outkast_next_move.txt"))
    assert "Vera Drake" not in forms_of(page("bbcnews/uk_film_production_fall.txt"))
    assert not {"EastEnders", "Top Gear"} & forms_of(page("bbcnews/ofcom_net_regulation.txt"))


def test_a_character_of_fiction_and_a_series_of_films_are_no_actors():
    ex = _extract(
        "Film\n\nThe character of Wonder Woman was born on Paradise Island. Joel Silver, producer of the Matrix"
        " trilogy, said so.\n"
    )
    assert not {"Wonder Woman", "Matrix"} & forms_of(ex)
    assert _role(ex, "Joel Silver") == "actor" and _role(ex, "Paradise Island") == "location"
    assert not {"Wonder Woman", "Matrix"} & forms_of(page("bbcnews/whedon_wonder_woman.txt"))


def test_a_prize_named_in_the_plural_after_annual_or_a_count_is_no_body():
    ex = _extract("Awards\n\nVoting is under way for the annual Bloggies. The band adds it to the three Grammys and"
                  " four MTV gongs, and two Republicans agreed.\n")
    assert not {"Bloggies", "Grammys"} & forms_of(ex)
    assert "Bloggies" not in forms_of(page("bbcnews/bloggies_voting.txt"))
    assert "Grammys" not in forms_of(page("bbcnews/outkast_next_move.txt"))


def test_the_nominees_for_a_prize_for_works_are_works():
    ex = _extract(
        "Blogs\n\nThe race is for the prize of blog of the year. Fighting it out for the award are Gawker, Wonkette,"
        " Boing Boing, and Gothamist, Jo Roe said.\n"
    )
    assert not {"Gawker", "Wonkette", "Boing Boing", "Gothamist"} & forms_of(ex)
    assert _role(ex, "Jo Roe") == "actor"
    assert not {"Gawker", "Wonkette", "Londonist", "PlasticBag"} & forms_of(page("bbcnews/bloggies_voting.txt"))


def test_an_acronyms_long_name_may_hold_a_comma():
    ex = _extract(
        "Media\n\nThe State Administration of Radio, Film and Television (SARFT) regulates broadcasting. SARFT said"
        " so.\n"
    )
    assert _role(ex, "State Administration of Radio, Film and Television") == "actor"
    assert _role(ex, "Film and Television") is None
    assert _role(page("bbcnews/china_media_growth.txt"), "State Administration of Radio, Film and Television") == "actor"


def test_a_state_of_two_words_is_read_whole():
    ex = _extract("Drought\n\nIncomes fell in the ACT and New South Wales, and a New South Wales inquiry began.\n")
    assert _role(ex, "New South Wales") == "location" and _role(ex, "South Wales") is None
    assert _role(page("abc/dairy_incomes_abare.txt"), "New South Wales") == "location"
    assert _role(page("bbcnews/hardie_asbestos_payout.txt"), "New South Wales") == "location"


def test_a_bodys_name_after_its_head_goes_on_past_the_models_span():
    ex = _extract(
        "Avatars\n\nJo Roe, at the Centre for Vision, Speech and Signal Processing, agreed. Students from the Florida"
        " School for the Deaf and the Blind sang. A spokesman for the Office for the Deputy Prime Minister said so, and"
        " so did the Office of Fair Trading and the Bank of England.\n"
    )
    assert _role(ex, "Centre for Vision, Speech and Signal Processing") == "actor" and _role(ex, "Speech") is None
    assert _role(ex, "Florida School for the Deaf and the Blind") == "actor"
    assert _role(ex, "Office for the Deputy Prime Minister") == "actor"
    assert _role(ex, "Office of Fair Trading") == "actor" and _role(ex, "Bank of England") == "actor"
    assert _role(page("bbcnews/bowden_avatar_face.txt"), "Centre for Vision, Speech and Signal Processing") == "actor"
    assert _role(page("bbcnews/keys_super_bowl.txt"), "Florida School for the Deaf and the Blind") == "actor"
    assert _role(page("bbcnews/gypsy_sites_councils.txt"), "Office for the Deputy Prime Minister") == "actor"
    # (s24b-bodies: a university named for a subject keeps its city after the comma, as its own name and the gold of
    # rounds 31 and 39 write it)
    assert _role(page("abc/neurochip.txt"), "University of Technology, Sydney") == "actor"
    # a name going on past a word it may not take is left as the model read it
    assert _role(page("reuterswire/gilt_when_issued.txt"), "Executive Committee of the International Stock") is None


def test_a_body_named_by_a_list_of_fields_before_its_head_is_one_name():
    ex = _extract("Cattle\n\nThe Voyages, Hotels and Resorts Group has sold its 5,000 head of cattle.\n")
    assert _role(ex, "Voyages, Hotels and Resorts Group") == "actor" and _role(ex, "Voyages") is None
    assert _role(page("abc/wagyu_property_sale.txt"), "Voyages, Hotels and Resorts Group") == "actor"


def test_a_team_in_its_venue_is_two_names():
    ex = _extract("Rugby\n\nThe first Test match is against the All Blacks in Christchurch on 25 June.\n")
    assert _role(ex, "All Blacks") == "actor" and _role(ex, "Christchurch") == "location"
    assert _role(page("bbcnews/campbell_lions_consultant.txt"), "Christchurch") == "location"


def test_a_family_by_its_name_is_one_actor():
    ex = _extract("Fiat\n\nThe Agnelli family, which controls the firm, said so. Another Roe family member agreed.\n")
    assert _role(ex, "Agnelli family") == "actor" and _role(ex, "Agnelli") is None
    assert _role(page("bbcnews/fiat_gm_talks.txt"), "Agnelli family") == "actor"
    assert _role(page("wsj/cosby_reruns.txt"), "Huxtable family") == "actor"
    assert _role(page("reuterswire/pesch_ami_bid.txt"), "Bass family") == "actor"


def test_a_body_then_the_event_it_holds_are_cut_apart():
    ex = _extract("Art\n\nThe doctor, who was invited, spoke at the British Medical Association Festival of Science on a"
                  " rainy day in the spring.\n")
    assert _role(ex, "British Medical Association") == "actor"
    page_ex = page("abc/kandinsky_synaesthesia.txt")
    assert _role(page_ex, "British Association for the Advancement of Science") == "actor"
    assert _role(page_ex, "British Association for the Advancement of Science Festival of Science") is None


def test_an_office_named_for_the_post_it_serves_keeps_its_possessive():
    ex = _extract("Trade\n\nThe rules are applied unevenly, the US Trade Representative's Office said.\n")
    assert _role(ex, "US Trade Representative's Office") == "actor" and _role(ex, "Trade") is None
    assert _role(page("bbcnews/us_eu_customs_row.txt"), "US Trade Representative's Office") == "actor"
