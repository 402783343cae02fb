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


def test_a_quote_inside_a_paragraph_that_named_one_person_before_it_is_theirs():
    ex = _extract(
        "Debate\n\nSenator Ann Lee of Ohio stuck to policy at first. \u201cIf we nominate him, we lose,\u201d Ms. Lee"
        " said.\n\nBut the debate was so calm that Tom Reed was prompted to say, \u201cSo far, I cannot believe how"
        " civil it has been up here.\u201d\n"
    )
    assert direct_speaker(ex, "how civil") == "Tom Reed"
    duck = _page("polnear/breitbart/clinton_obama_body_language.txt")  # 'Clinton compared the president to a duck, "..."'
    assert direct_speaker(duck, "paddling like crazy") == "Hillary Clinton"
    issa = _page("polnear/breitbart/issa_clinton_honesty.txt")  # 'Issa continued, "Yes. ..."' after Bartiromo's question
    assert direct_speaker(issa, "For more than 15 years") == "Darrell Issa"
    ad = _page("polnear/politico/super_pac_debate_skip.txt")  # 'The ad then cuts to footage of Trump saying, "..."'
    assert direct_speaker(ad, "you have to give them a path") == "Donald Trump"
    civil = _page("polnear/nyt/republicans_lower_volume_debate.txt")  # 'Mr. Trump was prompted to say, "..."' after Cruz's quote
    assert direct_speaker(civil, "how civil it's been") == "Donald J. Trump"
    cruz = _page("polnear/wash-post/cruz_reboots_attacks.txt")  # 'he only hinted at Donald Trump by ... adding, "..."': the "he" is Cruz
    assert direct_speaker(cruz, "who should build it") == "Ted Cruz"
    schilling = _page("polnear/nyt/espn_fires_schilling.txt")  # 'Schilling describes himself on his Facebook account as a "..."'
    assert direct_speaker(schilling, "Conservative pro life") == "Curt Schilling"
