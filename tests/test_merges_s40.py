"""Aliases left apart on rounds 55-64 (session 40): a place's body by the name it has of its own, whatever its last word
("the Chicago Sun-Times", then "the Sun-Times"); a staff named after a person in full, then by the surname ("the Donald
Trump campaign", then "the Trump campaign"). Each with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page

_PAPER = (
    "Mayor faces recall\n\n"
    "The mayor told the Dallas Morning News on Monday that he would not resign. The Boston Red Sox said they had not been "
    "consulted.\n\n"
    "A spokeswoman for the Sun-Times said the Morning News had first reported the petition last week. The Red Sox declined "
    "to comment further.\n"
)


def test_a_places_body_goes_by_the_name_it_has_of_its_own():
    ex = extract_text(_PAPER)
    assert named_as_one(ex, "Morning News", "Dallas Morning News")
    assert named_as_one(ex, "Red Sox", "Boston Red Sox")
    # another paper, whose place the story never writes, is no short name of the one it names
    assert named_apart(ex, "Sun-Times", "Dallas Morning News")


def test_a_places_body_by_its_own_name_on_the_real_pages():
    # rounds 57, 58, 59, 60 and 62: a paper, a club, a command and a mosque, each named with its place first
    assert named_as_one(page("polnear/politico/shooting_families_sanders.txt"), "Daily News", "New York Daily News")
    assert named_as_one(page("polnear/west-journal/weiner_more_bad_news.txt"), "Daily News", "New York Daily News")
    assert named_as_one(page("polnear/usa-today/orlando_pride_events.txt"), "Sun-Times", "Chicago Sun-Times")
    assert named_as_one(page("polnear/nyt/espn_fires_schilling.txt"), "Red Sox", "Boston Red Sox")
    assert named_as_one(page("polnear/nyt/admiral_rattles_beijing.txt"), "Pacific Command", "United States Pacific Command")
    assert named_as_one(page("polnear/breitbart/ali_mourners_politics.txt"), "Islamic Center", "Louisville Islamic Center")


_STAFF = (
    "Cruz aide out\n\n"
    "A Cruz aide was fired after a clash with the Donald Trump campaign, which had complained about a video. The Hillary "
    "Clinton campaign stayed quiet.\n\n"
    "The Trump campaign said on Friday it welcomed the decision.\n"
)


def test_a_staff_named_after_a_person_in_full_then_by_the_surname_is_one():
    ex = extract_text(_STAFF)
    assert named_as_one(ex, "Trump campaign", "Donald Trump campaign")
    assert named_apart(ex, "Trump campaign", "Hillary Clinton campaign")


def test_a_staff_by_the_surname_on_the_real_pages():
    # rounds 55, 56, 58 and 59
    assert named_as_one(page("polnear/huff-post/cruz_assault_fireable.txt"), "Trump campaign", "Donald Trump campaign")
    assert named_as_one(page("polnear/west-journal/trump_palin_announcement.txt"), "Trump campaign", "Donald Trump campaign")
    assert named_as_one(page("polnear/politico/mark_viverito_sanders.txt"), "Sanders campaign", "Bernie Sanders campaign")
    assert named_as_one(page("polnear/wash-post/black_votes_south_carolina.txt"), "Sanders campaign", "Bernie Sanders campaign")
