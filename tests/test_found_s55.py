"""Session 55, direct quotes found (branch s55-found): the parts of a quote around words it relays in single marks
that its sentence runs on through (lead ruling 2), and a phrase in marks in the clause of a speech verb whose subject
is a relative "who" standing for an unnamed person. Facts of real pages of the gold rounds, driven through the real
reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, page


def test_the_words_after_a_relayed_phrase_in_single_marks_are_a_quote_of_their_own():
    # round 84's pro_lifers_texas_ruling_sad_day: '"The deep pockets of the big abortion industry may feel 'burdened' as
    # a result of this compassionate law, but women are not – they are indeed safer as a result," said Rep. Diane Black':
    # the whole stays (its words before the marks), and the words after them are a quote too
    direct = [q.text for q in page("allsides/pro_lifers_texas_ruling_sad_day.txt").quotes if q.kind == "direct"]
    assert [t for t in direct if t.startswith("as a result of this compassionate law")]
    assert [t for t in direct if t.startswith("The deep pockets of the big abortion industry may feel 'burdened' as")]


def test_the_words_between_two_relayed_phrases_are_a_quote_and_a_part_of_one_word_none():
    # round 89's twitter_restricts_trump_shoot_tweet: '"... It's two words, it begins with 'F' and it ends with 'you.'"'
    extraction = page("allsides/twitter_restricts_trump_shoot_tweet.txt")
    assert [q for q in extraction.quotes if q.kind == "direct" and q.text == "and it ends with"]
    # round 66's stocks_budget_talks: '"... leave the Senate with a 'take it or leave it' choice," Brian Gardner ...
    # wrote': "choice" gives none
    extraction = page("allsides/stocks_budget_talks.txt")
    assert not [q for q in extraction.quotes if q.kind == "direct" and q.text == "choice"]


def test_a_phrase_in_the_clause_of_an_unnamed_persons_relative_speech_verb_is_theirs():
    # round 94's republicans_shrink_incoming_democrats: 'One voter said she had handed over her unfinished ballot to a
    # woman who said she would "finish it herself".'
    assert direct_quote(page("allsides/republicans_shrink_incoming_democrats.txt"), "finish it herself").speaker is not None


def test_a_phrase_a_lament_or_an_apology_is_made_about_is_the_speakers():
    # round 84's pugh_indicted_book_fraud: 'Silverman read a statement in which Pugh apologized for "the harm I have
    # caused to the image of the city of Baltimore ..."'
    assert direct_speaker(page("allsides/pugh_indicted_book_fraud.txt"), "the harm I have caused") == "Catherine Pugh"
    # round 69's bill_clinton_change_maker: 'Decrying "establishment politics," ...'
    assert direct_quote(page("allsides/bill_clinton_change_maker.txt"), "establishment politics").speaker is not None


def test_what_someone_deems_a_thing_is_their_words():
    # round 85's redfield_blocked_testifying: 'the president took to Twitter lambasting their recommendations deeming
    # them "very tough and expensive."'
    assert direct_quote(page("allsides/redfield_blocked_testifying.txt"), "very tough and expensive").speaker is not None


def test_a_phrase_opening_the_infinitive_of_someones_promise_is_theirs():
    # round 94's trump_squad_rebuke_challenge: 'likely related to Tlaib's famous vow to "impeach the motherf-----."'
    assert direct_speaker(page("allsides/trump_squad_rebuke_challenge.txt"), "impeach the motherf") == "Rashida Tlaib"
    # round 94's trump_phoenix_close_government: 'Donald Trump's signature campaign promise - to "build that wall" -'
    assert direct_quote(page("allsides/trump_phoenix_close_government.txt"), "build that wall").speaker is not None
