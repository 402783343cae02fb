"""Session 36's entity rules (s36-entities), each with a made-up text of its kind and facts of real articles of two
rounds or more that it fixes (the held-out gate of the session 36 brief: a rule is kept only where it fixes articles of
two rounds among 24-55 and precision does not fall on rounds 49-55)."""

from __future__ import annotations

from tests.extraction_corpus import by_alias, extract_text, page, role_of


def _story(body: str):
    return extract_text(f"A story about a campaign.\n\n{body}\n\nThe rest of the story came later, they said.\n")


# "super PAC" is a common noun: the body's name begins after its acronym.


def test_a_body_after_super_pac_is_named_without_the_acronym():
    story = _story("Jeff Doe, communications director for the conservative super PAC America Forward, spoke. Jo Roe "
                   "gave more than $2 million to pro-Roe super PAC Progress USA. The super PAC Patriot Majority PAC "
                   "also spent money.")
    assert role_of(story, "America Forward") == "actor" and role_of(story, "Progress USA") == "actor"
    assert "PAC America Forward" not in by_alias(story) and role_of(story, "Patriot Majority PAC") == "actor"


def test_real_bodies_after_super_pac_are_found():
    # round 53: "contributed more than $2 million to pro-Clinton super PAC Priorities USA."
    assert role_of(page("polnear/politico/clinton_emails_classified.txt"), "Priorities USA") == "actor"
    # round 55: "communications director for the conservative super PAC America Rising."
    assert role_of(page("polnear/west-journal/sherman_blackberry_video.txt"), "America Rising") == "actor"


# A body's name goes on past the model's span: a dangling "of"/"for", or "of" and the place a club or an office serves.


def test_a_body_the_model_ends_on_a_preposition_goes_on_with_the_name_after_it():
    story = _story("Ed Doe, senior adviser to the centrist Committee for a Balanced Federal Budget, spoke. The records "
                   "of the Office of the Secretary of State are kept. Jo Roe speaks to the Economic Club of Ohio on "
                   "Wednesday.")
    aliases = by_alias(story)
    assert "Committee for a Balanced Federal Budget" in aliases and "Committee for" not in aliases
    assert "Office of the Secretary of State" in aliases
    assert "Economic Club of Ohio" in aliases and "Economic Club" not in aliases


def test_real_bodies_cut_at_their_preposition_are_found_whole():
    # round 51: "as Yellen speaks to the Economic Club of Washington on Wednesday"
    assert role_of(page("polnear/politico/yellen_accident_clinton.txt"), "Economic Club of Washington") == "actor"
    # round 51: "track the records of the Office of the Secretary of State"
    assert role_of(page("polnear/wash-post/clinton_emails_90_percent.txt"), "Office of the Secretary of State") == "actor"
    # round 54: "senior adviser to the centrist Committee for a Responsible Federal Budget"
    deficit = page("polnear/nyt/deficit_reverse_course.txt")
    assert role_of(deficit, "Committee for a Responsible Federal Budget") == "actor"
    assert "Committee for" not in by_alias(deficit)


# A scheme "for all", and names listed with a scheme, are schemes: no actors.


def test_a_scheme_for_all_and_the_schemes_listed_with_it_are_no_actors():
    story = _story("It would end the care we know, MediShield, MediAid, the KidCare program, Jane Roe said. Jim Doe "
                   "calls it \"MediShield for all,\" and Roe seized on it. We will protect MediShield and MediAid, Doe "
                   "said. Doe thanked Roe for all her work.")
    assert role_of(story, "MediShield") != "actor" and role_of(story, "MediAid") != "actor"
    assert role_of(story, "Roe") == "actor"


def test_real_schemes_for_all_are_no_actors():
    # round 53: "Medicare, Medicaid, the CHIP program" and "Medicare for all"
    running_mate = page("polnear/politico/clinton_female_running_mate.txt")
    assert role_of(running_mate, "Medicare") != "actor" and role_of(running_mate, "Medicaid") != "actor"
    # round 54: "while we're waiting to pass Medicare for all", "including Medicare and Medicaid"
    embellish = page("polnear/wash-post/democrats_debate_embellish.txt")
    assert role_of(embellish, "Medicare") != "actor" and role_of(embellish, "Medicaid") != "actor"


# A slump's name is a time of the economy, no place.


def test_a_slump_is_no_place():
    story = _story("The town has recovered since the Great Recession, Jane Roe said in Ohio. Her father lived through "
                   "the Long Depression.")
    assert role_of(story, "Great Recession") is None and role_of(story, "Long Depression") is None
    assert role_of(story, "Ohio") == "location"


def test_real_slumps_are_no_places():
    # round 53: "the worst economic crisis since the Great Recession"; round 54 and 55 alike
    for name in ("polnear/huff-post/sanders_clinton_obama_fight.txt", "polnear/wash-post/democrats_debate_embellish.txt",
                 "polnear/nyt/tax_overhaul_distant_goal.txt"):
        assert role_of(page(name), "Great Recession") is None, name


# A name in capitals in a lowercase sentence, as a masthead is written: a body.


def test_a_name_in_capitals_is_a_body_but_not_a_shout_or_a_headline():
    story = _story("How do we get over this? It will take effort. To help with that, USA TODAY sought out expert advice "
                   "on how to deal with dejection, Jane Roe said. She said NOT NOW to them.\n\nVOTERS SAY NO TO NEW TAX "
                   "IN OHIO HERALD POLL")
    assert role_of(story, "USA TODAY") == "actor"
    assert "NOT NOW" not in by_alias(story) and "VOTERS SAY" not in by_alias(story)


def test_real_names_in_capitals_are_found():
    # round 49: "To help with that, USA TODAY sought out expert advice"
    assert role_of(page("polnear/usa-today/candidate_loses_coping_plan.txt"), "USA TODAY") == "actor"
    # round 53: "A new USA TODAY/Rock the Vote survey"
    assert role_of(page("polnear/usa-today/millennials_bathroom_poll.txt"), "USA TODAY") == "actor"


# The federal district's initials after its city are the city's full name.


def test_washington_dc_is_one_place_and_a_town_and_its_state_two():
    story = _story("The suit was filed in Washington, D.C., on Monday, Jane Roe said. She drove on to Staunton, Va.")
    assert role_of(story, "Washington, D.C.") == "location" and "D.C." not in by_alias(story)
    assert role_of(story, "Staunton") == "location"


def test_real_washington_dc_is_one_place():
    # round 50: "Washington, D.C." in a dateline-like line; round 51: "in Washington D.C."; round 54: "in Washington,
    # D.C., on"
    assert role_of(page("polnear/usa-today/melania_husband_standards.txt"), "Washington, D.C.") == "location"
    assert role_of(page("polnear/breitbart/mccain_bad_angels.txt"), "Washington D.C.") == "location"
    assert role_of(page("polnear/usa-today/benghazi_parents_sue.txt"), "Washington, D.C.") == "location"
