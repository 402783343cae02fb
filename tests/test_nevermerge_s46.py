"""Round 76's never-merge break (session 46, s46-merges), on the real page it fixes: a state's chamber written "State
Senate" is no form of "the Senate", the nation's chamber the word alone names (merge._a_states_chamber)."""

from __future__ import annotations

from .extraction_corpus import named_apart, page


def test_a_states_chamber_by_the_word_state_is_not_the_nations():
    # round 76: Weld's "appointment as the envoy to Mexico blocked in the Senate" beside "a former Republican minority
    # leader of the State Senate"
    assert named_apart(page("allsides/romney_governor_often_away.txt"), "Senate", "State Senate")
