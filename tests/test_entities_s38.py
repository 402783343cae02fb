"""Session 38's entity rules (s38-entities), each with a made-up text of its kind and facts of real articles of two
rounds or more that it fixes (the held-out gate of the session 38 brief: a rule is kept only where it fixes articles of
two rounds among 24-60 and entity precision does not fall on rounds 49-60)."""

from __future__ import annotations

from tests.extraction_corpus import by_alias, extract_text, page, role_of


def _story(body: str):
    return extract_text(f"A story about a ruling.\n\n{body}\n\nThe rest of the story came later, they said.\n")


# A court case, by its parties ("Plessy v. Ferguson") or between a court's possessive and a decision's noun ("the Supreme
# Court's Citizens United decision"), is a decision the law is read by: no actor, though named like the parties.


def test_a_court_case_is_no_actor():
    story = _story("Jo Roe vowed to overturn the Supreme Court's Free Voters United decision, she said on Monday. The "
                   "judge cited Smithson v. Ferrall and Grant v. Board of Regents. Free Voters United, the group, said it "
                   "would fight the plan.")
    aliases = by_alias(story)
    assert "Smithson" not in aliases and "Ferrall" not in aliases and "Grant v. Board of Regents" not in aliases
    assert role_of(story, "Jo Roe") == "actor"
    # the group acting elsewhere in the story is still one
    assert role_of(story, "Free Voters United") == "actor"


def test_a_court_case_leaves_its_parties_named_elsewhere():
    story = _story("The judge cited Smithson v. Ferrall in the ruling. Protesters marched in Ferrall, Mo., on Monday, "
                   "police said.")
    assert "Smithson" not in by_alias(story)
    assert role_of(story, "Ferrall") == "location"


def test_real_court_cases_are_no_actors():
    # round 50: "overturn the Supreme Court's Citizens United decision that helped pave the way for super PACs"
    assert role_of(page("polnear/usa-today/super_pac_billion_haul.txt"), "Citizens United") != "actor"
    # round 50: "from the Dred Scott case to Plessy v. Ferguson and Brown v. Board of Education"
    museum = by_alias(page("polnear/nyt/african_american_museum.txt"))
    assert "Plessy" not in museum and "Brown v. Board of Education" not in museum
    # round 56: "Richards also spoke about the Whole Women's Health v. Hellerstedt, the case currently before the Supreme Court"
    assert "Hellerstedt" not in by_alias(page("polnear/huff-post/richards_sick_of_men.txt"))
    # round 60: "the year the Supreme Court's Citizens United decision paved the way for new levels of giving"
    assert role_of(page("polnear/nyt/women_big_donors.txt"), "Citizens United") != "actor"


# A cause's followers named by its slogan before "movement" ("the Black Lives Matter movement") are a body: the slogan is
# a clause, whose capitalised verb keeps the model from tagging it.


def test_a_movement_named_by_its_slogan_is_an_actor():
    story = _story("Several hundred demonstrators aligned with the Rivers Need Us movement marched on Monday, police "
                   "said. Jo Roe backed them.")
    assert role_of(story, "Rivers Need Us") == "actor"
    assert "Rivers Need Us movement" not in by_alias(story)


def test_real_movements_named_by_their_slogans_are_actors():
    # round 55: "helped inspire the Black Lives Matter movement"
    assert role_of(page("polnear/wash-post/black_votes_south_carolina.txt"), "Black Lives Matter") == "actor"
    # round 56: "she has reckoned with the Black Lives Matter movement"
    assert role_of(page("polnear/nyt/clinton_wins_signs_trouble.txt"), "Black Lives Matter") == "actor"
    # round 60: "demonstrators aligned with the Black Lives Matter movement"
    assert role_of(page("polnear/usa-today/blm_seeks_clinton_ear.txt"), "Black Lives Matter") == "actor"


# A feast named in several words of another language ("on Cinco de Mayo", "Happy Cinco de Mayo!") is a day: no actor.


def test_a_feast_of_several_words_is_no_actor():
    story = _story("Jo Roe posted a photo of himself eating a taco bowl on Cinco de Mayo. \u201cHappy Cinco de Mayo!\u201d he "
                   "wrote. Jim Doe called it pandering.")
    assert "Cinco de Mayo" not in by_alias(story)
    assert role_of(story, "Jim Doe") == "actor"


def test_real_feasts_of_several_words_are_no_actors():
    # round 56: "On Cinco de Mayo, Trump happened to be eating a taco bowl for lunch"
    assert "Cinco de Mayo" not in by_alias(page("polnear/huff-post/manafort_unhappy_campaign.txt"))
    # round 60: "pandering to Hispanic voters on Cinco de Mayo, a day on which ...", "Happy Cinco de Mayo!"
    assert "Cinco de Mayo" not in by_alias(page("polnear/huff-post/trump_offensive_latinos.txt"))


# "a spokesman for House Speaker Paul Ryan": after the role's "for", a title (its body's word first) and its holder's
# given name and surname are a person, not one body's name.


def test_a_titled_person_after_a_role_for_is_the_person():
    story = _story("Jim Doe, a spokesman for House Speaker John Mercer, said the bill was dead.")
    assert "House Speaker John Mercer" not in by_alias(story)
    assert role_of(story, "John Mercer") == "actor"


def test_real_titled_people_after_a_role_for_are_the_people():
    # round 54: "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post"
    assert "Paul Ryan" in by_alias(page("polnear/west-journal/abbott_gun_warning.txt"))
    # round 60: "Dog Andres, a spokesman for House Speaker Paul Ryan, said"
    assert "Paul Ryan" in by_alias(page("polnear/usa-today/obama_radical_islam.txt"))
