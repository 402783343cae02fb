"""Kinds of text that gave a direct quote the wrong speaker (session 52, issue 9, s52-speakers). One test per rule
kept, on the real articles of the gold rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


# A page, a site, a biography or a reply is a document that speaks for the one its phrase names as its owner; one owned
# by "his" or "her" is that person's writing, found as "he" or "she" is.

def test_a_reply_or_a_fact_page_speaks_for_its_owner():
    # round 88: '"So I basically lied to regulators (unknowingly)," read Forkner's reply'
    boeing = _page("allsides/boeing_withheld_pilot_messages.txt")
    assert direct_speaker(boeing, "So I basically lied to regulators") == "Mark Forkner"
    # round 88: 'According to the CDC's fact page on anthrax, it's caused by "rod-shaped bacteria ..."'
    anthrax = _page("allsides/live_anthrax_mistakenly_sent.txt")
    assert direct_speaker(anthrax, "rod-shaped bacteria") == "Centers for Disease Control and Prevention"


def test_his_own_tweets_are_his_words():
    # round 82: 'Trump tweeted ... "...," he wrote. His subsequent tweets claimed China has had "little success" ...'
    korea = _page("allsides/north_korea_hydrogen_bomb_test.txt")
    assert direct_speaker(korea, "little success") == "Donald Trump"
    assert direct_speaker(korea, "talk of appeasement") == "Donald Trump"
