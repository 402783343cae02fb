"""People's names (session 34, rounds 24-53): a family whose father and son, mother and daughter share given names
("Fred Sr.", a lone "Fred"; "Maryanne Trump Barry", a lone "Mary"), whose given name alone is no short name of the
namesake. Each rule with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


_FAMILY = (
    "For Roe, lessons from a brother\n\n"
    "Mr. Roe, whose appeal rests on success, seldom speaks of his brother Teddy, who died in 1981.\n\n"
    "One evening, Donald Roe met his older brother, Teddy, for dinner.\n\n"
    "But the case of Teddy Roe, once the heir to his father's business, is bleak.\n\n"
    "Less quick than his older sister, Carolanne Roe Blake, now a judge, Teddy was more welcoming.\n\n"
    "As Ted Sr. would, he worked long hours. \u201cMy father put pressure on Ted,\u201d Mr. Roe said.\n\n"
    "Teddy married a stewardess. They had two children, whom they named Ted and Carol, after Teddy's parents.\n"
)


def test_a_given_name_alone_is_no_short_name_of_its_senior():
    ex = extract_text(_FAMILY)
    assert named_apart(ex, "Ted", "Ted Sr")
    assert named_as_one(ex, "Ted", "Teddy Roe")  # the one the table's short form opens, the son


def test_a_given_name_is_no_short_name_of_a_compound_given_name():
    ex = extract_text(_FAMILY)
    assert "Carol" not in by_alias(ex)["Carolanne Roe Blake"].aliases


def test_the_trump_family_on_the_real_page():
    # "his brother Freddy, who died", then "Freddy Trump"; "As Fred Sr. ..."; "his older sister, Maryanne Trump Barry";
    # "They had two children, whom they named Fred and Mary, after Freddy's parents."
    ex = page("polnear/nyt/trump_brother_lessons.txt")
    assert named_apart(ex, "Fred", "Fred Sr")
    assert named_apart(ex, "Mary", "Maryanne Trump Barry")
    assert named_as_one(ex, "Fred", "Freddy Trump")
