"""Kinds of text that gave a direct quote the wrong speaker on the Dragnet rounds 63-64 (session 40, issue 9). One
test per rule kept: a made-up text of the kind, and real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_description_ends_before_the_site_it_wrote_on():
    ex = _extract(
        "Verdict\n\nThe court sentenced the former mayor to ten years on Friday.\n\n\u201cJustice was not done"
        " today,\u201d wrote one user on the country\u2019s biggest microblog.\n"
    )
    # the site names where the words stand, not whose they are: the speaker is "one user"
    assert direct_speaker(ex, "Justice was not done") == "one user"
    pyramids = _page("dragnet/pyramids_rumour.txt")  # round 63: 'One posting on a blog called American Thinker said'
    assert direct_speaker(pyramids, "It should surprise no one") == "One posting"
    heywood = _page("dragnet/heywood_trial.txt")  # round 63: 'wrote one user on Sina’s Weibo microblog'
    assert direct_speaker(heywood, "Lord Bao temple") == "one user"
    leave = _page("polnear/wash-post/trump_leave_plan.txt")  # round 50: "A document on the Trump campaign's website states"
    assert direct_speaker(leave, "recognized under state law") == "A document"

