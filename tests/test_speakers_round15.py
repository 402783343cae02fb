"""Kinds of text rounds 12 to 15 showed giving quotes to the wrong speaker (issue 9): a definite
description of an organisation ("the newspaper", "the airline") left unresolved, because the paper
it stands for is named as "the newspaper" is, or because the organisation was named only inside
someone else's words. One test per rule: on a short article written for it, and on the real page
where it occurs. The rules are in store/nlp/speakers.py and store/nlp/quotes.py; the figures in
tests/gold/README.md ("Tuned on rounds 12–15 (session 11): cue clause")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker as _speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported_speakers as _speakers_of


def test_the_newspaper_is_the_paper_last_named_but_not_a_paper_with_a_word_of_its_own():
    ex = _extract(
        "Libel\n\nThe Daily Courier lost a libel case to Ann Roe on Thursday. "
        "The newspaper said it was in the public interest to publish the claims.\n\n"
        "The Evening Star printed the story too. The regional daily said it would not appeal the ruling.\n"
    )
    assert _speakers_of(ex, "it was in the public interest") == ["Daily Courier"]
    assert _speakers_of(ex, "it would not appeal") == ["The regional daily"]
    galloway = _page("bbcnews/galloway_oona_king.txt")
    assert _speakers_of(galloway, "it was in the public interest to publish the claims") == ["Daily Telegraph"]
    sugar = _page("reuterswire/china_sugar.txt")
    assert _speaker(sugar, "Supply of cane (in Guangdong) is inadequate") == "Nanfang Daily"
    assert _speakers_of(sugar, "The Yunnan 1986/87 sugar harvest was a record") == ["the provincial daily"]


def test_the_airline_is_the_airline_named_inside_the_words_reported_before():
    ex = _extract(
        "Strike\n\nSkyway Air had to cancel 60 flights on Friday, said industry officials. "
        "The airline said it was \"deeply embarrassed by the delays\".\n"
    )
    assert _speaker(ex, "deeply embarrassed by the delays") == "Skyway Air"
    ex = _extract(
        "Probe\n\nThe state regulator is investigating Skyway Air, said two people familiar with the matter. "
        "The company said it had been contacted by the regulator and would cooperate fully.\n"
    )
    assert _speakers_of(ex, "it had been contacted by the regulator") == ["The company"]  # either of the two
    wework = _page("aeb/venturebeat_wework.txt")
    assert _speakers_of(wework, "it had been contacted by the office of the NYAG") == ["The company"]
    airways = _page("bbcnews/us_airways_probe.txt")
    assert _speaker(airways, "embarrassed by the situation") == "US Airways"
    assert _speaker(airways, "deeply regrets any inconvenience caused to customers") == "US Airways"
