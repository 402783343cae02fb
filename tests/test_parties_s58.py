"""Parties and parliaments of session 58 (s58-parties), each on the real sentence shape it fixes. Lead ruling 37: a
party named in full ("Conservative Party", "Republican Party") and its plural or its members' name ("Conservatives",
"Tories", "Republicans") are two entities wherever both are written, for UK parties as for US ones: the plural acting
never joins the party in full (merge._same_names, `plural_acting=False`; merge._one_partys_plurals), and a headline's
plural over a body naming the party in full is the members' own entity (headlines._headline_parties). A nation's
parliament by its bare word ("through Parliament") is no short name of "the European Parliament"
(context._legislature_by_its_word, merge._another_legislature), while "the British Parliament" and "the Second Chamber
of Parliament" still take it."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


def test_a_uk_partys_plural_acting_is_apart_from_the_party_named_in_full():
    # round 100 (BBC): "The Conservatives swept aside Labour", "turned to the Conservatives", "The Tories have won", then
    # the correspondent's "the Conservative Party should act for everybody in the UK"
    extraction = extract_text(
        "Election 2019: Johnson Wins Big\n\n"
        "The Tories have won a Commons majority of 80, the party's largest since 1987.\n\n"
        "The Conservatives swept aside Labour in its traditional heartlands in the Midlands and the north of England.\n\n"
        "Labour supporters deserted Jeremy Corbyn's party and turned to the Conservatives, Mr Johnson said.\n\n"
        'The BBC\'s Nick Eardley said it "refers to the idea the Conservative Party should act for everybody in the UK".\n'
    )
    assert named_apart(extraction, "Conservatives", "Conservative Party")
    assert named_as_one(extraction, "Conservatives", "Tories")
    for name in ("allsides/johnson_let_healing_begin.txt", "allsides/may_quits_new_pm.txt"):
        assert named_apart(page(name), "Conservatives", "Conservative Party")


def test_a_headlines_plural_over_a_party_named_in_full_is_its_members():
    # round 100 (POLITICO): the line under the headline "..., top Republicans said." over a body that writes "The
    # Republican Party honchos who huddled here" and never the plural
    extraction = extract_text(
        "GOP leaders insist no overhaul needed\n\n"
        "The main issue is who delivers the message and how, top Republicans said. GOP leaders: No overhaul\n\n"
        "CHARLOTTE, N.C. \u2014 The Republican Party honchos who huddled here devoted lots of time to talking about the"
        " technology gap.\n\n"
        "\u201cNobody is saying the Republican Party has to change its principles,\u201d said Henry Barbour, a"
        " committee member from Mississippi.\n"
    )
    assert named_apart(extraction, "Republicans", "Republican Party")
    assert named_apart(page("allsides/rnc_leaders_no_overhaul.txt"), "Republicans", "Republican Party")


def test_a_nations_parliament_by_its_word_is_no_short_name_of_the_european_parliament():
    # round 100 (BBC): "the laws required through Parliament", "a Parliament that works for you" beside "The Brexit
    # Party - which triumphed in the summer's European Parliament elections - failed to win any Westminster seats"
    extraction = extract_text(
        "Johnson Promises Brexit By January\n\n"
        "Mr Johnson's majority will allow him to get the laws required through Parliament in a matter of weeks, the BBC's"
        " political editor said.\n\n"
        "The Brexit Party - which triumphed in the summer's European Parliament elections - failed to win any"
        " Westminster seats.\n\n"
        '"We will deliver on your priorities with a Parliament that works for you," Mr Johnson said.\n'
    )
    assert named_apart(extraction, "Parliament", "European Parliament")
    assert named_apart(page("allsides/johnson_let_healing_begin.txt"), "Parliament", "European Parliament")


def test_a_nations_own_parliament_and_its_parts_still_take_the_bare_word():
    # guards of the rule above: "the Second Chamber of Parliament" (round 26's lords_reform_bill) and "House of
    # Parliament" keep the bare word, as a nation's own parliament named with its people's word does
    assert named_as_one(page("bbcnews/lords_reform_bill.txt"), "Parliament", "Second Chamber of Parliament")
    assert named_as_one(page("bbcnews/court_witness_falconer.txt"), "Parliament", "House of Parliament")
    extraction = extract_text(
        "Cameron Loses Syria Vote\n\n"
        "The British Parliament rejected Prime Minister David Cameron's motion on Thursday night.\n\n"
        "Ministers had hoped to get the motion through Parliament before the weekend, officials said.\n"
    )
    forms = by_alias(extraction)
    assert "Parliament" in forms and named_as_one(extraction, "Parliament", "British Parliament")
