"""Kinds of text that left a direct quote of store/nlp/quotes.py with no speaker, or with the wrong one through the
`continued` sieve, on the PolNeAR rounds 49-60 (session 38, issue 9). One test per rule kept: a made-up article of
the kind, and real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_digest_paragraph_quotes_the_source_its_brackets_credit():
    ex = _extract(
        "Morning Briefing\n\nTOP STORIES.\n\nFLOODS CLOSE THE RIVER ROAD \u201cThe water rose faster than anyone in the"
        " valley could remember, and by noon the road was gone.\u201d Crews expect to reopen it Friday. [Dan Moss,"
        " Valley Herald]\n\nMARKETS SLIP AGAIN \u201cInvestors sold shares of every kind on Tuesday as the worries about"
        " rates spread.\u201d [Reuters.]\n\nA PARK TURNS 100 Residents gathered to mark the day. [Alice Park]\n"
    )
    assert direct_speaker(ex, "The water rose faster") == "Dan Moss"
    assert direct_speaker(ex, "Investors sold shares") == "Reuters"
    sotu = _page("polnear/huff-post/morning_email_sotu.txt")  # round 53: '... ." [WaPo.]', '... ." [Mother Jones.]'
    assert direct_speaker(sotu, "China\u2019s economic slowdown") == "WaPo"
    assert direct_speaker(sotu, "But either way, I won\u2019t have to die") == "Mother Jones"
    assert direct_speaker(sotu, "Syrian roots") != "Reuters"  # quoted by a cue of its own: 'Erdogan said ... had "Syrian roots."'
    dnc = _page("polnear/huff-post/morning_email_putin_dnc.txt")  # round 60: '[WSJ | Paywall]', '[Will Fitzgibbon, The International ...]'
    assert direct_speaker(dnc, "In less than two weeks, Western Europe") == "WSJ"
    assert direct_speaker(dnc, "The cross-border bribery scandal") == "Will Fitzgibbon"
    polls = _page("polnear/huff-post/huffpollster_indiana.txt")  # round 57: '... ." [Pew.]'
    assert direct_speaker(polls, "All the samples evaluated") == "Pew"


def test_a_label_or_a_time_in_brackets_credits_no_one():
    ex = _extract(
        "Speech\n\nThe senator spoke for an hour in Ohio on Monday.\n\n\u201cWe will build the new bridge over the river"
        " before the winter comes,\u201d was the line the crowd cheered loudest. [10:29.]\n"
    )
    assert direct_quote(ex, "We will build the new bridge").speaker != "10"


def test_a_pull_quote_is_the_words_of_who_says_them_in_the_body():
    ex = _extract(
        "Budget\n\nThe council met on Monday to vote on the budget for the coming year.\n\n\"We cannot keep cutting the"
        " parks and the libraries every single year and expect the town to thrive.\n\nThe vote was close. \u201cIt is"
        " a hard year,\u201d said Mary Olsen, who chairs the finance committee. \u201cWe cannot keep cutting the parks"
        " and the libraries every single year and expect the town to thrive.\u201d\n"
    )
    both = [q for q in ex.quotes if q.kind == "direct" and "We cannot keep cutting the parks" in q.text]
    assert len(both) == 2 and {q.speaker for q in both} == {"Mary Olsen"}
    backfire = _page("polnear/huff-post/clinton_attacks_backfire.txt")  # round 60: Josh Bivens's words, set apart earlier
    bivens = [q for q in backfire.quotes if q.kind == "direct" and "We are going to enter the next recession" in q.text]
    assert len(bivens) == 2 and {backfire.entities[q.speaker_key].name for q in bivens} == {"Josh Bivens"}
    populist = _page("polnear/huff-post/clinton_populist_speech.txt")  # round 57: Charles Chamberlain's statement, set apart earlier
    chamberlain = [q for q in populist.quotes if q.kind == "direct" and "now more important than ever" in q.text]
    assert len(chamberlain) == 2 and all(q.speaker_key and "Chamberlain" in populist.entities[q.speaker_key].name for q in chamberlain)


def test_the_quoted_paragraphs_after_an_excerpts_by_line_are_its_writers():
    ex = _extract(
        "Editor Says Budget Fight Is Theater\n\nFrom Walter Briggs writing at The Daily Ledger:\n\n\"The budget fight in"
        " the capital this week was theater from the first act to the last, and everyone in the room knew it.\n\n\"The"
        " governor played his part, the speaker played hers, and the voters paid for the tickets as they always do.\n\n"
        "Read the rest of the story at The Daily Ledger.\n"
    )
    assert direct_speaker(ex, "The budget fight in the capital") in {"Walter Briggs", "The Daily Ledger", "Daily Ledger"}
    assert direct_speaker(ex, "The governor played his part") == direct_speaker(ex, "The budget fight in the capital")
    kelly = _page("polnear/breitbart/nypost_kelly_kardashian.txt")  # round 55: 'From Andrea Peyser writing at The New York Post:'
    assert direct_speaker(kelly, "Rising to the A-list") == "New York Post"
    assert direct_speaker(kelly, "At the first Republican candidates") == "New York Post"
    scott = _page("polnear/breitbart/darrell_scott_aberration.txt")  # round 58: 'From Josh Feldman writing at Mediaite:'
    assert direct_speaker(scott, "A CNN segment tonight") == "Mediaite"
