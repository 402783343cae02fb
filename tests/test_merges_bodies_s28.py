"""Merges of bodies and places tuned on rounds 24-46 (session 28): never-merge breaks of round 46 first (a people is no
party named after it; a list is no apposition), then short forms of organisations and places. Each on the real pages
it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def test_a_people_is_not_the_party_named_after_it():
    # "the country's indigenous Maori people", "Maori men", beside "Maori Party co-leader Tariana Turia"
    gene = by_alias(page("abc/maori_warrior_gene.txt"))
    assert gene["Maori"] is not gene["Maori Party"]


def test_a_list_of_bodies_is_no_apposition():
    # "They include parliament, the Bundesbank, the Federal Banking Supervisory Board, eight West German stock
    # exchanges and ...": the parser's conjuncts, two bodies however the commas read
    futures = by_alias(page("reuterswire/german_futures_liberalization.txt"))
    assert futures["Bundesbank"] is not futures["Federal Banking Supervisory Board"]
    # an acronym after a comma is the name's own, whatever the parse: "the Chicago Board of Trade, CBT, chairman"
    limits = by_alias(page("cbt_position_limits_mahlmann.txt"))
    assert limits["CBT"] is limits["Chicago Board of Trade"]
