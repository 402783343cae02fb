"""Bodies with long names that round 39 showed the model cutting into pieces (issue 9, session 24), one test per
rule: on a short article written for it, and on a real story of tests/articles/ where it occurs."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import extract_text as _extract, role_of as _role


def test_a_court_named_for_its_place_is_one_body():
    ex = _extract("Suit\n\nThe case was filed in Santa Clara County Superior Court on Friday. The Supreme Court declined it.\n")
    assert _role(ex, "Santa Clara County Superior Court") == "actor" and _role(ex, "Santa Clara County") is None
    assert _role(page("apple_bloggers_sources.txt"), "Santa Clara County Superior Court") == "actor"


def test_a_court_of_appeals_keeps_the_circuit_it_sits_for():
    ex = _extract("Appeal\n\nLawyers will ask the US Court of Appeals for the Ninth Circuit to hear the case.\n")
    assert _role(ex, "US Court of Appeals for the Ninth Circuit") == "actor"
    assert _role(page("tobacco_racketeering_appeal.txt"), "US Court of Appeals for the District of Columbia") == "actor"


def test_a_university_of_a_subject_keeps_its_city():
    ex = _extract("Study\n\nJo Roe, of the University of Technology, Sydney, led the work. Ann Lee of the University of Sydney, Australia, agreed.\n")
    assert _role(ex, "University of Technology, Sydney") == "actor" and _role(ex, "University of Technology") is None
    assert _role(ex, "University of Sydney") == "actor"
    assert _role(page("aboriginal_groundwater.txt"), "University of Technology, Sydney") == "actor"


def test_a_body_whose_name_ends_in_its_acronym_is_one_body():
    ex = _extract("Sheep\n\nThe Australian Sheep Industry CRC is funding the work, said Labour MP Jo Roe.\n")
    assert _role(ex, "Australian Sheep Industry CRC") == "actor" and _role(ex, "CRC") is None
    assert _role(page("sniffer_dog_worms.txt"), "Australian Sheep Industry CRC") == "actor"
    assert _role(page("aboriginal_groundwater.txt"), "Desert Knowledge CRC") == "actor"


def test_the_last_firm_of_a_list_may_be_named_with_and():
    ex = _extract("Firms\n\nThe firms accused were Altria Group, Lorillard Tobacco, Liggett Group and Brown and Williamson.\n")
    assert _role(ex, "Brown and Williamson") == "actor" and _role(ex, "Williamson") is None
    assert _role(page("tobacco_racketeering_appeal.txt"), "Brown and Williamson") == "actor"


def test_a_founders_initials_open_the_firms_name():
    ex = _extract("Firms\n\nAmong the firms accused were Altria Group, RJ Reynolds Tobacco and Liggett Group.\n")
    assert _role(ex, "RJ Reynolds Tobacco") == "actor" and _role(ex, "Reynolds Tobacco") is None
    ex = _extract("Show\n\nThe WRAZ-TV Fox affiliate in North Carolina was the only one to refuse the show.\n")
    assert _role(ex, "TV Fox") is None
    assert _role(page("tobacco_racketeering_appeal.txt"), "RJ Reynolds Tobacco") == "actor"


def test_a_body_named_with_a_number_after_its_kind_keeps_it():
    ex = _extract("Fuel\n\nEnvironmental group Transport 2000 said the freeze sends the wrong message.\n")
    assert _role(ex, "Transport 2000") == "actor" and _role(ex, "Transport") is None
    assert _role(page("fuel_duty_freeze.txt"), "Transport 2000") == "actor"


def test_stations_listed_after_their_noun_are_named_whole():
    ex = _extract("Radio\n\nIt added two digital stations, Virgin Radio Classic Rock and Virgin Radio Groove. Virgin Radio said so.\n")
    assert _role(ex, "Virgin Radio Classic Rock") == "actor" and _role(ex, "Classic Rock") is None
    assert _role(ex, "Virgin Radio Groove") == "actor"
    assert _role(page("virgin_radio_3g.txt"), "Virgin Radio Classic Rock") == "actor"


def test_a_name_closed_by_co_operative_is_a_body():
    ex = _extract("Yards\n\nThe RSPCA wants the owner of the yards, the Ord River District Co-operative, to provide shelter.\n")
    assert _role(ex, "Ord River District Co-operative") == "actor"
    assert _role(page("wyndham_holding_yards.txt"), "Ord River District Co-operative") == "actor"


def test_an_acronym_that_speaks_after_the_is_a_body():
    ex = _extract("Yards\n\nThe RSPCA says most live export holding yards breach new standards.\n")
    assert _role(ex, "RSPCA") == "actor"
    assert _role(page("wyndham_holding_yards.txt"), "RSPCA") == "actor"


def test_airlines_listed_after_a_dash_are_named_whole():
    ex = _extract("Jets\n\nAirbus has signed deals with two Indian airlines - Air Deccan and Kingfisher.\n")
    assert _role(ex, "Air Deccan") == "actor"
    assert _role(page("aero_india_outsourcing.txt"), "Air Deccan") == "actor"
