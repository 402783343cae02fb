"""Look-alikes round 14 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987) merged
when it was measured untouched (issue 9, kind 8), fixed before anything was tuned on it. One test per
rule: on a short article written for it, and on the real page of tests/articles/bbcnews/ where it
occurs. The rules are in store/nlp/entities/."""

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


# -- tuned on rounds 9-14 (session 11, branch r14-merges) -------------------------------------------


def test_a_firm_goes_by_its_legal_name_without_its_trade_and_legal_form():
    ex = by_alias(extract_text(
        "Bid\n\nNEW YORK, March 3 - Hartwell Mining Co said on Monday it would sell its Ohio unit to Northern"
        " Lantern Publishing Corp, based in Toronto.\n\nThe sale leaves Hartwell with no debt, Jo Roe, its"
        " chairman, said. Northern Lantern said it would pay 30 mln dlrs, and Hartwell shares rose.\n"
    ))
    assert ex["Hartwell"] is ex["Hartwell Mining Co"]
    assert ex["Northern Lantern"] is ex["Northern Lantern Publishing Corp"]
    assert ex.get("Toronto") is not ex["Northern Lantern"]
    phillips = by_alias(page("reuterswire/phillips_silas.txt"))  # "Phillips Petroleum Co", then "Phillips hopes"
    assert phillips["Phillips"] is phillips["Phillips Petroleum Co"]
    sun = by_alias(page("reuterswire/toronto_sun_tabloid.txt"))  # "<Toronto Sun Publishing Corp>", then "Toronto Sun"
    assert sun["Toronto Sun"] is sun["Toronto Sun Publishing Corp"] and sun["Toronto"] is not sun["Toronto Sun"]
    burlington = by_alias(page("reuterswire/burlington_injunction.txt"))  # "Morgan Stanley Group <MS>", then "Morgan Stanley"
    assert burlington["Morgan Stanley"] is burlington["Morgan Stanley Group"]


def test_a_body_goes_by_its_name_without_its_head_noun():
    ex = by_alias(extract_text(
        "Quotas\n\nJo Roe, a member of the Atlantic Fisheries Commission, said on Monday that catches would"
        " fall.\n\nThe Atlantic Fisheries will set the quotas in May, she said.\n"
    ))
    assert ex["Atlantic Fisheries"] is ex["Atlantic Fisheries Commission"]
    council = by_alias(extract_text(
        "Sanctions\n\nThe Security Council Committee on sanctions met on Monday, and the Security Council voted"
        " on Tuesday, Jo Roe, a diplomat, said.\n"
    ))
    assert council["Security Council"] is not council["Security Council Committee"]  # a part of the body
    heller = by_alias(page("reuterswire/heller_money.txt"))  # "a member of the Federal Reserve Board", then "the Federal Reserve"
    assert heller["Federal Reserve"] is heller["Federal Reserve Board"]


def test_a_record_labels_first_word_is_the_label():
    ex = by_alias(extract_text(
        "Label\n\nJo Roe, who founded Brightwater Records in 1990, said on Monday the band had signed to"
        " Brightwater again.\n"
    ))
    assert ex["Brightwater"] is ex["Brightwater Records"]
    wilson = by_alias(page("bbcnews/wilson_raw_t.txt"))  # "the fourth incarnation of Factory"
    assert wilson["Factory"] is wilson["Factory Records"]


def test_the_person_a_wire_dateline_opens_with_is_named_whole():
    ex = by_alias(extract_text(
        "ROEBUCK URGES RESTRAINT\n\nPORTLAND, Ore., March 3 - Alma Roebuck, chairman of the state's council"
        " of advisers, said on Monday that spending must fall.\n\nRoebuck said the budget was too large.\n"
    ))
    assert ex["Alma Roebuck"] is ex["Roebuck"]
    sprinkel = by_alias(page("reuterswire/sprinkel_growth.txt"))  # "BOCA RATON, Fla., March 19 - Beryl Sprinkel, chairman of"
    assert sprinkel["Beryl Sprinkel"] is sprinkel["Sprinkel"]
