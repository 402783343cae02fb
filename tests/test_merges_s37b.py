"""Merges of session 37b (s37b-merges): the federal district's initials beside the city that is the district ("D.C.
insiders" beside "Washington"), one place; a news outlet by the word it is named after ("Fox" beside "Fox News"); each
with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import named_apart, named_as_one, page, role_of
from .test_merges_s36 import _story


def test_the_districts_initials_beside_its_city_are_the_city():
    story = _story("Senators flew back to Washington on Monday. D.C. insiders say the bill is dead, said Jo Roe, "
                   "a lobbyist in Washington.")
    assert named_as_one(story, "Washington", "D.C.")
    assert role_of(story, "D.C.") == "location"


def test_a_state_named_washington_is_no_district():
    # the state of Washington's name is no city the district is: its initials stay apart from it
    story = _story("Farmers in Washington State lost their crops, said Jo Roe, a grower in Washington State. "
                   "D.C. insiders say the bill is dead.")
    assert not named_as_one(story, "Washington State", "D.C.")


def test_the_districts_initials_on_the_real_pages():
    # round 52: "a Washington, DC, gifts and accessories store" beside "Washington"; round 56: "front-runner's agenda in
    # D.C. visit"; round 57: "most D.C. insiders believe"; round 50: "Washington D.C.'s attorney oversight board" and
    # "the D.C. Court of Appeals" beside the dateline's "WASHINGTON" (the court stays a body of its own)
    for name, initials in (("polnear/west-journal/clinton_soldiers_died_email.txt", "DC"),
                           ("polnear/usa-today/trump_capital_investment.txt", "D.C."),
                           ("polnear/wash-post/stop_trumpers_reasons_hope.txt", "D.C.")):
        assert named_as_one(page(name), "Washington", initials), name
    tax_leak = page("polnear/breitbart/latest_connecticut_tax_leak.txt")
    assert named_as_one(tax_leak, "WASHINGTON", "D.C.")
    assert named_apart(tax_leak, "WASHINGTON", "D.C. Court of Appeals’ Board on Professional Responsibility")


# A news outlet by the word it is named after: "Fox" beside "Fox News".


def test_an_outlet_by_the_word_it_is_named_after():
    story = _story("Trump told Fox News on Sunday that he would skip the debate. The Fox network said the debate would go on, "
                   "said Jo Roe, a spokeswoman.")
    assert named_as_one(story, "Fox News", "Fox")


def test_two_outlets_of_the_word_leave_it_alone():
    # "Fox" beside "Fox News" and "Fox Business Network": no one outlet it names (round 55's never-merge pair)
    story = _story("Trump told Fox News on Sunday that he would skip the debate. The Fox Business Network said the debate "
                   "would go on, and Fox said it would air it, said Jo Roe, a spokeswoman.")
    assert named_apart(story, "Fox News", "Fox Business Network")


def test_an_outlet_by_its_word_on_the_real_pages():
    # round 49: "moderated by Fox anchor Chris Wallace"; round 54: "told Fox that", "In an interview on Fox"; round 56:
    # "the Fox moderators", "conversations with Fox officials"; round 57: "on the Fox network Tuesday night"; each beside
    # "Fox News"
    for name in ("polnear/usa-today/vegas_debate_pundits.txt", "polnear/breitbart/sanders_national_lead.txt",
                 "polnear/usa-today/absent_trump_derides_debate.txt", "polnear/wash-post/blistering_attacks_trump_pivot.txt",
                 "polnear/west-journal/trump_fox_final_demand.txt", "polnear/breitbart/trump_kelly_bullying.txt"):
        assert named_as_one(page(name), "Fox News", "Fox"), name
    assert named_apart(page("polnear/huff-post/networks_trump_speech.txt"), "Fox News", "Fox Business Network")
