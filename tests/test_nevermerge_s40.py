"""Rounds 63 and 64's never-merge breaks (session 40, s40-nevermerge), the Dragnet pages of 2012: each reading with a
made-up story of its kind, the reading it must keep where one is near, and the real page it fixes.

- a given name and a longer one it opens, his and hers ("Nigel Lawson" and "Nigella Lawson");
- a given name alone after someone's kin noun ("his son James") bears that family's surname, no other's;
- a person's full name and common nouns after it ("Sally Ride Science") is a body named after her;
- a bracket after an item of a list of names ("the Bruins, Philadelphia Blazers (WHA), New York Rangers") notes a fact
  of the item, no acronym of a name it does not spell;
- an owner in the possessive before a word ("Sina's Weibo") is no part of the full name "Sina Weibo";
- a firm's name without its legal form, written too ("NBC Sports" of "NBC Sports Group"), keeps its trade word: the
  shorter "NBC" is the parent;
- a legislature's word alone with no article ("an understanding with Congress") is no clip of "Trinamool Congress";
- a bare surname known before a family is named ("Obama", then "Malia and Sasha Obama") is no child's;
- a people's word added to a body's name already used alone ("Taliban fighters", then "the Pakistani Taliban") names
  that people's branch, no fuller name of the body."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page


# A given name and a longer one it opens, his and hers: two people.


def test_his_given_name_opening_hers_is_another_person():
    extraction = extract_text(
        "Cook Loses Her Mother\n\n"
        "The television cook Nigella Roe said on Tuesday that her mother had died. Her father, the former minister Nigel "
        "Roe, was at her side.\n\n"
        "\"She was the bravest woman,\" Nigella Roe said.\n"
    )
    assert named_apart(extraction, "Nigella Roe", "Nigel Roe")


def test_a_short_form_the_table_knows_is_still_one_person():
    extraction = extract_text(
        "Mayor Wins\n\n"
        "Alexandra Roe won the vote on Tuesday, the city said.\n\n"
        "\"We worked hard,\" said Alex Roe, who takes office in May.\n"
    )
    assert named_as_one(extraction, "Alexandra Roe", "Alex Roe")


def test_nigel_and_nigella_lawson_on_the_real_page():
    # round 64: "NIGELLA LAWSON", "Nigella", "Miss Lawson", beside her father "Nigel Lawson", "Lord Lawson"
    assert named_apart(page("dragnet/nigella_lawson_mother.txt"), "Nigella", "Nigel Lawson")


# A given name after someone's kin noun: that family's, no other family's full name.


def test_a_given_name_after_someones_kin_noun_is_no_other_familys():
    extraction = extract_text(
        "Editors Charged\n\n"
        "Prosecutors on Tuesday charged the reporters Jane Doe, James Lowe and Ann Poe.\n\n"
        "The tycoon Rupert Roe has distanced himself and his son James from the paper, and Roe said he had known "
        "nothing.\n"
    )
    assert named_apart(extraction, "James", "James Lowe")


def test_a_given_name_after_a_kin_noun_of_the_family_is_still_its_bearer():
    extraction = extract_text(
        "Singer Recovers\n\n"
        "The singer Ozzy Roe was in hospital on Tuesday. His wife Sharon was at his side.\n\n"
        "\"He is doing well,\" Sharon Roe told reporters later.\n"
    )
    assert named_as_one(extraction, "Sharon", "Sharon Roe")


def test_his_son_james_on_the_real_page():
    # round 64: "Murdoch has distanced himself — and his son James — from ...", beside "James Weatherup"
    assert named_apart(page("dragnet/brooks_coulson_charged.txt"), "James", "James Weatherup")


# A person's full name and common nouns after it: a body named after her.


def test_a_full_name_and_a_common_noun_is_a_body_named_after_the_person():
    extraction = extract_text(
        "Astronaut Dies\n\n"
        "Jane Roe, the first woman to fly the shuttle, has died aged 61, her foundation says.\n\n"
        "\"Jane was a hero to many,\" Jane Roe Science said in a statement. Roe founded it in 2001.\n"
    )
    assert named_apart(extraction, "Jane Roe", "Jane Roe Science")


def test_a_married_name_after_a_maiden_name_is_still_the_person():
    # round 56: "Nancy Reagan", then "It was always Nancy Davis Reagan", "If Nancy Davis had met Ronald Reagan"
    assert named_as_one(page("polnear/usa-today/nancy_reagan_powerhouse.txt"), "Nancy Reagan", "Nancy Davis Reagan")


def test_sally_ride_science_on_the_real_page():
    # round 64: "Sally Ride Science said in a statement", beside "Sally Ride", "Ms Ride"
    assert named_apart(page("dragnet/sally_ride_dies.txt"), "Sally Ride", "Sally Ride Science")


# A bracket after an item of a list of names: no acronym of the item.


def test_a_bracket_after_an_item_of_a_list_is_no_acronym_of_it():
    extraction = extract_text(
        "Hockey Star Writes Book\n\n"
        "Jon Roe played for the Bruins, Ottawa Rapids (WHA), New York Rangers and St. Louis Blues before he retired. "
        "The WHA folded in 1979.\n"
    )
    assert named_apart(extraction, "Ottawa Rapids", "WHA")


def test_an_acronym_of_another_language_is_still_the_name_before_it():
    extraction = extract_text(
        "Clinic Attacked\n\n"
        "A clinic run by Doctors Without Borders (MSF) was hit on Tuesday, Jon Roe said. MSF said four staff died.\n"
    )
    assert named_as_one(extraction, "Doctors Without Borders", "MSF")


def test_philadelphia_blazers_wha_on_the_real_page():
    # round 63: "He played for the Bruins, Philadelphia Blazers (WHA), New York Rangers, St. Louis Blues and ..."
    assert named_apart(page("dragnet/derek_sanderson_book.txt"), "Philadelphia Blazers", "WHA")


# An owner in the possessive before a word: no part of the full name the two words make.


def test_an_owner_in_the_possessive_is_no_part_of_its_things_name():
    extraction = extract_text(
        "Trial Talk Censored\n\n"
        "\"Go to the temple,\" wrote one user on Sohu's Tianxia microblog. Discussion on Sohu Tianxia was hampered by "
        "keyword blocking.\n\n"
        "Sohu published a message on its official Tianxia account suggesting it could be a technical error.\n"
    )
    assert named_apart(extraction, "Sohu", "Sohu Tianxia")


def test_sina_and_sina_weibo_on_the_real_page():
    # round 63: "wrote one user on Sina's Weibo microblog", "Discussion on Sina Weibo", "Sina published a message"
    assert named_apart(page("dragnet/heywood_trial.txt"), "Sina", "Sina Weibo")


# A firm's name without its legal form, written too: its trade word is its name's, the shorter name its parent's.


def test_a_unit_named_after_its_parent_is_not_the_parent():
    extraction = extract_text(
        "Anchor Plans Tribute\n\n"
        "NEW YORK - Jon Roe of KBX Sports says he plans a tribute this week. Roe has been the lead host of KBX's "
        "coverage for 20 years, and KBX noted that plans can change.\n\n"
        "\"Our plans are still being finalized,\" said KBX Sports Group spokesman Jim Doe.\n"
    )
    assert named_apart(extraction, "KBX", "KBX Sports Group")


def test_nbc_and_nbc_sports_group_on_the_real_page():
    # round 63: "NBC Sports anchor Bob Costas", "NBC Sports Group spokesman Adam Freifeld", "NBC noted that ..."
    assert named_apart(page("dragnet/costas_munich_tribute.txt"), "NBC", "NBC Sports Group")


# A legislature's word alone, with no article: its own name, no clip of a longer one.


def test_a_legislatures_word_without_an_article_is_no_clip_of_a_party():
    extraction = extract_text(
        "Leader Calls For Polls\n\n"
        "Kolkata: Bangla Trinamul Congress chief Jane Roe on Tuesday asked her partymen to be ready for snap polls. The "
        "Bangla Trinamul Congress is keen to advance the polls.\n\n"
        "She accused the left of having an understanding with Congress, a party leader said.\n"
    )
    assert named_apart(extraction, "Bangla Trinamul Congress", "Congress")


def test_trinamool_congress_and_congress_on_the_real_page():
    # round 63: "Trinamool Congress chief Mamata Banerjee", "accused it of having an understanding with Congress"
    assert named_apart(page("dragnet/mamata_snap_polls.txt"), "Trinamool Congress", "Congress")


# A bare surname known before a family is named: no child's.


def test_a_surname_known_before_two_children_are_named_is_not_a_childs():
    extraction = extract_text(
        "Lund Wins Again\n\n"
        "Lund won a second term on Tuesday. Lund will face a divided Congress, and his aides said Lund was ready.\n\n"
        "Cheers echoed in the ears of young Mia and Sasha Lund as they joined their parents on stage.\n"
    )
    assert named_apart(extraction, "Lund", "Sasha Lund")


def test_sasha_obama_and_obama_on_the_real_page():
    # round 64: "Obama's re-election", "Obama makes history", ..., then "young Malia and Sasha Obama"
    assert named_apart(page("dragnet/obama_governing.txt"), "Obama", "Sasha Obama")


# A people's word added to a body's name already in use: that people's branch of the body.


def test_a_peoples_branch_named_after_its_body_is_not_the_body():
    extraction = extract_text(
        "Schools In The Tribal Belt\n\n"
        "The children of Taliban fighters attend the school. Jon Roe, the Taliban commander who controls the area, "
        "backs the war across the border.\n\n"
        "The Pakistani Taliban, as well as other insurgents, have bombed many schools, Jim Doe said.\n"
    )
    assert named_apart(extraction, "Taliban", "Pakistani Taliban")


def test_a_body_named_in_full_before_it_is_clipped_is_one_body():
    extraction = extract_text(
        "Helicopter Shot Down\n\n"
        "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, Jon Roe said.\n\n"
        "The crash comes a day after the Taliban swapped two hostages for three of its commanders.\n"
    )
    assert named_as_one(extraction, "Afghan Taliban", "Taliban")


def test_the_pakistani_taliban_on_the_real_page():
    # round 64: "children of Taliban fighters", "the Taliban commander", then "The Pakistani Taliban, as well as ..."
    assert named_apart(page("dragnet/pakistan_schools.txt"), "Taliban", "Pakistani Taliban")
