"""Kinds of text that gave a direct quote the wrong speaker on the AllSides rounds 65-66 (session 41, issue 9). One
test per rule kept: a made-up text of the kind, and real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_it_that_reads_is_the_written_thing_named_before():
    ex = _extract(
        "Funding\n\nA coalition of nearly 40 groups sent a letter this week urging Congress to pass a measure.\n\n\u201cThe"
        " delay would seem to reflect an appalling indifference,\u201d it read.\n"
    )
    assert direct_speaker(ex, "appalling indifference") == "the letter"
    rnc = _page("allsides/rnc_clinton_films.txt")  # round 66: "Friday's resolution again called on ... '...,' it read"
    assert direct_speaker(rnc, "If CNN and NBC continue") == "the resolution"
    zika = _page("polnear/wash-post/zika_funding_dies.txt")  # round 61: 'sent a letter ... // "...," it read'
    assert direct_speaker(zika, "The fact that it is already almost July") == "the letter"
