"""Kinds of text that gave the precise sieves of store/nlp/quotes.py (Muzny et al. 2017) a wrong speaker on the
PolNeAR rounds 49-58 (session 37, issue 9). One test per rule kept: a made-up article of the kind, and the real
articles of two rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_who_a_clause_of_condition_or_time_is_about_is_not_who_speaks_next():
    ex = _extract(
        "Race\n\nSen. Carl Webb would beat Hill by more than 5 percentage points, according to polls.\n\nRepublicans"
        " don't seem to take Webb's argument seriously.\n\nOhio Gov. Tom Reed, a Republican presidential contender,"
        " predicted at the most recent GOP debate that Republicans will take \"every state\" if Webb wins the"
        " Democratic nomination.\n\n\"That's not even an issue,\" he said to applause.\n"
    )
    assert direct_speaker(ex, "not even an issue") == "Tom Reed"
    kasich = _page("polnear/usa-today/republicans_promote_sanders.txt")  # "... if Sanders wins the Democratic nomination."
    assert direct_speaker(kasich, "That's not even an issue") == "John Kasich"
    debate = _page("polnear/nyt/republicans_lower_volume_debate.txt")  # "When Mr. Trump tried to defend ..., Mr. Kasich forcefully differed."
    assert direct_speaker(debate, "the Chinese government butchered those kids") == "John Kasich"


def test_one_who_shoots_back_answers_in_words():
    ex = _extract(
        "Rally\n\n\u201cLook at all these people here,\u201d Ann Lee said with a smirk, looking over at Tom Reed.\n\n"
        "\u201cThey are all here for the free food,\u201d Reed shot back with a laugh.\n\n"
        "Later Reed fired back: \u201cShe never liked a crowd anyway.\u201d\n"
    )
    assert direct_speaker(ex, "free food") == "Tom Reed"
    assert direct_speaker(ex, "liked a crowd") == "Tom Reed"
    friends = _page("polnear/huff-post/unlikely_friendship.txt")  # '"...," Bennett shot back with a laugh.'
    assert direct_speaker(friends, "free stuff") == "Jim Bennett"
    bill = _page("polnear/breitbart/bill_clinton_turns_70.txt")  # 'Hillary shot back, "I suppose I could have ..."'
    assert direct_speaker(bill, "bake cookies") == "Hillary Clinton"
