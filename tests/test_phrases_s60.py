"""Phrases in marks inside the writer's own sentence that the program did not find as anyone's direct quote, for want of
the subject of the verb that gives them (session 60, issue 9, s60-phrases). One test per rule kept, on the real article of
the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_a_gerund_after_a_preposition_on_a_verb_with_no_object_is_that_verbs_subjects_act():
    # round 103 (trump_assails_drug_prices): 'Trump campaigned on lowering prescription drug prices ahead of the 2016
    # presidential election, even accusing drugmakers of "getting away with murder."': "accusing" hangs on "lowering",
    # which hangs on "campaigned on"; with no subject found for the accusation the phrase was no one's and dropped
    drugs = _page("allsides/trump_assails_drug_prices.txt")
    assert direct_speaker(drugs, "getting away with murder") == "Donald Trump"
    # round 103 (trump_rally_immigration_softening): '... and on Wednesday night was back to attacking the media for
    # "pushing amnesty."': the preposition hangs on "back", which hangs on "was"
    rally = _page("allsides/trump_rally_immigration_softening.txt")
    assert direct_speaker(rally, "pushing amnesty") == "Donald Trump"


def test_it_may_be_the_body_that_calls_something_so():
    # round 98 (dnc_email_scandal_philly): 'The Democratic National Committee is offering its "deep and sincere apology"
    # to Bernie Sanders, ... for what it calls "the inexcusable remarks made over email."': a naming verb's subject
    # "it" was taken for no one, so the phrase was dropped as a name
    dnc = _page("allsides/dnc_email_scandal_philly.txt")
    assert direct_speaker(dnc, "the inexcusable remarks made over email") == "Democratic National Committee"
    # round 80 (insurers_aca_profit_struggle): 'It calls its newly hired customer-service staffers "service advocates."'
    insurers = _page("allsides/insurers_aca_profit_struggle.txt")
    assert direct_speaker(insurers, "service advocates") == "Aetna Inc"
