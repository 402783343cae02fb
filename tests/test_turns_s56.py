"""Kinds of text whose cue pointed a found direct quote at the wrong mention (session 56, issue 9, s56-turns): the one
told taken for the teller, a name inside the quote taken for its speaker, a name inside an embedded post taken for
whom the story's next pronoun goes on with. One test per rule kept, on the real article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_a_video_captions_name_before_its_colon_says_the_quote():
    # round 95: 'Media playback is unsupported on your device Media caption Nato Secretary-General Anders Fogh Rasmussen:
    # "Putin wants protracted, frozen conflicts in the neighbourhood"': the BBC's player label runs into the caption, so
    # the name before the colon opens no paragraph; the parser's subject of the run-on line was the player's "playback"
    sanctions = _page("allsides/eu_us_tighter_russia_sanctions.txt")
    assert direct_speaker(sanctions, "Putin wants protracted") == "Anders Fogh Rasmussen"


def test_the_one_told_in_a_passive_is_not_the_teller():
    # round 95: 'Trump was told "the economy will look very different and operations will look very different," one
    # participant said.': the passive "told" names who heard the words; the cue after the quote names who said them
    guidelines = _page("allsides/trump_guidelines_lift_restrictions.txt")
    assert direct_speaker(guidelines, "the economy will look very different") == "one participant"

