"""Merges and never-merge breaks of session 54 (s54-merges), each on the real sentence shape it fixes: a poster's
name the model runs on over "on Facebook" is the poster's, the platform a body of its own
(model_spans._PAST_THE_NAME)."""

from __future__ import annotations

from .extraction_corpus import named_apart, page


def test_a_poster_on_a_platform_is_not_the_platform():
    # round 92: '"... before the weekend," read a post from NorthShore Dock on Facebook.'
    assert named_apart(page("allsides/whitmer_husband_boat_request.txt"), "NorthShore Dock", "Facebook")

