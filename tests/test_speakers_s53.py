"""Kinds of text that gave a found direct quote the wrong speaker (session 53, issue 9, s53-speakers): a speaker that
cannot speak (a thing, a relative clause's noun) or one taken from another clause. One test per rule kept, on the real
article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, reported
from .extraction_corpus import page as _page


def test_the_object_of_a_clause_with_its_own_subject_is_who_the_pronoun_after_it_may_be():
    # round 90: 'When she tried to explain the camps to Mr. Trump, he appeared ignorant of the situation and simply
    # said, "That's tough stuff."': the one she spoke to is "he", not a name further back
    china = _page("allsides/congress_trump_human_rights_china.txt")
    assert direct_speaker(china, "tough stuff") == "Trump"


def test_a_speech_verb_in_a_clause_set_against_the_quote_is_no_cue_of_it():
    # round 90: 'Mr. Trump said Monday that the U.S. "will soon be open for business," even as public health officials
    # warned Americans should be prepared to continue social distancing': the officials' warning is their own statement
    shutdown = _page("allsides/trump_not_built_shut_down.txt")
    assert direct_speaker(shutdown, "will soon be open for business") == "Trump"


def test_a_noun_whose_owns_is_no_subject_of_the_main_verb():
    # round 90: 'Neil Bruntrager, an attorney for Darren Wilson, the officer who shot and killed Brown and whose
    # resignation from the force became public yesterday, told The Associated Press that ... because "the information
    # we had was ..."': the parser gave "became" two subjects; the one "whose" owns is the relative clause's
    ferguson = _page("allsides/ferguson_mayor_recruit_minorities.txt")
    assert direct_speaker(ferguson, "the information we had") == "Neil Bruntrager"
    # (a relative clause's own verb keeps it: 'a boy named Genaro, whose numerous health issues have added a huge
    # financial strain' is no one who speaks, and "she" after it is still the mother, round 84)
    rent = _page("allsides/rent_strike_tenants_landlords.txt")
    assert direct_speaker(rent, "I'm having to choose whether I pay my rent") == "Kenia Alcocer"


def test_a_document_something_brought_about_says_its_own_words():
    # round 90: 'Those efforts have already sparked a Republican lawsuit alleging that the president ... is building an
    # "imperial presidency."': what sparked a lawsuit wrote none of it; the lawsuit alleges
    obama = _page("allsides/obama_delays_immigration_action.txt")
    assert "lawsuit" in (direct_speaker(obama, "imperial presidency") or "")


def test_a_name_set_beside_a_role_with_a_dotted_place_is_a_person():
    # round 90: 'Nikki Haley, the U.S. ambassador to the United Nations, caused a stir ... She said on CBS's "Face the
    # Nation" that "you will see ..."': the model took her for an organisation; "the U.S. ambassador" says she is a
    # person, whom "she" stands for, not the press secretary named a paragraph before
    russia = _page("allsides/russia_sanctions_near_future.txt")
    assert direct_speaker(russia, "you will see that Russian sanctions") == "Nikki Haley"


def test_which_on_a_reported_clause_says_what_the_reporter_says():
    # round 86: 'Gallup also noted that "Americans' trust in the media ... has dropped slightly in election years,"
    # which suggests "that something about national elections triggers skepticism ..."': both Gallup's
    gallup = _page("allsides/gallup_media_trust_60_percent.txt")
    assert direct_speaker(gallup, "dropped slightly in election years") == "Gallup"
    assert direct_speaker(gallup, "something about national elections") == "Gallup"


def test_a_reported_clause_ends_where_a_statement_set_against_it_begins():
    # round 83: 'Prosecutors said Slager committed second-degree murder, while the defense claimed his offense was,
    # at most, voluntary manslaughter': two statements, the prosecutors' ending at "while"
    slager = _page("allsides/slager_sentenced_20_years.txt")
    assert "Slager committed second-degree murder" in [text for text, _ in reported(slager)]
    # (a reason is part of what is reported: 'Sekulow said no witnesses were needed because the House managers said
    # they already had overwhelming evidence', round 83)
    collins = _page("allsides/collins_romney_want_witnesses.txt")
    assert any(text.endswith("overwhelming evidence to prove their case") for text, _ in reported(collins))
    # (nor one that leads the reported clause: 'tells NPR that while officials said they haven't seen proof of
    # collusion — "..."', round 70)
    russia = _page("allsides/trump_campaign_russia_calls.txt")
    assert any(text.startswith("while officials said") for text, _ in reported(russia))
