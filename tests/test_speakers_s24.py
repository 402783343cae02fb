"""Kinds of text rounds 36-38 (measured untouched at the end of session 23) showed giving a direct
quote a wrong speaker. One test per rule, on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import page as _page


def test_a_writer_s_sentence_naming_another_speaker_ends_a_quote_whose_marks_never_close():
    # round 38's mido_third_apology, paragraphs run into one line: '... when this happens. Meanwhile,
    # Egypt FA spokesman Methat Shalaby welcomed the apology and said ... "Mido's apology ...," Shalaby
    # said': Mido's sentences, each opened by a mark never closed, are not Shalaby's
    page = _page("bbcnews/mido_third_apology.txt")
    mido = direct_speaker(page, "There isn't much I have to say today")  # "Mido said: ..."
    for words in ("I feel that the national players", "I do confess", "Many of the international stars", "So I'm now used"):
        assert direct_speaker(page, words) == mido
    assert "Meanwhile" not in direct_quote(page, "So I'm now used").text
    assert direct_speaker(page, "Mido's apology today") == "Methat Shalaby"


def test_he_after_an_unnamed_expert_or_head_a_wire_quotes_is_that_person():
    # round 38's finland_election_tax: "A London-based Nordic banking expert said ... // '...,' he said"
    page = _page("reuterswire/finland_election_tax.txt")
    assert direct_speaker(page, "It would probably result in new practices") == "A London-based Nordic banking expert"
    # round 38's german_wage_round: "The money market head said ... // '...,' he said"
    page = _page("reuterswire/german_wage_round.txt")
    assert direct_speaker(page, "The unions haven't forgotten that") == "The money market head"
