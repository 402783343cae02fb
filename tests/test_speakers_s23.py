"""Kinds of text round 35 (measured untouched at the start of session 23) showed breaking the
extraction or giving a quote a wrong speaker. One test per rule, on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, reported, reported_speakers
from .extraction_corpus import page as _page


def test_a_subject_the_parser_cuts_to_a_hyphen_does_not_stop_the_article():
    # round 35's tories_archer_door: "its co-chairman has said", parsed with the hyphen of
    # "co-chairman" as the subject, left no word to read the phrase by and failed the whole article
    page = _page("bbcnews/tories_archer_door.txt")
    assert direct_speaker(page, "I don't believe in vindictiveness") == "Liam Fox"


def test_a_hyphened_subject_the_parser_split_reads_as_its_whole_word():
    # tories_archer_door: "its co-chairman has said", "co" and the hyphen both parsed as subjects
    page = _page("bbcnews/tories_archer_door.txt")
    assert reported_speakers(page, "would deal") == ["its co-chairman"]


def test_a_cue_with_a_subject_on_either_side_is_said_by_the_one_before_it():
    # round 35's mars_hoax_email: "Jennie McCormick, education officer at ..., says Stardome, like many
    # other centres, has been fielding calls": the parser gave "says" the reported clause's subject too
    page = _page("abc/mars_hoax_email.txt")
    assert direct_speaker(page, "The email originally dates from the 2003 opposition") == "Jennie McCormick"
    assert direct_speaker(page, "without a telescope it will never look") == "Jennie McCormick"


def test_a_body_s_noun_ending_a_name_the_model_cut_is_no_surname():
    # round 35's us_eu_customs_row: "the US Trade Representative's Office said", no entity for it
    page = _page("bbcnews/us_eu_customs_row.txt")
    assert direct_speaker(page, "early in the EU's process") in {"the US Trade Representative's Office", "US Trade Representative's Office"}


def test_a_mark_closing_a_word_before_a_comma_with_no_quote_open_closes_its_sentence():
    # round 35's us_eu_customs_row: '... said. Lack of uniformity ... businesses", An EU spokesman in
    # Washington dismissed the US complaint.': the copy dropped the opening mark
    page = _page("bbcnews/us_eu_customs_row.txt")
    assert direct_quote(page, "Lack of uniformity").text.startswith("Lack of uniformity")
    assert not [q for q in page.quotes if q.kind == "direct" and "An EU spokesman" in q.text]


def test_a_mark_before_a_bracketed_word_opens_the_quote_s_next_paragraph():
    # round 34's campbell_lions_consultant: '... that will bring. "[Alastair] will act as an advisor'
    page = _page("bbcnews/campbell_lions_consultant.txt")
    assert direct_speaker(page, "[Alastair] will act as an advisor") == "Clive Woodward"
    assert not [q for q in page.quotes if q.kind == "direct" and "Campbell is due" in q.text]


def test_a_name_owning_the_object_of_a_phrase_before_he_is_not_whom_he_stands_for():
    # round 34's russian_spy_hunger_strike: "Commenting on Mr Makarov's case, he said:" is Gordievsky
    page = _page("bbcnews/russian_spy_hunger_strike.txt")
    assert direct_speaker(page, "The British state is not a fat cow") == "Oleg Gordievsky"


def test_revealed_and_observed_cue_a_quote():
    # round 34's fightstar_busted_split: '"This has been a really difficult decision," 19-year-old
    # Simpson revealed, "I hope the fans will understand."'
    page = _page("bbcnews/fightstar_busted_split.txt")
    assert direct_speaker(page, "This has been a really difficult decision") == "Charlie Simpson"
    assert direct_speaker(page, "I hope the fans will understand") == "Charlie Simpson"
    # 'fellow students Ryan Crabbe and Gordon Rennie, who observed, "..."', no longer Helen Clutterbuck's
    assert direct_speaker(page, "Charlie has clearly progressed") == "Gordon Rennie"


def test_a_mark_after_a_word_and_its_comma_with_no_quote_open_closes_its_sentence():
    # iwc_whaling_vote: 'This is historic," says said Rune Frovik, ...', a paragraph opened with no mark
    page = _page("abc/iwc_whaling_vote.txt")
    assert direct_quote(page, "This is historic").text.startswith("This is historic")


def test_a_cue_verb_typed_twice_is_said_by_the_second_s_subject():
    # iwc_whaling_vote: 'This is historic," says said Rune Frovik, secretary of ...'
    page = _page("abc/iwc_whaling_vote.txt")
    assert direct_speaker(page, "This is historic") == "Rune Frovik"
    assert direct_speaker(page, "For the first time in more than two decades") == "Rune Frovik"



def test_a_cue_the_parser_hung_on_the_verb_it_reports_reports_the_words_after_it():
    # round 35's mars_hoax_email: "Jennie McCormick, education officer at ..., says Stardome, like many
    # other centres, has been fielding numerous calls ...", the cue parsed as a parenthesis
    page = _page("abc/mars_hoax_email.txt")
    said = [text for text, _ in reported(page) if "fielding numerous calls" in text]
    assert said and said[0].startswith("Stardome, like many other astronomy education centres")
    assert reported_speakers(page, "fielding numerous calls") == ["Jennie McCormick"]


def test_a_nationality_with_an_age_is_a_person_described():
    # wenger_new_contract: "The 55-year-old Frenchman told Arsenal's website", the model's ORG "Frenchman"
    page = _page("bbcnews/wenger_new_contract.txt")
    assert direct_speaker(page, "My intention has always been clear") == "Arsene Wenger"
