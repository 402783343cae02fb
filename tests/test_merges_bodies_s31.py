"""Merges of bodies tuned on rounds 24-50 (session 31), rounds 49-50 the freshest evidence; first the never-merge
breaks of rounds 48-50: a chamber is no body named after it, a party's members counted or governed and its acronym
before a noun are no party acting, a movement's adjective is apart from its members. Each rule on made-up text of its
kind, and on the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_chamber_is_no_body_named_after_it():
    forms = by_alias(extract_text(
        "Ads\n\nGroups aligned with the Liberals, the Farmers Union and the Senate Victory Trust, have begun running "
        "ads in Varnok.\n\nMrs. Dale urged voters to hand control of the Senate to her party.\n"))
    assert forms["Senate"] is not forms["Senate Victory Trust"]
    # "control of the Senate", then "the U.S. Chamber of Commerce and the Senate Leadership Fund, have also begun"
    nyt = by_alias(page("polnear/nyt/clinton_presses_advantage.txt"))
    assert nyt["Senate"] is not nyt["Senate Leadership Fund"]


def test_a_chamber_keeps_its_own_full_name():
    forms = by_alias(extract_text(
        "Vote\n\nThe House of Representatives voted on Monday to cut the tax. The House passed the bill 230-190, and "
        "the House will vote again on Friday.\n"))
    assert forms["House"] is forms["House of Representatives"]


def test_members_counted_or_governed_are_no_party_acting():
    forms = by_alias(extract_text(
        "Poll\n\nJo Roe was shunned by her fellow Republicans on Monday. Some 70 percent of Republicans polled want the "
        "Republican Party to stand by her, and Ed Dale urged Republicans to back her.\n\n"
        "\"We will win,\" the Republican Party said in a statement.\n"))
    assert forms["Republicans"] is not forms["Republican Party"]
    # "Graham urged Republicans to join the ranks", beside "the Republican Party"
    huff = by_alias(page("polnear/huff-post/graham_trump_clean_energy.txt"))
    assert huff["Republicans"] is not huff["Republican Party"]
    # "states won by Democrats", beside "the Democratic Party would be mistaken"
    dnc = by_alias(page("polnear/politico/dnc_contingency_plan.txt"))
    assert dnc["Democrats"] is not dnc["Democratic Party"]


def test_a_partys_members_acting_as_one_are_the_party():
    forms = by_alias(extract_text(
        "Budget\n\nThe Conservative Party said on Monday it would vote against the budget.\n\n"
        "Ed Dale said the Tories were planning deep cuts. Labour and Tories are not being straight with voters, "
        "he said.\n"))
    assert forms["Tories"] is forms["Conservative Party"]


def test_a_partys_acronym_before_a_noun_is_its_adjective():
    forms = by_alias(extract_text(
        "Debate\n\nOther senior Republicans had warned the GOP presidential nominee on Sunday. The nation's "
        "highest-ranking GOP official, Ed Dale, said the Republican Party would not stand by him.\n"))
    assert forms["GOP"] is not forms["Republican Party"]
    # "warned the GOP presidential nominee", "risks GOP loss of control of the House", beside "the Republican Party"
    usa = by_alias(page("polnear/usa-today/second_debate_video.txt"))
    assert usa["GOP"] is not usa["Republican Party"]
    assert usa["Republicans"] is not usa["Republican Party"]


def test_a_partys_acronym_on_its_own_is_the_party():
    forms = by_alias(extract_text(
        "Senate\n\nIf the GOP loses the Senate, the hearings stop, Ed Dale said. The Republican Party has ruled "
        "the chamber since 2014.\n"))
    assert forms["GOP"] is forms["Republican Party"]
    # "the lack of support from GOP party leaders": the party's acronym and its noun, the party
    poll = by_alias(page("polnear/west-journal/politico_poll_after_debate.txt"))
    assert poll["GOP"] is poll["Republican Party"]
    assert poll["Republicans"] is not poll["Republican Party"]


def test_a_movements_adjective_is_apart_from_its_members():
    forms = by_alias(extract_text(
        "Gold\n\nThe bank bought gold stolen by the Fascists during the war, the suit says. Fascist officials sold "
        "it through Varnok, and the Fascists kept the profits.\n"))
    assert forms["Fascists"] is not forms["Fascist"]
    # "assets stolen by the Nazis", beside "Nazi Germany", "Nazi death camps"
    swiss = by_alias(page("ieer/nytwire/swiss_bank_holocaust_suit.txt"))
    assert swiss["Nazis"] is not swiss["Nazi"]
