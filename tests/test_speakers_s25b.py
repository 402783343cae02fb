"""Kinds of text that gave a reported statement an office's words for its speaker, not the person
holding the office (session 25, second wave). One test per rule, on the real page where it occurs."""

from __future__ import annotations

from .extraction_corpus import page as _page
from .extraction_corpus import reported_speakers


def test_an_office_the_model_took_for_a_name_is_its_holder_s():
    # round 41's competition_policy_rural: "Federal Minister" taken for a person's name
    page = _page("abc/competition_policy_rural.txt")
    assert reported_speakers(page, "the Government is committed to ensuring country towns") == ["Warren Truss"]


def test_a_minister_for_a_portfolio_is_the_person_named_after_it():
    # round 41's foster_minimum_allowance: "Minister for Children, Young People and Families Margaret Hodge said"
    page = _page("bbcnews/foster_minimum_allowance.txt")
    assert reported_speakers(page, "new plans will ensure fosterers' allowances") == ["Margaret Hodge"]


def test_a_title_joined_to_a_role_and_a_name_is_the_person_named():
    # "Uruguay's Foreign Minister and Cartagena group chairman Enrique Iglesias said ..."
    page = _page("reuterswire/cartagena_debt_relief.txt")
    assert reported_speakers(page, "Citicorp's decision could discourage new lending") == ["Enrique Iglesias"]


def test_a_name_given_a_person_s_title_is_a_person_s_whom_he_goes_on_with():
    # round 37's hotspot_maths_priority: "Professor Hugh Possingham and team at the University of
    # Queensland report ...", taken for a body; "He says ..." after his quotes is him
    page = _page("hotspot_maths_priority.txt")
    assert reported_speakers(page, "in this case the tools are applied to saving") == ["Hugh Possingham"]
    assert reported_speakers(page, "this is exactly the same as trade-offs made in the share market") == ["Hugh Possingham"]
