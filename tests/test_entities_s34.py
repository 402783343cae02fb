"""Kinds of text rounds 24-53 showed losing entities or finding junk, tuned in session 34 under the held-out gate:
one made-up test per rule (invented names), and facts of real articles of two different rounds it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_as_one, page


def _forms(text: str) -> set[str]:
    return set(by_alias(extract_text(text)))


HEAD = ("Voters weigh the race in the state.\n\nBy Jane Doe\n\nThe senator said on Monday that the vote would come soon, and"
        " his aides agreed that the timing was right for it.\n\n")


# A speech named by its occasion ("the State of the Union address", "her State of the State speech", a show of that
# name): words read out, no body, though the model tags them one.

def test_a_speech_named_by_its_occasion_is_no_entity():
    forms = _forms(HEAD + "The president spoke in his final State of the Union address, and Governor Pat Quell gave her"
                   " State of the State speech in Albany.\n\n\"We will hold the line,\" Senator Dara Kell said on CNN's State"
                   " of the Union on Sunday.\n\nTwo days after he delivered his last State of the Union Address, the Senate"
                   " voted.\n")
    assert {"Pat Quell", "Dara Kell", "Albany", "CNN", "Senate"} <= forms
    assert not {f for f in forms if f.startswith("State")}


def test_state_of_the_union_is_no_body_in_usa_today_and_the_times():
    # round 52's islamic_state_words_split: "Rubio said Dec. 6 on CNN's State of the Union"; round 53's
    # america_shiny_gloomy: "in his final State of the Union address", "No State of the Union address, no matter ..."
    assert "State of the Union" not in by_alias(page("polnear/usa-today/islamic_state_words_split.txt"))
    assert not {"State of the Union", "No State of the Union"} & set(by_alias(page("polnear/nyt/america_shiny_gloomy.txt")))


# A club named after its city, the model's place then a nickname it tags a body or a product of its own: after "a" too,
# the fan's article ("a Dallas Cowboys fan"), and "the Denver Broncos" whose "Broncos" the model calls a product.

def test_a_club_named_after_its_city_is_one_body():
    forms = _forms(HEAD + "Former owner Carl Bodkin offered his early assessment of the title game between the Denver"
                   " Broncos and Carolina Panthers.\n\nBodkin, a Dallas Cowboys fan, said he would watch from home.\n")
    assert {"Denver Broncos", "Carolina Panthers", "Dallas Cowboys"} <= forms
    assert not {"Denver", "Dallas", "Cowboys"} & forms


def test_a_fan_of_a_club_in_politico_and_breitbart():
    # round 52's candidates_favorite_tv: "he is better known as a Dallas Cowboys fan."; round 53's super_bowl_predictions:
    # "Governor Chris Christie – a Dallas Cowboys fan – gave a one word answer"; calderon_border_wall: "Super Bowl 50
    # between the Denver Broncos and Carolina Panthers."
    tv = set(by_alias(page("polnear/politico/candidates_favorite_tv.txt")))
    assert "Dallas Cowboys" in tv and not {"Dallas", "Cowboys"} & tv
    assert "Dallas Cowboys" in by_alias(page("polnear/breitbart/super_bowl_predictions.txt"))
    wall = set(by_alias(page("polnear/breitbart/calderon_border_wall.txt")))
    assert "Denver Broncos" in wall and "Denver" not in wall


# A committee named for what it looks into: capitalised words after its "on", a place's name too ("the House Select
# Committee on Benghazi"), where the model stops at the head noun; its head noun alone ("the Committee") is it.

def test_a_committee_on_a_subject_is_named_whole():
    forms = _forms(HEAD + "The agency deleted the files, though it had been asked to keep them by the House Select Committee"
                   " on Benghazi. The Senate Ethics Committee on Tuesday declined to comment.\n\nFigures from the Joint"
                   " Committee on Taxation showed the cost.\n")
    assert {"House Select Committee on Benghazi", "Joint Committee on Taxation", "Senate Ethics Committee"} <= forms
    assert not {"House Select Committee", "Joint Committee", "Senate Ethics Committee on Tuesday"} & forms


def test_a_committees_head_noun_alone_is_the_committee_on_a_subject():
    found = extract_text(HEAD + "The agency deleted the files, though it had been asked to keep them by the House Select"
                         " Committee on Benghazi.\n\nThe Committee said it would subpoena the files.\n")
    assert named_as_one(found, "House Select Committee on Benghazi", "Committee")


def test_the_benghazi_committee_in_the_post_and_western_journalism():
    # round 51's clinton_emails_90_percent: "the House Select Committee on Benghazi is a “witch hunt”"; round 52's
    # gowdy_legal_action (then "the Committee"); round 53's republican_clinton_inquiry: "asked to preserve them by the
    # House Select Committee on Benghazi."
    assert "House Select Committee on Benghazi" in by_alias(page("polnear/wash-post/clinton_emails_90_percent.txt"))
    assert named_as_one(page("polnear/west-journal/gowdy_legal_action.txt"), "House Select Committee on Benghazi", "Committee")
    inquiry = set(by_alias(page("polnear/wash-post/republican_clinton_inquiry.txt")))
    assert "House Select Committee on Benghazi" in inquiry and "House Select Committee" not in inquiry
