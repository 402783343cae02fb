"""Kinds of text round 40, measured untouched, showed giving a direct quote no speaker or a wrong
one (session 25). One test per rule: on a short article written for it, and on the real page
where it occurs."""

from __future__ import annotations

from pathlib import Path

from .extraction_corpus import direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page

_ARTICLES = Path(__file__).parent / "articles"


def test_a_bulleted_speaker_label_gives_the_quotes_after_it_their_speaker():
    # round 40's newcastle_bolton_dyer: the managers' labels lost their colons in the copy
    page = _page("bbcnews/newcastle_bolton_dyer.txt")
    assert direct_speaker(page, "I am bitterly disappointed with the result") == "Sam Allardyce"
    assert direct_speaker(page, "We allowed them to heap too much pressure on us") == "Sam Allardyce"
    assert direct_speaker(page, "We deserved the win") == "Graeme Souness"
    assert direct_speaker(page, "We had a slow first 45 minutes") == "Graeme Souness"
    ex = _extract(
        "Derby win\n\nDerby beat Leeds 2-0 at Pride Park on Saturday.\n\n"
        '- Derby boss George Burley: "We were the better side and deserved the points."\n\n'
        '- Leeds manager Kevin Blackwell: "It was a poor performance. We have to do better."\n'
    )
    assert direct_speaker(ex, "We were the better side") == "George Burley"
    assert direct_speaker(ex, "It was a poor performance") == "Kevin Blackwell"


def test_a_label_paragraph_gives_the_quote_paragraphs_after_it_their_speaker():
    # the same report as its page sets it out: each label a line of its own, the quotes below it
    text = (_ARTICLES / "bbcnews/newcastle_bolton_dyer.txt").read_text(encoding="utf-8")
    laid_out = text.replace('- Bolton boss Sam Allardyce "', 'Bolton boss Sam Allardyce:\n\n"').replace(
        '- Newcastle boss Graeme Souness "', 'Newcastle boss Graeme Souness:\n\n"')
    ex = _extract(laid_out, "newcastle_bolton_dyer.txt")
    assert direct_speaker(ex, "I am bitterly disappointed with the result") == "Sam Allardyce"
    assert direct_speaker(ex, "We deserved the win") == "Graeme Souness"


def test_chairman_says_nothing_of_a_person_s_sex():
    # round 40's ukip_veritas_seats: "UKIP chairman Petrina Holdsworth urged ... She said:"
    page = _page("bbcnews/ukip_veritas_seats.txt")
    assert direct_speaker(page, "The party has taken legal advice") == "Petrina Holdsworth"
    assert direct_speaker(page, "We would however like you to be given an opportunity") == "Petrina Holdsworth"


def test_a_firm_s_possessive_before_an_inverted_speaker_is_no_speaker():
    # round 40's india_telecoms_fdi: the parser took "Ernst" for the head, Mehta for its conjunct
    page = _page("bbcnews/india_telecoms_fdi.txt")
    assert direct_speaker(page, "The FDI relaxation coupled with rapid local market growth") == "Sanjay Mehta"


def test_a_firm_known_by_what_it_sells_is_the_organisation_last_named():
    # round 40's reuters_weak_dollar: "The news and financial data seller said ..." after Reuters
    page = _page("bbcnews/reuters_weak_dollar.txt")
    assert direct_speaker(page, "further gradual improvement") == "Reuters"


def test_an_uncued_quote_is_the_one_person_its_paragraph_names():
    # round 40's drexel_foreign_stocks and africa_recovery_abuja: no cue, no sentence subject who speaks
    page = _page("reuterswire/drexel_foreign_stocks.txt")
    assert direct_speaker(page, "Canadian exports of all types look relatively cheap") == "Lucille Palermo"
    page = _page("reuterswire/africa_recovery_abuja.txt")
    assert direct_speaker(page, "Even private bankers are willing to talk") == "Monique Landry"


def test_a_phrase_one_role_holder_called_someone_in_the_passive_is_the_role_holder_s():
    # round 40's bollywood_dvd_pirate: the judge is no one the article named, and not Buhecha
    page = _page("bbcnews/bollywood_dvd_pirate.txt")
    assert direct_speaker(page, "one of the biggest Bollywood pirates in the UK") == "the sentencing judge"
    ex = _extract(
        "Fraud trial\n\n"
        "Tom Reed was found guilty of fraud last month. Reed, who ran a small shop in Leeds, was described as"
        ' "a cunning and greedy man" by the trial judge.\n'
    )
    assert direct_speaker(ex, "a cunning and greedy man") == "the trial judge"


def test_a_nationality_a_sentence_is_about_is_who_the_next_he_continues_with():
    # round 16's johnson_sprinters: "And the American remains highly critical ... '...,' he claimed"
    # was Darren Campbell, the last name, though the sentence before was about Johnson
    page = _page("bbcnews/johnson_sprinters.txt")
    assert direct_speaker(page, "The only time you see British sprinters getting upset") == "Michael Johnson"
    ex = _extract(
        "Coach hits out\n\n"
        "Former world champion Tom Reed has criticised the national squad.\n\n"
        "Reed clashed with Britain's Dan Fry at the trials last year. And the Australian remains unhappy with"
        ' the coaching. "Nobody here wants to win badly enough," he said.\n'
    )
    assert direct_speaker(ex, "Nobody here wants to win badly enough") == "Tom Reed"
