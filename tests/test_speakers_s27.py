"""Kinds of text rounds 24-44 showed giving a direct quote a wrong speaker, or a speaker to words
nobody in the story says (session 27). One test per rule: on a short article written for it, and
on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported_speakers


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


def test_the_group_is_the_firm_introduced_as_a_group_not_the_company_made_a_subject_last():
    # 'Irish publishing group Independent News & Media is buying a stake in Indian newspaper company
    # Jagran. Jagran publishes ... the group announced': the group, not the last firm a subject
    ex = _extract(
        "Brewer buys stake\n\n"
        "Dutch brewing group Heineken is buying a 20% stake in Mexican drinks company Femsa.\n\n"
        "Femsa makes Mexico's best-selling beer. The deal came as the group announced that its profits would rise.\n"
    )
    assert reported_speakers(ex, "its profits would rise") == ["Heineken"]
    page = _page("bbcnews/independent_jagran_stake.txt")
    assert reported_speakers(page, "its results would meet market forecasts") == ["Independent News & Media"]


def test_what_a_body_claims_to_have_done_is_reported_as_its_words():
    # 'the organization claims to have planted over 30 million trees': the to-infinitive is what it says of itself
    ex = _extract(
        "Charity marks anniversary\n\n"
        "Oxfam was founded in Oxford in 1942. The charity claims to have helped over 20 million people last year.\n"
    )
    assert reported_speakers(ex, "to have helped over 20 million people") == ["Oxfam"]
    assert reported_speakers(_page("wikinews/mst_cabixi_killing.txt"), "to pursue equitable redistribution") == [
        "Brazilian Landless Workers Movement"]
    assert reported_speakers(_page("bbcnews/lse_deutsche_boerse_tci.txt"), "represent owners of 5%") == ["TCI"]


def test_the_organisation_is_the_one_of_two_just_named_that_the_text_set_beside_that_noun():
    # 'director of the Red Cross in Kenya, and known for founding the Green Belt Movement - a
    # non-governmental organization ... the organization claims': the one described as an organization
    page = _page("wikinews/maathai_peace_prize.txt")
    assert reported_speakers(page, "to have planted over 30 million trees") == ["Green Belt Movement"]


def test_an_email_speaks_for_whom_it_is_by():
    # 'An additional email by Roche ..., saying, "..."': an email is a document whose author speaks through it
    ex = _extract(
        "Memo row\n\n"
        "Jo Roe runs the agency. An email by Roe sent on Monday ends, saying, \"We will not back down.\"\n"
    )
    assert direct_speaker(ex, "We will not back down") == "Jo Roe"
    assert direct_speaker(_page("wikinews/boeing_tanker_emails.txt"), "I love Ya, Big Guy") == "James Roche"


def test_a_capitalised_office_of_a_body_before_its_holder_leaves_the_holder_to_speak():
    # 'Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended ...': the model ran
    # what the office is of into the name, one body; the holder speaks
    ex = _extract(
        "Trade row\n\n"
        "Minister of International Trade and Industry Hajime Tamura defended the deal, saying, \"This is a private matter.\"\n"
    )
    assert direct_speaker(ex, "This is a private matter") == "Hajime Tamura"
    page = _page("wikinews/boeing_tanker_emails.txt")
    assert direct_speaker(page, "This was not a competitive bid process") == "Marvin Sambur"
    assert direct_speaker(page, "I read with disgust the article") == "Darleen Druyun"


def test_a_description_in_scare_quotes_is_the_speaker_without_the_mark_it_opens():
    # 'GovExec.com quotes a "Senate aide" as saying: "..."': the phrase, not 'a "Senate aide'
    assert direct_speaker(_page("wikinews/boeing_tanker_emails.txt"), "The House language") == "a Senate aide"
