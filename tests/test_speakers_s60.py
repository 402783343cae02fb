"""Kinds of text whose quotes went to the wrong speaker, or to none, because the person a pronoun goes on with was
passed over as no one the sentences before could be speaking (session 60, issue 9, s60-speakers). One test per rule kept,
on the real article of the gold round it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import page as _page


def test_a_person_named_inside_reported_words_is_whom_a_pronoun_no_one_else_fits_goes_on_with():
    # round 101 (fda_opioid_adviser_accuses_agency): 'The senators also said they were concerned because the decision
    # was made when Brown, a strong critic of Dsuvia, was absent ... // "There's no question in my mind right that they
    # did that on purpose," he said.': Brown, named only inside the senators' words, was no candidate, and "he" was
    # left unresolved
    fda = _page("allsides/fda_opioid_adviser_accuses_agency.txt")
    assert direct_speaker(fda, "no question in my mind right") == "Raeford Brown"
