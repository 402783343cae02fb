"""Kinds of text rounds 63 to 70 showed the entity rules keeping as actors (issue 9, session 43), one test per rule: on
a short article written for it, and on a real story of tests/articles/allsides/ where it occurs. The rules are in
store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import page
from .extraction_corpus import role_of as _role
from .extraction_corpus import extract_text as _extract


def test_a_name_after_a_navys_ship_prefix_is_a_ship_and_no_actor():
    ex = _extract(
        "Navy\n\nA sailor on the USS Jo Roe tested positive, the Acme Navy said. The Roe docked in Sandport, and"
        " the destroyer HMS Pat Doe sailed, Kim Poe said.\n"
    )
    assert _role(ex, "USS Jo Roe") in {None, "other"} and _role(ex, "HMS Pat Doe") in {None, "other"}
    assert _role(ex, "Kim Poe") == "actor"
    assert _role(page("allsides/navy_sailors_crowded_room.txt"), "USS Boxer") in {None, "other"}
    ford = page("allsides/ford_carrier_navy.txt")
    assert _role(ford, "USS Theodore Roosevelt") in {None, "other"} and _role(ford, "Ford") in {None, "other"}


def test_a_scheme_before_its_patients_or_its_expansion_is_no_actor():
    ex = _extract(
        "Health\n\nDoctors who treat Medilink patients face a cut, the Acme Medical Association said. A major"
        " Carewell expansion would follow, Jo Roe said.\n"
    )
    assert _role(ex, "Medilink") in {None, "other"} and _role(ex, "Carewell") in {None, "other"}
    assert _role(ex, "Acme Medical Association") == "actor"
    assert _role(page("allsides/cbo_debt_double.txt"), "Medicare") in {None, "other"}
    assert _role(page("allsides/mandate_ruling_unravel.txt"), "Medicaid") in {None, "other"}


def test_what_is_repealed_is_a_law_and_no_actor():
    ex = _extract(
        "Congress\n\nRepublicans vowed to repeal Acmecare and Roe-Frank, Jo Roe said. The full repeal of Welfcare would"
        " wait, the Acme Institute said.\n"
    )
    assert _role(ex, "Acmecare") in {None, "other"} and _role(ex, "Welfcare") in {None, "other"}
    assert _role(ex, "Acme Institute") == "actor"
    assert _role(page("allsides/rand_paul_health_plan.txt"), "Obamacare") in {None, "other"}
    assert _role(page("allsides/gop_congress_strategy.txt"), "Obamacare") in {None, "other"}


def test_a_name_before_an_illness_noun_is_an_illness_and_no_actor():
    ex = _extract(
        "Virus\n\nMore than 600 new ACMEV-20 infections were reported, the Acme Health Agency said. Two ACMEV-20 deaths"
        " followed, and Iraqi deaths rose, Jo Roe said.\n"
    )
    assert _role(ex, "ACMEV-20") in {None, "other"} and _role(ex, "Acme Health Agency") == "actor"
    assert _role(page("allsides/health_officials_quarantine.txt"), "COVID-19") in {None, "other"}
    assert _role(page("allsides/covid_one_day_record.txt"), "COVID") in {None, "other"}


def test_a_time_zone_after_a_clock_time_is_no_actor():
    ex = _extract(
        "Lorry\n\nThe lorry left at 19:40 (18:40 GMT), Acme Haulage said. At 2:10 p.m. ET the police arrived, Jo Roe"
        " said.\n"
    )
    assert _role(ex, "GMT") is None and _role(ex, "ET") is None and _role(ex, "Acme Haulage") == "actor"
    assert _role(page("allsides/berlin_attack_suspect_doubt.txt"), "GMT") is None
    assert _role(page("allsides/sydney_hostage_crisis.txt"), "ET") is None


def test_a_wire_contributor_line_names_its_writers_and_their_places():
    ex = _extract(
        "Storm\n\nThe storm closed schools, Acme Power said.\n\nAssociated Press writers Pat Doe and Kim Poe in Sandport,"
        " Florida, and Airlines Writer Lee Roe in Dallas contributed to this report.\n"
    )
    assert {_role(ex, n) for n in ("Pat Doe", "Kim Poe", "Lee Roe")} == {"actor"}
    assert _role(ex, "Florida") != "actor" and _role(ex, "Airlines Writer Lee Roe") is None
    virus = page("allsides/virus_big_events_canceled.txt")
    assert _role(virus, "Jocelyn Gecker") == "actor" and _role(virus, "David Koenig") == "actor"
    assert _role(page("allsides/ohio_primary_postponed.txt"), "Christina Cassidy") == "actor"
