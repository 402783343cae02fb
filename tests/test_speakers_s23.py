"""Kinds of text round 35 (measured untouched at the start of session 23) showed breaking the
extraction or giving a quote a wrong speaker. One test per rule, on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_a_subject_the_parser_cuts_to_a_hyphen_does_not_stop_the_article():
    # round 35's tories_archer_door: "its co-chairman has said", parsed with the hyphen of
    # "co-chairman" as the subject, left no word to read the phrase by and failed the whole article
    page = _page("bbcnews/tories_archer_door.txt")
    assert direct_speaker(page, "I don't believe in vindictiveness") == "Liam Fox"
