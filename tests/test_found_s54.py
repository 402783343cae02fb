"""Session 54, direct quotes found (branch s54-found): a phrase in marks inside what a naming verb called its object,
inside the that-clause of a noun of someone's words, inside a long object presented "as" something, after a verb of
rebuke, inside the clause "pointed out" reports, and a phrase whose words after a comma the parser hung elsewhere.
Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page


def test_a_phrase_inside_what_a_naming_verb_called_its_object_is_the_namers():
    # round 92's house_vote_pro_act_unions: 'Republican Kevin Hern of Oklahoma, ..., has called the bill an attempt to
    # "rewrite our country's labor laws in order to strengthen ..."'
    assert direct_speaker(page("allsides/house_vote_pro_act_unions.txt"), "rewrite our country") == "Kevin Hern"


def test_a_phrase_in_the_that_clause_of_someones_words_is_theirs():
    # round 92's states_retreat_virus_cases_high: 'Pence gave assurances that the U.S. is "in a much better place"'
    assert direct_speaker(page("allsides/states_retreat_virus_cases_high.txt"), "in a much better place") == "Mike Pence"
    # round 92's trump_border_wall_without_congress: 'shrugged off Mr. Trump's comments in a tweet earlier Thursday
    # that they were "wasting their time,"'
    assert direct_speaker(page("allsides/trump_border_wall_without_congress.txt"), "wasting their time") == "Trump"


def test_a_phrase_a_long_object_is_presented_as_is_the_presenters():
    # round 92's obama_rocky_second_term: 'Carney criticized the continuing GOP focus on the administration's response
    # in the immediate aftermath of the Benghazi attack last September 11 as a "sideshow that's driven ..."'
    assert direct_speaker(page("allsides/obama_rocky_second_term.txt"), "sideshow that") == "Jay Carney"


def test_a_phrase_a_rebuke_is_made_on_is_the_rebukers():
    # round 91's trump_physical_results_release: 'David Axelrod rapped Clinton Monday on her "penchant for privacy."'
    assert direct_speaker(page("allsides/trump_physical_results_release.txt"), "penchant for privacy") == "David Axelrod"


def test_a_phrase_in_the_clause_pointed_out_is_the_pointers():
    # round 92's walker_endorses_cruz: 'Cruz pointed out Walker's fight with public-sector unions "inspired people all
    # over the country" and triggered a recall election'
    assert direct_speaker(page("allsides/walker_endorses_cruz.txt"), "inspired people all over the country") == "Ted Cruz"


def test_a_phrase_with_a_comma_is_read_by_its_words_before_it():
    # round 91's biden_sanders_task_forces_unity: 'Biden thanked Sanders for "working together to unite our party, and
    # deliver real, lasting change for generations to come."'
    assert direct_speaker(page("allsides/biden_sanders_task_forces_unity.txt"), "working together to unite") == "Joe Biden"
