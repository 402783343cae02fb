"""Kinds of text that gave the `cue after` and `continued` sieves of store/nlp/quotes.py a wrong speaker on the
PolNeAR rounds 49-59 (session 37, second wave, issue 9). One test per rule kept: a made-up article of the kind, and
real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_name_opening_an_aside_before_the_cue_speaks():
    ex = _extract(
        "Talks\n\nThe two leaders met in Ohio on Monday.\n\n\u201cThey were professionals, but also competitors,\u201d Carl"
        " Webb, Governor Reed's former chief of staff, said of their time in office. \u201cThey would do the dance.\u201d\n"
    )
    assert direct_speaker(ex, "but also competitors") == "Carl Webb"
    assert direct_speaker(ex, "do the dance") == "Carl Webb"
    boyle = _page("polnear/breitbart/trump_praises_boyle.txt")  # 'Trump, the 2016 GOP ... frontrunner ... after winning the New Hampshire primaries, said'
    assert direct_speaker(boyle, "Very good reporter, very good reporter") == "Donald Trump"
    daley = _page("polnear/nyt/biden_trump_risk_scranton.txt")  # "William M. Daley, President Obama's former chief of staff, said"
    assert direct_speaker(daley, "They were professionals") == "William M. Daley"
    assert direct_speaker(daley, "They'd do the dance") == "William M. Daley"

