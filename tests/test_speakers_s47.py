"""Kinds of text that gave a direct quote found by a cue before it or by the cue of its own clause the wrong
speaker (session 47, issue 9, s47-speakers). One test per rule kept: a made-up text of the kind, and the real
articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, reported
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_speech_verb_joined_to_a_relative_clause_about_a_thing_goes_with_the_clause_the_thing_is_named_in():
    ex = _extract(
        "Port deal\n\nThe board met on Monday.\n\nPaul Mercer has called the sale a botched deal that was rushed"
        " through far too quickly and has said \u201cthe whole process was a disgrace from start to finish.\u201d\n"
    )
    assert direct_speaker(ex, "the whole process was a disgrace") == "Paul Mercer"
    # round 77's trump_khashoggi_cia_briefing ("Mr. Trump has called the killing a botched operation that was
    # carried out very poorly and has said '...'") and round 66's trump_china_deal_stocks ("He has taken note of
    # market gains that have followed signs of progress and has told his advisers he's concerned ...", reported)
    khashoggi = _page("allsides/trump_khashoggi_cia_briefing.txt")
    assert "Trump" in (direct_speaker(khashoggi, "the cover-up was one of the worst cover-ups") or "")
    stocks = _page("allsides/trump_china_deal_stocks.txt")
    said = [who for words, who in reported(stocks) if "the lack of an agreement could undermine stocks" in words]
    assert said and all("Trump" in (who or "") for who in said)


def test_a_speech_verb_or_naming_not_yet_done_inside_a_reported_clause_leaves_the_words_to_the_reporter():
    ex = _extract(
        "Trade row\n\nThe talks stalled on Monday.\n\nPaul Mercer vowed that his department will label the"
        " country a \u201cserial offender,\u201d raising the stakes.\n"
    )
    assert direct_speaker(ex, "serial offender") == "Paul Mercer"
    # round 72's trump_diplomatic_moderation ("Mr. Trump vowed that his Treasury Department will label China a
    # 'currency manipulator'") and round 78's mcmaster_national_security_adviser ("Trump also said ... that his
    # administration will be asking John Bolton, ..., 'to work with us ...'")
    moderation = _page("allsides/trump_diplomatic_moderation.txt")
    assert "Trump" in (direct_speaker(moderation, "currency manipulator") or "")
    mcmaster = _page("allsides/mcmaster_national_security_adviser.txt")
    assert "Trump" in (direct_speaker(mcmaster, "to work with us in a somewhat different capacity") or "")
