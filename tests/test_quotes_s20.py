"""Reported speech and quotes found (issue 9, session 20, branch s20-reported): each rule on a
made-up article, and where it helps on the real page of rounds 22-29 that showed the kind."""

from __future__ import annotations

import pytest

from .extraction_corpus import extract_texts, reported, reported_speakers
from .extraction_corpus import page as _page

MADE_UP = {
    # a wire text with no headline: its first line is the story's lead
    "no_headline": (
        "Harbour Lines Inc. said it will cut 300 jobs at its two ferry yards in Maine and sell its oldest vessel"
        " to a rival operator before the end of the year.\n\n"
        "The company's shares rose 2% on the news.\n"
    ),
    "headline": (
        "Harbour Lines to cut 300 jobs\n\n"
        "Harbour Lines Inc. said it will cut 300 jobs at its two ferry yards in Maine.\n"
    ),
    "clause_openers": (
        "Ferry fares\n\n"
        "Fares on the Crest crossing rose by a tenth last year. Analysts said that figure is likely to rise again."
        " Tom Hale, the transport spokesman, said that, if in government, he would freeze ferry fares for two years."
        " Ann Roe said that the company would close its Bath office.\n"
    ),
    "according_to": (
        "Phone sales\n\n"
        "According to technology analysts Forrester, a fifth of all phones sold will carry a camera by 2006."
        " According to telecoms analysts Ovum, a quarter of all phones made will be sold in China by 2008."
        " Sales of music players rose by half in May, according to the research firm Strategy Analytics."
        " According to Ann Roe, a spokeswoman for the Crest Bank, the plan will cost 5m pounds."
        " According to the report, which was published on Monday, music sales fell by half.\n"
    ),
}


@pytest.fixture(scope="module")
def made_up():
    return extract_texts(MADE_UP)


def test_a_first_line_that_is_a_long_sentence_is_the_lead_not_a_headline(made_up):
    assert reported_speakers(made_up["no_headline"], "it will cut 300 jobs at its two ferry yards") == ["Harbour Lines Inc"]
    # a headline stays a headline: its words are no statement, the lead's are
    assert reported_speakers(made_up["headline"], "it will cut 300 jobs at its two ferry yards in Maine") == ["Harbour Lines Inc"]
    assert not reported_speakers(made_up["headline"], "to cut 300 jobs")


def test_a_determiner_that_and_a_condition_after_that_are_part_of_what_is_said(made_up):
    article = made_up["clause_openers"]
    assert reported_speakers(article, "that figure is likely to rise again") == ["Analysts"]
    assert reported_speakers(article, "if in government, he would freeze ferry fares") == ["Tom Hale"]
    # the clause's own "that" is still no word of the statement
    assert [t for t, _ in reported(article) if "company would close" in t] == ["the company would close its Bath office"]


def test_according_to_a_description_and_a_name_is_the_name_and_ends_at_the_comma(made_up):
    article = made_up["according_to"]
    # the parser may run the name's apposition on into the statement, or take the name for its subject
    assert reported_speakers(article, "a fifth of all phones sold will carry a camera") == ["Forrester"]
    assert reported_speakers(article, "a quarter of all phones made will be sold") == ["Ovum"]
    assert reported_speakers(article, "Sales of music players rose by half") == ["Strategy Analytics"]
    # an apposition that names the source's role is still the source's, not the statement
    assert reported_speakers(article, "the plan will cost 5m pounds") == ["Ann Roe"]
    assert not reported_speakers(article, "a spokeswoman for the Crest Bank, the plan")
    # a clause on the source is no statement of it
    assert [t for t, _ in reported(article) if "music sales" in t] == ["music sales fell by half"]


@pytest.mark.parametrize(
    ("name", "snippet", "speaker"),
    [
        # the Journal's stories have no headline: their lead is the first line
        ("upjohn_early_retirement.txt", "it will offer an early retirement package", "Upjohn Co"),
        ("reuters_reupke.txt", "Michael Reupke resigned as general manager", "Reuters Holdings PLC"),
        ("tsunami_economic_costs.txt", "that figure is likely to rise", "Analysts"),
        ("usx_osha_fines.txt", "if and when safety problems were identified, they were corrected", "USX Corp"),
        ("boateng_high_commissioner.txt", "if in government, he would refuse", "Michael Ancram"),
        ("digitally_obese.txt", "a fifth of all hard drives produced will be used", "IDC"),
    ],
)
def test_real_pages(name, snippet, speaker):
    assert reported_speakers(_page(name), snippet) == [speaker]
