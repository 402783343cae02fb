"""Merges of session 45 (s45-merges), tuned on rounds 60-74: "the Pentagon", its building's name, is the US Department of
Defense the article names too, as copy calls the New York Stock Exchange "the Big Board" (merge._OTHER_NAMES)."""

from __future__ import annotations

from .extraction_corpus import named_as_one, page


def test_the_pentagon_is_the_department_of_defense_named_beside_it():
    # round 73: "the Pentagon" beside "the Department of Defense" and "DOD" in one study's story
    assert named_as_one(page("allsides/pentagon_shutdown_study.txt"), "Pentagon", "Department of Defense")


def test_the_pentagon_is_the_defense_department_of_a_later_paragraph():
    # round 74: "it was the Pentagon's intention to send home", then "figures released by the Defense Department"
    assert named_as_one(page("allsides/former_officials_condemn_trump.txt"), "Pentagon", "Defense Department")
