"""Kinds of text round 36 showed leaving a direct quote with no speaker (session 23): a quote with
no cue of its own whose speaker the sentence or the paragraph before names. One test per rule: on a
short article written for it, and on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_lead_the_parser_ran_into_the_quote_still_gives_whose_view_it_is():
    ex = _extract(
        "Phones at the scene\n\n"
        "Courts have adopted mobile phone photos as evidence. For Jane Roe, this is progress: \"That's the whole"
        " point of the thing. I can see that happening a lot more.\"\n"
    )
    assert direct_speaker(ex, "That's the whole point") == "Jane Roe"
    page = _page("bbcnews/camera_phone_journalism.txt")
    assert direct_speaker(page, "That's the whole thing about the immediacy") == "Henry Reichhold"


def test_a_lead_of_nothing_but_from_and_a_source_names_the_quote_s_speaker():
    page = _page("abc/act_drought_declared.txt")
    assert direct_speaker(page, "A farmer suicide every four days") == "a USDA reporter"
    # a lead that says when, not who, names no one
    ex = _extract(
        "Rates rise\n\n"
        "The bank raised its rates again on Tuesday.\n\n"
        "From Monday: \"All home loans will cost a quarter of a point more than they do now.\"\n"
    )
    assert direct_quote(ex, "All home loans will cost").speaker is None


def test_a_quote_only_paragraph_is_the_words_of_the_person_the_paragraph_before_ends_on():
    ex = _extract(
        "Frogs and mosquitoes\n\n"
        "\"Frogs make a lot of chemicals in their skin,\" said Dr Tom Hale of the University of Adelaide.\n\n"
        "The team found the secretions protected mice from mosquitoes.\n\n"
        "Hale does not believe that a new repellent will come of the research.\n\n"
        "\"The smell is just not very good, some of rotting flesh, some of nuts.\"\n"
    )
    assert direct_speaker(ex, "The smell is just not very good") == "Tom Hale"
    page = _page("abc/frog_mosquito_repellent.txt")
    assert direct_speaker(page, "The smell is just not very good") == "Craig Williams"


def test_a_quote_after_one_paragraph_of_the_writer_s_own_goes_on_with_the_last_speaker():
    ex = _extract(
        "Storm fears\n\n"
        "\"They get very afraid even when a storm is days away,\" says psychologist Professor Tom Hale.\n\n"
        "This is not the healthy worry most people feel before a storm.\n\n"
        "\"They are really, really afraid.\"\n"
    )
    assert direct_speaker(ex, "They are really, really afraid") == "Tom Hale"
    page = _page("abc/weather_phobia.txt")
    assert direct_speaker(page, "They are really, really afraid") == "John Westefeld"
