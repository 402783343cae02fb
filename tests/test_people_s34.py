"""People's names (session 34, rounds 24-53): a surname the gazetteer knows as a town is the person's whom the text
gives it a person's pronoun; a family whose father and son, mother and daughter share given names ("Fred Sr.", a
lone "Fred"; "Maryanne Trump Barry", a lone "Mary"), whose given name alone is no short name of the namesake. Each
rule with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


def _town_surname(*evidence: set[str]):
    """Groups of a story: "Hillary Clinton", a lone "Clinton" the model took for the town in Maryland, its mentions
    marked `evidence`, and Iowa, a place of the same country."""
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.gazetteer import Place

    person = _Group([_Mention(2, 0, 15, "Hillary Clinton", "PERSON", {"person"})], "PERSON")
    town = _Group([_Mention(k, 0, 7, "Clinton", "GPE", set(e)) for k, e in enumerate(evidence, start=3)], "GPE",
                  Place(1, "Clinton", "US", 38.8, -76.9, "city"))
    state = _Group([_Mention(1, 0, 4, "Iowa", "GPE", {"locative"})], "GPE", Place(2, "Iowa", "US", 42.0, -93.5, "region"))
    return [person, town, state]


def test_a_surname_that_is_a_towns_name_is_the_persons_the_pronouns_say():
    from newsx.store.nlp.entities.places import _surnames_taken_for_places

    # "Clinton is biding her time", "pressure on Clinton to get into the race earlier than she did", "helped Clinton,
    # who does not need to", though "the spotlight was on Clinton" reads as a place
    groups = _town_surname({"her pronoun"}, {"her pronoun after"}, {"person"}, {"locative"}, set())
    _surnames_taken_for_places(groups)
    assert (groups[1].label, groups[1].place) == ("PERSON", None)
    # less often than as a place: the town stays
    groups = _town_surname({"her pronoun"}, {"locative"}, {"attributive", "place"})
    _surnames_taken_for_places(groups)
    assert groups[1].label == "GPE"


def test_a_surname_that_is_a_towns_name_on_the_real_pages():
    # "Clinton is gathering her strength", "Clinton is biding her time", "helped Clinton, who does not need to
    # demonstrate her staying power", beside one "Hillary Clinton" (Clinton, Maryland, to the gazetteer)
    assert named_as_one(page("polnear/wash-post/clinton_gathering_strength.txt"), "Clinton", "Hillary Clinton")
    # round 50: "Trump Was ‘Mocking’ Clinton Camp", "After the Clinton camp announced", beside "Hillary Clinton"
    assert named_as_one(page("polnear/breitbart/pence_gennifer_flowers.txt"), "Clinton", "Hillary Clinton")


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
