"""Reported speech and phrases in marks (issue 9, session 19, branch s19-reported): each rule on a
made-up article, and where it helps on the real page where rounds 21-27 missed it. Figures:
tests/gold/README.md, "Tuned on rounds 21-27 (session 19): reported speech and quotes found"."""

from __future__ import annotations

import pytest

from .extraction_corpus import direct_speaker as _speaker
from .extraction_corpus import extract_texts, reported_speakers
from .extraction_corpus import page as _page

MADE_UP = {
    "phrases": (
        "Ferry shares\n\n"
        "Harbour Lines owns nine ferries and plans two more.\n\n"
        "Given the cost of building and running a ferry, \"slower fleet growth\" is likely, said Ann Roe at Crest Bank"
        " on Monday. Tom Hale called the Danish plan to cut ferry fares by the year 2010, tabled at the council in May,"
        " \"historic\" and \"very risky.\" He also cited the company's 2001 merger, in which it bought a rival, as proof"
        " of its \"steady appetite for risk\".\n"
    ),
    "mentioned": (
        "Coal results\n\n"
        "Shares in Delta Mining have fallen after the mining group reported losses had deepened to £5m in 2004.\n\n"
        "The company said it hoped to return to profit in 2006.\n"
    ),
    "two_mentioned": (
        "Bank shares\n\n"
        "Shares in Harbour Bancorp and Crest Trust rose on Monday.\n\n"
        "The company said its sales had doubled.\n"
    ),
    "placed": (
        "Mine plan\n\n"
        "Delta Mining reported a loss on Monday.\n\n"
        "The South Yorkshire company, led by chief executive Tom Hale, said it hoped to return to profit in 2006.\n"
    ),
    "plural_people": (
        "Note market\n\n"
        "LONDON, April 8 - The note market has grown fast this year, said Ann Roe of Crest Bank.\n\n"
        "Other bankers took exception with the pace of growth. But they generally agreed that the notes give"
        " borrowers more flexibility.\n"
    ),
    "despite": (
        "Mill output\n\n"
        "MANILA, April 8 - Sugar output rose in March, said Ann Roe of the Sugar Board.\n\n"
        "Roe said despite next year's higher output target, some small mills were expected to close.\n"
    ),
    "slogan": (
        "Phone plans\n\n"
        "Koru Mobile wants to follow its new slogan \"Talk and Go\" to sell phones to children, Dana Fox said.\n"
    ),
    "unnamed_group": (
        "Reform plan\n\n"
        "A group of MPs has tried to raise the pressure over reform of the Crest Council by publishing a plan.\n\n"
        "The cross-party group has unveiled a draft bill. MPs have failed to agree on reform since 1999."
        " The group says it can win support for the plan.\n"
    ),
}


@pytest.fixture(scope="module")
def extracted():
    return extract_texts(MADE_UP)


def test_a_phrase_inside_the_clause_a_cue_after_reports_is_the_cue_subjects(extracted):
    assert _speaker(extracted["phrases"], "slower fleet growth") == "Ann Roe"


def test_a_naming_verbs_complement_listed_second_is_what_the_subject_called_it(extracted):
    assert _speaker(extracted["phrases"], "very risky") == "Tom Hale"


def test_a_phrase_deep_in_an_as_phrase_is_what_the_subject_presented_it_as(extracted):
    assert _speaker(extracted["phrases"], "steady appetite for risk") == "Tom Hale"


def test_the_company_is_the_one_organisation_named_though_as_no_subject(extracted):
    assert reported_speakers(extracted["mentioned"], "losses had deepened") == ["Delta Mining"]
    assert reported_speakers(extracted["mentioned"], "it hoped to return") == ["Delta Mining"]


def test_two_organisations_named_as_no_subject_leave_the_company_unresolved(extracted):
    assert reported_speakers(extracted["two_mentioned"], "its sales had doubled") == ["The company"]


def test_an_organisation_named_sentences_back_is_no_unnamed_group(extracted):
    assert reported_speakers(extracted["unnamed_group"], "it can win support") == ["The group"]


def test_a_name_given_to_a_noun_in_a_cued_clause_stays_no_quote(extracted):
    assert not any("Talk and Go" in q.text for q in extracted["slogan"].quotes if q.kind == "direct")


def test_a_firms_description_with_its_place_is_the_firm_last_named(extracted):
    assert reported_speakers(extracted["placed"], "it hoped to return") == ["Delta Mining"]


def test_unnamed_people_in_the_plural_are_who_the_next_they_stands_for(extracted):
    assert reported_speakers(extracted["plural_people"], "the notes give borrowers") == ["Other bankers"]


def test_a_phrase_leading_the_reported_clause_before_its_comma_is_reported(extracted):
    assert reported_speakers(extracted["despite"], "despite next year's higher output target, some small mills") == ["Ann Roe"]


def test_real_pages_reported_speech_and_phrases():
    assert _speaker(_page("bbcnews/aurora_carnival_shares.txt"), "slowing supply growth") == "David Anders"
    assert _speaker(_page("bbcnews/parker_french_honour.txt"), "veritable artistic commitment") == "Renaud Donnedieu de Vabres"
    assert _speaker(_page("reuterswire/gatt_farm_samuels.txt"), "very serious") == "Samuels"
    cairn = _page("bbcnews/cairn_tax_setback.txt")
    assert reported_speakers(cairn, "tests had shown no significant finds") == ["Cairn Energy"]
    coal = _page("bbcnews/uk_coal_loss.txt")
    assert reported_speakers(coal, "it hoped to return to profit") == ["UK Coal"]
    trade = _page("reuterswire/canada_trade_recovery.txt")
    assert reported_speakers(trade, "the sector would post a long awaited recovery") == ["economists'"]
    notes = _page("reuterswire/euro_mtn_growth.txt")
    assert reported_speakers(notes, "these instruments provide the borrower") == ["Other bankers"]
