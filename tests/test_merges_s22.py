"""Merges tuned on rounds 24-33 of the unseen pages (session 22, issue 9): a place a body is named as being of
("the Adelaide team" beside "the University of Adelaide") is the place, not the body; an academic rank of two
words ("Associate Professor") is a title before the name. Each on made-up copy and on the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_the_place_a_body_is_named_of_is_the_place():
    forms = by_alias(extract_text(
        "Quark mass measured\n\n"
        "Professor Jane Harlow from the University of Leeds and colleagues used a supercomputer to study the "
        "particle. The Leeds team says the result is the most accurate yet.\n"
    ))
    assert forms["Leeds"] is not forms["University of Leeds"]
    assert forms["Leeds"].role == "location" and forms["Leeds"].lat is not None
    quark = by_alias(page("abc/strange_quark.txt"))
    assert quark["Adelaide"] is not quark["University of Adelaide"] and quark["Adelaide"].role == "location"
    # a chamber's short name is the word after its "of", no place
    lords = by_alias(page("bbcnews/lords_reform_bill.txt"))
    assert lords["Lords"] is lords["House of Lords"]


def test_an_academic_rank_of_two_words_is_a_title():
    from bench.extraction_quality import _fold, _untitled
    from newsx.store.names import leading_title_length

    assert leading_title_length("Associate Professor Derek Leinweber") == len("Associate Professor ")
    assert leading_title_length("Assistant Professor Boris Worm") == len("Assistant Professor ")
    assert _untitled({_fold("Associate Professor Chris Mackie")}) == {"chris mackie"}
    forms = by_alias(page("abc/gallipoli_survey.txt"))
    assert forms["Mackie"] is forms["Chris Mackie"]
