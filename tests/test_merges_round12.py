"""Look-alikes round 12 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987)
merged, the first never-merge breaks since round 9 (issue 9, kind 8). One test per rule: on a short
article written for it, and on the real page of tests/articles/bbcnews/ or tests/articles/reuterswire/
where it occurs. The rules are in store/nlp/entities.py."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_an_honorific_names_a_surname_never_a_given_name():
    ex = by_alias(extract_text(
        "Party row\n\nThe sacked MP Jasper Quill said he would stand again. Mr Jasper insisted he had"
        " played by the rules, and Mr Jasper's aides agreed. Quill was not there.\n"
    ))
    assert "Mr Jasper" not in ex and ex["Jasper"] is not ex["Jasper Quill"] and ex["Quill"] is ex["Jasper Quill"]
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "Mr Howard" is Michael Howard, not Howard Flight
    assert flight["Howard"] is not flight["Howard Flight"]


def test_a_town_a_body_is_named_after_is_the_town():
    ex = by_alias(extract_text(
        "Party row\n\nIt has also emerged Mr Roe has suspended Wigan's constituency Liberal association"
        " for refusing to drop its candidate. Wigan Liberal Association has now been placed on"
        ' "support status" and is run from the headquarters, says a senior party spokesman.\n'
    ))
    assert ex["Wigan"] is not ex["Wigan Liberal Association"] and ex["Wigan"].role == "location"
    flight = by_alias(page("bbcnews/howard_flight.txt"))
    assert flight["Slough"] is not flight["Slough Conservative Association"] and flight["Slough"].role == "location"


def test_a_firms_short_name_stays_with_the_firm_of_that_name():
    ex = by_alias(extract_text(
        "Drugs\n\nGrayhill-Ashcombe Co, the U.S. arm of the British firm Ashcombe PLC, declined to"
        ' comment. "We have not seen it," said Ashcombe spokeswoman Jo Roe.\n'
    ))
    assert ex["Ashcombe"] is ex["Ashcombe PLC"] and ex["Ashcombe PLC"] is not ex["Grayhill-Ashcombe Co"]
    drugs = by_alias(page("reuterswire/drug_laws.txt"))
    assert drugs["Wellcome"] is drugs["Wellcome PLC"] and drugs["Wellcome PLC"] is not drugs["Burroughs-Wellcome Co"]
