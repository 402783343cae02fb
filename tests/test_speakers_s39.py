"""Kinds of text that gave a he/she of store/nlp/speakers.py's Discourse the wrong person on the PolNeAR rounds 55-62
(session 39, issue 9). One test per rule kept: a made-up text of the kind, and real articles of two rounds or more it
fixes."""

from __future__ import annotations

from newsx.store.nlp.speakers import Discourse, Speaker

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_pronoun_passes_over_the_nearest_person_whose_given_name_tells_the_other_sex():
    ex = _extract(
        "Primary\n\nDebbie Lane faced a challenge in her district this year. On Monday, Tim Cole attacked her record in"
        " a debate.\n\n\u201cDo not let the perfect be the enemy of the good,\u201d she said.\n"
    )
    assert direct_speaker(ex, "perfect be the enemy") == "Debbie Lane"
    # the only person near is still the one the pronoun stands for, whatever sex the dictionary gives the name
    # ("Jan" is a man's name there): a given name passes someone over, never rules them out
    alone = _extract(
        "Growers\n\nJan Davis from the growers' group says the damage is large.\n\n\u201cAvocados are in the middle of"
        " harvest,\u201d she said.\n"
    )
    assert direct_speaker(alone, "Avocados are") == "Jan Davis"
    # a pronoun opening words reported of a man ("Trump said she ...") is no proof against his name: 'Caroline ...
    # "...," she said of Trump. She said she had no plans ... when Trump mentioned Cruz. "...," she said' is Caroline
    rally = _page("polnear/west-journal/trump_supporter_rally_word.txt")  # round 56
    assert direct_speaker(rally, "It just came out of my mouth") == "Caroline"
    backseat = _page("polnear/politico/clinton_backseat_driver.txt")  # round 56: 'Axelrod emailed her ... She replied'
    assert direct_speaker(backseat, "honor to serve the President w you") == "Hillary Clinton"
    platform = _page("polnear/huff-post/clinton_sanders_platform.txt")  # round 59: 'Tim Canova ... she said'
    assert direct_speaker(platform, "Do not let the perfect be the enemy of the good") == "Debbie Wasserman Schultz"


def test_a_pronoun_passes_over_no_one_for_a_person_of_an_earlier_paragraph():
    # a new paragraph's person is whom the next "he" goes on with, though the dictionary gives the name to women:
    # "Professor Ashley Craig ... says ... he says" after a paragraph of Stefano Vassanelli's quotes (round 31)
    neurochip = _page("abc/neurochip.txt")
    assert direct_speaker(neurochip, "Genes contain the memory") == "Ashley Craig"
    talk = Discourse()
    talk.new_paragraph()
    talk.note(0, Speaker("Stefano Vassanelli", entity_key="actor:stefano vassanelli", label="PERSON", topic=True))
    talk.new_paragraph()
    talk.note(1, Speaker("Ashley Craig", entity_key="actor:ashley craig", label="PERSON", topic=True))
    assert talk.resolve(2, Speaker("he", pronoun="he")).entity_key == "actor:ashley craig"

