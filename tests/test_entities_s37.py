"""Session 37's entity rules (s37-entities), each with a made-up text of its kind and facts of real articles of two
rounds or more that it fixes (the held-out gate of the session 37 brief: a rule is kept only where it fixes articles of
two rounds among 24-58 and entity precision does not fall on rounds 49-58)."""

from __future__ import annotations

from tests.extraction_corpus import by_alias, extract_text, named_as_one, page, role_of


def _story(body: str):
    return extract_text(f"A story about a campaign.\n\n{body}\n\nThe rest of the story came later, they said.\n")


# A pact's name before its noun ("the TPP pact", "the ... Partnership trade agreement") is a text states sign: no actor.


def test_a_pact_named_before_its_noun_is_no_actor():
    story = _story("Jo Roe wants Congress to approve the Pacific Rim Partnership (PRP), she said on Monday. Jim Doe has "
                   "called the 12-nation PRP pact a disaster. Roe once praised the Atlantic Commerce Partnership trade "
                   "agreement. Acme Corp. signed the Boeing deal, Doe said.")
    assert role_of(story, "PRP") != "actor" and role_of(story, "Pacific Rim Partnership") != "actor"
    assert role_of(story, "Atlantic Commerce Partnership") != "actor"
    assert role_of(story, "Jo Roe") == "actor"


def test_real_pacts_named_before_their_noun_are_no_actors():
    # round 57: "who once praised the controversial Trans-Pacific Partnership trade agreement"
    speech = page("polnear/huff-post/clinton_populist_speech.txt")
    assert role_of(speech, "Trans-Pacific Partnership") != "actor" and role_of(speech, "TPP") != "actor"
    # round 58: "the gigantic Trans-Pacific Partnership (TPP)", "the 12-nation TPP pact"
    populist = page("polnear/usa-today/clinton_surprise_populist.txt")
    assert role_of(populist, "Trans-Pacific Partnership") != "actor" and role_of(populist, "TPP") != "actor"


# A name a list gives as programs ("X and other government programs", "programs, including X") is a scheme: no actor.


def test_schemes_in_a_list_of_programs_are_no_actors():
    story = _story("Jo Roe has pushed cuts in MediShield and other government programs, Jim Doe said. Newcomers are "
                   "barred from a host of government programs, including CareAid, food stamps and other welfare "
                   "programs, Doe said.")
    assert role_of(story, "MediShield") != "actor" and role_of(story, "CareAid") != "actor"
    assert role_of(story, "Jo Roe") == "actor"


def test_real_schemes_in_a_list_of_programs_are_no_actors():
    # round 52: "barred from a host of government programs, including Medicaid, food stamps and other welfare programs"
    assert role_of(page("polnear/nyt/immigrants_find_way.txt"), "Medicaid") != "actor"
    # round 57: "by pushing cuts in Medicare and other government programs"
    assert role_of(page("polnear/breitbart/trump_ryan_pledge.txt"), "Medicare") != "actor"


# American copy writes a cabinet title in lowercase ("former secretary of State Hillary Clinton"): its field is no body.


def test_the_field_after_a_lowercase_secretary_is_no_body():
    story = _story("Jim Doe has led former secretary of State Jane Roe in the polls. Roe said the State Department "
                   "would answer. Doe spoke to the secretary of Defense on Monday.")
    aliases = by_alias(story)
    assert "State" not in aliases and "Defense" not in aliases
    assert role_of(story, "State Department") == "actor" and role_of(story, "Jane Roe") == "actor"


def test_real_fields_after_a_lowercase_secretary_are_no_bodies():
    # round 57: "forced a former U.S. senator and secretary of State to change her mind"
    assert "State" not in by_alias(page("polnear/usa-today/sanders_back_clinton_eventually.txt"))
    # round 58: "has cast former secretary of State Hillary Clinton as unqualified"
    assert "State" not in by_alias(page("polnear/usa-today/graduates_wrong_lessons.txt"))


# A capitalised word before a noun of what a platform hosts ("his Twitter account", "Twitter followers") is the
# platform, a body the model leaves untagged.


def test_a_platform_before_what_it_hosts_is_a_body():
    story = _story("The best way to follow along is by watching the live Twitter stream below, Jo Roe said. Rumours "
                   "have been echoed by Roe's army of Twitter followers. The Roe page had few readers.")
    assert role_of(story, "Twitter") == "actor"
    assert named_as_one(story, "Jo Roe", "Roe")  # "The Roe page": a person's, no platform


def test_real_platforms_before_what_they_host_are_found():
    # round 50: "by watching the live Twitter stream below"
    assert role_of(page("polnear/west-journal/politifact_bias_sharockman.txt"), "Twitter") == "actor"
    # round 52: "echoed by Trump's army of Twitter followers"
    assert role_of(page("polnear/wash-post/misinformation_mainstream.txt"), "Twitter") == "actor"


# "O.K.", American copy's "okay" with stops, is no name.


def test_okay_spelt_with_stops_is_no_name():
    story = _story("\"I'm O.K. with negotiations,\" Jo Roe said. \"Are you O.K., honey?\" Jim Doe asked.")
    assert "O.K." not in by_alias(story) and role_of(story, "Jo Roe") == "actor"


def test_real_okays_spelt_with_stops_are_no_names():
    # round 54: "''I'm O.K. with negotiations and getting them back''"
    assert "O.K." not in by_alias(page("polnear/nyt/prisoner_swap_costs.txt"))
    # round 58: "But that was O.K. for my purposes."
    assert "O.K." not in by_alias(page("polnear/nyt/news_outlets_bend_or_bust.txt"))
