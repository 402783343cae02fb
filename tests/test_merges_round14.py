"""Look-alikes round 14 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8), fixed before anything was tuned on it. One test per
rule: on a short article written for it, and on the real page of tests/articles/bbcnews/ where it
occurs. The rules are in store/nlp/entities.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_one_list_never_names_one_person_twice():
    ex = by_alias(extract_text(
        "Dynasty\n\nThe firm has advised Presidents John Q Adams, Tom Jefferson, John Adams and James"
        " Monroe, its founder Jo Roe said on Monday.\n\nLater, John Q Adams thanked the firm.\n"
    ))
    assert ex["John Q Adams"] is not ex["John Adams"]
    greenspan = by_alias(page("bbcnews/greenspan_adam_smith.txt"))  # son and father in one sentence
    assert greenspan["George W Bush"] is not greenspan["George Bush"]


def test_a_person_written_fuller_and_plainer_outside_a_list_is_one():
    ex = by_alias(extract_text(
        "Dynasty\n\nPresident John Q Adams spoke on Monday. Later, John Adams thanked the firm.\n"
    ))
    assert ex["John Q Adams"] is ex["John Adams"]


def test_a_partys_adjective_stays_apart_from_the_party():
    ex = by_alias(extract_text(
        "Election\n\nThe Conservatives said on Monday that Jo Roe would stand as a Conservative candidate"
        " in the seat. The Lib Dems, whose Lib Dem president Al Poe spoke, disagreed, and the Liberal"
        " Democrats said so too.\n"
    ))
    assert "Conservative" not in ex or ex["Conservative"] is not ex["Conservatives"]
    assert ex["Lib Dems"] is ex["Liberal Democrats"] and ("Lib Dem" not in ex or ex["Lib Dem"] is not ex["Lib Dems"])
    howard = by_alias(page("bbcnews/howard_ethnic_vote.txt"))  # "a Conservative candidate", "Lib Dem president"
    assert howard["Conservatives"] is not howard.get("Conservative") and howard["Liberal Democrats"] is howard["Lib Dems"]
    assert howard.get("Lib Dem") is not howard["Lib Dems"]


def test_a_body_that_goes_by_its_acronym_goes_by_no_first_word():
    ex = by_alias(extract_text(
        "Council tax\n\nThe Welsh Local Government Association (WLGA) said on Monday that the rise was too"
        " high. A third of Welsh households will pay more, Jo Roe of the WLGA said.\n"
    ))
    assert ex.get("Welsh") is not ex["WLGA"] and ex["WLGA"] is ex["Welsh Local Government Association"]
    stanford = by_alias(page("wcxb/slashdot_stanford_grads.txt"))  # no acronym: the one body opening with it
    assert stanford["Stanford"] is stanford["Stanford University"]
    wales = by_alias(page("bbcnews/council_tax_wales.txt"))  # "a third of Welsh households"
    assert wales.get("Welsh") is not wales["WLGA"] and wales["WLGA"] is wales["Welsh Local Government Association"]
