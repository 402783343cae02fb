"""Kinds of text that gave the cue sieves of store/nlp/quotes.py (`cue after`, `cue clause`, `cue before`) a wrong
speaker on the PolNeAR rounds 49-60 (session 38, issue 9). One test per rule kept: a made-up article of the kind, and
real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_site_or_network_someone_spoke_on_is_no_one_a_pronoun_stands_for():
    ex = _extract(
        "Talks\n\nRepublicans met on Thursday.\n\nOn the eve of the meetings, Reed eased his defiant tone of recent days."
        " Asked on Fox News who leads the party in his view, he named the speaker. \u201cI would say Paul for the time"
        " being and maybe for a long time,\u201d he said.\n"
    )
    assert direct_speaker(ex, "I would say Paul") == "Reed"
    pledge = _page("polnear/breitbart/trump_ryan_pledge.txt")  # 'Asked on Fox News who leads the party ... he said'
    assert direct_speaker(pledge, "I would say Paul for the time being") == "Donald Trump"
    assert direct_speaker(pledge, "We can always have differences") == "Donald Trump"
    schilling = _page("polnear/nyt/espn_fires_schilling.txt")  # 'he posted a comment on Twitter ... he told the hosts'
    assert direct_speaker(schilling, "To be in a place where people actually believe") == "Curt Schilling"
    latinos = _page("polnear/huff-post/trump_offensive_latinos.txt")  # 'the GOP candidate took to Twitter ... he tweeted'
    assert direct_speaker(latinos, "Everybody is talking about the protesters") == "Donald Trump"
