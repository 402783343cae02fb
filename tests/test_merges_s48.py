"""Merges of session 48 (s48-merges), tuned on rounds 79 and 80: the state or country after a dateline's place is a place,
the one the story names in full (component._dateline_regions)."""

from __future__ import annotations

from .extraction_corpus import named_as_one, page, role_of


def test_a_datelines_state_is_the_state_the_story_names_in_full():
    # round 79: "GRETNA, La. (AP) — More than a dozen states let restaurants ... reopen", then "At Gattuso's Restaurant in
    # Gretna, Louisiana"
    assert named_as_one(page("allsides/may_day_virus_worries.txt"), "La.", "Louisiana")


def test_a_datelines_state_is_a_place():
    # round 74: "RICHMOND, Va. (AP) — A federal appeals court ruled"
    assert role_of(page("allsides/appeals_court_daca_ruling.txt"), "Va.") == "location"
