"""Kinds of text that gave a direct quote the wrong speaker (session 48, issue 9, s48-speakers). One test per rule
kept: a made-up text of the kind, and the real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def _headline_speaker(extraction, words: str) -> str | None:
    """Who said the direct quote of exactly these words (a headline's, which the body may quote at more length)."""
    quote = next(q for q in extraction.quotes if q.kind == "direct" and q.text == words)
    return extraction.entities[quote.speaker_key].name if quote.speaker_key else quote.speaker


def test_a_headline_name_after_a_preposition_of_address_before_the_colon_is_not_the_speaker():
    ex = _extract(
        "Paul Mercer on Anna Lindqvist: 'She has no idea what she is doing'\n\nThe row went on on Monday.\n\n"
        "Paul Mercer said the minister had failed.\n"
    )
    assert direct_speaker(ex, "She has no idea what she is doing") == "Paul Mercer"
    # round 80's trump_no_attorney_general ('Trump on Sessions: "I don't have an attorney general"') and
    # trump_fires_back_trumka ('Trump fires back at AFL-CIO chief Trumka: "..."'), round 79's
    # sanders_sandra_bland_statement ('Bernie Sanders becomes the first candidate to speak out on Sandra Bland: "..."')
    sessions = _page("allsides/trump_no_attorney_general.txt")
    assert "Trump" in (_headline_speaker(sessions, "I don't have an attorney general") or "")
    trumka = _page("allsides/trump_fires_back_trumka.txt")
    assert "Trump" in (_headline_speaker(trumka, "No wonder unions are losing so much") or "")
    bland = _page("allsides/sanders_sandra_bland_statement.txt")
    assert "Sanders" in (_headline_speaker(bland, "We need real police reform") or "")
