"""Aliases left apart on rounds 61-66 (session 41, s41-merges): US copy's "Dems" for the Democrats. With a made-up story
and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_as_one, page


def test_dems_are_the_democrats():
    extraction = extract_text(
        "Senator to Dems: Hold the Line\n\n"
        "The senator urged Democrats on Tuesday to vote against the bill. \"If the Dems vote no, there will be a "
        "shutdown,\" the president wrote.\n\n"
        "Democrats said they would not back down.\n"
    )
    assert named_as_one(extraction, "Dems", "Democrats")


def test_dems_on_the_real_pages():
    # rounds 61 and 66
    assert named_as_one(page("polnear/huff-post/dean_guns_public_health.txt"), "Dems", "Democrats")
    assert named_as_one(page("allsides/trump_long_shutdown.txt"), "Dems", "Democrats")
