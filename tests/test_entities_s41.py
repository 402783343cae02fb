"""Kinds of news copy rounds 65 and 66 (the AllSides articles of Baly et al., the body as newspaper3k extracted it)
showed finding junk or losing entities, tuned in session 41: one made-up test per rule (invented names), and a fact of
the real articles it fixes."""

from __future__ import annotations

import pytest

from newsx.store.nlp.entities.base import _PHOTO_CREDIT
from newsx.store.nlp.entities.credits import credited_writers

from .extraction_corpus import by_alias, extract_text, page

STORY = ("The senator said on Monday that the vote would come soon, and his aides agreed that the timing was right for"
         " it.\n\n")


def _forms(text: str) -> set[str]:
    return set(by_alias(extract_text(text)))


# A picture's credit closing a caption line as its sources joined by slashes: its photographer and agencies are junk
# (tests/gold/README.md, round 65's "made consistent": photo credits are junk by their parts).

@pytest.mark.parametrize("line, credit", [
    ("Migrants wait at a shelter in Harbourton, Texas, April 11, 2018. REUTERS/Dara Quennell/File Photo",
     " REUTERS/Dara Quennell/File Photo"),
    ("Enlarge this image toggle caption Otto Brennick/AFP/Getty Images Otto Brennick/AFP/Getty Images",
     " Otto Brennick/AFP/Getty Images Otto Brennick/AFP/Getty Images"),
    ("The mayor speaks in Harbourton on Jan. 31. Photographer: Ilse Varga/Bloomberg", " Ilse Varga/Bloomberg"),
    ("Residents gather in Harbourton [Emil Sarandon/Anadolu] [-]", "[Emil Sarandon/Anadolu] [-]"),
    ("The senator speaks in Harbourton. (Dara Quennell/Harbourton Journal via AP)",
     "(Dara Quennell/Harbourton Journal via AP)"),
    ("Shoppers pass a closed store in Harbourton, May 21, 2020. Ilse Varga/AP, FILE", " Ilse Varga/AP, FILE"),
])
def test_a_slashed_credit_closing_a_caption_is_a_credit(line, credit):
    m = _PHOTO_CREDIT.search(line)
    assert m is not None and m.group(0) == credit


@pytest.mark.parametrize("line", [
    "The senator leads in the new HBC/ORC poll, aides said.",
    "She told Radio Harbour/Radio Liberty",
    "The pollster's figures [IBD/TIPP]",
    "Both shoes come in two widths (Men's/Women's)",
])
def test_a_name_with_a_slash_in_a_sentence_is_no_credit(line):
    assert _PHOTO_CREDIT.search(line) is None


def test_a_slashed_credits_photographer_and_agency_are_no_entities():
    forms = _forms("Voters weigh the race in the state\n\n" + STORY
                   + "Enlarge this image toggle caption Otto Brennick/AFP/Getty Images Otto Brennick/AFP/Getty Images\n\n"
                   + STORY + "Senator Emil Sarandon of Texas met voters in Boston on Friday.\n\n")
    assert not any("Brennick" in form for form in forms)
    assert {"Emil Sarandon", "Texas", "Boston"} <= forms


def test_allsides_slashed_credits_name_no_one():
    # round 65's border_family_separations ("... 2018. REUTERS/Loren Elliott/File Photo"); round 66's trump_xi_trade_meeting
    # ("Photographer: Al Drago/Bloomberg")
    assert "REUTERS/Loren Elliott/File Photo" not in by_alias(page("allsides/border_family_separations.txt"))
    assert "Al Drago/Bloomberg" not in by_alias(page("allsides/trump_xi_trade_meeting.txt"))


# A contributor line ("— With assistance by A, and B") and a sign-off giving the writers' addresses ("Write to A at
# a@x.com and B at b@x.com"): the writers are actors of the story, as a by-line's are (tests/gold/README.md, the byline
# rule), though the reader files the lines as furniture the model never reads.

@pytest.mark.parametrize("line, names", [
    ("\u2014 With assistance by Dara Quennell, and Otto Brennick", ["Dara Quennell", "Otto Brennick"]),
    ("With assistance by Ilse Varga", ["Ilse Varga"]),
    ("Write to Dara Quennell at dara.quennell@hbc.com", ["Dara Quennell"]),
    ("Write to Otto Brennick at otto.brennick@hbc.com and Ilse M. Varga at ilse.varga@hbc.com", ["Otto Brennick", "Ilse M. Varga"]),
    ("With assistance by the coastguard, the town rebuilt its harbour.", []),
    ("The mayor said she would write to Otto Brennick at otto@hbc.com soon.", []),
])
def test_contributor_and_sign_off_lines_name_their_writers(line, names):
    assert [line[s:e] for s, e, _ in credited_writers(line)] == names


def test_a_sign_off_lines_writers_are_people_of_the_story():
    forms = _forms("Voters weigh the race in the state\n\n" + STORY + STORY
                   + "\u2014 With assistance by Dara Quennell, and Otto Brennick\n\n"
                   + "Write to Ilse Varga at ilse.varga@hbc.com\n")
    assert {"Dara Quennell", "Otto Brennick", "Ilse Varga"} <= forms


def test_allsides_contributor_and_sign_off_lines_name_their_writers():
    # round 65's ivanka_childcare_summit ("— With assistance by Jennifer Jacobs, and Josh Wingrove"); round 66's
    # reid_filibuster_rules ("Write to Kristina Peterson at ... and Janet Hook at ...")
    assert {"Jennifer Jacobs", "Josh Wingrove"} <= set(by_alias(page("allsides/ivanka_childcare_summit.txt")))
    assert {"Kristina Peterson", "Janet Hook"} <= set(by_alias(page("allsides/reid_filibuster_rules.txt")))


# A by-line set as two lines under the headline, the writers' names over the paper's masthead in capitals (USA TODAY's
# "Kim Hjelmgaard and Donna Leinwand Leger" / "USA TODAY"): the writers are people and the paper an actor of the story.

def test_a_two_line_byline_names_its_writers_and_paper():
    forms = _forms("Voters weigh the race in the state\n\nDonna Quennell and Emil Brennick\n\nHARBOUR TIMES\n\n" + STORY)
    assert {"Donna Quennell", "Emil Brennick", "HARBOUR TIMES"} <= forms


def test_a_dek_over_a_label_in_capitals_names_no_writer():
    forms = _forms("Voters weigh the race in the state\n\nSenate Pushes Back\n\nLIVE UPDATES\n\n" + STORY)
    assert not {"Senate Pushes Back", "LIVE UPDATES"} & forms


def test_allsides_two_line_bylines_name_their_writers():
    # round 65's trump_shutdown_possible ("David Jackson" / "USA TODAY"); round 66's davos_fake_media_boos
    assert {"David Jackson", "USA TODAY"} <= set(by_alias(page("allsides/trump_shutdown_possible.txt")))
    assert {"Kim Hjelmgaard", "Donna Leinwand Leger", "USA TODAY"} <= set(by_alias(page("allsides/davos_fake_media_boos.txt")))


# A page's copyright line names its publisher ("Copyright © 2019 The Washington Times, LLC.", "Copyright 2018 The
# Associated Press. All rights reserved."): a mention, an entity only where the story names it too (lead ruling 3;
# tests/test_entities_s60.py).

@pytest.mark.parametrize("line, names", [
    ("Copyright \u00a9 2019 The Harbour Times, LLC. Click here for reprint permission.", ["Harbour Times"]),
    ("Copyright 2018 The Harbour Press. All rights reserved.", ["Harbour Press"]),
    ("\u00a9 2019 Harbour News Now. All Rights Reserved.", ["Harbour News Now"]),
    ("COPYRIGHT 1998 BY HARBOURSOURCES, INC., A JOINT VENTURE OF HBC, INC.", []),
    ("Copyright law protects the work of the Harbour Times.", []),
])
def test_a_copyright_line_names_its_publisher(line, names):
    assert [line[s:e] for s, e, label in credited_writers(line) if label == "ORG"] == names

