"""Phrases in marks that are someone's words though no speech verb quotes them as a statement
(issue 9, session 18; store/nlp/quoted_phrases.py): each rule on a made-up article, and where it
helps on the real page where rounds 22-25 missed it. Figures: tests/gold/README.md, "Tuned on
rounds 19-25 (session 18): direct quotes found"."""

from __future__ import annotations

import pytest

from .extraction_corpus import direct_speaker as _speaker
from .extraction_corpus import extract_texts
from .extraction_corpus import page as _page

MADE_UP = {
    "praise": (
        "Film awards\n\n"
        "The critic Maria Lopez chaired the jury that named the films of the year on Monday.\n\n"
        "Maria Lopez credited the director's \"fearless sense of pace\" and questioned"
        " \"the future of the small cinema\" in an age of streaming.\n"
    ),
    "labelled": (
        "Court row\n\n"
        "Anna Berg, a lawyer for the jailed editor, spoke outside the court.\n\n"
        "Anna Berg labelled the tribunal \"unlawful and biased\" and called for a new hearing.\n"
    ),
    "billed_as": (
        "Bank merger\n\n"
        "Harbor Bancorp and Delta Trust agreed to merge on Tuesday.\n\n"
        "Harbor Bancorp in a statement billed the deal as \"a union of two equals.\" Both banks keep their names.\n"
    ),
    "predicate": (
        "Search tool\n\n"
        "Lumio Corp launched a tool that adds links to web pages.\n\n"
        "Lumio Corp said the tool, available only in Canada, \"saves readers time\". Some critics disagree.\n"
    ),
    "blamed": (
        "Mine losses\n\n"
        "Tom Hale, the chief executive of Delta Mining, gave the results on Monday.\n\n"
        "Tom Hale blamed floods, a strike and \"poor planning\" at two pits for the loss.\n"
    ),
    "viewpoint": (
        "Reform review\n\n"
        "The reforms have won mixed reviews from analysts.\n\n"
        "For Lena Ortiz, an economist at Crest Bank, the main result has been \"a quiet revolution\" in how firms borrow."
        " For Britain, the deal would be \"a new start for trade\" in the region.\n"
    ),
    "terms": (
        "Phone launch\n\n"
        "Dana Fox, the chief executive of Koru Mobile, showed the phone on Monday.\n\n"
        "Dana Fox billed the launch as \"Project Blue Sky\" and sold the phone in shops such as \"corner stores\"."
        " It was known as the \"pocket brick\" among engineers.\n"
    ),
}


@pytest.fixture(scope="module")
def extracted():
    return extract_texts(MADE_UP)


def _directs(extraction) -> list[str]:
    return [q.text for q in extraction.quotes if q.kind == "direct"]


def test_what_a_verb_of_praise_or_doubt_takes_in_marks_is_its_subjects_words(extracted):
    assert _speaker(extracted["praise"], "fearless sense of pace") == "Maria Lopez"
    assert _speaker(extracted["praise"], "the future of the small cinema") == "Maria Lopez"


def test_a_phrase_after_a_naming_verbs_object_is_what_the_subject_called_it(extracted):
    assert _speaker(extracted["labelled"], "unlawful and biased") == "Anna Berg"


def test_an_as_phrase_hung_from_the_object_is_what_the_subject_called_it(extracted):
    assert _speaker(extracted["billed_as"], "a union of two equals") == "Harbor Bancorp"


def test_a_phrase_in_marks_that_ends_a_reported_clause_is_the_reporters(extracted):
    assert _speaker(extracted["predicate"], "saves readers time") == "Lumio Corp"


def test_what_someone_blames_in_marks_is_their_words(extracted):
    assert _speaker(extracted["blamed"], "poor planning") == "Tom Hale"


def test_a_phrase_in_a_sentence_opening_on_a_persons_view_is_theirs(extracted):
    assert _speaker(extracted["viewpoint"], "a quiet revolution") == "Lena Ortiz"
    assert not any("a new start" in q for q in _directs(extracted["viewpoint"]))  # a place holds no view


def test_names_and_terms_in_marks_stay_no_quotes(extracted):
    quotes = _directs(extracted["terms"])
    assert not any(term in q for q in quotes for term in ("Project Blue Sky", "corner stores", "pocket brick"))


def test_real_pages_phrases_in_marks():
    assert _speaker(_page("bbcnews/landmark_movies_2004.txt"), "raw hypnotic energy") == "American Film Institute"
    assert _speaker(_page("reuterswire/fleet_norstar_merger.txt"), "a partnership of two companies") in {"Fleet", "Fleet Financial Group"}
    assert _speaker(_page("bbcnews/google_autolink.txt"), "adds useful links") == "Google"


def test_a_forecast_with_a_clause_is_reported_speech_a_forecast_figure_is_not():
    from .extraction_corpus import extract_text, reported_speakers

    text = extract_text(
        "Growth outlook\n\nThe Trade Council met in March to discuss the economy. It recently forecast economic growth"
        " will slow to two percent next year.\n\nThe firm forecast a rise in sales of 3% in 1987.\n"
    )
    assert reported_speakers(text, "economic growth will slow") == ["Trade Council"]
    assert not reported_speakers(text, "a rise in sales")
