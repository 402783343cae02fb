"""Kinds of text rounds 24-38 (38 measured untouched at the end of session 23) showed giving a direct
quote a wrong speaker. One test per rule, on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import page as _page


def test_a_writer_s_sentence_naming_another_speaker_ends_a_quote_whose_marks_never_close():
    # round 38's mido_third_apology, paragraphs run into one line: '... when this happens. Meanwhile,
    # Egypt FA spokesman Methat Shalaby welcomed the apology and said ... "Mido's apology ...," Shalaby
    # said': Mido's sentences, each opened by a mark never closed, are not Shalaby's
    page = _page("bbcnews/mido_third_apology.txt")
    mido = direct_speaker(page, "There isn't much I have to say today")  # "Mido said: ..."
    for words in ("I feel that the national players", "I do confess", "Many of the international stars", "So I'm now used"):
        assert direct_speaker(page, words) == mido
    assert "Meanwhile" not in direct_quote(page, "So I'm now used").text
    assert direct_speaker(page, "Mido's apology today") == "Methat Shalaby"


def test_he_after_an_unnamed_expert_a_wire_quotes_is_that_person():
    # round 38's finland_election_tax: "A London-based Nordic banking expert said ... // '...,' he said"
    page = _page("reuterswire/finland_election_tax.txt")
    assert direct_speaker(page, "It would probably result in new practices") == "A London-based Nordic banking expert"


def test_a_description_and_the_name_after_it_the_model_missed_is_who_he_stands_for():
    # round 31's edu_arsenal_contract: "Arsenal's Brazilian midfielder Edu has hit out ... He told BBC
    # Sport: '...'", no entity for Edu: the speaker is the midfielder with his name, not a nameless one
    page = _page("bbcnews/edu_arsenal_contract.txt")
    assert direct_speaker(page, "I'm not sure if I want to stay") == "Arsenal's Brazilian midfielder Edu"


def test_a_preposition_opening_a_sentence_is_no_word_of_the_name_after_it():
    # round 38's ray_charles_influence: "Without Charles, it is hard to imagine ...", read as a person
    # "Without Charles" whose "Charles" took every later Charles, so that "he said" after "the producer
    # Quincy Jones, who described him as ..." went to Charles, whom the quote itself names
    page = _page("bbcnews/ray_charles_influence.txt")
    assert "Without Charles" not in {e.name for e in page.entities.values()}
    assert direct_speaker(page, "There will never be another musician") == "Quincy Jones"


def test_it_after_a_document_that_is_a_sentence_s_subject_is_that_document():
    # round 24's fernandez_corruption_charges: "The central bank statement quoted Fernandez as stressing
    # ... // It said ... the negotiations collapsed 'because of certain legal impediments.'"
    page = _page("reuterswire/fernandez_corruption_charges.txt")
    assert direct_speaker(page, "because of certain legal impediments") == "The central bank statement"


def test_a_name_a_maker_is_behind_is_a_work_and_no_one_he_may_stand_for():
    # round 36's stone_alexander_flop: '..., said the director behind JFK, Platoon and Born on the Fourth
    # of July. He added Alexander "was not an easy movie ..."': "he" is Stone, not the film JFK
    page = _page("bbcnews/stone_alexander_flop.txt")
    assert direct_speaker(page, "was not an easy movie") == "Oliver Stone"


def test_a_cue_before_with_no_subject_leaves_the_quote_to_its_lead_sentence_s_subject():
    # round 38's osbournes_show_over: 'America's TV Guide magazine describing the series as "..." .
    # Osbourne himself was at a loss to explain its popularity: "I suppose Americans ..."': "explain"
    # has no subject of its own, and the quote is Osbourne's, not the magazine's carried on
    page = _page("bbcnews/osbournes_show_over.txt")
    quote = direct_quote(page, "I suppose Americans get a kick")
    assert quote.sieve == "named before" and quote.speaker_key is not None and "osbourne" in quote.speaker_key


def test_a_place_no_gazetteer_knows_that_a_personal_pronoun_goes_back_to_is_a_person():
    # round 32's drought_city_charities: "Beverly Kerr from St Vincent de Paul ... says she only realised
    # ...", Kerr tagged a place: '"When I was asked to form this task force ...," she said' is hers, not
    # the charity the paragraph before names
    page = _page("abc/drought_city_charities.txt")
    assert direct_speaker(page, "When I was asked to form this task force") == "Beverly Kerr"
    assert direct_speaker(page, "So I drove to Broken Hill") == "Beverly Kerr"
    # round 25's mauresmo_la_win: "Zvonareva has lost both her games so far ... 'Sometimes not everything
    # works,' she said"
    page = _page("bbcnews/mauresmo_la_win.txt")
    assert direct_speaker(page, "Sometimes not everything works") in {"Zvonareva", "Vera Zvonareva"}


def test_a_quote_closed_by_a_comma_and_only_a_name_is_that_name_s():
    # round 24's deloitte_golden_period: '"Although 2005 may not be the year when things go completely
    # wrong, it will probably mark the start of a more difficult period for the UK economy," Mr Bootle.'
    page = _page("bbcnews/deloitte_golden_period.txt")
    assert direct_speaker(page, "Although 2005 may not be the year") == "Roger Bootle"


def test_the_scientists_are_not_the_some_scientists_named_before():
    # round 37's mars_gullies_water: "some scientists suspect Mars once sheltered ... // '...,' the
    # scientists said": the study's scientists, not those who suspect
    page = _page("abc/mars_gullies_water.txt")
    assert direct_speaker(page, "As with many discoveries").lower() in {"the scientists", "scientists"}


def test_he_after_a_person_s_spokesman_is_the_spokesman_not_the_person():
    # round 31's pension_strike_threat: "Tony Blair's official spokesman declined to say whether the prime
    # minister backed the plans. He said: '...'"
    # (the spokesman's phrase, linked since session 55 to the person he speaks for, as gold ruling 21 widens it)
    page = _page("bbcnews/pension_strike_threat.txt")
    quote = direct_quote(page, "What's important is that there's a process going on")
    assert quote.speaker == "Tony Blair's official spokesman"
    assert page.entities[quote.speaker_key].name == "Tony Blair"


def test_he_no_one_fits_after_a_name_taken_for_a_body_s_is_that_name():
    # round 32's pendulum_disorder: '"...," says Brandt, explaining how ... // "This is of course basic
    # research," he says.': Sebastian Brandt tagged an organisation, and "he" left as no one
    page = _page("abc/pendulum_disorder.txt")
    assert direct_speaker(page, "This is of course basic research") == "Sebastian Brandt"
    assert direct_speaker(page, "But what you can learn from this") == "Sebastian Brandt"


def test_the_one_word_after_a_cue_verb_ending_its_sentence_is_who_spoke():
    # round 37's sports_weekend_nebo: '"It'd have to be the Broncos because their Queenslanders," said
    # another.', parsed with "Queenslanders" the subject of "said" and "another" its object
    page = _page("abc/sports_weekend_nebo.txt")
    assert direct_speaker(page, "It'd have to be the Broncos") == "another"
