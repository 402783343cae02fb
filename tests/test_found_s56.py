"""Session 56, direct quotes found (branch s56-found): a phrase in the clause of a speech verb whose subject is a
relative pronoun ("who", "which"), a document's or a measure's wording quoted under a verb that is no speech verb,
and a phrase that is all the predicate of the sentence right after a cued quote. Facts of real pages of the gold
rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page


def test_a_phrase_under_the_speech_verb_of_a_who_describing_a_name_is_the_names():
    # round 95's conway_hatch_act_firing: 'Conway's husband, Republican lawyer George Conway, is a vociferous Trump
    # critic who has called for impeachment and said Trump is "mentally unwell."'
    assert direct_speaker(page("allsides/conway_hatch_act_firing.txt"), "mentally unwell") == "George Conway"


def test_a_phrase_under_the_speech_verb_of_a_which_is_the_reported_statements():
    # round 95's idaho_anti_trans_laws: 'in direct violation of a 2018 court order which said the state cannot
    # "automatically and categorically" prevent trans people from updating their birth documents'
    assert "court order" in str(direct_speaker(page("allsides/idaho_anti_trans_laws.txt"), "automatically and categorically"))
    # round 69's press_trust_reuters_poll: 'The percentage of those who said they had "hardly any" rose': a poll's
    # answer, no one's quote
    assert not [q for q in page("allsides/press_trust_reuters_poll.txt").quotes if q.kind == "direct" and "hardly any" in q.text]


def test_a_documents_wording_under_a_verb_of_what_it_does_is_the_documents():
    # round 88's democrats_obamacare_defense_2014: 'That document provides "a list of district training sessions and
    # relevant federal contact information."'
    speaker = direct_speaker(page("allsides/democrats_obamacare_defense_2014.txt"), "a list of district training sessions")
    assert "document" in str(speaker)


def test_a_phrase_that_is_the_predicate_of_the_sentence_after_a_cued_quote_goes_on_with_its_speaker():
    # round 95's trump_guidelines_lift_restrictions: '"We were not asked," Bobb said in an email. It was "just
    # announced."'
    assert direct_speaker(page("allsides/trump_guidelines_lift_restrictions.txt"), "just announced") == "Carolyn Bobb"
    # round 95's obamacare_employer_mandate_delay: '"We commend the administration's wise move," said Neil Trautwein,
    # a vice president of the National Retail Federation. It "will provide employers and businesses more time ..."'
    speaker = direct_speaker(page("allsides/obamacare_employer_mandate_delay.txt"), "will provide employers and businesses")
    assert speaker == "Neil Trautwein"
