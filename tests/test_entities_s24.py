"""Kinds of names rounds 24 to 38 showed the program missing or keeping as junk (issue 9, session 24), one test per
rule: on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import by_alias, page
from .extraction_corpus import extract_text as _extract, forms_of, role_of as _role


def test_a_party_the_model_ran_into_its_leaders_name_keeps_its_own():
    ex = _extract("Roads\n\nThe leader of the Greens, Jo Roe, has been out this morning. The Greens have helped.\n")
    assert _role(ex, "Greens") == "actor" and by_alias(ex)["Greens"] is not by_alias(ex).get("Jo Roe")
    ex = page("abc/vaile_budget_roads.txt")
    assert _role(ex, "Nationals") == "actor" and by_alias(ex)["Nationals"] is not by_alias(ex)["Mark Vaile"]


def test_a_bodys_name_a_quote_writes_in_lowercase_is_still_its_name():
    ex = _extract(
        "Levy\n\nThe Grains Council and the minister fought. \"Unfortunately the grains council is alienating some of"
        " the stakeholders,\" he said. Once logged onto an Evil Twin, nicknamed evil twins, you are lost.\n"
    )
    assert _role(ex, "Grains Council") == "actor" and "Evil Twin" not in forms_of(ex)
    assert _role(page("abc/macneil_grains_council.txt"), "Grains Council") == "actor"
    # a service's name is no body's: "the video relay service" in a quote still makes "Video Relay Service" a phrase
    assert "Video Relay Service" not in forms_of(page("bbcnews/video_relay_deaf.txt"))


def test_a_watchdog_or_a_service_named_after_its_kind_is_a_body():
    ex = _extract(
        "Fees\n\nThe figures were made public on Thursday by admissions service Ucas. Ofcom, the UK's media"
        " watchdog, said so. Jo Roe, the head of the group, agreed. Al Day, an economist with the Acme Gas"
        " Association, said so, and Day agreed.\n"
    )
    assert _role(ex, "Ucas") == "actor" and _role(ex, "Ofcom") == "actor" and _role(ex, "Jo Roe") == "actor"
    assert by_alias(ex)["Day"] is by_alias(ex)["Al Day"]  # a person in a body, no body
    assert _role(page("bbcnews/student_fee_refugees.txt"), "Ucas") == "actor"
    assert _role(page("bbcnews/bt_dialler_protection.txt"), "Icstis") == "actor"


def test_a_field_before_a_nation_is_a_national_bodys_name():
    ex = _extract(
        "Study\n\nThe group which represents vice-chancellors, Universities UK, said so. Meanwhile Australia"
        " agreed.\n"
    )
    assert _role(ex, "Universities UK") == "actor" and "Meanwhile Australia" not in forms_of(ex)
    assert _role(page("bbcnews/hefce_student_inequality.txt"), "Universities UK") == "actor"
    assert _role(page("bbcnews/student_fee_refugees.txt"), "Universities Scotland") == "actor"


def test_a_country_whose_name_and_joins_is_one_place():
    ex = _extract("Sprint\n\nThe St Kitts and Nevis star joins Jo Roe. Trinidad and Tobago also ran.\n")
    assert _role(ex, "St Kitts and Nevis") == "location" and "St Kitts" not in forms_of(ex)
    assert _role(page("bbcnews/collins_birmingham_sprint.txt"), "St Kitts and Nevis") == "location"


def test_a_firms_service_program_or_format_is_its_product():
    ex = _extract(
        "Music\n\nA user of Acme's iTunes music service is suing. Microsoft's WMA format differs. BT's Modem"
        " Protection program blocks numbers.\n"
    )
    assert not {"iTunes", "WMA", "Modem Protection"} & {a for e in ex.entities.values() if e.role == "actor" for a in e.aliases}
    assert _role(page("bbcnews/itunes_ipod_lawsuit.txt"), "iTunes") != "actor"
    assert _role(page("bbcnews/itunes_ipod_lawsuit.txt"), "WMA") != "actor"
    assert _role(page("bbcnews/bt_dialler_protection.txt"), "Modem Protection") is None


def test_a_plural_listed_with_kinds_of_places_is_no_person():
    ex = _extract("Strike\n\nThe UK-wide action hit Jobcentres, benefit agencies and driving test centres.\n")
    assert _role(ex, "Jobcentres") is None
    assert _role(page("bbcnews/wales_civil_service_strike.txt"), "Jobcentres") is None


def test_acts_listed_after_a_noun_of_performers_are_actors():
    ex = _extract("Label\n\nThe label signed artists including Run-DMC, The Beastie Boys and Public Enemy.\n")
    assert _role(ex, "Beastie Boys") == "actor" and _role(ex, "Public Enemy") == "actor"
    assert _role(page("bbcnews/jay_z_def_jam.txt"), "Public Enemy") == "actor"


def test_a_character_played_by_an_actor_is_no_actor():
    ex = _extract("Soap\n\nMillions tuned in to see Den, played by Leslie Grantham, hand papers to Angie.\n")
    assert "Den" not in forms_of(ex) and _role(ex, "Leslie Grantham") == "actor"
    assert "Den" not in forms_of(page("bbcnews/dirty_den_ratings.txt"))


def test_a_program_the_model_took_for_a_place_no_gazetteer_knows_is_a_product():
    ex = _extract("Search\n\nMicrosoft is working on a search system for the next version of Windows.\n")
    assert _role(ex, "Windows") != "location"
    assert _role(page("bbcnews/desktop_search_race.txt"), "Windows") != "location"


def test_a_group_of_nations_named_by_its_count_is_a_body_but_not_its_meeting():
    ex = _extract("Debt\n\nHe wrote to G-7 leaders, and called on G8 nations to pay.\n")
    assert _role(ex, "G-7") == "actor" and _role(ex, "G8") == "actor"
    assert "G7" not in forms_of(page("bbcnews/greenspan_adam_smith.txt"))  # "to attend the G7 meeting in London"
    assert _role(page("bbcnews/brown_aids_vaccine_fund.txt"), "G8") == "actor"
    assert _role(page("reuterswire/german_bond_yields.txt"), "G-7") == "actor"
