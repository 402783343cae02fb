"""Merges of session 47 (s47-merges), tuned on rounds 65-78: a network's initials cited as a report's source are its
newsroom (merge._newsrooms_by_their_networks_initials)."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page


def test_network_initials_that_reported_are_its_newsroom():
    # round 75: "NBC News reported in mid-January", then "... Soleimani," NBC reported, citing five officials
    assert named_as_one(page("allsides/engel_soleimani_report.txt"), "NBC", "NBC News")


def test_network_initials_that_said_are_its_newsroom():
    # round 76: "Meanwhile, NBC said that federal investigators", then "NBC News and The Wall Street Journal also reported"
    assert named_as_one(page("allsides/flynn_gulen_kidnap_denial.txt"), "NBC", "NBC News")


def test_network_initials_never_cited_as_a_source_stay_the_network():
    # round 66: "a letter to NBC and CNN", "NBC's project is a scripted miniseries", beside "a nightmare for NBC News"
    assert named_apart(page("allsides/rnc_clinton_films.txt"), "NBC", "NBC News")
