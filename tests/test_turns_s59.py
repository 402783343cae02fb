"""Kinds of text whose cue pointed a direct quote at the wrong mention, or found no cue at all (session 59, issue 9,
s59-turns). One test per rule kept, on the real article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import page as _page


def test_a_participle_after_a_named_owners_document_passed_on_is_the_owners():
    # round 101 (cdc_employee_donations): 'Trump also retweeted conservative television personality Chuck Woolery's
    # tweet Monday claiming that "Everyone is lying" about coronavirus': the tweet's words are Woolery's, not the
    # retweeter's (the parser hung "claiming" on "retweeted")
    cdc = _page("allsides/cdc_employee_donations.txt")
    assert direct_speaker(cdc, "Everyone is lying") == "Chuck Woolery"
    # round 80 (horowitz_no_vindication): 'Attorney General William Barr blasted Horowitz's report, telling NBC News
    # that "I think our nation was turned on its head ..."': a report judged, not passed on; the telling is Barr's
    horowitz = _page("allsides/horowitz_no_vindication.txt")
    assert direct_speaker(horowitz, "turned on its head") == "William Barr"


def test_words_on_a_thing_someone_shows_are_the_shower_s():
    # round 101 (nba_free_speech_china): 'Morey tweeted a now-deleted image that read: "Fight for Freedom. Stand with
    # Hong Kong,"': an image says nothing of its own; the one who tweets it does (as round 77's families "carried
    # signs that read")
    nba = _page("allsides/nba_free_speech_china.txt")
    assert direct_speaker(nba, "Fight for Freedom") == "Daryl Morey"


def test_a_read_the_tagger_took_for_a_noun_is_a_cue():
    # round 100 (johnson_intensive_care): 'A No 10 statement read: "The prime minister has been under the care of
    # doctors ...': the tagger read "read" as a noun, so no cue led in and the quote went to the man it is about;
    # round 79 (may_day_virus_worries): 'Nurse anesthetist Benjamin Salazar held up a sign that read, "Stay home. ..."'
    johnson = _page("allsides/johnson_intensive_care.txt")
    care = direct_quote(johnson, "has been under the care of doctors")
    assert (care.sieve, care.cue) == ("cue before", "read")
    assert "statement" in care.speaker
    may_day = _page("allsides/may_day_virus_worries.txt")
    assert direct_speaker(may_day, "Stay home") == "Benjamin Salazar"


def test_the_subject_the_parser_hung_on_an_asked_aside_answers():
    # round 101 (pompeo_hong_kong_not_autonomous): 'Trump, asked about the possible sanctions at the White House on
    # Tuesday, said his administration is "doing something now" that he would unveil later in the week': the parser
    # made Trump the subject of "asked" and left "said" none, so the phrase was no one's
    pompeo = _page("allsides/pompeo_hong_kong_not_autonomous.txt")
    assert direct_speaker(pompeo, "doing something now") == "Donald Trump"


def test_a_phrase_after_a_naming_verb_and_its_object_is_the_namers():
    # round 101 (mcconnell_state_of_union_unify): 'He called Mr. Obama's tax plan, which would raise taxes on the
    # wealthy ..., a "warmed-over proposal."'; (sessions_warns_rosenstein_firing) 'an investigation he has dubbed an
    # unmerited "witch hunt."': the parser hung the phrase on the object, or made it a clause of its own
    mcconnell = _page("allsides/mcconnell_state_of_union_unify.txt")
    assert direct_speaker(mcconnell, "warmed-over proposal") == "Mitch McConnell"
    sessions = _page("allsides/sessions_warns_rosenstein_firing.txt")
    assert direct_quote(sessions, "witch hunt").cue == "dubbed"
    # (not 'the so-called Steele dossier, ..., "had no impact"' (round 80 horowitz_no_vindication): an adjective)
    horowitz = _page("allsides/horowitz_no_vindication.txt")
    assert not [q for q in horowitz.quotes if q.kind == "direct" and "had no impact" in q.text and q.cue == "called"]


def test_a_named_owners_plan_speaks_his_words():
    # round 101 (biden_climate_plan_two_trillion): 'Mr. Biden's plan calls for a "carbon pollution-free power sector by
    # 2035,"': the plan is his, and its words are (as "Kavanaugh's dissent said", round 91)
    biden = _page("allsides/biden_climate_plan_two_trillion.txt")
    assert direct_speaker(biden, "carbon pollution-free power sector") == "Joseph R. Biden"


def test_a_relative_that_the_parser_left_loose_stands_for_the_noun_before_it():
    # round 101 (drug_czar_office_cuts): 'The ONDCP website ... was replaced when Trump took office with a message that
    # says, "Check back soon for more information."': the parser made "says" a clause of the quote's, and the
    # speaker stayed the bare word "that"
    drug_czar = _page("allsides/drug_czar_office_cuts.txt")
    assert direct_quote(drug_czar, "Check back soon").speaker == "a message"
