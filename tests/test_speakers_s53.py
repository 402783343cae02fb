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


def test_a_reported_clause_ends_where_a_statement_set_against_it_begins():
    # round 83: 'Prosecutors said Slager committed second-degree murder, while the defense claimed his offense was,
    # at most, voluntary manslaughter': two statements, the prosecutors' ending at "while"
    slager = _page("allsides/slager_sentenced_20_years.txt")
    assert "Slager committed second-degree murder" in [text for text, _ in reported(slager)]
    # (a reason is part of what is reported: 'Sekulow said no witnesses were needed because the House managers said
    # they already had overwhelming evidence', round 83)
    collins = _page("allsides/collins_romney_want_witnesses.txt")
    assert any(text.endswith("overwhelming evidence to prove their case") for text, _ in reported(collins))
