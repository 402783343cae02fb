"""Schemes, an illness, a happening, an aircraft, pacts and laws everyone knows by name ("Obamacare premiums rose", "amid COVID-19",
"after Brexit", "boarding Air Force One", "pass USMCA"), which copy seldom says what they are and the small English model tags as bodies or people: every gold file
that writes one junks it. The bodies that run a scheme keep their own nouns and stay actors."""

from __future__ import annotations

from .extraction_corpus import page, role_of


def test_well_known_schemes_are_no_actors():
    # round 78: 'In others it's as if "Obamacare" — signed Mar. 23, 2010 — never existed'; the gold junks both spellings
    obamacare = page("allsides/obamacare_state_opposition.txt")
    assert role_of(obamacare, "Obamacare") is None and role_of(obamacare, "ObamaCare") is None
    # round 78: "the future of Deferred Action for Childhood Arrivals, or DACA": an acronym defined, still a scheme
    daca = page("allsides/perdue_denies_crude_term.txt")
    assert role_of(daca, "DACA") is None and role_of(daca, "Deferred Action for Childhood Arrivals") is None


def test_a_well_known_illness_happening_and_aircraft_are_no_actors():
    # round 78: "As states and local governments emerge from COVID-19 lockdowns"
    assert role_of(page("allsides/voting_education_new_normal.txt"), "COVID-19") is None
    # round 78: "to improve trading relations after Brexit, the memos said"
    assert role_of(page("allsides/uk_ambassador_inept_memos.txt"), "Brexit") is None
    # round 73: "Trump, who made the comments before boarding Air Force One to head to an event in Orlando"
    assert role_of(page("allsides/trump_keeps_rosenstein.txt"), "Air Force One") is None


def test_the_body_that_runs_a_scheme_stays_an_actor():
    # round 75: "the Baltimore-based Social Security Administration worker who was reprimanded"
    assert role_of(page("allsides/federal_workers_firing_red_tape.txt"), "Social Security Administration") == "actor"


def test_a_well_known_pact_law_and_storm_are_no_actors():
    # round 76: "except I wish she’d pass USMCA and we could at least rack up ..."
    assert role_of(page("allsides/pelosi_mcconnell_collision_course.txt"), "USMCA") is None
    # round 70: "the House expected to pass a bill rolling back much of the Dodd-Frank law"
    assert role_of(page("allsides/ceos_fall_out_trump.txt"), "Dodd-Frank") is None
    # round 68: "strong-arm political tactics by Christie administration officials over Superstorm Sandy aid"
    assert role_of(page("allsides/christie_traffic_scandal.txt"), "Superstorm Sandy") is None
