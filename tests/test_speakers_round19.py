"""Kinds of text rounds 18 and 19 (measured untouched) showed giving a direct quote to the wrong
speaker or to none (issue 9): a surname that is also a word the parser reads as a modal ('"...,"
May said'); a name that only owns the subject of a relative clause on a thing ("the match, which
Sam Crane's side won") taken for whom the next "he" stands for; a description after the first
mention that stands for the person named ("The 41-year-old chart-topper", "the Warriors chief",
"The pop star", "the British producer", "the Dutchman"); "countered:" before a quote; a work's
title the model took for a person ("The film, A Different Story,"); an honorific and surname the
model took for a body ("Mr Molyneux"); "he" after an unnamed source ("an industry source said").
One test per rule: on a short article written for it, and on the real pages where it occurs. The
rules are in store/nlp/speakers.py and store/nlp/quotes.py; the figures in tests/gold/README.md
("Tuned on rounds 14-19 (session 15): speakers")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_surname_read_as_a_modal_is_still_who_speaks():
    ex = _extract(
        "Chips\n\nRick May, an analyst at Acme, said the deal was off.\n\nSeveral analysts said the purchase"
        " would not have given Fujitsu access to technology.\n\n\"(Fairchild) simply does not have key"
        " technology -- that is a thing of the past,\" May said.\n"
    )
    assert direct_speaker(ex, "simply does not have key technology") == "Rick May"
    fairchild = _page("reuterswire/fairchild_fujitsu.txt")
    assert direct_speaker(fairchild, "simply doesn't have key technology") == "Rick May"


def test_a_name_owning_a_relative_clause_subject_is_not_who_he_is():
    ex = _extract(
        "Villa\n\nVilla boss Tom Reed wants new players. \"We need quality players,\" said Reed. Meanwhile, Reed"
        " has rapped his skipper for his comments before the derby.\n\nThe skipper spoke of his dislike of the"
        " rivals ahead of the match, which Sam Crane's side won 2-1. \"I have had more than a quiet word with"
        " him. It has been said within the group,\" he told the club's website.\n"
    )
    assert direct_speaker(ex, "I have had more than a quiet word with him") == "Tom Reed"
    oleary = _page("bbcnews/oleary_villa_contract.txt")  # "ahead of the match, which Steve Bruce's side won 2-1"
    assert direct_speaker(oleary, "I've had more than a quiet word with Olof") == "David O'Leary"
    assert direct_speaker(oleary, "You shouldn't leave yourself open to be shot down") == "David O'Leary"


def test_an_age_before_any_noun_makes_a_description_of_the_person_named():
    ex = _extract(
        "Retirement\n\nSinger Tom Reed has said that a new film about his life is the start of a retirement.\n\n"
        "The 41-year-old chart-topper told reporters in Berlin that he wanted to \"move his career into a"
        " different form\", but added that he did not know what it would be.\n"
    )
    assert direct_speaker(ex, "move his career into a different form") == "Tom Reed"


def test_a_chief_boss_or_star_stands_for_the_person_named_whatever_their_title():
    ex = _extract(
        "Saga\n\nWigan chairman Tom Reed says he does not expect a quick solution to the saga.\n\nReed also said he"
        " understood why rugby union was so interested. \"It would be a great loss for us,\" said the Warriors chief.\n"
    )
    assert direct_speaker(ex, "It would be a great loss for us") == "Tom Reed"
    farrell = _page("bbcnews/farrell_lindsay.txt")
    assert direct_speaker(farrell, "It'd be a great loss for us") == "Maurice Lindsay"
    george = _page("bbcnews/george_michael_film.txt")  # "Singer George Michael ... The pop star said"
    assert direct_speaker(george, "behind the scenes affair") == "George Michael"


def test_a_nationality_ending_in_man_is_a_person_whatever_the_model_took_it_for():
    jol = _page("bbcnews/jol_forest_cup.txt")  # "Tottenham manager Martin Jol ... the Dutchman said"
    assert direct_speaker(jol, "We had the initiative but it wasn't easy") == "Martin Jol"


def test_a_producer_is_a_role_that_stands_for_the_producer_named():
    ex = _extract(
        "Musical\n\nProducer Tom Reed said it would be \"worth waiting for\". \"It will be like nothing they have"
        " ever seen.\" The show opens in March.\n\n\"I know there will be a lot of disappointed fans,\" said the"
        " British producer.\n"
    )
    assert direct_speaker(ex, "I know there will be a lot of disappointed fans") == "Tom Reed"
    rings = _page("bbcnews/rings_musical_toronto.txt")
    assert direct_speaker(rings, "I know there will be a lot of disappoint") == "Kevin Wallace"


def test_countered_before_a_colon_cues_the_quote():
    ex = _extract(
        "Sprint\n\nFormer champion Tom Reed has accused sprinters of lacking pride. \"They need to show more"
        " pride,\" Reed told the radio. However, Sam Crane countered: \"It is easy to criticise when you have not"
        " gone through the system here.\"\n"
    )
    assert direct_speaker(ex, "It is easy to criticise") == "Sam Crane"
    johnson = _page("bbcnews/johnson_sprinters.txt")
    assert direct_speaker(johnson, "It's easy to criticise when you haven't") == "Linford Christie"


def test_a_name_right_after_a_noun_for_a_work_is_its_title_not_a_speaker():
    ex = _extract(
        "Film\n\nSinger Tom Reed has said a new film is the start of his retirement. The film, A Different Story,"
        " chronicles his life and career. \"I'm still going to be making music,\" he said.\n"
    )
    assert direct_speaker(ex, "I'm still going to be making music") == "Tom Reed"
    george = _page("bbcnews/george_michael_film.txt")
    assert direct_speaker(george, "I'm still going to be making music") == "George Michael"


def test_an_honorific_and_surname_taken_for_a_body_is_the_person_of_that_surname():
    molyneux = _page("bbcnews/molyneux_obe.txt")  # "Mr Molyneux", taken for an organisation
    assert direct_speaker(molyneux, "It was thought to be like skateboarding") == "Peter Molyneux"
    assert direct_speaker(molyneux, "Britain plays a big part in it") == "Peter Molyneux"


def test_he_after_an_unnamed_source_is_that_source():
    ex = _extract(
        "Coffee\n\nPaul Roe, an analyst at Acme, said sales would grow. \"Where else are you going to go?,\" an"
        " industry source said. \"Kids aren't going to drink coffee, that's apparent,\" he said.\n"
    )
    assert direct_speaker(ex, "Kids aren't going to drink coffee") == "an industry source"
    coffee = _page("reuterswire/gourmet_coffee_debut.txt")
    assert direct_speaker(coffee, "Kids aren't going to drink coffee") == "an industry source"


def test_a_name_right_after_a_noun_for_a_firm_is_the_firm_not_a_speaker():
    ex = _extract(
        "Bourse\n\nThe reform was inevitable, said Tom Reed of Paris brokerage house Reed-Marais. \"From a French"
        " point of view one cannot be very disappointed,\" he said.\n"
    )
    assert direct_speaker(ex, "From a French point of view") == "Tom Reed"
    paris = _page("reuterswire/paris_bourse_reform.txt")
    assert direct_speaker(paris, "From a French point of view one cannot") == "Ben Williams"


def test_a_cue_after_whose_parsed_subject_is_inside_the_quote_takes_the_name_before_it():
    ex = _extract(
        "Rugby\n\nTom Reed said his side were ready. \"We will be careful,\" said Reed.\n\n\"Under the squad agreement,"
        " England wanted a second opinion, which they can do,\" director of rugby Sam Crane told the Citizen.\n"
    )
    assert direct_speaker(ex, "England wanted a second opinion") == "Sam Crane"
    saint_andre = _page("bbcnews/saint_andre_absent_stars.txt")
    assert direct_speaker(saint_andre, "Under the Elite Player Squad agreement") == "Nigel Melville"
    assert direct_speaker(saint_andre, "They obviously want him for internationa") == "Nigel Melville"
