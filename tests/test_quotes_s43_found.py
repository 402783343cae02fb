"""Direct quotes the finder missed outright on rounds 63-70, tuned in session 43 (branch s43-found): one made-up test
per reading (invented names), and facts of real articles of the rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text, page, reported_speakers


# What someone posits is a claim they put forward, reported as said: a phrase in marks inside it is theirs.

def test_a_phrase_in_marks_someone_posits_is_theirs():
    found = extract_text("Council\n\nThe council met on Monday. Mayor Wes Kale posited that the plan was \"a disaster"
                         " for the whole town\" and left the room.\n")
    assert direct_speaker(found, "a disaster for the whole town") == "Wes Kale"


def test_a_phrase_in_marks_someone_posits_in_a_real_article():
    # round 69's cruz_wyoming_sweep ('Cruz posited that one of the reasons he's "the last man standing" ...')
    article = page("allsides/cruz_wyoming_sweep.txt")
    assert direct_speaker(article, "the last man standing") == "Ted Cruz"
    assert direct_speaker(article, "the only candidate who's competed effectively") == "Ted Cruz"
    # round 57's sanders_lags_black_vote ('Geoff Garin, ..., posited that for a more economically marginal group ...')
    assert reported_speakers(page("polnear/nyt/sanders_lags_black_vote.txt"), "for a more economically marginal group") == ["Geoff Garin"]


# A statement that is all quotation is no reported speech of its own, yet the phrase in marks it holds is still the
# words of whoever made it: the phrase is kept with that speaker, not dropped with the statement.

def test_a_phrase_in_a_statement_all_in_marks_is_its_speakers():
    found = extract_text("Council\n\nThe council met on Monday. Mayor Wes Kale hinted that \"the plan was a total"
                         " disaster for the whole town.\"\n")
    assert direct_speaker(found, "the plan was a total disaster for the whole town") == "Wes Kale"


def test_a_phrase_glued_inside_a_word_takes_no_speaker_from_a_statement_all_in_marks():
    found = extract_text("Survey\n\nReaders should try \"advanced search\"ing for bargains: 94 percent of shoppers who"
                         " took part reported having saved money.\n")
    assert not [q for q in found.quotes if q.kind == "direct"]


def test_a_phrase_in_a_statement_all_in_marks_in_real_articles():
    # round 69's assange_double_standard ('Comey advised the Justice Department that "no charges are appropriate in
    # this case,"'), round 49's mccaul_clinton_impeachment
    assert direct_speaker(page("allsides/assange_double_standard.txt"), "no charges are appropriate in this case") == "James Comey"


# People of a kind who call something so are its speakers, named by that phrase ('Critics called the plan "..."',
# 'Two oil industry groups ... calling them "..."').

def test_people_of_a_kind_who_call_something_so_are_its_speakers():
    found = extract_text("Harbour\n\nThe board met on Monday. Critics called the plan \"a giveaway to the developers\""
                         " and the council delayed the vote.\n")
    assert direct_speaker(found, "a giveaway to the developers") == "Critics"


def test_people_of_a_kind_who_call_something_so_in_real_articles():
    # round 66's obama_fracking_rules ('Two oil industry groups immediately sued ..., calling them "a reaction to
    # unsubstantiated concerns"'), round 68's virus_misinformation_states ('what misinformation experts have termed
    # "an infodemic"')
    assert direct_speaker(page("allsides/obama_fracking_rules.txt"), "a reaction to unsubstantiated concerns") == "Two oil industry groups"
    assert direct_speaker(page("allsides/virus_misinformation_states.txt"), "an infodemic") == "experts"
