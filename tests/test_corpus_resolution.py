"""One stored entity per real thing across the articles of a store (session 38).

In a store of the ~1,800 gold articles `Congress` held the World Meat Congress, Jeb Bush's entity George W. Bush's bare
`Bush`, and Melania Trump's (begun from a lone `Trump`) Donald Trump's bare `Trump`. bench/corpus_resolution.py scores
a store across articles by the gold's full names; these are its keying on made-up gold, and each rule of resolution on
made-up articles written into a store in both orders.
"""

from __future__ import annotations

import pytest

from bench.corpus_resolution import Item, gold_key, key_classes, score
from bench.extraction_quality import gold_entities_with_forms
from newsx.store import open_db

from .test_names_by_votes import write
from .test_write_at_scale import person


def _gold(path: str, *entities: tuple[str, str, list[str]]) -> dict:
    return {"article": path, "entities": [{"name": n, "role": r, "aliases": a} for n, r, a in entities], "quotes": []}


def test_the_key_is_the_longest_untitled_full_name_or_the_gold_name():
    one = _gold(
        "a.txt",
        ("Barack Obama", "actor", ["President Obama", "Obama"]),  # the gold's name says which Obama
        ("George W. Bush", "actor", ["President George W. Bush", "Bush"]),
        ("Bush", "actor", ["Mr. Bush", "Bush"]),  # a surname (and a title) alone: no full name
        ("Congress", "actor", ["Congress"]),
        ("Paris", "location", ["Paris"]),
    )
    keys = [gold_key(g) for g in gold_entities_with_forms(one)]
    assert keys == ["barack obama", "george w bush", None, None, "paris"]


def test_full_names_one_gold_lists_together_are_one_key():
    golds = [
        _gold("a.txt", ("Hillary Clinton", "actor", ["Hillary Rodham Clinton", "Hillary Clinton", "Clinton"])),
        _gold("b.txt", ("Hillary Clinton", "actor", ["Hillary Clinton"]), ("Jeb Bush", "actor", ["Mr. Bush", "Jeb Bush"])),
        _gold("c.txt", ("George W. Bush", "actor", ["Mr. Bush", "George W. Bush"])),
    ]
    classes = key_classes(golds)
    assert classes["hillary rodham clinton"] == classes["hillary clinton"]
    assert classes["jeb bush"] != classes["george w bush"]  # "Mr. Bush" of both is no full name: no bridge
    assert "mr bush" not in classes


def test_a_full_name_and_its_one_middle_named_spelling_are_one_key():
    golds = [
        _gold("a.txt", ("John Kasich", "actor", ["John R. Kasich"])),
        _gold("b.txt", ("John Kasich", "actor", ["John Kasich"])),
        _gold("c.txt", ("George W. Bush", "actor", ["George W. Bush"])),
        _gold("d.txt", ("George H.W. Bush", "actor", ["George H.W. Bush"])),
        _gold("e.txt", ("George Bush", "actor", ["George Bush"])),
    ]
    classes = key_classes(golds)
    assert classes["john r kasich"] == classes["john kasich"]
    assert len({classes["george w bush"], classes["george hw bush"], classes["george bush"]}) == 3


def test_pairs_across_articles_score_recall_and_precision():
    items = [
        Item("a", "barack obama", "Barack Obama", 1),
        Item("b", "barack obama", "Barack Obama", 1),
        Item("c", "barack obama", "Obama", 2),  # split: two of three pairs missed
        Item("a", "jeb bush", "Jeb Bush", 3),
        Item("b", "george w bush", "George W. Bush", 3),  # joined to Jeb: a wrong pair
        Item("b", "jeb bush", "Jeb Bush", 3),  # same article as its George W.: not a pair here
    ]
    r = score(items)
    assert (r.same_key, r.kept) == (4, 2)  # obama a-b kept, a-c and b-c missed; jeb a-b kept
    assert (r.joined, r.wrong) == (3, 1)  # obama a-b; jeb a with george b (wrong) and jeb b
    assert r.misses["barack obama"] == 2


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "c.db")
    yield db
    db.close()


def _entity_of(db, source: str, alias: str) -> int:
    (entity_id,) = db.execute(
        "SELECT DISTINCT m.entity_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.source = ? AND m.text = ?",
        [source, alias],
    ).fetchone()
    return entity_id


def write_in_order(db, articles: list[tuple], reverse: bool) -> None:
    """Each (source, text, *entities) written, in this order or the reverse one."""
    for source, text, *entities in articles[::-1] if reverse else articles:
        write(db, source, text, *entities)


def body(name: str, *aliases: str):
    return person(name, *aliases, type_="ORG")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_body_named_in_words_never_joins_the_one_word_it_ends_with(db, reverse):
    articles = [
        ("meat", "The World Meat Congress met. The Congress closed.", body("World Meat Congress", "Congress")),
        ("hill", "Congress passed the bill.", body("Congress")),
    ]
    write_in_order(db, articles, reverse)
    assert _entity_of(db, "meat", "World Meat Congress") != _entity_of(db, "hill", "Congress")


@pytest.mark.parametrize("reverse", [False, True])
def test_the_word_that_opens_a_body_s_name_still_joins_it(db, reverse):
    articles = [
        ("party", "The Labour Party met. Labour won.", body("Labour Party", "Labour")),
        ("vote", "Labour won the vote.", body("Labour")),
    ]
    write_in_order(db, articles, reverse)
    assert _entity_of(db, "party", "Labour Party") == _entity_of(db, "vote", "Labour")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_surname_alone_is_the_namesake_named_beside_the_same_people(db, reverse):
    jeb = ("jeb", "Jeb Bush met Marco Rubio and Ted Cruz.", person("Jeb Bush"), person("Marco Rubio"), person("Ted Cruz"))
    george = ("george", "George W. Bush met Dick Cheney.", person("George W. Bush"), person("Dick Cheney"))
    write_in_order(db, [jeb, george], reverse)
    # one namesake beside Dick Cheney, the other not: two of them were no evidence, and the lone Bush stayed apart
    write(db, "iraq", "Bush and Dick Cheney spoke.", person("Bush"), person("Dick Cheney"))
    assert _entity_of(db, "iraq", "Bush") == _entity_of(db, "george", "George W. Bush")
    write(db, "debate", "Bush met Ted Cruz.", person("Bush"), person("Ted Cruz"))
    assert _entity_of(db, "debate", "Bush") == _entity_of(db, "jeb", "Jeb Bush")


def test_a_surname_alone_leaves_the_entity_its_key_became_for_the_namesake_named_beside(db):
    # the first lone Trump's entity becomes Melania's (her article names no other Trump); Donald is stored apart
    write(db, "rally", "Trump met Hillary Clinton.", person("Trump"), person("Hillary Clinton"))
    write(db, "gown", "Melania Trump met Hillary Clinton. Trump smiled.", person("Melania Trump", "Trump"), person("Hillary Clinton"))
    write(db, "vp", "Donald Trump chose Mike Pence.", person("Donald Trump"), person("Mike Pence"))
    assert _entity_of(db, "gown", "Melania Trump") == _entity_of(db, "rally", "Trump")
    # a lone Trump beside Mike Pence is Donald, not whoever the entity keyed "trump" has become
    write(db, "ticket", "Trump and Mike Pence spoke.", person("Trump"), person("Mike Pence"))
    assert _entity_of(db, "ticket", "Trump") == _entity_of(db, "vp", "Donald Trump")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_full_name_never_joins_a_lone_surname_where_the_article_names_two_of_it(db, reverse):
    rally = ("rally", "Trump met Hillary Clinton.", person("Trump"), person("Hillary Clinton"))
    gown = (
        "gown", "Melania Trump met Hillary Clinton and Donald Trump.",
        person("Melania Trump"), person("Hillary Clinton"), person("Donald Trump"),
    )
    write_in_order(db, [rally, gown], reverse)
    assert _entity_of(db, "gown", "Melania Trump") != _entity_of(db, "rally", "Trump")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_full_name_and_its_surname_join_the_surname_only_entity_of_the_same_man(db, reverse):
    lone = ("lone", "Obama met Joe Biden.", person("Obama"), person("Joe Biden"))
    full = ("full", "Barack Obama met Joe Biden. Obama left.", person("Barack Obama", "Obama"), person("Joe Biden"))
    write_in_order(db, [lone, full], reverse)
    assert _entity_of(db, "full", "Barack Obama") == _entity_of(db, "lone", "Obama")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_middle_name_between_or_not_is_one_person(db, reverse):
    long = ("long", "Hillary Rodham Clinton met Tim Kaine.", person("Hillary Rodham Clinton"), person("Tim Kaine"))
    short = ("short", "Hillary Clinton met Tim Kaine.", person("Hillary Clinton"), person("Tim Kaine"))
    write_in_order(db, [long, short], reverse)
    assert _entity_of(db, "long", "Hillary Rodham Clinton") == _entity_of(db, "short", "Hillary Clinton")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_given_name_and_surname_of_two_middle_names_stay_apart(db, reverse):
    elder = ("elder", "George H.W. Bush met Tim Kaine.", person("George H.W. Bush"), person("Tim Kaine"))
    younger = ("younger", "George W. Bush met Tim Kaine.", person("George W. Bush"), person("Tim Kaine"))
    write_in_order(db, [elder, younger], reverse)
    write(db, "either", "George Bush met Tim Kaine.", person("George Bush"), person("Tim Kaine"))
    assert len({_entity_of(db, s, n) for s, n in [("elder", "George H.W. Bush"), ("younger", "George W. Bush"),
                                                  ("either", "George Bush")]}) == 3


@pytest.mark.parametrize("reverse", [False, True])
def test_an_acronym_of_two_names_joins_neither_to_the_other(db, reverse):
    commission = ("brussels", "The European Commission (EC) ruled.", body("European Commission", "EC"))
    community = ("treaty", "The European Community (EC) grew.", body("European Community", "EC"))
    write_in_order(db, [commission, community], reverse)
    assert _entity_of(db, "brussels", "European Commission") != _entity_of(db, "treaty", "European Community")
    write(db, "levant", "Islamic State in Iraq and the Levant (ISIL) fought.", body("Islamic State in Iraq and the Levant", "ISIL"))
    write(db, "syria", "Islamic State of Iraq and the Levant (ISIL) fought.", body("Islamic State of Iraq and the Levant", "ISIL"))
    assert _entity_of(db, "levant", "ISIL") == _entity_of(db, "syria", "ISIL")


@pytest.mark.parametrize("reverse", [False, True])
def test_of_namesakes_beside_the_same_people_the_one_in_far_more_articles_is_the_surname(db, reverse):
    articles = [(f"speech{i}", f"Barack Obama met Joe Biden on day {i}.", person("Barack Obama"), person("Joe Biden")) for i in range(4)]
    articles.append(("garden", "Michelle Obama met Joe Biden.", person("Michelle Obama"), person("Joe Biden")))
    write_in_order(db, articles, reverse)
    write(db, "lone", "Obama met Joe Biden.", person("Obama"), person("Joe Biden"))
    assert _entity_of(db, "lone", "Obama") == _entity_of(db, "speech0", "Barack Obama")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_full_name_typed_a_person_in_one_article_and_a_body_in_another_is_one_thing(db, reverse):
    typed = ("rally", "Hillary Rodham Clinton spoke. Hillary Clinton left.", person("Hillary Rodham Clinton", "Hillary Clinton"))
    mistyped = ("poll", "Hillary Clinton led.", body("Hillary Clinton"))  # another key: a key is one whatever the type
    write_in_order(db, [typed, mistyped], reverse)
    assert _entity_of(db, "rally", "Hillary Rodham Clinton") == _entity_of(db, "poll", "Hillary Clinton")
    write(db, "ford", "Gerald Ford spoke.", person("Gerald Ford"))
    write(db, "cars", "Ford Motor sold cars.", body("Ford Motor"))
    assert _entity_of(db, "ford", "Gerald Ford") != _entity_of(db, "cars", "Ford Motor")
