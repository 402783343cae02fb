"""Kinds of text rounds 24-44 showed giving a direct quote a wrong speaker, or a speaker to words
nobody in the story says (session 27). One test per rule: on a short article written for it, and
on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def _direct_texts(extraction) -> list[str]:
    return [q.text for q in extraction.quotes if q.kind == "direct"]


def test_a_name_whose_role_is_left_unclosed_before_the_verb_speaks():
    # '"...," Armando Falcon, OFHEO director said.': no comma closes the role, and the parser
    # reads the name and the role as two subjects
    ex = _extract(
        "Regulator welcomes change\n\n"
        "\"We are encouraged that the board's announcement signals a new culture for the firm,\""
        " Peter Walsh, FSA director said.\n"
    )
    assert direct_speaker(ex, "We are encouraged") == "Peter Walsh"
    page = _page("bbcnews/fannie_mae_resign.txt")
    assert direct_speaker(page, "We are encouraged that the board") == "Armando Falcon"


def test_words_in_marks_after_a_passive_verb_with_no_one_to_do_it_are_nobodys_quote():
    # 'is described as "a proud grandfather"', 'was hailed for his "remarkable visual beauty"':
    # the subject is who the words are about
    ex = _extract(
        "New post filled\n\n"
        "Sir John Smith, a paediatric surgeon, is described as \"a proud grandfather\" of four.\n\n"
        "Mr Jones, who has made 100 films, was hailed for his \"remarkable visual beauty\".\n"
    )
    assert not any("grandfather" in t or "visual beauty" in t for t in _direct_texts(ex))
    assert not any("a proud grandfather" in t for t in _direct_texts(_page("bbcnews/aynsley_green_tsar.txt")))
    assert not any("remarkable visual beauty" in t for t in _direct_texts(_page("bbcnews/berlin_im_kwon_taek.txt")))


def test_words_in_marks_under_a_view_joined_on_with_a_subject_of_its_own_are_not_the_speakers():
    # 'Ministers say X but critics fear creating a "super state"': the critics' fear, not the ministers' words
    ex = _extract(
        "Referendum cost\n\n"
        "The vote could cost millions.\n\n"
        "Officials say the plan would make the health service work better but critics fear creating a \"two-tier system\".\n"
    )
    assert not any("two-tier system" in t for t in _direct_texts(ex))
    assert not any("super state" in t for t in _direct_texts(_page("bbcnews/eu_referendum_cost.txt")))
