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


# Who a relative clause describing someone or something is about ("a former undersecretary of defense who Obama
# considered naming", "the way that Obama has abused his power") is not who its sentence is about, nor whom the next
# "he" or "she" goes on with; a clause of time ("on Wednesday when Donald Trump fired off a tweet") still is.

def test_the_subject_of_a_describing_relative_clause_is_not_who_speaks_next():
    # round 88: 'Michele Flournoy, a former undersecretary of defense who Obama considered naming ..., said ... "...,"
    # she told CNN's Jim Acosta'
    iraq = _page("allsides/biden_praises_iraqi_military.txt")
    assert direct_speaker(iraq, "We need to provide more fire power support") == "Michele Flournoy"
    # round 81: 'Rep. John Fleming (R-La.) pointed to immigration as the "most obvious" way that ... Obama has abused his
    # executive power. "I believe in free trade; I support free trade," he said.'
    trade = _page("allsides/trade_pact_immigration_argument.txt")
    assert direct_speaker(trade, "I believe in free trade") == "John Fleming"
    # round 85: 'on Wednesday when Donald Trump fired off an incendiary tweet ... "...," the US president tweeted'
    russia = _page("allsides/trump_tells_russia_get_ready.txt")
    assert direct_speaker(russia, "Russia vows to shoot down") == "Donald Trump"
