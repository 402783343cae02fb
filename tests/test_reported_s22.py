"""Kinds of text rounds 24-33 showed reported speech missed or cut short (session 22): a headline
that closes with its cue ("..., say researchers", "..., the researchers say"); a judgement of
someone for a deed ("criticised X for not releasing ..."); a cue in the progressive with an
infinitive after it ("are urging their bosses to be honest"); what a court or a conference has
heard ("..., a conference has heard"); a view expressed with the clause it is about ("expressed
concerns that ...", "expressed doubts over whether ..."); the subject of a reported clause the
parser took for the cue's object, with a phrase of its own set off by commas ("says her work,
reported in the Journal ..., finally provides evidence"); "according to" a description, then
"the" and the name, or a name whose first word the tagger read as a verb ("according to local
newspaper the Daily Telegraph", "according to search engine Ask Jeeves"). One test per rule:
on a short article written for it, and on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import reported, reported_speakers
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page


def test_a_headline_closing_with_its_cue_reports_what_comes_before():
    ex = _extract(
        "Sleep loss harms memory in older adults, say scientists who studied it\n\n"
        "A new study of 200 people shows that losing sleep hurts memory.\n"
    )
    assert reported_speakers(ex, "Sleep loss harms memory in older adults") == ["scientists"]
    assert reported_speakers(_page("abc/estuary_decline.txt"), "human destruction of wetlands has been faster") == ["the researchers"]
    assert reported_speakers(_page("abc/fish_stocks_doubt.txt"), "There will still be fish on the menu") == ["governments"]


def test_a_headline_whose_cue_has_a_thing_for_subject_reports_nothing():
    ex = _extract(
        "Coffee protects the liver, says new research\n\n"
        "A new study of 200 people shows that coffee drinkers have healthier livers.\n"
    )
    assert reported_speakers(ex, "Coffee protects the liver") == []


def test_criticising_someone_for_a_deed_reports_the_deed():
    ex = _extract(
        "Row over pensions\n\n"
        "Union leader Mary Stone has criticised the council for not paying staff on time this winter.\n"
    )
    assert reported_speakers(ex, "for not paying staff on time") == ["Mary Stone"]
    page = _page("bbcnews/rusedski_supplements.txt")
    assert reported_speakers(page, "not releasing contamination-free supplements") == ["Greg Rusedski"]


def test_a_cue_in_the_progressive_reports_its_infinitive():
    ex = _extract(
        "Drought hits towns\n\n"
        "Shop owners are urging the state government to cut their water bills this summer.\n"
    )
    assert reported_speakers(ex, "the state government to cut their water bills") == ["Shop owners"]
    page = _page("abc/drought_city_charities.txt")
    assert reported_speakers(page, "their bosses to be honest about the future of their jobs") == ["farm workers"]


def test_what_a_court_or_a_conference_heard_is_reported_as_its_own():
    ex = _extract(
        "Fraud trial\n\n"
        "Two directors hid losses from their bank for three years, a tribunal has heard.\n\n"
        "Mary Stone heard that the bank had closed.\n"
    )
    assert reported_speakers(ex, "Two directors hid losses from their bank") == ["a tribunal"]
    assert reported_speakers(ex, "the bank had closed") == []
    page = _page("abc/laughter_anticipation.txt")
    assert reported_speakers(page, "Just anticipating a good laugh is enough") == ["a conference"]


def test_a_view_expressed_reports_the_clause_it_is_about():
    ex = _extract(
        "School plan\n\n"
        "Teachers have expressed concerns that the new timetable could cut science lessons.\n\n"
        "Parents voiced concern regarding the cost of the uniforms.\n"
    )
    assert reported_speakers(ex, "the new timetable could cut science lessons") == ["Teachers"]
    assert not any("the cost of the uniforms" in text for text, _ in reported(ex))
    page = _page("bbcnews/speegle_talking_search.txt")
    assert reported_speakers(page, "Speegle and similar sites added anything") == ["Julie Howell"]


def test_a_clause_subject_read_as_the_object_keeps_its_phrase_between_commas():
    ex = _extract(
        "Bird count\n\n"
        "Green says the survey, carried out by 300 volunteers last spring, shows a fall in sparrows.\n"
    )
    assert reported_speakers(ex, "the survey, carried out by 300 volunteers last spring, shows a fall") == ["Green"]
    page = _page("abc/imaginary_friends.txt")
    assert reported_speakers(page, "her work, reported in the Journal of Genetic Psychology, finally provides") == ["Paula Bouldin"]


def test_according_to_a_description_then_the_name_is_the_name():
    ex = _extract(
        "Bridge closed\n\n"
        "The Tay bridge will close for repairs in March.\n\n"
        "According to local newspaper the Dundee Courier, the work will take six weeks.\n"
    )
    assert reported_speakers(ex, "the work will take six weeks") == ["Dundee Courier"]
    page = _page("bbcnews/kidman_photographer_order.txt")
    assert reported_speakers(page, "the incident involved paparazzi driving through red lights") == ["Daily Telegraph"]
