"""Merges of session 48 (s48-merges), tuned on rounds 79 and 80: the state or country after a dateline's place is a place,
the one the story names in full (component._dateline_regions); an ordinal in figures is the one a body's full name spells out
(bodies._ordinals_in_figures)."""

from __future__ import annotations

from .extraction_corpus import named_as_one, page, role_of


def test_a_datelines_state_is_the_state_the_story_names_in_full():
    # round 79: "GRETNA, La. (AP) — More than a dozen states let restaurants ... reopen", then "At Gattuso's Restaurant in
    # Gretna, Louisiana"
    assert named_as_one(page("allsides/may_day_virus_worries.txt"), "La.", "Louisiana")


def test_a_datelines_state_is_a_place():
    # round 74: "RICHMOND, Va. (AP) — A federal appeals court ruled"
    assert role_of(page("allsides/appeals_court_daca_ruling.txt"), "Va.") == "location"


def test_a_bodys_ordinal_in_figures_is_the_one_its_full_name_spells_out():
    # round 73: "The Fifth Circuit Court of Appeals appeared sympathetic", then "if the 5th Circuit upholds Obamacare"
    assert named_as_one(page("allsides/obamacare_fifth_circuit_fight.txt"), "5th Circuit", "Fifth Circuit Court of Appeals")
    # round 79: "attacked the liberal Ninth Circuit Court of Appeals", then Trump's "if the 9th Circuit was indeed ..."
    assert named_as_one(page("allsides/roberts_blocks_louisiana_abortion_law.txt"), "9th Circuit", "Ninth Circuit Court of Appeals")
