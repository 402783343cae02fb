"""Kinds of text rounds 32-33 showed losing a direct quote or giving it a wrong speaker (session
22), and how the benchmark reads a titled speaker. One test per rule: on a short article written
for it, and on the real page where it occurs."""

from __future__ import annotations

from bench.extraction_quality import right_speaker

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_leading_title_on_either_side_is_no_other_speaker():
    # round 32's hefce_student_inequality: the program's `Howard Newby` is the gold's `Sir Howard Newby`
    assert right_speaker({"speaker": ["Sir Howard Newby", "Sir Howard"]}, "Howard Newby", set())
    assert right_speaker({"speaker": ["Howard Newby"]}, "Sir Howard Newby", set())
    assert right_speaker({"speaker": ["Tony Blair", "Mr Blair"]}, "Blair", set())
    # an all-title speaker stays whole, and a title never makes another person right
    assert not right_speaker({"speaker": ["Sir Howard Newby"]}, "Sir", set())
    assert not right_speaker({"speaker": ["Prime Minister Tony Blair"]}, "Prime Minister", set())
    assert not right_speaker({"speaker": ["Mr Blair"]}, "Mr Brown", set())


def test_a_phrase_a_named_body_branded_in_the_passive_is_the_body_s():
    ex = _extract(
        "Plan attacked\n\n"
        "Plans to close the rural hospital have been branded \"short-sighted and cruel\" by the Country Party.\n"
    )
    assert direct_speaker(ex, "short-sighted and cruel") == "Country Party"
    page = _page("bbcnews/nuclear_waste_dumpsite.txt")
    assert direct_speaker(page, "deeply irresponsible") == "Liberal Democrats"


def test_a_phrase_lauded_as_is_read_by_its_words_before_a_comma():
    ex = _extract(
        "Fossil find\n\n"
        "The find was lauded last year by biologist Professor Jane Roe as \"the best fossil of the decade, if not"
        " of the century\".\n"
    )
    assert direct_speaker(ex, "the best fossil of the decade") == "Jane Roe"
    page = _page("abc/nobel_cosmic_ripples.txt")
    assert direct_speaker(page, "the greatest discovery of the century") == "Stephen Hawking"


def test_a_phrase_hanging_from_a_phrase_someone_called_something_is_theirs_too():
    ex = _extract(
        "Profits up\n\n"
        "Chief executive Tom Hale called the year a \"record success\" that brought \"strong growth\" for the firm.\n"
    )
    assert direct_speaker(ex, "strong growth") == "Tom Hale"
    page = _page("bbcnews/ebay_profit_shares.txt")
    assert direct_speaker(page, "tremendous momentum") == "Meg Whitman"


def test_a_club_with_a_plural_verb_and_a_club_before_a_player_s_role_are_no_one_who_speaks():
    page = _page("bbcnews/stuart_joins_norwich.txt")
    assert direct_speaker(page, "It was a very easy decision to make") == "Graham Stuart"
    assert direct_speaker(page, "The attraction for me was to continue") == "Graham Stuart"
    # a subject of more than the name is no club: 'Knight and drum 'n' bass star Roni Size have released'
    page = _page("bbcnews/knight_anti_gun.txt")
    assert direct_speaker(page, "Over the last 10 years, I have seen a lot") == "Roni Size"


def test_a_people_s_adjective_before_a_body_is_no_body_that_speaks():
    ex = _extract(
        "Club in trouble\n\n"
        "Italian football club and former champion Calcio Vesta has warned it will go bust if talks fail.\n\n"
        "The company's shares fell after it said it had \"run out of cash to pay its players\".\n"
    )
    assert direct_speaker(ex, "run out of cash") == "Calcio Vesta"
    page = _page("bbcnews/dortmund_near_bust.txt")
    # (the entity's name is the merges' business: the speaker is the entity that holds the club's name)
    quote = direct_quote(page, "entered a life-threatening profitability")
    assert "Borussia Dortmund" in page.entities[quote.speaker_key].aliases


def test_a_parenthesis_between_dashes_is_no_subject_of_the_cue():
    ex = _extract(
        "Car launch\n\n"
        "Mr Roe - himself a former engineer at rival Fiat - said the car was the firm's \"most daring design yet\".\n"
    )
    assert direct_speaker(ex, "most daring design yet") == "Roe"
    page = _page("bbcnews/aston_vantage_launch.txt")
    assert direct_speaker(page, "most affordable car ever") == "Ulrich Bez"


def test_a_phrase_joined_to_another_is_as_near_the_verb_whose_clause_holds_both():
    ex = _extract(
        "Pets and health\n\n"
        "Jane Roe says while some pets act as sort of \"furry doctors\" or the \"loyal companion\" they can"
        " also be a burden on their owners.\n"
    )
    assert direct_speaker(ex, "loyal companion") == "Jane Roe"
    page = _page("abc/imaginary_friends.txt")
    assert direct_speaker(page, "perfect playmate") == "Louise Newman"


def test_a_phrase_in_a_reported_clause_is_the_reporter_s_whatever_follows_the_clause():
    ex = _extract(
        "Chip unveiled\n\n"
        "Acme said the chip was \"power efficient\" and would ship in May but engineers would not confirm"
        " its price.\n"
    )
    assert direct_speaker(ex, "power efficient") == "Acme"
    page = _page("bbcnews/cell_processor_unveiled.txt")
    assert direct_speaker(page, "OS neutral") == "IBM"


def test_an_uncued_quote_after_a_sentence_about_a_thing_is_the_one_who_acts_in_it():
    page = _page("bbcnews/anti_tremor_mouse.txt")
    assert direct_speaker(page, "I knew that there must be way") == "Jim Levine"
    assert direct_speaker(page, "The number of elderly computer users") == "Jim Levine"


def test_who_used_an_occasion_to_say_something_says_it():
    ex = _extract(
        "Firm warns\n\n"
        "Jane Roe used an interview to say her firm was facing \"hard choices ahead\" this year.\n"
    )
    assert direct_speaker(ex, "hard choices ahead") == "Jane Roe"
    page = _page("bbcnews/kennedy_tax_trust.txt")
    assert direct_speaker(page, "painful economic realities") == "Charles Kennedy"


def test_a_phrase_someone_welcomed_is_their_words_for_it():
    ex = _extract(
        "Minister sorry\n\n"
        "Opposition leader Tom Hale welcomed the minister's \"frank admission\" and the inquiry.\n"
    )
    assert direct_speaker(ex, "frank admission") == "Tom Hale"
    page = _page("bbcnews/blunkett_murder_review.txt")
    assert direct_speaker(page, "gracious apology") == "David Davis"
