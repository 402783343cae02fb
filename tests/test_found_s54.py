"""Session 54, direct quotes found (branch s54-found): a phrase in marks inside what a naming verb called its object,
inside a long object presented "as" something, after a verb of rebuke.
Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page


def test_a_phrase_inside_what_a_naming_verb_called_its_object_is_the_namers():
    # round 92's house_vote_pro_act_unions: 'Republican Kevin Hern of Oklahoma, ..., has called the bill an attempt to
    # "rewrite our country's labor laws in order to strengthen ..."'
    assert direct_speaker(page("allsides/house_vote_pro_act_unions.txt"), "rewrite our country") == "Kevin Hern"


def test_a_phrase_a_long_object_is_presented_as_is_the_presenters():
    # round 92's obama_rocky_second_term: 'Carney criticized the continuing GOP focus on the administration's response
    # in the immediate aftermath of the Benghazi attack last September 11 as a "sideshow that's driven ..."'
    assert direct_speaker(page("allsides/obama_rocky_second_term.txt"), "sideshow that") == "Jay Carney"


def test_a_phrase_a_rebuke_is_made_on_is_the_rebukers():
    # round 91's trump_physical_results_release: 'David Axelrod rapped Clinton Monday on her "penchant for privacy."'
    assert direct_speaker(page("allsides/trump_physical_results_release.txt"), "penchant for privacy") == "David Axelrod"