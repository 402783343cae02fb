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


def test_a_name_inside_an_embedded_post_is_no_one_the_storys_next_pronoun_goes_on_with():
    # round 95: '... Alexander Hamilton, Henry Clay, Abraham Lincoln, and TR were all nationalists ... — Rich Lowry
    # (@RichLowry) October 24, 2019', then the editor's '"Removing ads from the paper last minute is not a standard
    # practice ...," she said': the post is read on its own, as a caption is, and the man it names last is not "she"
    lowry = _page("allsides/nyu_paper_pulls_lowry_ad.txt")
    assert direct_speaker(lowry, "Removing ads from the paper last minute") not in {"Abraham Lincoln", "Henry Clay", "Alexander Hamilton"}
