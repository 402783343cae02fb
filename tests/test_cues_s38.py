"""Kinds of text that gave the cue sieves of store/nlp/quotes.py (`cue after`, `cue clause`, `cue before`) a wrong
speaker on the PolNeAR rounds 49-60 (session 38, issue 9). One test per rule kept: a made-up article of the kind, and
real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_pronoun_passes_over_the_nearest_person_whose_given_name_tells_the_other_sex():
    ex = _extract(
        "Primary\n\nDebbie Lane faced a challenge in her district this year. On Monday, Tim Cole attacked her record in"
        " a debate.\n\n\u201cDo not let the perfect be the enemy of the good,\u201d she said.\n"
    )
    assert direct_speaker(ex, "perfect be the enemy") == "Debbie Lane"
    # the only person near is still the one the pronoun stands for, whatever sex the dictionary gives the name
    # ("Jan" is a man's name there): a given name passes someone over, never rules them out
    alone = _extract(
        "Growers\n\nJan Davis from the growers' group says the damage is large.\n\n\u201cAvocados are in the middle of"
        " harvest,\u201d she said.\n"
    )
    assert direct_speaker(alone, "Avocados are") == "Jan Davis"
    platform = _page("polnear/huff-post/clinton_sanders_platform.txt")  # 'Tim Canova ... Wasserman Schultz ... she said'
    assert direct_speaker(platform, "Do not let the perfect be the enemy of the good") == "Debbie Wasserman Schultz"
    fowler = _page("polnear/politico/dnc_contingency_plan.txt")  # 'Hillary Clinton ... Fowler ... he said'
    assert direct_speaker(fowler, "She better get well") == "Don Fowler"
    stamina = _page("polnear/west-journal/trump_clinton_stamina.txt")  # 'Clinton "caused tremendous havoc ...," he said'
    (havoc,) = [q for q in stamina.quotes if q.kind == "direct" and q.text.startswith("caused tremendous havoc")]
    assert stamina.entities[havoc.speaker_key].name == "Donald Trump"


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
