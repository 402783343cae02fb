"""Kinds of text that gave a direct quote the wrong speaker (session 49, issue 9, s49-speakers). One test per rule
kept: a made-up text of the kind, and the real articles of two rounds or more it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


# A definite description ("the official said") repeats the latest person it fits, whether that one was brought in as a
# speaker or as the subject of a sentence with no speech verb ("a senior aide issued a warning").

def test_a_definite_description_repeats_the_subject_brought_in_since_the_last_speaker_it_fits():
    ex = _extract(
        "Harbour\n\n\"The plan is a disaster,\" one senior city official said. The mayor refused to comment on the"
        " reports. But a senior port official, asked about the plan, issued a warning to the council. \"We will not"
        " accept any delay to the works,\" the official said.\n"
    )
    assert direct_speaker(ex, "We will not accept any delay") == "a senior port official"
    assert direct_speaker(ex, "The plan is a disaster") == "one senior city official"


def test_a_definite_description_repeats_the_subject_brought_in_since_in_a_real_article():
    # round 82's syria_moves_chemical_weapons ('"...," one senior Israeli official said. ... But a senior
    # administration official, asked about the concerns, issued a new warning to the Syrians. "...," the official said.')
    syria = _page("allsides/syria_moves_chemical_weapons.txt")
    assert direct_speaker(syria, "would cross a red line for the United States") == "a senior administration official"
    assert direct_speaker(syria, "It’s very hard to read Assad") == "one senior Israeli official"
    # round 73's trump_to_sign_border_deal ('But an administration official cast the deal as a win for Mr. Trump's
    # border-security agenda. "We are a long way from Pelosi's $1," the official said'): the official, not Trump
    assert direct_speaker(_page("allsides/trump_to_sign_border_deal.txt"), "We are a long way from Pelosi") == "an administration official"


def test_a_definite_description_never_repeats_an_earlier_definite_one_as_an_introduction():
    ex = _extract(
        "Harbour\n\nA port official said the plan was late. The official said the works would resume in May."
        " \"We will not accept any delay to the works,\" the official said.\n"
    )
    assert direct_speaker(ex, "We will not accept any delay") == "A port official"
