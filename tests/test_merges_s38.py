"""Merges left apart on rounds 49-60 (session 38, s38-merges): an acronym that spells both a standing body's name and
a gathering's ("RNC": the Republican National Committee and the Republican National Convention) is the body's. A
made-up story of the kind and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_as_one, page


def test_an_acronym_of_a_body_and_its_gathering_is_the_bodys():
    extraction = extract_text(
        "Protesters Back Green Candidate\n\n"
        "Thousands of demonstrators marched through Center City on the first day of the Democratic National "
        "Convention on Monday, chanting slogans.\n\n"
        "Jo Roe, a longtime Green Party activist, accused the Democratic National Committee of sabotaging the Sanders "
        "campaign.\n\n"
        "The release of the emails led DNC chairwoman Dana Quill to announce her resignation on the eve of the "
        "convention's start.\n"
    )
    assert named_as_one(extraction, "Democratic National Committee", "DNC")


def test_real_committee_beside_its_convention():
    # round 60: "2,472 Republican National Convention delegates", then "said RNC spokesman Sean Spicer", "an RNC
    # committeeman", and the Republican National Committee
    extraction = page("polnear/politico/trump_stumbles_revolt.txt")
    assert named_as_one(extraction, "Republican National Committee", "RNC")
    # round 59: "the first day of the Democratic National Convention", "accused the Democratic National Committee of
    # sabotaging the Sanders campaign", and the DNC
    extraction = page("polnear/usa-today/stein_spoiler.txt")
    assert named_as_one(extraction, "Democratic National Committee", "DNC")
