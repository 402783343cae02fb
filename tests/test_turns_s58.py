"""Kinds of text whose cue or turn pointed a direct quote at the wrong mention (session 58, issue 9, s58-turns). One
test per rule kept, on the real article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import page as _page


def test_a_verb_of_judging_or_pressing_right_after_a_quote_is_its_cue():
    # round 98 (gabbard_defends_present_vote): '"It's beyond anything ...," said House Judiciary Committee Democrat
    # Steve Cohen. // "Whenever we have a vote, we should vote yes and we should vote no," Representative Alexandria
    # Ocasio-Cortez criticized.': "criticized" was read as no cue, and Cohen carried on into her words
    gabbard = _page("allsides/gabbard_defends_present_vote.txt")
    assert direct_speaker(gabbard, "Whenever we have a vote") == "Alexandria Ocasio-Cortez"
    assert direct_speaker(gabbard, "To not take a stand") == "Alexandria Ocasio-Cortez"


def test_a_verb_that_cues_only_the_quote_before_it_leads_in_to_no_title_after_it():
    # round 6 (aeb indiewire_wild_rose): 'filmmaker Charlie McDowell ("The Discovery," "The One I Love"), also
    # remembers it as a trying time': a film's title before "remembers" is no quote of his ("remember" stays out)
    rose = _page("aeb/indiewire_wild_rose.txt")
    assert not [q for q in rose.quotes if q.kind == "direct" and "The One I Love" in q.text]


def test_a_participle_after_a_speech_aside_goes_on_with_the_one_the_aside_names():
    # round 98 (governors_split_reopening_plan): 'Widespread testing will require supplies and hospital capacity that
    # the state doesn't have, he said, accusing Trump of "passing the buck without passing the bucks."': the parser
    # hung "accusing" on "require"; the aside "he said" (Cuomo) accuses, not the testing
    governors = _page("allsides/governors_split_reopening_plan.txt")
    assert direct_speaker(governors, "passing the buck") == "Andrew Cuomo"


def test_a_participle_after_a_for_to_clause_goes_with_the_main_verb():
    # round 98 (gabbard_defends_present_vote): 'Gabbard pushed instead for Congress to take up a resolution she
    # introduced this week to censure the president, insisting such a rebuke would "strong message to this president
    # ..."': Gabbard insists; "for Congress to" names who is to act
    gabbard = _page("allsides/gabbard_defends_present_vote.txt")
    assert direct_speaker(gabbard, "strong message to this president") == "Tulsi Gabbard"


def test_a_thing_that_confirms_inside_a_report_speaks_no_words():
    # round 99 (reid_hate_and_bigotry): 'retiring Sen. Harry Reid unleashed fury on Donald Trump and the country
    # Friday, saying his election confirms the ascendance of "hate and bigotry in America."': an election says nothing;
    # Reid, who reports it, does
    reid = _page("allsides/reid_hate_and_bigotry.txt")
    assert direct_speaker(reid, "hate and bigotry in America") == "Harry Reid"


def test_a_cue_after_an_asked_aside_is_the_subjects():
    # round 98 (trump_coronavirus_july_august): '..., the president, asked how he grades himself in handling this crisis
    # on a scale of 1 to 10, said, "I'd rate it a 10."': the parser made "asked" the main verb and left "said" no
    # subject, so the last speaker (Giroir) carried on; now the cue's own subject, "the president", speaks (which of
    # the article's people that is, is the second stage's: it takes Birx, "a leading member of the vice president's
    # Coronavirus Task Force", today)
    trump = _page("allsides/trump_coronavirus_july_august.txt")
    rate = direct_quote(trump, "I'd rate it a 10")
    assert (rate.sieve, rate.cue) == ("cue before", "said")


def test_a_quote_in_an_objections_that_clause_is_the_objectors():
    # round 99 (trump_pushes_memo_release): 'In response to the FBI's objections that it has "grave concerns" about
    # the GOP memo, House Intelligence Committee Chairman Devin Nunes says ...': the FBI objects in those words; Nunes
    # answers them (as the FBI says it has "grave concerns" in the article's first paragraph)
    memo = _page("allsides/trump_pushes_memo_release.txt")
    grave = [q for q in memo.quotes if q.kind == "direct" and q.text.startswith("grave concerns")]
    assert len(grave) == 2
    assert {memo.entities[q.speaker_key].name if q.speaker_key else q.speaker for q in grave} == {"FBI"}


def test_a_named_someones_document_inside_a_report_still_speaks_for_them():
    # round 91 (lgbtq_advocates_fear_kavanaugh): 'Sharon McGowan ... noted that Kavanaugh's dissent said his colleagues
    # were creating "a new right" for the teen': a dissent its author owns by name speaks for him, unlike a thing
    lgbtq = _page("allsides/lgbtq_advocates_fear_kavanaugh.txt")
    # (since s59-turns the named owner himself, as the gold also accepts: "Kavanaugh's dissent" or "Brett Kavanaugh")
    assert direct_quote(lgbtq, "a new right").speaker in {"Kavanaugh\u2019s dissent", "Brett Kavanaugh"}
