"""Kinds of text rounds 24-35 showed giving reported speech a wrong speaker or cutting it short
(session 23): a wire's stock code in angle brackets after a firm's name, which the parser takes for
the head of the subject ("MCI Communications Corp <MCIC> made a similar filing yesterday, saying
..."; "Intel Corp <INTC>, the leading manufacturer ..., alerted the industry ... The company, which
just reported a loss, said ..."); a doubt raised as a question ("Some analysts also queried whether
Standard Chartered had overpaid", "He questioned who would monitor ..."), reported with its question
word; an appeal read from those it is made to ("has called on the management to recall the notice"),
as "urged the government to ..." is; a closing cue the parser joined to the first of two clauses
("Profits rose, but sales fell, the company said"), which reports both; the opening of a reported clause
the parser hung on the cue ("says ideally the findings would ...", "said as well as educating children
..., it would also protect"). One test per rule: on a short article written for it, and on the
real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import reported, reported_speakers
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_stock_code_after_a_firm_s_name_is_no_speaker_of_its_own():
    ex = _extract(
        "Chip maker to expand\n\n"
        "Zentrix Semiconductor Corp <ZSC>, the largest maker of memory chips in Oregon, announced a new plant last week.\n\n"
        "The company, which just reported a loss for 1986, said it will hire 400 workers over the next two years.\n\n"
        "Halvorsen Electronics Inc <HALV> filed a complaint yesterday, saying the plant would break a supply contract.\n"
    )
    assert reported_speakers(ex, "it will hire 400 workers") == ["Zentrix Semiconductor Corp"]
    assert reported_speakers(ex, "the plant would break a supply contract") == ["Halvorsen Electronics Inc"]
    page = _page("chip_custom_designs.txt")
    assert reported_speakers(page, "it will spend 75 mln dlrs") == ["Intel Corp"]
    page = _page("att_deregulation_analysts.txt")
    assert reported_speakers(page, "the moves would increase competition") == ["MCI Communications Corp"]


def test_a_doubt_raised_as_a_question_is_reported_with_its_question_word():
    ex = _extract(
        "Bank deal doubts\n\n"
        "Some analysts also queried whether the bank had paid too much for the Korean lender.\n\n"
        "Union leader Mary Stone questioned how many branches would stay open after the merger.\n\n"
        "Police questioned the driver about the crash for two hours on Monday.\n"
    )
    assert reported_speakers(ex, "whether the bank had paid too much") == ["Some analysts"]
    assert reported_speakers(ex, "how many branches would stay open") == ["Mary Stone"]
    assert reported_speakers(ex, "the driver about the crash") == []
    page = _page("standard_chartered_kfb.txt")
    assert reported_speakers(page, "whether Standard Chartered had overpaid for KFB") == ["Some analysts"]
    page = _page("biosecurity_watchdog.txt")
    assert reported_speakers(page, "who would monitor and pay for the proposed body") == ["Eike-Henner Kluge"]
    page = _page("grokster_supreme_court.txt")
    assert reported_speakers(page, "if opening the way for the entertainment industry") == ["Judges at the US Supreme Court"]


def test_an_appeal_is_reported_from_those_it_is_made_to():
    ex = _extract(
        "Strike threat\n\n"
        "The nurses' union has called on the hospital board to withdraw the pay offer by Friday.\n\n"
        "The club has pleaded with its own supporters not to travel to the away match.\n"
    )
    assert reported_speakers(ex, "the hospital board to withdraw the pay offer") == ["The nurses' union"]
    assert reported_speakers(ex, "its own supporters not to travel") == ["The club"]
    page = _page("telegraph_jobs_axe.txt")
    assert reported_speakers(page, "the management to recall the notice of redundancy") == ["National Union of Journalists"]
    page = _page("care_costs_sums.txt")
    assert reported_speakers(page, "ministers to reassure people") == ["Scottish National Party"]


def test_a_closing_cue_reports_both_clauses_of_its_sentence():
    ex = _extract(
        "Mixed results\n\n"
        "Profits rose sharply in the first quarter, but sales fell in Europe and Asia, the company said.\n\n"
        "Jo Roe said prices would rise, but costs would fall, Tim Smith said.\n"
    )
    assert reported_speakers(ex, "Profits rose sharply in the first quarter, but sales fell") == ["the company"]
    # (the clause of another's cue stays theirs)
    assert reported_speakers(ex, "prices would rise") == ["Jo Roe"]
    page = _page("china_media_growth.txt")
    assert reported_speakers(page, "Japan, South Korea and Singapore will also be strong players, but China") == ["a media conference in London"]


def test_the_opening_of_a_clause_hung_on_its_cue_is_reported_with_it():
    ex = _extract(
        "Bridge study\n\n"
        "Professor Ann Lee says ideally the results would lead engineers to a safer design.\n\n"
        "Tom Hale told Reuters the bank would cut jobs.\n"
    )
    assert reported_speakers(ex, "ideally the results would lead engineers") == ["Ann Lee"]
    assert not [t for t, _ in reported(ex) if "Reuters" in t]
    page = _page("pendulum_disorder.txt")
    assert reported_speakers(page, "ideally the findings would inspire someone") == ["Joe Wolfe"]
    page = _page("anti_piracy_lessons.txt")
    assert reported_speakers(page, "as well as educating children about music piracy, it would also protect") == ["Guy Chambers"]
