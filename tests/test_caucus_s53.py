"""Chamber and state caucuses of session 53 (s53-caucus), on the real pages lead ruling 30 settles: a party's caucus
written with its chamber's or its state's word ("House Republicans", "Wisconsin Democrats") joins the party's bare
plural written in the same story (merge._caucuses_with_their_partys_plural); members qualified ("top Republicans") and
a state's GOP (the state party) are no caucus forms."""

from __future__ import annotations

from newsx.store.nlp.entities.merge import _caucus_of

from .extraction_corpus import named_apart, named_as_one, page


def test_a_chambers_caucus_joins_the_partys_bare_plural():
    # round 65: "House Republicans will offer a short-term increase in the debt limit", then "Republicans want to
    # negotiate"
    assert named_as_one(page("allsides/house_debt_ultimatum.txt"), "House Republicans", "Republicans")


def test_a_states_caucus_joins_the_partys_bare_plural():
    # round 90: "the Wisconsin Democrats said, 'Oh, let's move the election two months later,'" beside "a huge win for
    # Democrats"
    assert named_as_one(page("allsides/wisconsin_karofsky_ousts_justice.txt"), "Wisconsin Democrats", "Democrats")


def test_caucus_forms_are_a_chamber_or_a_state_before_the_party():
    assert _caucus_of("senate gop", "republicans") and _caucus_of("house dems", "democrats")
    assert _caucus_of("congressional republicans", "republicans") and _caucus_of("wisconsin democrats", "democrats")
    assert not _caucus_of("top republicans", "republicans") and not _caucus_of("log cabin republicans", "republicans")
    assert not _caucus_of("north carolina gop", "republicans")  # a state's GOP is the state party


def test_a_caucus_stays_apart_from_a_plural_that_never_acts():
    # round 65: "a focus for Democrats running in 2020" (candidates, with the adjective in the gold) beside "House
    # Democrats said this week that they had struck a deal"
    assert named_apart(page("allsides/ivanka_childcare_summit.txt"), "House Democrats", "Democrats")
