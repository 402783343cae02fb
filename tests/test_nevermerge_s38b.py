"""Round 61's never-merge breaks (session 38's second wave, s38b-nevermerge), all a party's name joined to a word the
gold keeps apart as its members, or to a body named after them: a plural counted with "the" ("either of the
Democrats"), a party's acronym whose ranks something is in ("no place for racism in the G.O.P."), a plural a
lowercase word qualifies though the parser hangs it on as a compound ("gay Republicans"), a party's acronym a verb
urges to act ("urged the GOP to focus"), and the party's plural beside a body named after its members ("Log Cabin
Republicans"). Each rule with a made-up story, the reading it must keep where one is near (the party acting), and the
real round-61 page it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page


def test_a_plural_counted_with_the_is_not_the_party():
    extraction = extract_text(
        "Roe Waits For The Party\n\n"
        "Jo Roe wants a voice in the Democratic Party before the convention.\n\n"
        "Roe held off supporting either of the Democrats because he backs no one until the party has chosen.\n"
    )
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_a_plural_with_the_acting_is_still_the_members():
    # a US party's plural acting with "the" is its members, apart from the party named in full (rulings 15 and 25; s55)
    extraction = extract_text(
        "Roe Waits For The Party\n\n"
        "Jo Roe wants a voice in the Democratic Party before the convention.\n\n"
        "The Democrats said they would not change the rules for him.\n"
    )
    assert named_apart(extraction, "Democratic Party", "Democrats")


def test_real_plural_counted_with_the():
    # round 61: "Sanders said he held off supporting either of the Democrats", the plural's one use, beside "the
    # Democratic Party"
    assert named_apart(page("polnear/wash-post/sanders_pique_game_over.txt"), "Democratic Party", "Democrats")


def test_a_partys_acronym_whose_ranks_hold_something_is_not_the_party():
    extraction = extract_text(
        "Roe Rebukes The Nominee\n\n"
        "Jo Roe said the nominee could not carry the mantle of the Republican Party.\n\n"
        '"There is no place for racism in the GOP, or this country," Roe said on Tuesday.\n'
    )
    assert named_apart(extraction, "Republican Party", "GOP")


def test_real_acronym_with_stops_whose_ranks_hold_something():
    # round 61: "There is no place for racism in the G.O.P., or this country", the acronym's one use, beside "the
    # mantle of the Republican Party"
    assert named_apart(page("polnear/nyt/ryan_racist_backs_trump.txt"), "Republican Party", "G.O.P.")


def test_a_plural_a_lowercase_compound_qualifies_is_not_the_party():
    extraction = extract_text(
        "Platform Fight Looms\n\n"
        "While a fight is brewing over marriage, gay Republicans and their allies are looking instead to the security "
        "section.\n\n"
        '"The Republican Party stands united with all victims of terrorism," the draft reads.\n\n'
        "She wants the platform to speak for everyone as Republicans.\n"
    )
    assert named_apart(extraction, "Republican Party", "Republicans")


def test_real_plural_a_lowercase_compound_qualifies():
    # round 61: "gay Republicans and their allies are looking", "as Republicans", beside "The Republican Party stands
    # united"
    assert named_apart(page("polnear/politico/gay_republicans_platform.txt"), "Republican Party", "Republicans")


def test_a_partys_acronym_urged_to_act_is_not_the_party():
    extraction = extract_text(
        "Nominee Seeks Women's Votes\n\n"
        "Aides hope to spotlight his daughter at the GOP conclave this week.\n\n"
        '"Democrats can\'t win without winning women, and Republicans can\'t win unless they find some way to reduce '
        'their disadvantage," says Jo Roe, a pollster.\n\n'
        "A report after the party's defeat in 2012 urged the GOP to focus on appealing to a diverse electorate.\n"
    )
    assert named_apart(extraction, "Republicans", "GOP")


def test_a_partys_acronym_acted_on_is_the_party():
    extraction = extract_text(
        "Nominee Seeks Women's Votes\n\n"
        "Aides hope to spotlight his daughter at the GOP conclave this week.\n\n"
        '"Democrats can\'t win without winning women, and Republicans can\'t win unless they find some way to reduce '
        'their disadvantage," says Jo Roe, a pollster.\n\n'
        "After the party's defeat in 2012 the nominee hammered Ryan and the GOP.\n"
    )
    assert named_as_one(extraction, "Republicans", "GOP")


def test_real_acronym_urged_to_act():
    # round 61: "the GOP conclave" and "urged the GOP to focus on appealing", beside "Republicans can't win unless they
    # find some way"
    assert named_apart(page("polnear/usa-today/convention_trump_women.txt"), "Republicans", "GOP")


def test_a_plural_beside_a_body_named_after_the_members_is_not_its_short_name():
    extraction = extract_text(
        "Platform Fight Looms\n\n"
        "Log Cabin Republicans president Jo Roe said the language would be remarkable.\n\n"
        "As we stand up for our freedoms, we must stand together as Republicans, she wrote.\n"
    )
    assert named_apart(extraction, "Log Cabin Republicans", "Republicans")


def test_real_plural_beside_a_body_named_after_the_members():
    # round 61: "Log Cabin Republicans president Gregory T. Angelo" (read as a person's name by the model) beside "gay
    # Republicans" and "as Republicans": the plural is no short name of the body (nor a surname)
    extraction = page("polnear/politico/gay_republicans_platform.txt")
    assert named_apart(extraction, "Log Cabin Republicans", "Republicans")
    assert named_apart(extraction, "Log Cabin Republicans", "Republican Party")
